"""Make, inspect and import bundles and receipts (docs/bundle-format.md, format 2).

Both sides stream: records go from the vault through zlib and age into the file, and
back, a segment (at most 1,000 records) at a time, so a bundle of any size needs about
the same memory and its plaintext never touches the disk.

Import checks everything before it writes anything. A first pass decrypts and checks
every part completely (age, format, every line's signature against a trusted and
unrevoked peer's stored key, never the key the bundle itself names; that this office is
a recipient; every segment's hash and records; every record's content hash; the forms)
and writes nothing. Only then does a second pass read the parts again and store the
records, ledger, conflicts and audit entry in one transaction. It checks every line's
signature again and requires every segment line to hash as in the first pass (so its
records are the bytes that were checked); it does not run the form check again: the
vault stores the records only if they are, as a set, those the first pass's checker
accepted (Vault.import_checker, submissions.Fingerprints). A file changed between the
passes rolls the transaction back.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from pathlib import Path
from typing import Any

from lintas import __version__
from lintas.errors import LintasError
from lintas.exchange import format as fmt
from lintas.exchange.errors import BundleRejectedError, ExchangeError
from lintas.exchange.identity import (
    OfficeIdentity,
    Peer,
    office_identity,
    peer_by_id,
    recipient_peers,
)
from lintas.exchange.stream import Damaged, Decrypting, encrypt_to, encrypted_size
from lintas.i18n import N_, tr
from lintas.progress import Progress, report
from lintas.vault import attachments as stored_files
from lintas.vault import forms as forms_table
from lintas.vault import store
from lintas.vault.connection import Connection
from lintas.vault.errors import ImportChangedError, ImportRefusedError
from lintas.vault.submissions import Submission

DEFAULT_MAX_SIZE = 1024 * 1024 * 1024  # 1 GiB, encrypted or unpacked
MIN_PART_SIZE = 64 * 1024  # --max-size below this leaves no room for records
TRAVELLING = fmt.TRAVELLING
_SYNC_RECORD = (
    "INSERT INTO sync_records (bundle_id, uuid, revision, content_hash) VALUES (?, ?, ?, ?)"
)
_END_RESERVE = 600  # bytes kept free in a part for its end line
_CANNOT_READ = N_("Cannot read the bundle '{path}': {reason}.")


class BundleIncompleteError(ExchangeError):
    """Some parts of a split bundle are not there (yet); nothing was imported."""

    def __init__(self, message: str, missing: list[int]) -> None:
        super().__init__(message)
        self.missing = missing


@dataclass(frozen=True)
class CreateResult:
    bundle_id: str
    sequence: int
    records: int
    recipients: list[str]
    path: Path  # the first (or only) file
    parts: list[Path] = field(default_factory=list)  # every file, in part order


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
    parts: int = 1
    key: Any = None  # a regional-key bundle: lintas.exchange.regional.KeyImport


def sender_json(identity: OfficeIdentity) -> dict[str, Any]:
    card = identity.card
    return {
        "office_id": card.office_id,
        "name": card.name,
        "age_recipient": card.age_recipient,
        "signing_key": base64.b64encode(card.signing_key).decode("ascii"),
    }


def parse_size(text: str) -> int:
    """'20M', '512k', '1G' or a byte count -> bytes (for --max-size)."""
    value = text.strip().upper().removesuffix("B").removesuffix("I")
    factor = 1
    for suffix, size in (("K", 1024), ("M", 1024**2), ("G", 1024**3)):
        if value.endswith(suffix):
            value, factor = value[:-1], size
            break
    try:
        number = float(value)
    except ValueError:
        raise ExchangeError(
            tr("'{size}' is not a size. Write it like 20M (megabytes), 500K or 1G.", size=text)
        ) from None
    size = int(number * factor)
    if size < MIN_PART_SIZE:
        raise ExchangeError(
            tr("A part must be allowed at least 64K; '{size}' is too small.", size=text)
        )
    return size


# -- creating -------------------------------------------------------------------------------
_HELD = (
    "EXISTS (SELECT 1 FROM sync_records AS r JOIN sync_ledger AS l ON l.bundle_id = r.bundle_id "
    "WHERE r.uuid = s.uuid AND r.revision = s.revision AND r.content_hash = s.content_hash "
    "AND l.peer_id = ? AND l.direction IN ('in', 'ack'))"
)
_COLUMNS = (
    "s.uuid, s.form_id, s.form_version, s.status, s.revision, s.created_at, s.updated_at, "
    "s.created_by, s.updated_by, s.office, s.content_hash, s.data, s.void_reason, s.pseudonym"
)


def _wanted_where(peers: int) -> str:
    """Final and void records that at least one of ``peers`` recipients lacks."""
    lacking = " OR ".join(["NOT " + _HELD] * peers)
    return f"s.status IN ('final', 'void') AND ({lacking})"


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


def _line(row: tuple[Any, ...], files: str | None = None) -> bytes:
    """A record's JSON line straight from its stored row, in canonical key order.

    The stored answers are already canonical JSON (data_json), so they are spliced in
    as they are: decoding and encoding every record again was most of create's time.
    ``files`` is the canonical JSON list of its attached files, if it has any.
    """
    (uuid, form_id, version, status, revision, created_at, updated_at, created_by,
     updated_by, office, digest, data, void_reason, pseudonym) = row  # fmt: skip
    attached = f'"attachments":{files},' if files else ""
    return (
        f'{{"record":{{{attached}"created_at":{_text(created_at)},'
        f'"created_by":{_text(created_by)},'
        f'"data":{data},"form_id":{_text(form_id)},"form_version":{_text(version)},'
        f'"office":{_text(office)},"pseudonym":{_text(pseudonym)},"revision":{int(revision)},'
        f'"sha256":{_text(digest)},"status":{_text(status)},"updated_at":{_text(updated_at)},'
        f'"updated_by":{_text(updated_by)},"uuid":{_text(uuid)},'
        f'"void_reason":{_text(void_reason)}}}}}\n'
    ).encode()


_FILES = (
    "SELECT a.uuid, a.name, a.sha256, a.data FROM json_each(?) AS j "
    "CROSS JOIN attachments AS a ON a.uuid = j.value ORDER BY a.uuid, a.name"
)


def _files_json(conn: Connection, uuids: list[str]) -> dict[str, str]:
    """uuid -> canonical JSON list of its files (media answers travel with their record,
    inside the encrypted, signed segment), for the records that have any."""
    found: dict[str, list[dict[str, str]]] = {}
    for uuid, name, digest, data in conn.execute(_FILES, (json.dumps(uuids),)):
        item = {"name": name, "sha256": digest, "data": base64.b64encode(data).decode("ascii")}
        found.setdefault(uuid, []).append(item)
    return {uuid: fmt.canonical(items).decode("utf-8") for uuid, items in found.items()}


@dataclass
class _Packed:
    entries: list[list[Any]]
    payload: bytes


def _segments(conn: Connection, cursor: Any, cap: int) -> Iterator[_Packed]:
    """Records packed into segments of at most SEGMENT_RECORDS and ``cap`` unpacked bytes."""
    entries: list[list[Any]] = []
    lines: list[bytes] = []
    size = 0
    while True:
        rows = cursor.fetchmany(fmt.SEGMENT_RECORDS)
        if not rows:
            break
        files = _files_json(conn, [row[0] for row in rows])
        for row in rows:
            line = _line(row, files.get(row[0]))
            if entries and (len(entries) == fmt.SEGMENT_RECORDS or size + len(line) > cap):
                yield _Packed(entries, fmt.pack(lines))
                entries, lines, size = [], [], 0
            entries.append([row[0], row[4], row[10]])
            lines.append(line)
            size += len(line)
    if entries:
        yield _Packed(entries, fmt.pack(lines))


@dataclass
class _PartState:
    last: bool = False
    records: int = 0


def create_bundle(
    vault: Any,
    to: Iterable[str],
    out: str | Path,
    *,
    max_size: int | None = None,
    progress: Progress | None = None,
) -> CreateResult:
    """Pack every final or void record some recipient does not hold yet into ``out``.

    With ``max_size`` (bytes), a bundle that would be larger is split into parts
    ``<name>.part1<suffix>``, ``.part2`` ... each at most ``max_size`` and each a complete
    age file with its own signed manifest; a bundle that fits is written to ``out``.
    """
    vault.require_supervisor("send bundles")
    identity = office_identity(vault)
    targets = recipient_peers(vault, to, N_("Name at least one office to send to (--to NAME)."))
    out = Path(out)
    if not out.parent.is_dir():
        raise ExchangeError(
            tr("Cannot write '{out}': the folder {folder} does not exist.", out=out,
              folder=out.parent)
        )
    ids = [p.office_id for p in targets]
    where = _wanted_where(len(targets))
    recipients = [p.card.age_recipient for p in targets]
    bundle_id = str(uuid_module.uuid4())
    written: list[Path] = []
    try:
        with vault.bulk_writing() as conn:
            sequence = int(store.get_setting(conn, "exchange.sequence") or 0) + 1
            # For the progress bar only: an upper bound, without the per-peer lookups.
            total = conn.execute(
                "SELECT count(*) FROM submissions WHERE status IN ('final', 'void')"
            ).fetchone()[0]
            forms_meta, forms_payload = _forms(conn)
            head_seq, head_hash = vault.audit_head()
            header = {
                "format": fmt.FORMAT,
                "kind": "bundle",
                "bundle_id": bundle_id,
                "part": 1,
                "sender": sender_json(identity),
                "recipients": sorted(ids),
                "sequence": sequence,
                "created_at": vault.now(),
                "audit_head": {"seq": head_seq, "hash": head_hash},
                "lintas_version": __version__,
                "forms": forms_meta,
                "revoked": _revocations(conn),
            }
            limit = max_size or 0
            budget = limit - encrypted_size(0, len(recipients)) - 16 * (limit // 65536 + 1)
            cap = fmt.SEGMENT_BYTES if not limit else max(4096, min(fmt.SEGMENT_BYTES, budget // 3))
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM submissions AS s WHERE {where} ORDER BY s.uuid",  # noqa: S608
                ids,
            )
            packed = _segments(conn, rows, cap)
            pending: list[_Packed | None] = [next(packed, None)]
            done = [0]

            def part_pieces(number: int, state: _PartState) -> Iterator[bytes]:
                magic, key = fmt.BUNDLE_MAGIC, identity.signing
                first = magic + fmt.block(magic, dict(header, part=number), key)
                yield first
                size, index = len(first), 0
                if forms_payload is not None:
                    piece = fmt.segment_block(
                        magic, key, bundle_id=bundle_id, part=number, index=0,
                        entries=[], payload=forms_payload,
                    )  # fmt: skip
                    yield piece
                    size, index = size + len(piece), 1
                opened = index
                while pending[0] is not None:
                    segment = pending[0]
                    piece = fmt.segment_block(
                        magic, key, bundle_id=bundle_id, part=number, index=index,
                        entries=segment.entries, payload=segment.payload,
                    )  # fmt: skip
                    if limit and size + len(piece) + _END_RESERVE > budget:
                        if index == opened:
                            raise ExchangeError(tr(
                                "--max-size {limit} bytes is too small for even one segment "
                                "of records and the forms ({size} bytes); allow a larger size.",
                                limit=limit, size=size + len(piece),
                            ))  # fmt: skip
                        break
                    yield piece
                    size, index = size + len(piece), index + 1
                    state.records += len(segment.entries)
                    conn.executemany(
                        _SYNC_RECORD, [(bundle_id, u, r, h) for u, r, h in segment.entries]
                    )
                    done[0] += len(segment.entries)
                    report(progress, done[0], total, "Packing records")
                    pending[0] = next(packed, None)
                state.last = pending[0] is None
                yield fmt.end_block(
                    magic, key, bundle_id=bundle_id, part=number, segments=index,
                    records=state.records, last=state.last,
                )  # fmt: skip

            number = 1
            while True:
                state = _PartState()
                target = out.with_name(f".{out.name}.{number}.partial")
                written.append(target)
                encrypt_to(target, recipients, part_pieces(number, state))
                if state.last:
                    break
                number += 1
            final = _part_names(out, len(written))
            for made, named in zip(written, final, strict=True):
                made.replace(named)
            written = final
            digest = hashlib.sha256()
            for named in written:
                digest.update(_file_sha256(named).encode("ascii"))
            store.set_setting(conn, "exchange.sequence", str(sequence))
            conn.execute(
                "INSERT INTO sync_ledger (bundle_id, direction, peer_id, at, record_count, "
                "sha256, status, detail) VALUES (?, 'out', ?, ?, ?, ?, 'sent', ?)",
                (bundle_id, ",".join(header["recipients"]), header["created_at"], done[0],
                 digest.hexdigest(), json.dumps({"sequence": sequence, "parts": len(written)})),
            )  # fmt: skip
            vault.record(
                conn,
                "bundle.create",
                bundle_id,
                {"to": header["recipients"], "records": done[0], "sequence": sequence,
                 "parts": len(written)},
            )  # fmt: skip
    except BaseException:
        for made in written:
            made.unlink(missing_ok=True)
        raise
    return CreateResult(
        bundle_id, sequence, done[0], [p.card.name for p in targets], written[0], written
    )


def _part_names(out: Path, count: int) -> list[Path]:
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}.part{n}{out.suffix}") for n in range(1, count + 1)]


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _forms(conn: Connection) -> tuple[list[dict[str, str]], bytes | None]:
    """The manifest's form list and the packed form lines: every form of a final or
    void record (a form or two more than the records may need, but no second pass over
    the records with the peers' lookups)."""
    needed = conn.execute(
        "SELECT DISTINCT form_id, form_version FROM submissions "
        "WHERE status IN ('final', 'void') ORDER BY 1, 2"
    ).fetchall()
    if not needed:
        return [], None
    filenames = {(f.form_id, f.version): f.filename for f in forms_table.list_forms(conn)}
    meta, lines = [], []
    for form_id, version in needed:
        _, raw = forms_table.form_bytes(conn, form_id, version)
        item = {
            "form_id": form_id,
            "version": version,
            "filename": filenames.get((form_id, version)) or f"{form_id}.xlsx",
            "xlsform": base64.b64encode(raw).decode("ascii"),
        }
        lines.append(fmt.form_line(item))
        meta.append({"form_id": form_id, "version": version, "sha256": fmt.sha256_hex(raw)})
    return meta, fmt.pack(lines)


def _revocations(conn: Connection) -> list[dict[str, str]]:
    rows = conn.execute(
        "SELECT peer_id, revoked_at FROM peers WHERE revoked_at IS NOT NULL ORDER BY peer_id"
    )
    return [{"office_id": p, "revoked_at": at} for p, at in rows]


# -- opening and checking -------------------------------------------------------------------
@dataclass
class PartInfo:
    """What a first pass learnt about one file (one part, or a receipt)."""

    path: Path
    magic: bytes
    manifest: dict[str, Any]
    peer: Peer | None
    last: bool = True
    records: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    forms: list[dict[str, Any]] = field(default_factory=list)
    digests: list[str] = field(default_factory=list)  # of its segment lines

    @property
    def kind(self) -> str:
        return fmt.KINDS[self.magic]  # bundle | receipt | regional-key

    @property
    def part(self) -> int:
        return int(self.manifest.get("part", 1))


def _check_manifest(path: Path, manifest: dict[str, Any], kind: str) -> None:
    expected: dict[str, type | tuple[type, ...]] = {
        "format": int, "kind": str, "sender": dict, "recipients": list, "created_at": str,
        "audit_head": dict, "bundle_id": str,
    }  # fmt: skip
    if kind == "bundle":
        expected.update({"part": int, "sequence": int, "forms": list})
    elif kind == "receipt":
        expected.update({"records": dict, "conflicts": list})
    else:
        expected.update({"key": dict})
    for name, kind_of in expected.items():
        if not isinstance(manifest.get(name), kind_of):
            raise BundleRejectedError(path, tr("its manifest lacks a valid '{name}'", name=name))
    if manifest["format"] != fmt.FORMAT or manifest["kind"] != kind:
        raise BundleRejectedError(
            path, tr("its manifest is not a version-{version} {kind}", version=fmt.FORMAT,
                    kind=kind)
        )
    if not isinstance(manifest["sender"].get("office_id"), str):
        raise BundleRejectedError(path, tr("its manifest does not name the sending office"))
    if kind == "bundle" and manifest["part"] < 1:
        raise BundleRejectedError(path, tr("its part number is not 1 or more"))


@contextmanager
def _opened(
    vault: Any, path: Path, identity: OfficeIdentity, max_size: int, require_trust: bool
) -> Iterator[tuple[fmt.Reader, fmt.Line, Peer | None, bytes]]:
    """Decrypt ``path`` as a stream and check its manifest line; yields the reader after it."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExchangeError(tr(_CANNOT_READ, path=path, reason=error.strerror)) from None
    if size > max_size:
        raise BundleRejectedError(
            path,
            tr("it is {size} bytes, more than the limit of {limit} (endless data?)", size=size,
              limit=max_size),
        )
    try:
        with Decrypting(path, identity.age_identity) as plain:
            reader = fmt.Reader(plain)
            magic = fmt.read_magic(reader)
            kind = fmt.KINDS[magic]
            header = fmt.read_line(reader, magic, "manifest")
            manifest = header.value
            _check_manifest(path, manifest, kind)
            sender = manifest["sender"]
            peer = peer_by_id(vault, sender["office_id"])
            who = f"{sender.get('name', '?')} ({sender['office_id']})"
            if peer is None and require_trust:
                raise BundleRejectedError(
                    path,
                    tr("it comes from {office}, an office this vault does not trust "
                      "(trust its card first)", office=who),
                )
            if peer is not None and peer.revoked_at and require_trust:
                raise BundleRejectedError(
                    path, tr("it comes from {office}, revoked on {date}", office=who,
                            date=peer.revoked_at)
                )
            key = peer.card.signing_key if peer is not None else _named_key(path, sender)
            if not header.verify(key):
                name = peer.card.name if peer is not None else who
                raise BundleRejectedError(
                    path, tr("its signature is not that of {office} (forged or altered)",
                            office=name)
                )
            if identity.office_id not in manifest["recipients"]:
                raise BundleRejectedError(
                    path, tr("this office is not among the recipients it was signed for")
                )
            yield reader, header, peer, key
    except fmt.FormatError as error:
        raise BundleRejectedError(path, str(error)) from None
    except Damaged as error:
        raise BundleRejectedError(path, error.reason) from None
    except OSError as error:
        raise ExchangeError(tr(_CANNOT_READ, path=path, reason=error.strerror)) from None


def _named_key(path: Path, sender: dict[str, Any]) -> bytes:
    # Only for inspecting a file from an office we do not know: its own key at least
    # shows that the file is whole and consistent (it proves nothing about who made it).
    try:
        key = base64.b64decode(str(sender.get("signing_key", "")), validate=True)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise BundleRejectedError(path, tr("its manifest does not carry a signing key"))
    return key


def scan(
    vault: Any,
    path: str | Path,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    require_trust: bool = True,
    identity: OfficeIdentity | None = None,
    each_segment: Callable[[Path, fmt.Segment], None] | None = None,
    content: bool = True,
) -> PartInfo:
    """Check one file completely, as a stream; writes nothing (the first pass).

    ``each_segment`` sees every checked segment (the import checks the records
    against their forms there, before anything is written). ``content=False``: it
    also checks that each record's answers hash to its sha256 (_FormCheck does).
    """
    path = Path(path)
    identity = identity or office_identity(vault, create=False)  # checking never writes
    with _opened(vault, path, identity, max_size, require_trust) as (reader, header, peer, key):
        info = PartInfo(path, header.magic, header.value, peer)
        if info.kind != "bundle":
            try:
                if not reader.at_end():
                    raise BundleRejectedError(
                        path, tr("the {kind} has bytes after its signature", kind=info.kind)
                    )
            except fmt.FormatError as error:
                raise BundleRejectedError(path, str(error)) from None
            return info
        part = fmt.PartReader(reader, header, key, fmt.Budget(max_size))
        part.content = content or each_segment is None
        try:
            for segment in part.segments():
                if each_segment is not None:
                    each_segment(path, segment)
                info.forms.extend(segment.forms)
                for record in segment.records:
                    info.statuses[record["status"]] = info.statuses.get(record["status"], 0) + 1
        except fmt.FormatError as error:
            raise BundleRejectedError(path, str(error)) from None
        assert part.end is not None
        info.last, info.records = bool(part.end["last"]), part.records
        info.digests = part.digests
        return info


def _bundle_of(vault: Any, path: Path, identity: OfficeIdentity) -> tuple[str, int] | None:
    """(bundle id, part) from a file's manifest line alone, or None if it is not ours."""
    try:
        with _opened(vault, path, identity, DEFAULT_MAX_SIZE, False) as (_, header, _p, _k):
            if header.magic == fmt.BUNDLE_MAGIC:
                return str(header.value["bundle_id"]), int(header.value["part"])
    except (BundleRejectedError, ExchangeError):
        return None
    return None


def _gather_parts(
    vault: Any,
    first: PartInfo,
    others: Sequence[Path],
    identity: OfficeIdentity,
    max_size: int,
    *,
    each_segment: Callable[[Path, fmt.Segment], None] | None = None,
    content: bool = True,
) -> list[PartInfo]:
    """Every part of ``first``'s bundle: from the files given, then from their folders."""
    if first.part == 1 and first.last and not others:
        return [first]  # a bundle in one piece: nothing to look for
    bundle_id = first.manifest["bundle_id"]
    found: dict[int, PartInfo] = {first.part: first}
    given = {first.path.resolve(), *(Path(p).resolve() for p in others)}
    candidates = [Path(p) for p in others]
    for folder in sorted({p.parent for p in given}):
        candidates += [p for p in sorted(folder.glob("*.age")) if p.resolve() not in given]
    for path in candidates:
        named = _bundle_of(vault, path, identity)
        if named is None or named[0] != bundle_id or named[1] in found:
            continue
        found[named[1]] = scan(
            vault, path, max_size=max_size, identity=identity, each_segment=each_segment,
            content=content,
        )  # fmt: skip
    parts = [found[n] for n in sorted(found)]
    lasts = [p.part for p in parts if p.last]
    highest = lasts[0] if lasts else max(found) + 1
    missing = [n for n in range(1, highest + 1) if n not in found]
    if missing or not lasts:
        sender = first.peer.card.name if first.peer else "?"
        names = ", ".join(str(n) for n in missing)
        if not lasts and names:
            names = tr("{parts}, and the last part (after part {after})", parts=names,
                       after=max(found))  # fmt: skip
        elif not lasts:
            names = tr("and the last part (after part {after})", after=max(found))
        raise BundleIncompleteError(
            tr("Bundle {number} from {office} came in parts, and part {missing} is not here "
               "(found part {found}). Put every part in the same folder (or name them all) "
               "and import again. Nothing was imported.",
               number=first.manifest["sequence"], office=sender, missing=names,
               found=", ".join(str(n) for n in sorted(found))),
            missing,
        )
    for part in parts:
        same = all(
            part.manifest.get(k) == first.manifest.get(k)
            for k in ("sender", "recipients", "sequence", "created_at", "forms")
        )
        if not same:
            raise BundleRejectedError(
                part.path, tr("its parts disagree about the bundle (spliced)")
            )
    if len(lasts) > 1 or lasts[0] != len(parts):
        raise BundleRejectedError(
            first.path, tr("its parts disagree about which one is the last")
        )
    return parts


def _records(
    vault: Any, part: PartInfo, identity: OfficeIdentity, max_size: int
) -> Iterator[list[dict[str, Any]]]:
    """The second pass over one part: its records a segment at a time, checked again."""
    with _opened(vault, part.path, identity, max_size, True) as (reader, header, _, key):
        if header.raw != fmt.canonical(part.manifest):
            raise BundleRejectedError(part.path, tr("it changed while it was being imported"))
        reader_part = fmt.PartReader(reader, header, key, fmt.Budget(max_size))
        reader_part.expected = part.digests
        try:
            for segment in reader_part.segments():
                yield segment.records
        except fmt.FormatError as error:
            raise BundleRejectedError(part.path, str(error)) from None


class _FormCheck:
    """The first pass's check of every record against its form, as a local save checks
    it (Vault.import_checker): a signature proves who sent a record, not that it fits."""

    def __init__(self, vault: Any, installed: set[tuple[str, str]]) -> None:
        self.vault = vault
        self.installed = installed
        self.new_forms: dict[tuple[str, str], dict[str, Any]] = {}
        # One checker for every part: it keeps the fingerprints of what it accepted, so
        # the second pass stores these records without checking them again.
        self.checker = vault.import_checker()

    def __call__(self, path: Path, segment: fmt.Segment) -> None:
        try:
            for form in segment.forms:
                key = (form["form_id"], form["version"])
                if key not in self.installed and key not in self.new_forms:
                    self.new_forms[key] = form
                    self.checker.add_forms(
                        [(base64.b64decode(form["xlsform"]), form.get("filename"))]
                    )
            if segment.records:
                # The checker hashes each record's answers as the vault stores them; the
                # hash it came with must be that (scan left this one check to us).
                hashes = self.checker([_submission(r) for r in segment.records])
                for record, digest in zip(segment.records, hashes, strict=True):
                    if digest != record["sha256"]:
                        raise BundleRejectedError(path, fmt.mismatch(record["uuid"]))
        except ImportRefusedError as error:
            raise BundleRejectedError(
                path, tr("record {uuid} {problem}", uuid=error.uuid, problem=error.problem)
            ) from None
        except LintasError as error:  # a form in the bundle that does not load
            raise BundleRejectedError(
                path, tr("a form it carries cannot be used: {problem}", problem=error)
            ) from None


# A record's fields in Submission's order (positional: a third cheaper than keywords,
# and every record is made into a Submission once in each pass).
_AS_SUBMISSION = itemgetter(
    "uuid", "form_id", "form_version", "status", "revision", "created_at", "updated_at",
    "created_by", "updated_by", "office", "sha256", "data", "void_reason", "pseudonym",
)  # fmt: skip


def _submission(record: dict[str, Any]) -> Submission:
    return Submission(*_AS_SUBMISSION(record))


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
    path: str | Path | Sequence[str | Path],
    *,
    receipt_out: str | Path | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    progress: Progress | None = None,
    replace_key: bool = False,
) -> ImportReport:
    """Import a bundle (all its parts) or a receipt after checking all of it.

    ``path`` is one file or several. A file that is one part of a split bundle brings
    the other parts from the files given and from its folder; the records commit only
    when every part is there (else BundleIncompleteError names the missing ones). A
    hub's regional-key bundle (exchange.regional) is imported too; ``replace_key`` lets
    it replace a key that pseudonyms were made under (the report's ``key`` says what
    happened).
    """
    vault.require_supervisor("import bundles")
    paths = [Path(path)] if isinstance(path, (str, Path)) else [Path(p) for p in path]
    if not paths:
        raise ExchangeError(tr("Name the bundle file to import."))
    identity = office_identity(vault, create=False)
    with vault.reading() as conn:
        installed = {(f.form_id, f.version) for f in forms_table.list_forms(conn)}
    check = _FormCheck(vault, installed)
    first = scan(
        vault, paths[0], max_size=max_size, identity=identity, each_segment=check, content=False
    )
    if first.kind == "receipt":
        return _import_receipt(vault, first)
    if first.kind == "regional-key":
        return _import_key(vault, first, replace_key)
    parts = _gather_parts(
        vault, first, paths[1:], identity, max_size, each_segment=check, content=False
    )
    manifest, peer = first.manifest, first.peer
    assert peer is not None  # scan requires trust
    bundle_id, sequence = str(manifest["bundle_id"]), int(manifest["sequence"])
    result = ImportReport("bundle", bundle_id, peer.card.name, peer.office_id, sequence)
    result.records = sum(p.records for p in parts)
    result.parts = len(parts)
    with vault.reading() as conn:
        seen = _seen_from(conn, peer.office_id)
    if any(b == bundle_id for b, _ in seen):
        result.replayed, result.present = True, result.records
        if receipt_out is not None:  # the first receipt may have been lost on the way
            write_receipt(vault, bundle_id, peer, out=receipt_out)
        return result
    if any(d.get("sequence") == sequence for _, d in seen):
        raise BundleRejectedError(
            first.path,
            tr("its number {number} from {office} was used by another bundle", number=sequence,
              office=peer.card.name),
        )
    result.warnings += _history_warnings(peer, manifest, seen)
    numbers = {int(d.get("sequence", 0)) for _, d in seen} | {sequence}
    result.missing_sequences = sorted(set(range(1, max(numbers) + 1)) - numbers)

    pending_sync: list[tuple[str, str, int, str]] = []
    pending_conflicts: list[tuple[Any, ...]] = []
    pending_files: list[tuple[str, dict[str, bytes]]] = []
    conflict_count = [0]

    def incoming() -> Iterator[Submission]:
        for part in parts:
            for records in _records(vault, part, identity, max_size):
                with vault.reading() as conn:
                    local = _local_hashes(conn, records)
                at = vault.now()
                for record in records:
                    triple = (record["uuid"], record["revision"], record["sha256"])
                    pending_sync.append((bundle_id, *triple))
                    held = local.get((record["uuid"], record["revision"]))
                    if held is not None and held != record["sha256"]:
                        conflict_count[0] += 1
                        check.checker.set_aside([_submission(record)])
                        pending_conflicts.append(
                            (record["uuid"], record["revision"], peer.office_id, bundle_id, held,
                             record["sha256"], json.dumps(record, ensure_ascii=False), at)
                        )  # fmt: skip
                    else:
                        if record.get("attachments"):
                            pending_files.append((record["uuid"], fmt.record_files(record)))
                        yield _submission(record)

    def flush(conn: Connection) -> None:
        conn.executemany(_SYNC_RECORD, pending_sync)
        conn.executemany(
            "INSERT OR IGNORE INTO exchange_conflicts (uuid, revision, peer_id, bundle_id, "
            "local_hash, incoming_hash, record, found_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')",
            pending_conflicts,
        )
        at = vault.now()
        for uuid, files in pending_files:
            stored_files.store(conn, uuid, files, at, f"bundle {bundle_id}")
        pending_sync.clear()
        pending_conflicts.clear()
        pending_files.clear()

    def ledger(conn: Connection) -> None:
        flush(conn)
        detail = {
            "sequence": sequence,
            "audit_head": manifest["audit_head"],
            "conflicts": conflict_count[0],
            "parts": len(parts),
        }
        digest = hashlib.sha256()
        for part in parts:
            digest.update(_file_sha256(part.path).encode("ascii"))
        conn.execute(
            "INSERT INTO sync_ledger (bundle_id, direction, peer_id, at, record_count, sha256, "
            "status, detail) VALUES (?, 'in', ?, ?, ?, ?, 'imported', ?)",
            (bundle_id, peer.office_id, vault.now(), result.records, digest.hexdigest(),
             json.dumps(detail)),
        )  # fmt: skip
        _apply_revocations(vault, conn, peer, manifest.get("revoked", []))
        vault.record(
            conn,
            "bundle.import",
            bundle_id,
            {"from": peer.office_id, "sequence": sequence, "conflicts": conflict_count[0],
             "parts": len(parts)},
        )  # fmt: skip

    try:
        # Forms the vault lacks are installed in the import's own transaction: a refused
        # bundle leaves no form behind. ``streamed``: every record was checked against
        # its form in the first pass; the second pass reads segments whose hashes match
        # the first pass's, and the vault stores them only if they are, as a set,
        # exactly the records the checker accepted (``checked``).
        imported = vault.import_submissions(
            incoming(), source=f"bundle {bundle_id} from {peer.card.name}", progress=progress,
            within=ledger, each_chunk=flush, streamed=True, checked=check.checker,
        )  # fmt: skip
    except ImportRefusedError as error:
        raise BundleRejectedError(
            first.path, tr("record {uuid} {problem}", uuid=error.uuid, problem=error.problem)
        ) from None
    except ImportChangedError:
        raise BundleRejectedError(
            first.path, tr("it changed while it was being imported")
        ) from None
    result.added, result.updated = imported.added, imported.updated
    result.present, result.conflicts = imported.skipped, conflict_count[0]
    if receipt_out is not None:
        write_receipt(vault, bundle_id, peer, out=receipt_out)
    return result


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
                tr(
                    "{office}'s audit history went backwards: bundle {number} carries entry "
                    "{entry}, but bundle {earlier} carried entry {earlier_entry}. Its vault may "
                    "have been restored from an old copy or tampered with; ask the office.",
                    office=peer.card.name, number=manifest.get("sequence"),
                    entry=head.get("seq"), earlier=detail.get("sequence"),
                    earlier_entry=before.get("seq"),
                )
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
_HELD_OF_BUNDLE = (
    "SELECT r.uuid, r.revision, r.content_hash FROM sync_records AS r "
    "WHERE r.bundle_id = ? AND r.uuid NOT IN (SELECT value FROM json_each(?)) "
    "ORDER BY r.uuid, r.revision"
)


