"""The inner layout of a bundle part or receipt (docs/bundle-format.md), without any vault.

An age file wraps this plaintext (format version 2)::

    lintas-bundle/2\\n                     (a receipt: lintas-receipt/2\\n)
    <header: canonical JSON>\\n<signature>\\n
    then, bundles only, segments of at most SEGMENT_RECORDS records:
      <segment: canonical JSON>\\n<signature>\\n<payload: a zlib stream of JSON lines>
    <end: canonical JSON>\\n<signature>\\n  (bundles only)

Every JSON line is signed on its own, and names the bundle, the part and (segments) its
index, so segments cannot be reordered, repeated, dropped or moved between bundles or
parts without a check failing. A segment's signature covers its records' list and its
payload's SHA-256, so it is checked before the payload is unpacked; nothing needs the
whole bundle in memory. These functions are pure so that the test vectors in
tests/vectors/bundle/ can be rebuilt byte for byte.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lintas.form.media import safe_name
from lintas.i18n import N_, tr
from lintas.vault.submissions import content_hash, data_json

FORMAT = 2
# The parts a reason names ("its manifest line is longer than ..."), translated there.
_PARTS = {"first": N_("first"), "manifest": N_("manifest"), "segment": N_("segment"),
          "records": N_("records"), "manifest signature": N_("manifest signature"),
          "segment signature": N_("segment signature")}  # fmt: skip
_SIGNATURES = {"manifest": "manifest signature", "segment": "segment signature"}


def _part(what: str) -> str:
    return tr(_PARTS[what]) if what in _PARTS else what


BUNDLE_MAGIC = b"lintas-bundle/2\n"
RECEIPT_MAGIC = b"lintas-receipt/2\n"
KEY_MAGIC = b"lintas-key/2\n"  # a hub's regional pseudonymisation key (exchange.regional)
KINDS = {BUNDLE_MAGIC: "bundle", RECEIPT_MAGIC: "receipt", KEY_MAGIC: "regional-key"}
OLD_MAGICS = (b"lintas-bundle/1\n", b"lintas-receipt/1\n")
SIGNATURE_CONTEXT = b"lintas-signature/2\n"
MAX_LINE = 16 * 1024 * 1024  # a JSON line longer than this is refused unread
SEGMENT_RECORDS = 1000  # records per segment: bounds what a reader holds at once
SEGMENT_BYTES = 4 * 1024 * 1024  # and the unpacked bytes of one segment (but one record)
# A segment's payload is held whole while it is checked. One record may bring up to
# 100 MB of attached files (lintas.form.media), 134 MB in base64.
MAX_SEGMENT_PAYLOAD = 512 * 1024 * 1024
TRAVELLING = ("final", "void")  # drafts never leave the vault


class FormatError(ValueError):
    """The plaintext does not follow the layout; the message says where."""


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):  # a stored record's answers are read-only mappings
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


# One encoder for every call: json.dumps with options builds a new one each time.
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain
)


def canonical(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8 (the same rules as the audit chain)."""
    return _ENCODER.encode(value).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def signed_bytes(magic: bytes, line: bytes) -> bytes:
    return SIGNATURE_CONTEXT + magic + line


def block(magic: bytes, value: Mapping[str, Any], key: Ed25519PrivateKey) -> bytes:
    """One signed line: canonical JSON, newline, base64 signature, newline."""
    line = canonical(dict(value))
    signature = key.sign(signed_bytes(magic, line))
    return line + b"\n" + base64.b64encode(signature) + b"\n"


def verify_line(magic: bytes, line: bytes, signature: bytes, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, signed_bytes(magic, line))
    except (InvalidSignature, ValueError):
        return False
    return True


def form_line(form: Mapping[str, Any]) -> bytes:
    return canonical({"form": dict(form)}) + b"\n"


def record_line(record: Mapping[str, Any]) -> bytes:
    return canonical({"record": dict(record)}) + b"\n"


def pack(lines: Iterable[bytes]) -> bytes:
    """A segment's payload: its JSON lines as one zlib stream."""
    return zlib.compress(b"".join(lines), 6)  # one call: per-line calls cost 4x more


def segment_block(
    magic: bytes,
    key: Ed25519PrivateKey,
    *,
    bundle_id: str,
    part: int,
    index: int,
    entries: list[list[Any]],
    payload: bytes,
) -> bytes:
    """The signed segment line followed by its payload."""
    value = {
        "kind": "segment",
        "bundle_id": bundle_id,
        "part": part,
        "index": index,
        "records": entries,
        "payload": {"sha256": sha256_hex(payload), "size": len(payload)},
    }
    return block(magic, value, key) + payload


