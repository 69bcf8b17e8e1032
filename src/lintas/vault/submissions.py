"""Submissions: the current revision of each record, with every earlier one kept.

A save writes the new revision to ``submissions``; an edit first copies the row
it replaces into ``submission_history``. Nothing is hard-deleted: voiding is a
status. ``content_hash`` is SHA-256 over the canonical JSON of
``{"form_id", "form_version", "data", "pseudonym"}`` so a record's content can be
checked after any transfer (the exchange bundle carries it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from operator import attrgetter
from types import MappingProxyType
from typing import Any

from lintas.vault.connection import Connection

STATUSES = ("draft", "final", "void")
_COLUMNS = (
    "uuid, form_id, form_version, status, revision, created_at, updated_at, created_by, "
    "updated_by, office, content_hash, data, void_reason, pseudonym"
)
# The column list is a constant of this module, never user input.
_INSERT = f"INSERT INTO submissions ({_COLUMNS}) VALUES ({', '.join('?' * 14)})"  # noqa: S608
# An import's first try at a chunk: rows whose uuid is stored already are left alone.
_INSERT_NEW = _INSERT + " ON CONFLICT (uuid) DO NOTHING"
_TO_HISTORY = (
    f"INSERT INTO submission_history ({_COLUMNS}) "  # noqa: S608
    f"SELECT {_COLUMNS} FROM submissions WHERE uuid = ?"
)

# Which of a chunk's uuids the vault already has. The uuids arrive as ONE JSON array
# parameter: an ``IN (?, ?, ...)`` list costs SQLite a parse node, a bound copy and
# an opcode string per uuid, and with cipher_memory_security on each of those
# allocations is an mlock/munlock pair (it was most of the import's syscalls).
_KNOWN = (
    "SELECT s.uuid, s.revision, s.rowid FROM json_each(?) AS j "
    "CROSS JOIN submissions AS s ON s.uuid = j.value"
)


@dataclass(frozen=True)
class Submission:
    uuid: str
    form_id: str
    form_version: str
    status: str
    revision: int
    created_at: str
    updated_at: str
    created_by: str | None
    updated_by: str | None
    office: str | None
    content_hash: str
    data: Mapping[str, Any]
    void_reason: str | None = None
    pseudonym: str | None = None

    def row(self, data_text: str | None = None) -> tuple[Any, ...]:
        """The row as stored; pass ``data_text`` when the JSON is already made."""
        return (
            self.uuid,
            self.form_id,
            self.form_version,
            self.status,
            self.revision,
            self.created_at,
            self.updated_at,
            self.created_by,
            self.updated_by,
            self.office,
            self.content_hash,
            data_json(self.data) if data_text is None else data_text,
            self.void_reason,
            self.pseudonym,
        )


def _plain(value: Any) -> Any:
    if isinstance(value, MappingProxyType):
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


# One encoder for every call: json.dumps with options builds a new one each time,
# which was a quarter of the JSON cost of a bulk import. encode() keeps no state.
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain, allow_nan=False
)  # allow_nan=False: NaN and infinities are not JSON; a last guard, the form engine refuses them


def data_json(data: Mapping[str, Any]) -> str:
    return _ENCODER.encode(data)


def _frame(value: str | None) -> bytes:
    if value is None:
        return b"~"
    encoded = value.encode("utf-8")
    return b"%d:%s," % (len(encoded), encoded)


def _hash_head(form_id: str, form_version: str) -> bytes:
    return b"lintas-submission-v1\n" + _frame(form_id) + _frame(form_version)


def _hash_rest(head: bytes, data_text: str, pseudonym: str | None) -> str:
    # _frame inlined for the text: this runs once per imported record.
    data = data_text.encode("utf-8")
    return hashlib.sha256(b"%s%s%d:%s," % (head, _frame(pseudonym), len(data), data)).hexdigest()


def content_hash(form_id: str, form_version: str, data_text: str, pseudonym: str | None) -> str:
    """SHA-256 (hex) over the record's content, framed as netstrings (docs/vault.md).

    The frames are, in order: form id, form version, pseudonym (``~`` when none) and
    ``data_text``, the canonical JSON of the answers (:func:`data_json`).
    """
    return _hash_rest(_hash_head(form_id, form_version), data_text, pseudonym)


def content_matches(record: Submission) -> bool:
    """Whether ``record``'s answers still hash to its content_hash (False: edited outside)."""
    text = data_json(record.data)
    return content_hash(record.form_id, record.form_version, text, record.pseudonym) == (
        record.content_hash
    )