def _held_digest(conn: Connection, bundle_id: str, conflicts: list[str]) -> tuple[int, str]:
    rows = conn.execute(_HELD_OF_BUNDLE, (bundle_id, json.dumps(conflicts)))
    return fmt.list_digest([u, r, h] for u, r, h in rows)


def write_receipt(vault: Any, bundle_id: str, peer: Peer, *, out: str | Path) -> Path:
    """A signed receipt for ``peer``: the revisions of ``bundle_id`` we now hold.

    The receipt names them by count and SHA-256 (the sender has the list), and lists the
    uuids that are in conflict here, which are not acknowledged.
    """
    identity = office_identity(vault)
    with vault.reading() as conn:
        conflicts = sorted(
            {row[0] for row in conn.execute(
                "SELECT uuid FROM exchange_conflicts WHERE bundle_id = ?", (bundle_id,))}
        )  # fmt: skip
        count, digest = _held_digest(conn, bundle_id, conflicts)
    head_seq, head_hash = vault.audit_head()
    manifest = {
        "format": fmt.FORMAT,
        "kind": "receipt",
        "receipt_id": str(uuid_module.uuid4()),
        "bundle_id": bundle_id,
        "sender": sender_json(identity),
        "recipients": [peer.office_id],
        "created_at": vault.now(),
        "audit_head": {"seq": head_seq, "hash": head_hash},
        "lintas_version": __version__,
        "records": {"count": count, "sha256": digest},
        "conflicts": conflicts,
    }
    block = fmt.block(fmt.RECEIPT_MAGIC, manifest, identity.signing)
    out = Path(out)
    try:
        encrypt_to(out, [peer.card.age_recipient], iter([fmt.RECEIPT_MAGIC, block]))
    except OSError as error:
        raise ExchangeError(
            tr("Cannot write '{out}': {reason}.", out=out, reason=error.strerror)
        ) from None
    return out


