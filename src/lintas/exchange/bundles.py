"""Make, inspect and import bundles and receipts (docs/bundle-format.md).

Import checks everything before it writes anything: age decryption with this office's
identity, the format, the signature against a trusted and unrevoked peer's stored key
(never the key the bundle itself names), that this office is a recipient, the payload's
hash and size, every record against the signed manifest and its own content hash. Only
then are missing forms installed and the records, ledger, conflicts and audit entry
committed in one transaction.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid as uuid_module
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from lintas import __version__
from lintas.exchange import format as fmt
from lintas.exchange.errors import BundleRejectedError, ExchangeError
from lintas.exchange.identity import OfficeIdentity, Peer, find_peer, office_identity, peer_by_id
from lintas.form.media import safe_name
from lintas.progress import Progress, report
from lintas.vault import attachments as stored_files
from lintas.vault import forms as forms_table
from lintas.vault import store
from lintas.vault.connection import Connection
from lintas.vault.errors import ImportRefusedError
from lintas.vault.submissions import Submission, content_hash, data_json

DEFAULT_MAX_SIZE = 1024 * 1024 * 1024  # 1 GiB, encrypted or unpacked
TRAVELLING = ("final", "void")  # drafts never leave the vault
_RECORD_FIELDS = (
    "uuid", "form_id", "form_version", "status", "revision", "created_at", "updated_at",
    "created_by", "updated_by", "office", "void_reason", "pseudonym",
)  # fmt: skip


_SYNC_RECORD = (
    "INSERT INTO sync_records (bundle_id, uuid, revision, content_hash) VALUES (?, ?, ?, ?)"
)


@dataclass(frozen=True)
class CreateResult:
    bundle_id: str
    sequence: int
    records: int
    recipients: list[str]
    path: Path


@dataclass
class ImportReport:
    kind: str  # bundle | receipt
    bundle_id: str
    sender: str
    sender_id: str
    sequence: int
    records: int = 0
    added: int = 0
    updated: int = 0
    present: int = 0
    conflicts: int = 0
    replayed: bool = False
    missing_sequences: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    acknowledged: int = 0


# -- creating -------------------------------------------------------------------------------
def _held_by(conn: Connection, peer_id: str) -> set[tuple[str, int, str]]:
    """Record revisions the peer holds: it acknowledged them, or it sent them to us."""
    rows = conn.execute(
        "SELECT r.uuid, r.revision, r.content_hash FROM sync_records AS r "
        "JOIN sync_ledger AS l ON l.bundle_id = r.bundle_id "
        "WHERE l.peer_id = ? AND l.direction IN ('in', 'ack')",
        (peer_id,),
    )
    return {(u, rev, h) for u, rev, h in rows}


def _record_json(record: Submission) -> dict[str, Any]:
    item = {name: getattr(record, name) for name in _RECORD_FIELDS}
    item["data"] = record.data  # canonical() writes it as the vault's data_json does
    item["sha256"] = record.content_hash
    return item


def _next_sequence(conn: Connection) -> int:
    return int(store.get_setting(conn, "exchange.sequence") or 0) + 1


def _revocations(conn: Connection) -> list[dict[str, str]]:
    rows = conn.execute(
        "SELECT peer_id, revoked_at FROM peers WHERE revoked_at IS NOT NULL ORDER BY peer_id"
    )
    return [{"office_id": p, "revoked_at": at} for p, at in rows]


def sender_json(identity: OfficeIdentity) -> dict[str, Any]:
    card = identity.card
    return {
        "office_id": card.office_id,
        "name": card.name,
        "age_recipient": card.age_recipient,
        "signing_key": base64.b64encode(card.signing_key).decode("ascii"),
    }


def create_bundle(
    vault: Any, to: Iterable[str], out: str | Path, *, progress: Progress | None = None
) -> CreateResult:
    """Pack every final or void record some recipient does not hold yet into ``out``."""
    vault.require_supervisor("send bundles")
    identity = office_identity(vault)
    targets: list[Peer] = []
    for name in to:
        peer = find_peer(vault, name)
        if peer.revoked_at:
            raise ExchangeError(f"The office {peer.card.name} was revoked; nothing is sent to it.")
        targets.append(peer)
    if not targets:
        raise ExchangeError("Name at least one office to send to (--to NAME).")
    with vault.reading() as conn:
        held = [_held_by(conn, p.office_id) for p in targets]
        sequence = _next_sequence(conn)
        revoked = _revocations(conn)
    records: list[Submission] = []
    for status in TRAVELLING:
        for record in vault.submissions(status=status, limit=None):
            key = (record.uuid, record.revision, record.content_hash)
            if any(key not in h for h in held):
                records.append(record)
    records.sort(key=lambda r: (r.uuid, r.revision))
    report(progress, 0, len(records), "Packing records")
    needed = sorted({(r.form_id, r.form_version) for r in records})
    forms_json, forms_meta = [], []
    with vault.reading() as conn:
        filenames = {(f.form_id, f.version): f.filename for f in forms_table.list_forms(conn)}
        for form_id, version in needed:
            _, raw = forms_table.form_bytes(conn, form_id, version)
            forms_json.append(
                {
                    "form_id": form_id,
                    "version": version,
                    "filename": filenames.get((form_id, version)) or f"{form_id}.xlsx",
                    "xlsform": base64.b64encode(raw).decode("ascii"),
                }
            )
            forms_meta.append(
                {"form_id": form_id, "version": version, "sha256": hashlib.sha256(raw).hexdigest()}
            )
    record_items = [_record_json(r) for r in records]
    with vault.reading() as conn:
        for item in record_items:
            # Files of media answers travel with their record, inside the encrypted,
            # signed payload (the payload's hash is in the signed manifest).
            files = stored_files.listed(conn, item["uuid"])
            if files:
                item["attachments"] = [
                    {"name": f.name, "sha256": f.sha256,
                     "data": base64.b64encode(stored_files.read(conn, item["uuid"], f.name)
                                              or b"").decode("ascii")}
                    for f in files
                ]  # fmt: skip
    payload = fmt.encode_payload(forms_json, record_items)
    head_seq, head_hash = vault.audit_head()
    bundle_id = str(uuid_module.uuid4())
    manifest = {
        "format": 1,
        "kind": "bundle",
        "bundle_id": bundle_id,
        "sender": sender_json(identity),
        "recipients": sorted(p.office_id for p in targets),
        "sequence": sequence,
        "created_at": vault.now(),
        "audit_head": {"seq": head_seq, "hash": head_hash},
        "lintas_version": __version__,
        "forms": forms_meta,
        "records": [[r.uuid, r.revision, r.content_hash] for r in records],
        "revoked": revoked,
        "payload": {"sha256": fmt.sha256_hex(payload), "size": len(payload)},
    }
    plaintext = fmt.seal(fmt.BUNDLE_MAGIC, manifest, identity.signing, payload)
    recipients = [pyrage.x25519.Recipient.from_str(p.card.age_recipient) for p in targets]
    _write_atomically(Path(out), pyrage.encrypt(plaintext, recipients))
    digest = hashlib.sha256(Path(out).read_bytes()).hexdigest()
    with vault.writing() as conn:
        store.set_setting(conn, "exchange.sequence", str(sequence))
        conn.execute(
            "INSERT INTO sync_ledger (bundle_id, direction, peer_id, at, record_count, sha256, "
            "status, detail) VALUES (?, 'out', ?, ?, ?, ?, 'sent', ?)",
            (
                bundle_id,
                ",".join(manifest["recipients"]),
                manifest["created_at"],
                len(records),
                digest,
                json.dumps({"sequence": sequence}),
            ),
        )
        conn.executemany(
            _SYNC_RECORD,
            [(bundle_id, r.uuid, r.revision, r.content_hash) for r in records],
        )
        vault.record(
            conn,
            "bundle.create",
            bundle_id,
            {"to": manifest["recipients"], "records": len(records), "sequence": sequence},
        )
    report(progress, len(records), len(records), "Packing records")
    return CreateResult(
        bundle_id, sequence, len(records), [p.card.name for p in targets], Path(out)
    )


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExchangeError(f"Cannot write '{path}': {error.strerror}.") from None


# -- opening and checking -------------------------------------------------------------------
@dataclass(frozen=True)
class Checked:
    opened: fmt.Opened
    manifest: dict[str, Any]
    peer: Peer | None  # None only when inspecting a bundle from an unknown office
    forms: list[dict[str, Any]]
    records: list[dict[str, Any]]


def _read(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise BundleRejectedError(
                path, f"it is {size} bytes, more than the limit of {limit} (endless data?)"
            )
        return path.read_bytes()
    except OSError as error:
        raise ExchangeError(f"Cannot read the bundle '{path}': {error.strerror}.") from None


def _decrypt(path: Path, data: bytes, identity: OfficeIdentity) -> bytes:
    if not data.startswith(b"age-encryption.org/v1\n"):
        raise BundleRejectedError(path, "it is not an age-encrypted file")
    try:
        return pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(identity.age_identity)])
    except pyrage.DecryptError as error:
        text = str(error).lower()
        if "no matching keys" in text or "no identity matched" in text:
            raise BundleRejectedError(
                path, "it is not addressed to this office (none of its recipients is ours)"
            ) from None
        raise BundleRejectedError(
            path, "it is damaged, cut short or was changed after it was made"
        ) from None


def _check_manifest(path: Path, manifest: dict[str, Any], kind: str) -> None:
    expected: dict[str, type | tuple[type, ...]] = {
        "format": int, "kind": str, "sender": dict, "recipients": list, "created_at": str,
        "audit_head": dict, "records": list,
    }  # fmt: skip
    for name, kind_of in expected.items():
        if not isinstance(manifest.get(name), kind_of):
            raise BundleRejectedError(path, f"its manifest lacks a valid '{name}'")
    if manifest["format"] != 1 or manifest["kind"] != kind:
        raise BundleRejectedError(path, f"its manifest is not a version-1 {kind}")
    if not isinstance(manifest["sender"].get("office_id"), str):
        raise BundleRejectedError(path, "its manifest does not name the sending office")


def open_and_verify(
    vault: Any, path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE, require_trust: bool = True
) -> Checked:
    """Decrypt and check a bundle or receipt completely; writes nothing."""
    path = Path(path)
    identity = office_identity(vault, create=False)  # checking never writes
    plaintext = _decrypt(path, _read(path, max_size), identity)
    try:
        opened = fmt.split(plaintext)
    except fmt.FormatError as error:
        raise BundleRejectedError(path, str(error)) from None
    kind = "bundle" if opened.magic == fmt.BUNDLE_MAGIC else "receipt"
    manifest = opened.manifest
    _check_manifest(path, manifest, kind)
    sender = manifest["sender"]
    peer = peer_by_id(vault, sender["office_id"])
    who = f"{sender.get('name', '?')} ({sender['office_id']})"
    if peer is None and require_trust:
        raise BundleRejectedError(
            path, f"it comes from {who}, an office this vault does not trust (trust its card first)"
        )
    if peer is not None and peer.revoked_at and require_trust:
        raise BundleRejectedError(path, f"it comes from {who}, revoked on {peer.revoked_at}")
    if peer is not None and not fmt.verify(opened, peer.card.signing_key):
        raise BundleRejectedError(
            path, f"its signature is not that of {peer.card.name} (forged or altered)"
        )
    if identity.office_id not in manifest["recipients"]:
        raise BundleRejectedError(path, "this office is not among the recipients it was signed for")
    forms: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    if kind == "bundle":
        forms, records = _check_payload(path, opened, manifest, max_size)
    elif opened.payload:
        raise BundleRejectedError(path, "the receipt has bytes after its signature")
    return Checked(opened, manifest, peer, forms, records)


def _check_payload(
    path: Path, opened: fmt.Opened, manifest: dict[str, Any], max_size: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    declared = manifest.get("payload")
    if not isinstance(declared, dict):
        raise BundleRejectedError(path, "its manifest does not describe the records")
    if declared.get("size") != len(opened.payload):
        raise BundleRejectedError(path, "its records are longer or shorter than the manifest says")
    if declared.get("sha256") != fmt.sha256_hex(opened.payload):
        raise BundleRejectedError(path, "its records do not match the signed manifest")
    try:
        forms, records = fmt.decode_payload(opened.payload, max_size)
    except fmt.FormatError as error:
        raise BundleRejectedError(path, str(error)) from None
    listed = manifest["records"]
    if len(listed) != len(records):
        raise BundleRejectedError(path, "its record list disagrees with its records")
    for entry, record in zip(listed, records, strict=True):
        _check_record(path, entry, record)
    wanted = {(f["form_id"], f["version"]): f["sha256"] for f in manifest.get("forms", [])}
    for form in forms:
        raw = base64.b64decode(form.get("xlsform", ""))
        if (
            wanted.get((form.get("form_id"), form.get("version")))
            != hashlib.sha256(raw).hexdigest()
        ):
            raise BundleRejectedError(path, f"its form {form.get('form_id')} is not the one signed")
    return forms, records


def _check_record(path: Path, entry: Any, record: dict[str, Any]) -> None:
    uuid = record.get("uuid")
    try:
        text = data_json(record["data"])
        digest = content_hash(record["form_id"], record["form_version"], text, record["pseudonym"])
    except ValueError:  # json.loads reads NaN and Infinity; the vault never stores them
        raise BundleRejectedError(
            path, f"record {uuid} holds NaN or an infinity, which is not a number JSON allows"
        ) from None
    except (KeyError, TypeError, AttributeError):
        raise BundleRejectedError(path, f"record {uuid} is incomplete") from None
    if entry != [uuid, record.get("revision"), record.get("sha256")] or digest != record["sha256"]:
        raise BundleRejectedError(path, f"record {uuid} does not match the signed manifest")
    if record.get("status") not in TRAVELLING:
        raise BundleRejectedError(
            path, f"record {uuid} is a {record.get('status')} (drafts never travel)"
        )


def _incoming_files(path: Path, record: dict[str, Any]) -> dict[str, bytes]:
    """A record's attached files, each checked against the hash it travelled with."""
    files: dict[str, bytes] = {}
    for item in record.get("attachments") or ():
        try:
            name, content = str(item["name"]), base64.b64decode(item["data"], validate=True)
        except (KeyError, TypeError, ValueError):
            uuid = record.get("uuid")
            raise BundleRejectedError(path, f"a file of record {uuid} is damaged") from None
        if hashlib.sha256(content).hexdigest() != item.get("sha256") or name != safe_name(name):
            raise BundleRejectedError(
                path, f"the file '{name}' of record {record.get('uuid')} does not match its hash"
            )
        files[name] = content
    return files