def _from_row(row: tuple[Any, ...]) -> Submission:
    values = list(row)
    values[11] = json.loads(values[11])
    return Submission(*values)


def insert(conn: Connection, submission: Submission) -> None:
    conn.execute(_INSERT, submission.row())


def insert_many(conn: Connection, submissions: Iterable[Submission]) -> None:
    conn.executemany(_INSERT, (s.row() for s in submissions))


def update_in_place(conn: Connection, new: Submission, data_text: str) -> None:
    """Overwrite the current row of ``new.uuid`` (same revision, no history copy)."""
    conn.execute(
        "UPDATE submissions SET updated_at = ?, updated_by = ?, content_hash = ?, data = ?, "
        "pseudonym = ? WHERE uuid = ? AND revision = ?",
        (new.updated_at, new.updated_by, new.content_hash, data_text, new.pseudonym,
         new.uuid, new.revision),
    )  # fmt: skip


def replace_current(conn: Connection, new: Submission) -> None:
    """Keep the current revision in the history, then make ``new`` current."""
    _replace_row(conn, new.row())


def _replace_row(conn: Connection, row: tuple[Any, ...]) -> None:
    conn.execute(_TO_HISTORY, (row[0],))
    conn.execute("DELETE FROM submissions WHERE uuid = ?", (row[0],))
    conn.execute(_INSERT, row)