def end_block(
    magic: bytes,
    key: Ed25519PrivateKey,
    *,
    bundle_id: str,
    part: int,
    segments: int,
    records: int,
    last: bool,
) -> bytes:
    value = {
        "kind": "end",
        "bundle_id": bundle_id,
        "part": part,
        "segments": segments,
        "records": records,
        "last": last,
    }
    return block(magic, value, key)


# -- reading ------------------------------------------------------------------------------
class Source(Protocol):
    def read(self, size: int, /) -> bytes: ...


class Reader:
    """Lines and exact byte counts from a source that hands out pieces (a stream)."""

    def __init__(self, source: Source, piece: int = 64 * 1024) -> None:
        self._source = source
        self._piece = piece
        self._buffer = bytearray()
        self._eof = False
        self.consumed = 0  # bytes handed out so far

    def _fill(self) -> bool:
        if self._eof:
            return False
        data = self._source.read(self._piece)
        if not data:
            self._eof = True
            return False
        self._buffer += data
        return True

    def line(self, limit: int, what: str) -> bytes:
        start = 0
        while True:
            end = self._buffer.find(b"\n", start)
            if end >= 0:
                break
            start = len(self._buffer)
            if start > limit:
                raise FormatError(
                    tr(
                        "its {what} line is longer than {limit} bytes",
                        what=_part(what), limit=limit,
                    )
                )
            if not self._fill():
                raise FormatError(
                    tr("it ends inside its {what} line (cut short?)", what=_part(what))
                )
        if end > limit:
            raise FormatError(
                tr("its {what} line is longer than {limit} bytes", what=_part(what), limit=limit)
            )
        out = bytes(self._buffer[:end])
        del self._buffer[: end + 1]
        self.consumed += end + 1
        return out

    def exact(self, size: int, what: str) -> bytes:
        while len(self._buffer) < size:
            if not self._fill():
                raise FormatError(tr("it ends inside its {what} (cut short?)", what=_part(what)))
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        self.consumed += size
        return out

    def at_end(self) -> bool:
        return not self._buffer and not self._fill()


@dataclass(frozen=True)
class Line:
    magic: bytes
    value: dict[str, Any]
    raw: bytes
    signature: bytes

    def verify(self, public_key: bytes) -> bool:
        return verify_line(self.magic, self.raw, self.signature, public_key)


def read_magic(reader: Reader) -> bytes:
    try:
        first = reader.line(64, "first")
    except FormatError:
        raise FormatError(tr("it is not a Lintas bundle or receipt")) from None
    magic = first + b"\n"
    if magic in KINDS:
        return magic
    if magic in OLD_MAGICS:
        raise FormatError(
            tr("it was made by an older Lintas (format 1); ask the sender to update Lintas "
               "and send it again")
        )
    raise FormatError(
        tr("it is not a Lintas bundle or receipt of format version {version}", version=FORMAT)
    )


def read_line(reader: Reader, magic: bytes, what: str, limit: int = MAX_LINE) -> Line:
    raw = reader.line(limit, what)
    signature_text = reader.line(200, _SIGNATURES.get(what, f"{what} signature"))
    try:
        signature = base64.b64decode(signature_text, validate=True)
        value = json.loads(raw)
    except (binascii.Error, ValueError):
        raise FormatError(
            tr("its {what} or its signature is not well formed", what=_part(what))
        ) from None
    if len(signature) != 64 or not isinstance(value, dict):
        raise FormatError(tr("its {what} or its signature is not well formed", what=_part(what)))
    if canonical(value) != raw:
        raise FormatError(tr("its {what} is not in canonical form", what=_part(what)))
    return Line(magic, value, raw, signature)