def _submission(record: dict[str, Any]) -> Submission:
    values = {name: record[name] for name in _RECORD_FIELDS}
    return Submission(content_hash=record["sha256"], data=record["data"], **values)


# -- importing ------------------------------------------------------------------------------
def _seen_from(conn: Connection, peer_id: str) -> list[tuple[str, dict[str, Any]]]:
    rows = conn.execute(
        "SELECT bundle_id, detail FROM sync_ledger WHERE peer_id = ? AND direction = 'in'",
        (peer_id,),
    )
    return [(b, json.loads(d or "{}")) for b, d in rows]


def _local_hashes(conn: Connection, records: list[dict[str, Any]]) -> dict[tuple[str, int], str]:
    """(uuid, revision) -> content hash of every revision held here of these records."""
    uuids = json.dumps(sorted({r["uuid"] for r in records}))
    found: dict[tuple[str, int], str] = {}
    for table in ("submissions", "submission_history"):
        # One query with the uuids as a JSON array, as submissions.import_chunk does.
        rows = conn.execute(
            f"SELECT s.uuid, s.revision, s.content_hash FROM json_each(?) AS j "  # noqa: S608
            f"CROSS JOIN {table} AS s ON s.uuid = j.value",
            (uuids,),
        )
        for uuid, revision, digest in rows:
            found[(uuid, revision)] = digest
    return found