def _import_key(vault: Any, info: PartInfo, replace: bool) -> ImportReport:
    from lintas.exchange.regional import import_key_bundle

    assert info.peer is not None  # scan requires trust
    peer = info.peer
    result = ImportReport("regional-key", str(info.manifest["bundle_id"]), peer.card.name,
                          peer.office_id, 0)  # fmt: skip
    result.key = import_key_bundle(vault, info.path, info.manifest, peer, replace=replace)
    result.replayed = result.key.already
    return result


def _import_receipt(vault: Any, info: PartInfo) -> ImportReport:
    manifest, peer = info.manifest, info.peer
    assert peer is not None
    receipt_id = str(manifest.get("receipt_id"))
    bundle_id = str(manifest["bundle_id"])
    result = ImportReport("receipt", bundle_id, peer.card.name, peer.office_id, 0)
    conflicts = [c for c in manifest["conflicts"] if isinstance(c, str)]
    with vault.reading() as conn:
        if conn.execute("SELECT 1 FROM sync_ledger WHERE bundle_id = ?", (receipt_id,)).fetchone():
            result.replayed = True
            result.records = result.acknowledged = int(manifest["records"].get("count", 0))
            return result
        sent = conn.execute(
            "SELECT peer_id FROM sync_ledger WHERE bundle_id = ? AND direction = 'out'",
            (bundle_id,),
        ).fetchone()
        if sent is None or peer.office_id not in sent[0].split(","):
            raise ExchangeError(tr(
                "The receipt from {office} is for bundle {bundle}, which this office never "
                "sent to it. Nothing was changed.", office=peer.card.name, bundle=bundle_id,
            ))  # fmt: skip
        count, digest = _held_digest(conn, bundle_id, conflicts)
    if [count, digest] != [manifest["records"].get("count"), manifest["records"].get("sha256")]:
        raise BundleRejectedError(
            info.path, tr("its list of records held does not match the bundle this office sent")
        )
    result.records = result.acknowledged = count
    with vault.writing() as conn:
        conn.execute(
            "INSERT INTO sync_ledger (bundle_id, direction, peer_id, at, record_count, status, "
            "detail) VALUES (?, 'ack', ?, ?, ?, 'acknowledged', ?)",
            (receipt_id, peer.office_id, vault.now(), count,
             json.dumps({"bundle_id": bundle_id, "audit_head": manifest["audit_head"],
                         "conflicts": len(conflicts)})),
        )  # fmt: skip
        conn.execute(
            "INSERT INTO sync_records (bundle_id, uuid, revision, content_hash) "
            "SELECT ?, r.uuid, r.revision, r.content_hash FROM sync_records AS r "
            "WHERE r.bundle_id = ? AND r.uuid NOT IN (SELECT value FROM json_each(?))",
            (receipt_id, bundle_id, json.dumps(conflicts)),
        )
        conn.execute(
            "UPDATE sync_ledger SET status = 'acknowledged' WHERE bundle_id = ?", (bundle_id,)
        )
        vault.record(
            conn, "receipt.import", receipt_id, {"bundle": bundle_id, "from": peer.office_id}
        )
    return result


