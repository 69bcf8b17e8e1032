"""``lintas office ...``, ``lintas bundle ...`` and ``lintas conflicts list``: exchange.

Trusting a card and exporting the secret identity ask for confirmation (``--yes`` for
scripts); without a terminal and without ``--yes`` they refuse rather than guess.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from lintas.cli.common import add_json_option, add_passphrase_options, emit, stderr_progress
from lintas.cli.vault_commands import open_vault
from lintas.errors import EXIT_OK, EXIT_USER_ERROR, LintasError
from lintas.i18n import tr


def register(subparsers: Any) -> None:
    _register_office(subparsers)
    _register_bundle(subparsers)
    group = subparsers.add_parser("conflicts", help=tr("records that arrived with other content"))
    actions = group.add_subparsers(dest="conflicts_command", metavar="ACTION")
    listing = _action(
        actions, "list", tr("list the conflicts that wait for a supervisor"), run_conflicts
    )
    listing.add_argument("--all", action="store_true", help=tr("resolved ones too"))
    resolve = _action(actions, "resolve", tr("keep the local or the incoming version"), run_resolve)
    resolve.add_argument("id", type=int, metavar="ID", help=tr("the conflict's number"))
    resolve.add_argument("--keep", required=True, choices=("local", "incoming"))


def _action(actions: Any, name: str, text: str, handler: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=text)
    parser.add_argument("path", metavar="PATH", help=tr("the vault folder"))
    add_passphrase_options(parser)
    add_json_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def _register_office(subparsers: Any) -> None:
    group = subparsers.add_parser("office", help=tr("this office's identity and trusted offices"))
    actions = group.add_subparsers(dest="office_command", metavar="ACTION")
    card = _action(actions, "card", tr("write this office's public key card"), run_card)
    card.add_argument("out", metavar="OUT", help=tr("the card file to write (JSON)"))
    card.add_argument("--country", help=tr("the office's country, shown on the card"))
    trust = _action(actions, "trust", tr("trust another office's card"), run_trust)
    trust.add_argument("card", metavar="CARD", help=tr("the other office's card file"))
    trust.add_argument("--yes", action="store_true", help=tr("the fingerprint was checked"))
    _action(actions, "list", tr("list trusted and revoked offices"), run_list)
    revoke = _action(actions, "revoke", tr("stop trusting an office, for good"), run_revoke)
    revoke.add_argument("peer", metavar="PEER", help=tr("the office's name or id"))
    export = _action(
        actions, "export-identity", tr("write the secret age identity (for the age tool)"),
        run_export,
    )
    export.add_argument("out", metavar="OUT", help=tr("the identity file to write"))
    export.add_argument("--yes", action="store_true", help=tr("I understand it is a secret"))
    send_key = _action(
        actions, "send-key", tr("send this hub's regional pseudonym key to offices"), run_send_key
    )
    send_key.add_argument("--to", required=True, metavar="PEER[,PEER]", help=tr("the recipients"))
    send_key.add_argument("out", metavar="OUT", help=tr("the key bundle file to write"))
    _action(actions, "key-status", tr("whether the regional key came from the hub"), run_key_status)


def _register_bundle(subparsers: Any) -> None:
    group = subparsers.add_parser("bundle", help=tr("encrypted, signed bundles between offices"))
    actions = group.add_subparsers(dest="bundle_command", metavar="ACTION")
    create = _action(actions, "create", tr("pack records other offices do not hold"), run_create)
    create.add_argument("--to", required=True, metavar="PEER[,PEER]", help=tr("the recipients"))
    create.add_argument("out", metavar="OUT", help=tr("the bundle file to write"))
    create.add_argument(
        "--max-size",
        metavar="SIZE",
        help=tr("split into parts of at most SIZE (e.g. 20M for e-mail): OUT.part1, .part2, ..."),
    )
    imp = _action(actions, "import", tr("check and import a bundle or receipt"), run_import)
    imp.add_argument(
        "file", metavar="FILE", nargs="+",
        help=tr("the bundle or receipt; for a bundle in parts, any part (the others are "
        "looked for in its folder) or all of them"),
    )  # fmt: skip
    imp.add_argument("--receipt", metavar="OUT", help=tr("write a signed receipt for the sender"))
    imp.add_argument(
        "--replace-key",
        action="store_true",
        help=tr("let a hub's regional key replace one that pseudonyms were already made under"),
    )
    purge = _action(
        actions, "purge", tr("remove records another office acknowledged, after N days"), run_purge
    )
    purge.add_argument(
        "--older-than", required=True, type=int, metavar="DAYS",
        help=tr("only records last changed more than DAYS days ago"),
    )  # fmt: skip
    purge.add_argument("--by", metavar="PEER", help=tr("only records this office acknowledged"))
    purge.add_argument("--dry-run", action="store_true", help=tr("count them, remove nothing"))
    purge.add_argument("--yes", action="store_true", help=tr("do not ask before removing"))
    inspect = _action(
        actions, "inspect", tr("show what a bundle holds, import nothing"), run_inspect
    )
    inspect.add_argument("file", metavar="FILE", help=tr("the bundle or receipt"))


def _confirm(args: argparse.Namespace, question: str) -> bool:
    if getattr(args, "yes", False):
        return True
    if not sys.stdin.isatty():
        raise LintasError(f"{question} Run it in a terminal to answer, or add --yes.")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def run_card(args: argparse.Namespace) -> int:
    from lintas.exchange.identity import office_identity, set_country

    with open_vault(args) as vault:
        if args.country:
            set_country(vault, args.country)
        card = office_identity(vault).card
    _write_text(args.out, json.dumps(card.to_json(), indent=2) + "\n")
    text = (
        f"Wrote the card of {card.name} to {args.out}.\n"
        f"Fingerprint: {card.office_id}\n"
        "Read the fingerprint to the other office by phone or on paper; they check it "
        "when they trust the card."
    )
    emit(args, card.to_json(), text)
    return EXIT_OK


def run_trust(args: argparse.Namespace) -> int:
    from lintas.exchange.identity import read_card, trust

    card = read_card(args.card)
    print(
        f"Office: {card.name} ({card.country or 'no country given'}), card made {card.created_at}\n"
        f"Fingerprint: {card.office_id}",
        file=sys.stderr,
    )
    question = "Does the office read you the same fingerprint?"
    if not _confirm(args, question):
        print("Not trusted. Nothing was changed.", file=sys.stderr)
        return EXIT_USER_ERROR
    with open_vault(args) as vault:
        added = trust(vault, card)
    text = f"Now trusting {card.name}." if added else f"{card.name} was trusted already."
    emit(args, {"office_id": card.office_id, "added": added}, text)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from lintas.exchange.identity import office_identity, peers

    with open_vault(args, read_only=True) as vault:
        found = peers(vault)
        own = office_identity(vault, create=False).office_id if _has_identity(vault) else None
    rows = [
        {
            "name": p.card.name,
            "office_id": p.office_id,
            "country": p.card.country,
            "trusted_at": p.trusted_at,
            "revoked_at": p.revoked_at,
        }
        for p in found
    ]
    lines = [f"This office: {own or 'no identity yet (run lintas office card)'}"]
    for row in rows:
        state = f"REVOKED {row['revoked_at']}" if row["revoked_at"] else "trusted"
        lines.append(f"{row['name']:<24} {row['office_id']}  {state}")
    if not rows:
        lines.append("No other office is trusted yet (lintas office trust PATH CARD).")
    emit(args, {"office_id": own, "peers": rows}, "\n".join(lines))
    return EXIT_OK


def _has_identity(vault: Any) -> bool:
    from lintas.exchange.identity import AGE_SECRET
    from lintas.vault import store

    with vault.reading() as conn:
        return store.get_secret(conn, AGE_SECRET) is not None


def run_revoke(args: argparse.Namespace) -> int:
    from lintas.exchange.identity import revoke

    with open_vault(args) as vault:
        peer = revoke(vault, args.peer)
    text = (
        f"Revoked {peer.card.name} ({peer.office_id}) on {peer.revoked_at}. Its bundles are "
        "refused from now on, and the revocation travels in this office's next bundles."
    )
    emit(args, {"office_id": peer.office_id, "revoked_at": peer.revoked_at}, text)
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from lintas.exchange.identity import export_age_identity

    question = (
        "The identity file is a SECRET: anyone who has it can read every bundle sent to "
        "this office. Keep it offline and delete it when done. Write it?"
    )
    if not _confirm(args, question):
        print("Not written.", file=sys.stderr)
        return EXIT_USER_ERROR
    with open_vault(args) as vault:
        text = export_age_identity(vault)
    _write_text(args.out, text, private=True)
    emit(args, {"path": args.out}, f"Wrote the secret identity to {args.out} (owner-only).")
    return EXIT_OK


def _write_text(path: str, text: str, private: bool = False) -> None:
    import os

    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError as error:
        raise LintasError(f"Cannot write '{path}': {error.strerror}.") from None


def run_create(args: argparse.Namespace) -> int:
    from lintas.exchange.bundles import create_bundle, parse_size

    names = [n.strip() for n in args.to.split(",") if n.strip()]
    max_size = parse_size(args.max_size) if args.max_size else None
    with open_vault(args) as vault:
        result = create_bundle(vault, names, args.out, max_size=max_size, progress=stderr_progress)
    offices = ", ".join(result.recipients)
    text = tr(
        "Wrote bundle {number} ({records} records) for {offices} to {path}.",
        number=result.sequence, records=result.records, offices=offices, path=result.path,
    )  # fmt: skip
    if len(result.parts) > 1:
        text = (
            tr("Wrote bundle {number} ({records} records) for {offices} in {parts} parts:",
               number=result.sequence, records=result.records, offices=offices,
               parts=len(result.parts))
            + "\n" + "\n".join(f"  {p}" for p in result.parts) + "\n"
            + tr("Send every part; the records are imported once all of them have arrived.")
        )  # fmt: skip
    data = {
        "bundle_id": result.bundle_id,
        "sequence": result.sequence,
        "records": result.records,
        "parts": [str(p) for p in result.parts],
    }
    emit(args, data, text)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from lintas.exchange.bundles import import_file

    with open_vault(args) as vault:
        result = import_file(
            vault, args.file, receipt_out=args.receipt, progress=stderr_progress,
            replace_key=args.replace_key,
        )  # fmt: skip
    data = dict(result.__dict__, key=result.key.__dict__ if result.key else None)
    emit(args, data, _import_text(result, args.receipt))
    return EXIT_OK


def _import_text(result: Any, receipt: str | None) -> str:
    if result.kind == "regional-key":
        key = result.key
        if key.already:
            return tr("This vault already uses {office}'s regional key {key}.",
                      office=result.sender, key=key.key_id)  # fmt: skip
        text = tr("This vault now uses {office}'s regional key {key} ({label}).",
                  office=result.sender, key=key.key_id, label=key.label)  # fmt: skip
        if key.replaced:
            text += " " + tr(
                "It replaced key {old}; the {count} pseudonyms made under that one will not "
                "match the new ones.",
                old=key.replaced, count=key.pseudonyms_before,
            )  # fmt: skip
        return text
    if result.kind == "receipt":
        if result.replayed:
            return tr("This receipt was imported already. Nothing was changed.")
        return tr("{office} acknowledged {count} records.", office=result.sender,
                  count=result.acknowledged)  # fmt: skip
    if result.replayed:
        return tr("Bundle {number} from {office} was imported already. Nothing was changed.",
                  number=result.sequence, office=result.sender)  # fmt: skip
    counts = dict(number=result.sequence, office=result.sender, records=result.records,
                  added=result.added, updated=result.updated, present=result.present,
                  conflicts=result.conflicts, parts=result.parts)  # fmt: skip
    lines = [
        tr("Bundle {number} from {office} ({parts} parts): {records} records: {added} new, "
           "{updated} updated, {present} already here, {conflicts} in conflict.", **counts)
        if result.parts > 1
        else tr("Bundle {number} from {office}: {records} records: {added} new, {updated} "
                "updated, {present} already here, {conflicts} in conflict.", **counts)
    ]  # fmt: skip
    if result.conflicts:
        lines.append(tr("Conflicts wait for a supervisor: lintas conflicts list PATH."))
    if result.missing_sequences:
        missing = ", ".join(str(n) for n in result.missing_sequences)
        lines.append(tr("Bundles not yet received from {office}: {numbers}.",
                        office=result.sender, numbers=missing))  # fmt: skip
    lines += [tr("Warning: {warning}", warning=w) for w in result.warnings]
    if receipt:
        lines.append(tr("Wrote a receipt for {office} to {path}.", office=result.sender,
                        path=receipt))  # fmt: skip
    return "\n".join(lines)


def run_inspect(args: argparse.Namespace) -> int:
    from lintas.exchange.bundles import inspect

    with open_vault(args, read_only=True) as vault:
        info = inspect(vault, args.file)
    part = ""
    if info["part"] and not (info["part"] == 1 and info["last_part"]):  # a bundle in parts
        part = f" part {info['part']}" + (" (the last)" if info["last_part"] else "")
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(info["statuses"].items())) or "none"
    text = (
        f"{info['kind'].capitalize()} {info['sequence'] or ''}{part} from {info['sender']} "
        f"({info['sender_id']}, {info['sender_trust']}), made {info['created_at']}\n"
        f"Recipients: {', '.join(info['recipients'])}\n"
        f"Records: {info['records']} ({statuses})\n"
        f"Forms: {', '.join(info['forms']) or 'none'}"
    )
    emit(args, info, text)
    return EXIT_OK


def run_conflicts(args: argparse.Namespace) -> int:
    from lintas.exchange.conflicts import conflicts

    with open_vault(args, read_only=True) as vault:
        found = conflicts(vault, include_resolved=args.all)
    data = [
        {"id": c.id, "uuid": c.uuid, "revision": c.revision, "from": c.peer,
         "found_at": c.found_at, "status": c.status, "incoming": c.record["data"]}
        for c in found
    ]  # fmt: skip
    lines = [
        f"#{c.id} {c.uuid} revision {c.revision} from {c.peer} ({c.status}); "
        f"resolve: lintas conflicts resolve PATH {c.id} --keep local|incoming"
        for c in found
    ]
    emit(args, data, "\n".join(lines) or "No conflicts wait.")
    return EXIT_OK


def run_resolve(args: argparse.Namespace) -> int:
    from lintas.exchange.conflicts import resolve

    with open_vault(args) as vault:
        done = resolve(vault, args.id, args.keep)
    text = f"Conflict #{done.id} on {done.uuid}: kept the {args.keep} version."
    emit(args, {"id": done.id, "status": done.status}, text)
    return EXIT_OK


def run_send_key(args: argparse.Namespace) -> int:
    from lintas.exchange.regional import send_regional_key

    names = [n.strip() for n in args.to.split(",") if n.strip()]
    with open_vault(args) as vault:
        key_id, recipients = send_regional_key(vault, names, args.out)
    text = (
        f"Wrote the regional key {key_id} for {', '.join(recipients)} to {args.out}. Each "
        "office imports it with 'lintas bundle import' before its first interview."
    )
    emit(args, {"key_id": key_id, "to": recipients, "path": args.out}, text)
    return EXIT_OK


def run_key_status(args: argparse.Namespace) -> int:
    from lintas.exchange.regional import regional_key_status

    with open_vault(args, read_only=True) as vault:
        status = regional_key_status(vault)
    data = dict(status.__dict__, needs_warning=status.needs_warning)
    emit(args, data, ("Warning: " if status.needs_warning else "") + status.message)
    return EXIT_OK


def run_purge(args: argparse.Namespace) -> int:
    from lintas.exchange.retention import purge_acknowledged

    with open_vault(args) as vault:
        planned = purge_acknowledged(vault, args.older_than, by=args.by, dry_run=True)
        who = ", ".join(planned.by) or "any trusted office"
        plan = (
            f"{planned.records} records were acknowledged by {who} and last changed before "
            f"{planned.cutoff[:10]}."
        )
        if args.dry_run or not planned.records:
            emit(args, planned.__dict__, plan + (" Nothing was removed." if planned.records
                                                else ""))  # fmt: skip
            return EXIT_OK
        question = f"{plan} Remove them from this vault for good?"
        if not _confirm(args, question):
            print("Nothing was removed.", file=sys.stderr)
            return EXIT_USER_ERROR
        done = purge_acknowledged(vault, args.older_than, by=args.by)
    text = (
        f"Removed {done.records} acknowledged records (audited; SHA-256 of their list "
        f"{done.records_sha256[:16]}...)."
    )
    emit(args, done.__dict__, text)
    return EXIT_OK