def import_file(
    vault: Any,
    path: str | Path,
    *,
    receipt_out: str | Path | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a bundle (or a receipt) after checking all of it; see the module docstring."""
    vault.require_supervisor("import bundles")
    checked = open_and_verify(vault, path, max_size=max_size)
    if checked.opened.magic == fmt.RECEIPT_MAGIC:
        return _import_receipt(vault, checked)
    manifest, peer = checked.manifest, checked.peer
    assert peer is not None  # open_and_verify requires trust
    bundle_id, sequence = str(manifest.get("bundle_id")), int(manifest.get("sequence", 0))
    result = ImportReport("bundle", bundle_id, peer.card.name, peer.office_id, sequence)
    result.records = len(checked.records)
    with vault.reading() as conn:
        seen = _seen_from(conn, peer.office_id)
        local = _local_hashes(conn, checked.records)
        installed = {(f.form_id, f.version) for f in forms_table.list_forms(conn)}
    if any(b == bundle_id for b, _ in seen):
        result.replayed, result.present = True, result.records
        if receipt_out is not None:  # the first receipt may have been lost on the way
            write_receipt(
                vault, checked, conflicts=_open_conflicts(vault, bundle_id), out=receipt_out
            )
        return result
    same_number = [b for b, d in seen if d.get("sequence") == sequence]
    if same_number:
        raise BundleRejectedError(
            path, f"its number {sequence} from {peer.card.name} was used by another bundle"
        )
    result.warnings += _history_warnings(peer, manifest, seen)
    numbers = {int(d.get("sequence", 0)) for _, d in seen} | {sequence}
    result.missing_sequences = sorted(set(range(1, max(numbers) + 1)) - numbers)
    conflicts, incoming = [], []
    for record in checked.records:
        held = local.get((record["uuid"], record["revision"]))
        if held is not None and held != record["sha256"]:
            conflicts.append((record, held))
        else:
            incoming.append(_submission(record))
    # Every attached file is checked before anything is written.
    arriving_files = {
        r["uuid"]: files for r in checked.records if (files := _incoming_files(Path(path), r))
    }
    # Forms the vault lacks are installed in the import's own transaction, after every
    # record was checked against them: a refused bundle leaves no form behind.
    new_forms = [
        (base64.b64decode(form["xlsform"]), form.get("filename"))
        for form in checked.forms
        if (form["form_id"], form["version"]) not in installed
    ]

    def ledger(conn: Connection) -> None:
        at = vault.now()
        detail = {
            "sequence": sequence,
            "audit_head": manifest["audit_head"],
            "conflicts": len(conflicts),
        }
        conn.execute(
            "INSERT INTO sync_ledger (bundle_id, direction, peer_id, at, record_count, sha256, "
            "status, detail) VALUES (?, 'in', ?, ?, ?, ?, 'imported', ?)",
            (bundle_id, peer.office_id, at, len(checked.records),
             manifest["payload"]["sha256"], json.dumps(detail)),
        )  # fmt: skip
        conn.executemany(
            _SYNC_RECORD,
            [(bundle_id, r["uuid"], r["revision"], r["sha256"]) for r in checked.records],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO exchange_conflicts (uuid, revision, peer_id, bundle_id, "
            "local_hash, incoming_hash, record, found_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')",
            [(r["uuid"], r["revision"], peer.office_id, bundle_id, held, r["sha256"],
              json.dumps(r, ensure_ascii=False), at) for r, held in conflicts],
        )  # fmt: skip
        for uuid, files in arriving_files.items():
            stored_files.store(conn, uuid, files, at, f"bundle {bundle_id}")
        _apply_revocations(vault, conn, peer, manifest.get("revoked", []))
        vault.record(
            conn,
            "bundle.import",
            bundle_id,
            {"from": peer.office_id, "sequence": sequence, "conflicts": len(conflicts)},
        )

    try:
        imported = vault.import_submissions(
            incoming, source=f"bundle {bundle_id} from {peer.card.name}", progress=progress,
            within=ledger, new_forms=new_forms,
        )  # fmt: skip
    except ImportRefusedError as error:
        # Signed by a trusted office, yet not what this vault would store: refused whole.
        raise BundleRejectedError(path, f"record {error.uuid} {error.problem}") from None
    result.added, result.updated = imported.added, imported.updated
    result.present, result.conflicts = imported.skipped, len(conflicts)
    if receipt_out is not None:
        write_receipt(vault, checked, conflicts=[r["uuid"] for r, _ in conflicts], out=receipt_out)
    return result


def _open_conflicts(vault: Any, bundle_id: str) -> list[str]:
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT uuid FROM exchange_conflicts WHERE bundle_id = ?", (bundle_id,)
        ).fetchall()
    return [row[0] for row in rows]


def _history_warnings(
    peer: Peer, manifest: dict[str, Any], seen: list[tuple[str, dict[str, Any]]]
) -> list[str]:
    head = manifest["audit_head"]
    warnings = []
    for _, detail in seen:
        before = detail.get("audit_head") or {}
        if detail.get("sequence", 0) < manifest.get("sequence", 0) and before.get(
            "seq", 0
        ) > head.get("seq", 0):
            warnings.append(
                f"{peer.card.name}'s audit history went backwards: bundle "
                f"{manifest.get('sequence')} carries entry {head.get('seq')}, but bundle "
                f"{detail.get('sequence')} carried entry {before.get('seq')}. Its vault may have "
                "been restored from an old copy or tampered with; ask the office."
            )
            break
    return warnings


def _apply_revocations(vault: Any, conn: Connection, peer: Peer, revoked: Any) -> None:
    """Offices the sender revoked are revoked here too (a key is never un-revoked)."""
    for item in revoked if isinstance(revoked, list) else []:
        office_id = item.get("office_id") if isinstance(item, dict) else None
        changed = conn.execute(
            "UPDATE peers SET revoked_at = ? WHERE peer_id = ? AND revoked_at IS NULL",
            (vault.now(), office_id),
        ).rowcount
        if changed:
            vault.record(conn, "office.revoke", office_id, {"announced_by": peer.office_id})


# -- receipts -------------------------------------------------------------------------------
def write_receipt(vault: Any, checked: Checked, *, conflicts: list[str], out: str | Path) -> Path:
    """A signed receipt for the bundle's sender, listing the revisions we now hold."""
    identity = office_identity(vault)
    peer = checked.peer
    assert peer is not None
    head_seq, head_hash = vault.audit_head()
    skip = set(conflicts)
    manifest = {
        "format": 1,
        "kind": "receipt",
        "receipt_id": str(uuid_module.uuid4()),
        "bundle_id": checked.manifest["bundle_id"],
        "sender": sender_json(identity),
        "recipients": [peer.office_id],
        "created_at": vault.now(),
        "audit_head": {"seq": head_seq, "hash": head_hash},
        "lintas_version": __version__,
        "records": [e for e in checked.manifest["records"] if e[0] not in skip],
        "conflicts": sorted(skip),
    }
    plaintext = fmt.seal(fmt.RECEIPT_MAGIC, manifest, identity.signing)
    recipient = pyrage.x25519.Recipient.from_str(peer.card.age_recipient)
    _write_atomically(Path(out), pyrage.encrypt(plaintext, [recipient]))
    return Path(out)


def _import_receipt(vault: Any, checked: Checked) -> ImportReport:
    manifest, peer = checked.manifest, checked.peer
    assert peer is not None
    receipt_id = str(manifest.get("receipt_id"))
    result = ImportReport(
        "receipt", str(manifest.get("bundle_id")), peer.card.name, peer.office_id, 0
    )
    entries = [e for e in manifest["records"] if isinstance(e, list) and len(e) == 3]
    result.records = result.acknowledged = len(entries)
    with vault.reading() as conn:
        if conn.execute("SELECT 1 FROM sync_ledger WHERE bundle_id = ?", (receipt_id,)).fetchone():
            result.replayed = True
            return result
        sent = conn.execute(
            "SELECT peer_id FROM sync_ledger WHERE bundle_id = ? AND direction = 'out'",
            (result.bundle_id,),
        ).fetchone()
    if sent is None or peer.office_id not in sent[0].split(","):
        raise ExchangeError(
            f"The receipt from {peer.card.name} is for bundle {result.bundle_id}, which this "
            "office never sent to it. Nothing was changed."
        )
    with vault.writing() as conn:
        conn.execute(
            "INSERT INTO sync_ledger (bundle_id, direction, peer_id, at, record_count, status, "
            "detail) VALUES (?, 'ack', ?, ?, ?, 'acknowledged', ?)",
            (receipt_id, peer.office_id, vault.now(), len(entries),
             json.dumps({"bundle_id": result.bundle_id, "audit_head": manifest["audit_head"]})),
        )  # fmt: skip
        conn.executemany(
            _SYNC_RECORD,
            [(receipt_id, u, r, h) for u, r, h in entries],
        )
        conn.execute(
            "UPDATE sync_ledger SET status = 'acknowledged' WHERE bundle_id = ?",
            (result.bundle_id,),
        )
        vault.record(
            conn, "receipt.import", receipt_id, {"bundle": result.bundle_id, "from": peer.office_id}
        )
    return result


def inspect(vault: Any, path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE) -> dict[str, Any]:
    """What a bundle holds, without importing (an untrusted sender is named, not refused)."""
    checked = open_and_verify(vault, path, max_size=max_size, require_trust=False)
    manifest = checked.manifest
    statuses: dict[str, int] = {}
    for record in checked.records:
        statuses[record["status"]] = statuses.get(record["status"], 0) + 1
    trust = "trusted"
    if checked.peer is None:
        trust = "NOT trusted (unknown office; its signature cannot be checked)"
    elif checked.peer.revoked_at:
        trust = f"REVOKED on {checked.peer.revoked_at}"
    return {
        "kind": manifest["kind"],
        "id": manifest.get("bundle_id"),
        "sender": manifest["sender"].get("name"),
        "sender_id": manifest["sender"]["office_id"],
        "sender_trust": trust,
        "recipients": manifest["recipients"],
        "sequence": manifest.get("sequence"),
        "created_at": manifest["created_at"],
        "records": len(manifest["records"]),
        "statuses": statuses,
        "forms": [f"{f['form_id']}@{f['version']}" for f in manifest.get("forms", [])],
        "lintas_version": manifest.get("lintas_version"),
    }
