"""The audit chain: an append-only log in which each entry carries the hash of the last.

Entry hash = SHA-256 over the canonical JSON array
``[seq, at, user, action, subject, detail, prev_hash]`` (UTF-8, sorted keys, no
spaces). The first entry's ``prev_hash`` is 64 zeros. Editing, deleting or
reordering any entry breaks every later link, and ``verify`` names the first
broken one. The chain lives inside the encrypted database, so only someone who
can unlock the vault can read it at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lintas.vault.connection import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user: str | None
    action: str
    subject: str | None
    detail: Mapping[str, Any]


@dataclass(frozen=True)
class AuditReport:
    entries: int
    ok: bool
    first_broken: int | None = None  # seq of the first entry whose link is broken
    problem: str = ""


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(fields: Sequence[Any]) -> str:
    """The hash of one entry: ``fields`` is (seq, at, user, action, subject, detail, prev_hash)."""
    text = canonical_json(list(fields))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(
    conn: Connection,
    at: str,
    user: str | None,
    action: str,
    *,
    subject: str | None = None,
    detail: Mapping[str, Any] | None = None,
) -> None:
    """Append one entry. Call inside the transaction that makes the change."""
    append_many(conn, at, user, [(action, subject, detail or {})])


def append_many(
    conn: Connection,
    at: str,
    user: str | None,
    items: Iterable[tuple[str, str | None, Mapping[str, Any]]],
) -> int:
    """Append entries in order, chaining each to the last; returns how many."""
    seq, prev = _head(conn)
    rows = []
    for action, subject, detail in items:
        seq += 1
        text = canonical_json(dict(detail))
        digest = entry_hash((seq, at, user, action, subject, text, prev))
        rows.append((seq, at, user, action, subject, text, prev, digest))
        prev = digest
    conn.executemany(
        "INSERT INTO audit (seq, at, user, action, subject, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def verify(conn: Connection) -> AuditReport:
    """Recompute every link; report the first entry whose hash or link is wrong."""
    prev, expected_seq, count = GENESIS, 1, 0
    cursor = conn.execute(
        "SELECT seq, at, user, action, subject, detail, prev_hash, hash FROM audit ORDER BY seq"
    )
    for seq, at, user, action, subject, detail, prev_hash, digest in cursor:
        count += 1
        if seq != expected_seq:
            return AuditReport(count, False, seq, f"entry {expected_seq} is missing")
        if prev_hash != prev:
            return AuditReport(count, False, seq, f"entry {seq} does not link to entry {seq - 1}")
        if entry_hash((seq, at, user, action, subject, detail, prev_hash)) != digest:
            return AuditReport(count, False, seq, f"entry {seq} was changed after it was written")
        prev, expected_seq = digest, seq + 1
    return AuditReport(count, True)


def entries(conn: Connection, limit: int = 100) -> list[AuditEntry]:
    """The latest ``limit`` entries, newest first."""
    rows = conn.execute(
        "SELECT seq, at, user, action, subject, detail FROM audit ORDER BY seq DESC LIMIT ?",
        (limit,),
    )
    return [AuditEntry(s, a, u, act, sub, json.loads(d)) for s, a, u, act, sub, d in rows]