@dataclass
class Budget:
    """How many unpacked bytes a reader still accepts ("endless data")."""

    left: int

    def take(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise FormatError(tr("its records unpack to more than the size limit (endless data?)"))


def unpack(payload: bytes, budget: Budget) -> Iterator[bytes]:
    """The JSON lines of one segment's payload, never unpacking past ``budget``."""
    unpacker = zlib.decompressobj()
    pending = b""
    data = payload
    while True:
        try:
            text = unpacker.decompress(data, 1024 * 1024)
        except zlib.error as error:
            raise FormatError(
                tr("a segment is not a valid zlib stream ({error})", error=error)
            ) from None
        budget.take(len(text))
        lines = (pending + text).split(b"\n")
        pending = lines.pop()
        yield from lines
        data = unpacker.unconsumed_tail
        if not data:
            break
    if not unpacker.eof or unpacker.unused_data:
        raise FormatError(tr("a segment's records stream is cut short or has bytes after its end"))
    if pending:
        raise FormatError(tr("a segment's last line has no end"))


def _items(lines: list[bytes], index: int) -> list[Any]:
    """Every line's JSON value: one parse of the whole segment as an array (a third
    faster than a parse per line); on any doubt, line by line for the message."""
    try:
        items = json.loads(b"[" + b",".join(lines) + b"]")
        if isinstance(items, list) and len(items) == len(lines):
            return items
    except ValueError:
        pass
    items = []
    for number, line in enumerate(lines, start=1):
        try:
            items.append(json.loads(line))
        except ValueError:
            raise FormatError(
                tr("line {number} of segment {index} is not JSON", number=number, index=index)
            ) from None
    if len(items) != len(lines):  # pragma: no cover - a line is one value or an error
        raise FormatError(tr("segment {index} is not one JSON value per line", index=index))
    return items


# Every field a record line carries (docs/bundle-format.md), "attachments" aside.
RECORD_FIELDS = frozenset(
    ("uuid", "form_id", "form_version", "status", "revision", "created_at", "updated_at",
     "created_by", "updated_by", "office", "sha256", "data", "void_reason", "pseudonym")
)  # fmt: skip


def check_record(entry: Any, record: dict[str, Any], *, content: bool = True) -> None:
    """Refuse a record that is not the one its signed segment line lists.

    ``content=False`` leaves out one check, that its answers hash to its ``sha256``, for
    a caller that makes it itself: the import's checker recomputes every record's hash
    as the vault stores it (Vault.import_checker) and compares (hashing twice was a
    third of the first pass).
    """
    uuid = record.get("uuid")
    if not RECORD_FIELDS <= record.keys():
        raise FormatError(tr("record {uuid} is incomplete", uuid=uuid))
    matches = True
    if content:
        try:
            text = data_json(record["data"])
            digest = content_hash(
                record["form_id"], record["form_version"], text, record["pseudonym"]
            )
        except ValueError:  # json.loads reads NaN and Infinity; the vault never stores them
            raise FormatError(
                tr("record {uuid} holds NaN or an infinity, which is not a number JSON allows",
                   uuid=uuid)
            ) from None
        except (KeyError, TypeError, AttributeError):
            raise FormatError(tr("record {uuid} is incomplete", uuid=uuid)) from None
        matches = digest == record["sha256"]
    if entry != [uuid, record.get("revision"), record.get("sha256")] or not matches:
        raise FormatError(mismatch(uuid))
    if record.get("status") not in TRAVELLING:
        raise FormatError(tr("record {uuid} is a {status} (drafts never travel)", uuid=uuid,
                                status=record.get("status")))
    record_files(record)


def mismatch(uuid: Any) -> str:
    return tr("record {uuid} does not match the signed manifest", uuid=uuid)


def record_files(record: dict[str, Any]) -> dict[str, bytes]:
    """A record's attached files by name, each checked against the hash it came with."""
    files: dict[str, bytes] = {}
    uuid = record.get("uuid")
    listed = record.get("attachments") or []
    if not isinstance(listed, list):
        raise FormatError(tr("the files of record {uuid} are not a list", uuid=uuid))
    for item in listed:
        try:
            name, content = str(item["name"]), base64.b64decode(item["data"], validate=True)
        except (KeyError, TypeError, ValueError):
            raise FormatError(tr("a file of record {uuid} is damaged", uuid=uuid)) from None
        if sha256_hex(content) != item.get("sha256") or name != safe_name(name) or name in files:
            raise FormatError(
                tr("the file '{name}' of record {uuid} does not match its hash", name=name,
                   uuid=uuid)
            )  # fmt: skip
        files[name] = content
    return files


@dataclass
class Segment:
    index: int
    forms: list[dict[str, Any]]
    records: list[dict[str, Any]]


@dataclass
class PartReader:
    """Reads one part after its header: segments one at a time, then its end line.

    ``key`` is the sender's trusted Ed25519 key; every line is checked against it
    before what it describes is read.
    """

    reader: Reader
    header: Line
    key: bytes
    budget: Budget
    end: dict[str, Any] | None = None
    records: int = 0
    forms_seen: set[tuple[str, str]] = field(default_factory=set)
    # SHA-256 of every segment line read. A second pass over the same part gives the
    # first pass's list as ``expected``: a segment line that matches (and so its payload,
    # whose hash it holds) was checked already, record by record, and is not again.
    digests: list[str] = field(default_factory=list)
    expected: list[str] | None = None
    # False: the caller hashes each record's answers and compares (check_record).
    content: bool = True

    def segments(self) -> Iterator[Segment]:
        magic, header = self.header.magic, self.header.value
        bundle_id, part = header.get("bundle_id"), header.get("part")
        wanted = {
            (str(f.get("form_id")), str(f.get("version"))): f.get("sha256")
            for f in header.get("forms", [])
            if isinstance(f, dict)
        }
        index = 0
        while True:
            line = read_line(self.reader, magic, "segment")
            if not line.verify(self.key):
                raise FormatError(
                    tr("a segment's signature is not the sender's (forged or altered)")
                )
            value = line.value
            if value.get("bundle_id") != bundle_id or value.get("part") != part:
                raise FormatError(tr("a segment belongs to another bundle or part (spliced)"))
            if value.get("kind") == "end":
                self._finish(value, index)
                return
            if value.get("kind") != "segment" or value.get("index") != index:
                raise FormatError(
                    tr("its segments are out of order or repeated (expected segment {index})",
                       index=index)
                )
            self.digests.append(sha256_hex(line.raw))
            if self.expected is not None and (
                index >= len(self.expected) or self.expected[index] != self.digests[-1]
            ):
                raise FormatError(tr("it changed while it was being imported"))
            yield self._segment(value, index, wanted)
            index += 1

    def _segment(self, value: dict[str, Any], index: int, wanted: dict[Any, Any]) -> Segment:
        declared = value.get("payload")
        entries = value.get("records")
        if not isinstance(declared, dict) or not isinstance(entries, list):
            raise FormatError(tr("a segment does not describe its records"))
        size = declared.get("size")
        if not isinstance(size, int) or size < 0 or size > MAX_SEGMENT_PAYLOAD:
            raise FormatError(tr("a segment declares an impossible size"))
        payload = self.reader.exact(size, "records")
        if sha256_hex(payload) != declared.get("sha256"):
            raise FormatError(tr("a segment's records do not match the signed manifest"))
        forms: list[dict[str, Any]] = []
        records: list[dict[str, Any]] = []
        for number, item in enumerate(_items(list(unpack(payload, self.budget)), index), 1):
            if isinstance(item, dict) and isinstance(item.get("form"), dict) and not records:
                forms.append(self._form(item["form"], wanted))
            elif isinstance(item, dict) and isinstance(item.get("record"), dict):
                records.append(item["record"])
            else:
                raise FormatError(tr("line {number} of segment {index} is neither form nor record",
                                     number=number, index=index))
        if len(entries) != len(records):
            raise FormatError(tr("a segment's record list disagrees with its records"))
        if self.expected is not None:  # checked in the first pass (see ``digests``)
            self.records += len(records)
            return Segment(index, forms, records)
        for entry, record in zip(entries, records, strict=True):
            check_record(entry, record, content=self.content)
            if (str(record.get("form_id")), str(record.get("form_version"))) not in wanted:
                raise FormatError(tr("record {uuid} needs a form the part lacks",
                                         uuid=record.get("uuid")))
        self.records += len(records)
        return Segment(index, forms, records)

    def _form(self, form: dict[str, Any], wanted: dict[Any, Any]) -> dict[str, Any]:
        key = (str(form.get("form_id")), str(form.get("version")))
        try:
            raw = base64.b64decode(form.get("xlsform", ""), validate=True)
        except (binascii.Error, ValueError, TypeError):
            raw = b""
        if key in self.forms_seen or wanted.get(key) != sha256_hex(raw):
            raise FormatError(
                tr("its form {form_id} is not the one signed", form_id=form.get("form_id"))
            )
        self.forms_seen.add(key)
        return form

    def _finish(self, value: dict[str, Any], index: int) -> None:
        if value.get("segments") != index or value.get("records") != self.records:
            raise FormatError(tr("its end line disagrees with its segments (some were cut out)"))
        if not isinstance(value.get("last"), bool):
            raise FormatError(tr("its end line is not well formed"))
        wanted = {
            (str(f.get("form_id")), str(f.get("version"))) for f in self.header.value["forms"]
        }
        if wanted != self.forms_seen:
            raise FormatError(tr("it lacks a form its manifest lists"))
        if not self.reader.at_end():
            raise FormatError(tr("it has bytes after its end line"))
        self.end = value


def read_all(
    plaintext: bytes, key_for: Callable[[Line], bytes], limit: int = 10**9
) -> tuple[Line, list[Segment], dict[str, Any] | None]:
    """A whole plaintext taken apart and checked (tests and vectors; small files only)."""
    import io

    reader = Reader(io.BytesIO(plaintext))
    magic = read_magic(reader)
    header = read_line(reader, magic, "manifest")
    key = key_for(header)
    if not header.verify(key):
        raise FormatError(tr("its manifest signature is not the sender's"))
    if magic != BUNDLE_MAGIC:
        if not reader.at_end():
            raise FormatError(tr("the receipt has bytes after its signature"))
        return header, [], None
    part = PartReader(reader, header, key, Budget(limit))
    segments = list(part.segments())
    return header, segments, part.end


def list_digest(entries: Iterable[list[Any]]) -> tuple[int, str]:
    """(count, SHA-256) over canonical ``[uuid, revision, sha256]`` lines (receipts)."""
    digest = hashlib.sha256()
    count = 0
    for entry in entries:
        digest.update(canonical(list(entry)) + b"\n")
        count += 1
    return count, digest.hexdigest()