def inspect(vault: Any, path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE) -> dict[str, Any]:
    """What a bundle part or receipt holds, without importing (an unknown sender is named).

    Reads the whole file as a stream and checks it; keys: kind, id, sender, sender_id,
    sender_trust, recipients, sequence, part, last_part, created_at, records, statuses,
    forms, lintas_version.
    """
    info = scan(vault, path, max_size=max_size, require_trust=False)
    manifest = info.manifest
    trust = "trusted"
    if info.peer is None:
        trust = "NOT trusted (unknown office; its signature cannot be checked)"
    elif info.peer.revoked_at:
        trust = f"REVOKED on {info.peer.revoked_at}"
    records = info.records
    if info.kind == "receipt":
        records = int(manifest["records"].get("count", 0))
    key = manifest.get("key") if info.kind == "regional-key" else None
    return {
        "kind": manifest["kind"],
        "id": manifest.get("bundle_id"),
        "sender": manifest["sender"].get("name"),
        "sender_id": manifest["sender"]["office_id"],
        "sender_trust": trust,
        "recipients": manifest["recipients"],
        "sequence": manifest.get("sequence"),
        "part": manifest.get("part"),
        "last_part": info.last,
        "created_at": manifest["created_at"],
        "records": records,
        "statuses": info.statuses,
        "forms": [f"{f['form_id']}@{f['version']}" for f in manifest.get("forms", [])],
        "lintas_version": manifest.get("lintas_version"),
        "key_id": key.get("key_id") if isinstance(key, dict) else None,
    }