@contextlib.contextmanager
def bulk_cache(conn: Connection, mebibytes: int = 8) -> Iterator[None]:
    """A larger page cache for one big transaction, so pages are not spilled and re-read."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


_STORED_HEAD = attrgetter(
    "uuid",
    "form_id",
    "form_version",
    "status",
    "revision",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "office",
)


def _bulk_encoder() -> Callable[[Any], str]:
    """:func:`data_json` without ``JSONEncoder.encode``'s per-call setup, for imports.

    ``encode`` builds a new C encoder object on every call; for many small records that
    was a third of the JSON time (0.28 s -> 0.18 s per 100,000, measured). The options
    are ``_ENCODER``'s, so the text is the same (tested). No cycle check: imported
    answers come from JSON and cannot contain cycles.
    """
    if c_make_encoder is None:  # not CPython's C accelerator: the ordinary path
        return _ENCODER.encode
    chunks = c_make_encoder(None, _plain, encode_basestring, None, ":", ",", True, False, False)
    return lambda data: "".join(chunks(data, 0))


_bulk_json = _bulk_encoder()


def _stored_rows(records: Iterable[Submission]) -> list[tuple[Any, ...]]:
    """Rows to insert, with the JSON and content hash recomputed (never trusted)."""
    heads: dict[tuple[str, str], bytes] = {}
    rows = []
    for record in records:
        text = _bulk_json(record.data)
        form = (record.form_id, record.form_version)
        head = heads.get(form) or heads.setdefault(form, _hash_head(*form))
        digest_value = _hash_rest(head, text, record.pseudonym)
        rows.append(
            (*_STORED_HEAD(record), digest_value, text, record.void_reason, record.pseudonym)
        )
    return rows


def _latest(rows: list[tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    """The highest revision of each uuid among ``rows``, in first-seen order."""
    latest: dict[str, tuple[Any, ...]] = {}
    for row in rows:
        seen = latest.get(row[0])
        if seen is None or seen[4] < row[4]:
            latest[row[0]] = row
    return latest


class Fingerprints:
    """An order-free digest of a set of records as they would be stored.

    The sum (mod 2**256) of the SHA-256 of each stored row, and their count: an import
    that checked its records in one pass and stores them in a second (the exchange
    reads a bundle twice) compares the two, so no record reaches storage that was not
    checked, whatever order the parts came in.
    """

    def __init__(self) -> None:
        self.count = 0
        self.total = 0

    def add(self, rows: Iterable[tuple[Any, ...]], sign: int = 1) -> None:
        """Rows as :func:`_stored_rows` makes them. The answers' text (row[11]) is left
        out of each row's SHA-256: row[10], the content hash recomputed from that very
        text, commits to it, and hashing the text again was most of the cost."""
        sha256, number = hashlib.sha256, int.from_bytes
        values = [number(sha256(repr(r[:11] + r[12:]).encode()).digest(), "big") for r in rows]
        self.total = (self.total + sign * sum(values)) % (1 << 256)
        self.count += sign * len(values)

    def add_records(self, records: Iterable[Submission], sign: int = 1) -> list[str]:
        """Adds the records as they would be stored; returns their content hashes as
        stored (recomputed from the answers, whatever hash the records came with)."""
        rows = _stored_rows(records)
        self.add(rows, sign)
        return [row[10] for row in rows]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fingerprints):
            return NotImplemented
        return (self.count, self.total) == (other.count, other.total)

    __hash__ = None  # type: ignore[assignment]  # it changes as records are added


def import_chunk(
    conn: Connection,
    chunk: list[Submission],
    digest: Any,
    listed: list[tuple[str, int, str]] | None = None,
    fingerprints: Fingerprints | None = None,
) -> tuple[int, int, int]:
    """Store one chunk of imported records; returns (added, updated, skipped).

    New uuids are added; a higher revision replaces the current one (which goes to
    history); the rest are skipped. ``digest`` (a hashlib object) is fed one line per
    stored record: the chunk's added records first, then its updated ones, each in
    input order; ``listed`` gets the same records as (uuid, revision, hash).

    Fast path: a bundle mostly brings records this vault has never seen, so the whole
    chunk is inserted at once with conflicting uuids left alone, and no lookup is made
    when every row went in. Otherwise one lookup sorts the chunk out; rows added just
    now are told from older ones by their rowid (a new row gets a rowid above every
    earlier one). A savepoint around a plain insert measured 2x slower: with
    cipher_memory_security on, its statement journal's allocations are each mlocked.
    ``fingerprints`` gets every row of the chunk as it would be stored.
    """
    rows = _stored_rows(chunk)
    if fingerprints is not None:
        fingerprints.add(rows)
    rows = list(_latest(rows).values())
    last_rowid = conn.execute("SELECT max(rowid) FROM submissions").fetchone()[0] or 0
    changes = conn.total_changes
    conn.executemany(_INSERT_NEW, rows)
    if conn.total_changes - changes == len(rows):
        fresh, newer = rows, []
    else:
        uuids = json.dumps([row[0] for row in rows])
        known = {u: (rev, rowid > last_rowid) for u, rev, rowid in conn.execute(_KNOWN, (uuids,))}
        fresh = [row for row in rows if known[row[0]][1]]
        newer = [row for row in rows if not known[row[0]][1] and known[row[0]][0] < row[4]]
        for row in newer:
            _replace_row(conn, row)
    stored = (*fresh, *newer)
    digest.update("".join(f"{row[0]} {row[4]} {row[10]}\n" for row in stored).encode())
    if listed is not None:  # (uuid, revision, hash) in digest order: import_records
        listed.extend((row[0], row[4], row[10]) for row in stored)
    return len(fresh), len(newer), len(chunk) - len(fresh) - len(newer)


def get(conn: Connection, uuid: str) -> Submission | None:
    sql = f"SELECT {_COLUMNS} FROM submissions WHERE uuid = ?"  # noqa: S608
    row = conn.execute(sql, (uuid,)).fetchone()
    return _from_row(row) if row else None


def history(conn: Connection, uuid: str) -> list[Submission]:
    sql = f"SELECT {_COLUMNS} FROM submission_history WHERE uuid = ? ORDER BY revision"  # noqa: S608
    rows = conn.execute(sql, (uuid,))
    return [_from_row(row) for row in rows]


_SEARCHED = ("uuid", "form_id", "created_by", "created_at", "data")


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class Filters:
    """What to list. Dates compare against ``created_at`` (ISO 8601 UTC text)."""

    form_id: str | None = None
    status: str | None = None
    user: str | None = None
    since: str | None = None
    until: str | None = None
    pseudonym: str | None = None
    # Words anywhere in the id, form, user, creation time or answers (answers are
    # stored as codes and typed text, so a code like "MMR" matches, a label does not).
    text: str | None = None
    # Per word of ``text``, choice codes that also count as a match for it: the
    # caller finds them among the forms' labels ("Myanmar" -> MMR). A code matches
    # only as a whole JSON string in the answers, so "F" does not match "FEMALE".
    text_codes: Mapping[str, Sequence[str]] | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = [], []
        for word in (self.text or "").split():
            codes = (self.text_codes or {}).get(word, ())
            patterns = ["%" + _escape_like(word) + "%"] * len(_SEARCHED)
            patterns += ['%"' + _escape_like(code) + '"%' for code in codes]
            columns = [*_SEARCHED, *["data"] * len(codes)]
            clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
            params.extend(patterns)
        for column, value, op in (
            ("form_id", self.form_id, "="),
            ("status", self.status, "="),
            ("created_by", self.user, "="),
            ("created_at", self.since, ">="),
            ("created_at", self.until, "<"),
            ("pseudonym", self.pseudonym, "="),
        ):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def select(
    conn: Connection, filters: Filters, limit: int | None = None, offset: int = 0
) -> Iterator[Submission]:
    where, params = filters.where()
    # ``where`` holds only fixed column names and "?" placeholders (Filters.where).
    if limit is None:
        yield from _select_all(conn, where, params)
        return
    sql = f"SELECT {_COLUMNS} FROM submissions{where} ORDER BY created_at, uuid"  # noqa: S608
    sql += " LIMIT ? OFFSET ?"
    params += [limit, offset]
    for row in conn.execute(sql, params):
        yield _from_row(row)


_BATCH = 500  # rows fetched at once by _select_all


def _select_all(conn: Connection, where: str, params: list[Any]) -> Iterator[Submission]:
    """Every matching submission in order, with memory that does not grow with the rows.

    No index gives the order (created_at, uuid), so SQLite sorts what the query returns
    in memory (temp_store is MEMORY, so that nothing leaves the vault in plain text):
    sorting whole rows held every answer of an export at once (measured: peak RSS of a
    100,000-record export 1.7x that of 10,000). Only the row ids are sorted; the rows
    are then read in batches, in the same read transaction as the caller's.
    """
    sql = f"SELECT rowid FROM submissions{where} ORDER BY created_at, uuid"  # noqa: S608
    ids = array("q", (row[0] for row in conn.execute(sql, params)))
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH].tolist()
        marks = ",".join("?" * len(batch))
        found = {
            row[0]: row[1:]
            for row in conn.execute(
                f"SELECT rowid, {_COLUMNS} FROM submissions WHERE rowid IN ({marks})",  # noqa: S608
                batch,
            )
        }
        for rowid in batch:
            if rowid in found:
                yield _from_row(found[rowid])


def count(conn: Connection, filters: Filters) -> int:
    where, params = filters.where()
    sql = f"SELECT count(*) FROM submissions{where}"  # noqa: S608
    return int(conn.execute(sql, params).fetchone()[0])
