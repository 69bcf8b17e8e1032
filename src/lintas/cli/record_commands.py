"""``lintas record ...``: add, list, show, finalise and void submissions (JSON in and out)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lintas import limits
from lintas.cli.common import add_json_option, add_passphrase_options, emit, json_text
from lintas.cli.vault_commands import open_vault
from lintas.errors import EXIT_DAMAGED, EXIT_OK, LintasError
from lintas.i18n import tr


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("record", help=tr("add and review submissions in a vault"))
    actions = group.add_subparsers(dest="record_command", metavar="ACTION")

    # DESIGN.md: ``record add PATH --form ID (--json FILE | -)``. argparse cannot take a
    # bare "-" after options, so "-" is given as ``--json -`` or by leaving --json out
    # and piping the answers in. The output is JSON too.
    add = _action(actions, "add", tr("save a submission from JSON"), run_add, json_output=False)
    add.add_argument("--form", required=True, metavar="ID")
    add.add_argument(
        "--json",
        dest="data",
        default="-",
        metavar="FILE",
        help=tr("the answers as one JSON object (default '-': standard input)"),
    )
    add.add_argument("--final", action="store_true", help=tr("save it final (fully validated)"))
    add.add_argument("--uuid", metavar="UUID", help=tr("use this id (default: a new one)"))

    listing = _action(actions, "list", tr("list submissions"), run_list)
    listing.add_argument("--form", metavar="ID")
    listing.add_argument("--status", choices=("draft", "final", "void"))
    listing.add_argument("--by", metavar="NAME", help=tr("entered by this user"))
    listing.add_argument(
        "--since", type=_moment, metavar="DATE", help=tr("created on or after (ISO 8601)")
    )
    listing.add_argument(
        "--until", type=_moment, metavar="DATE", help=tr("created before (ISO 8601)")
    )
    listing.add_argument("--limit", type=int, metavar="N")

    show = _action(actions, "show", tr("show one submission"), run_show)
    show.add_argument("uuid", metavar="UUID")
    show.add_argument("--history", action="store_true", help=tr("include earlier revisions"))

    finalise = _action(actions, "finalise", tr("mark a draft final (validated)"), run_finalise)
    finalise.add_argument("uuid", metavar="UUID")

    void = _action(actions, "void", tr("void a submission (supervisors)"), run_void)
    void.add_argument("uuid", metavar="UUID")
    void.add_argument("--reason", required=True)


def _action(
    actions: Any, name: str, text: str, handler: Any, json_output: bool = True
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=text)
    parser.add_argument("path", metavar="PATH", help=tr("the vault folder"))
    add_passphrase_options(parser)
    if json_output:
        add_json_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def _moment(text: str) -> str:
    """An ISO 8601 date or time as the vault compares it: text in UTC, without an offset.

    The vault compares creation times as text, so a typo would quietly match nothing
    and an offset such as +07:00 would be ignored; both are settled here.
    """
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an ISO 8601 date or time (for example 2026-11-28 or "
            "2026-11-28T09:30+07:00)"
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat()


def _as_json(submission: Any) -> dict[str, Any]:
    # Not dataclasses.asdict: it copies the answers recursively, and a deeply nested
    # record (stored before the limits existed) made it fail after the commit.
    data = {field.name: getattr(submission, field.name) for field in fields(submission)}
    data["data"] = dict(submission.data)
    return data


def _read_answers(source: str) -> dict[str, Any]:
    name = "The answers on standard input" if source == "-" else f"The answers in '{source}'"
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        limits.check_document_size(len(text.encode("utf-8", "surrogatepass")), name)
        data = json.loads(text, parse_constant=_not_json, parse_int=_integer, parse_float=_decimal)
    except OSError as error:
        raise LintasError(f"Cannot read '{source}': {error.strerror}.") from None
    except json.JSONDecodeError as error:
        raise LintasError(f"{name} are not valid JSON: {error}.") from None
    except RecursionError:
        raise LintasError(
            f"{name} are nested too deeply to read (more than {limits.MAX_DEPTH} levels "
            "are refused anyway). Give answers by question name, repeats as lists."
        ) from None
    except UnicodeDecodeError:
        raise LintasError(f"{name} are not UTF-8 text. Save them as UTF-8 JSON.") from None
    if not isinstance(data, dict):
        raise LintasError(f'{name} must be one JSON object of answers, like {{"age": 31}}.')
    return data


def _not_json(name: str) -> Any:
    # Python's json reads NaN and Infinity, which JSON does not have; no answer is one.
    raise json.JSONDecodeError(f"{name} is not a JSON number", name, 0)


def _integer(text: str) -> int:
    # Checked before int() runs: a number of thousands of digits is slow to convert
    # and Python refuses one over 4,300 digits with an error that names no answer.
    if len(text.lstrip("-")) > limits.MAX_DIGITS:
        raise limits.AnswerLimitError(
            f"The answers hold a number with {len(text.lstrip('-')):,} digits; no question "
            f"takes more than {limits.MAX_DIGITS}."
        )
    return int(text)


def _decimal(text: str) -> float:
    digits = sum(c.isdigit() for c in text.lower().split("e")[0])
    if digits > limits.MAX_DIGITS:
        raise limits.AnswerLimitError(
            f"The answers hold a number with {digits:,} digits; no question takes more "
            f"than {limits.MAX_DIGITS}."
        )
    return float(text)


def _summary(submission: Any) -> str:
    return (
        f"{submission.uuid}  {submission.status:<5}  rev {submission.revision}  "
        f"{submission.form_id}@{submission.form_version}  {submission.created_at}  "
        f"{submission.created_by}"
    )


def run_add(args: argparse.Namespace) -> int:
    # The privacy layer, imported here: only this command needs it.
    from lintas.privacy.entry import save_answers

    answers = _read_answers(args.data)
    with open_vault(args) as vault:
        outcome, dropped = save_answers(
            vault, args.form, answers, uuid=args.uuid, status="final" if args.final else "draft"
        )
    saved = outcome.submission
    print(json_text(_as_json(saved)))
    # Notes go to standard error so that standard output stays one JSON document.
    if dropped:
        print(
            "Identifier answers were turned into the pseudonym and not stored: "
            + ", ".join(dropped)
            + ".",
            file=sys.stderr,
        )
    for match in outcome.matches:
        other = match.uuid_a if match.uuid_b == saved.uuid else match.uuid_b
        print(
            f"This may be a possible repeat interview of {other} (same pseudonym); "
            "a supervisor can review it.",
            file=sys.stderr,
        )
    for warning in outcome.warnings:
        print(f"Warning: {warning.message()}", file=sys.stderr)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with open_vault(args, read_only=True) as vault:
        found = vault.submissions(
            form_id=args.form,
            status=args.status,
            user=args.by,
            since=args.since,
            until=args.until,
            limit=args.limit,
        )
    text = "\n".join(_summary(s) for s in found) or "No submissions match."
    emit(args, [_as_json(s) for s in found], text)
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    with open_vault(args, read_only=True) as vault:
        record = vault.submission(args.uuid)
        history = vault.submission_history(args.uuid) if args.history else []
    data = _as_json(record)
    if args.history:
        data["history"] = [_as_json(h) for h in history]
    text = _summary(record) + "\n" + json_text(dict(record.data))
    emit(args, data, text)
    return _warn_if_altered([record, *history])


def _warn_if_altered(records: list[Any]) -> int:
    from lintas.vault.submissions import content_matches

    altered = [r for r in records if not content_matches(r)]
    for r in altered:
        print(
            f"Warning: revision {r.revision} of {r.uuid} does not match its content hash: it "
            "was changed outside Lintas. Run 'lintas audit verify' and restore from a backup.",
            file=sys.stderr,
        )
    return EXIT_DAMAGED if altered else EXIT_OK


def run_finalise(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        record = vault.finalise(args.uuid)
    emit(args, _as_json(record), f"{record.uuid} is final (revision {record.revision}).")
    return EXIT_OK


def run_void(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        record = vault.void(args.uuid, args.reason)
    emit(args, _as_json(record), f"{record.uuid} is void (revision {record.revision}).")
    return EXIT_OK
