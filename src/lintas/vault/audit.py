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

from lintas.vault import autosaves
from lintas.vault.connection import Connection
from lintas.vault.submissions import content_hash

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


def hash_at(conn: Connection, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return row[0] if row else None


def head(conn: Connection) -> tuple[int, str]:
    """(seq, hash) of the last entry; (0, GENESIS) for an empty chain."""
    return _head(conn)


# Audit actions that store one revision of one record, with its content hash. An
# autosave entry records what a draft session's autosaves left in place (same revision).
_SAVES = (
    "submission.create", "submission.edit", "submission.finalise", "submission.void",
    "submission.autosave",
)  # fmt: skip


def recorded_hash(conn: Connection, uuid: str, revision: int) -> str | None:
    """The content hash the chain (or a listed import) last recorded for this revision.

    Reads the chain backwards from its head: a draft's last entry is usually recent.
    """
    placeholders = ", ".join("?" * len(_SAVES))
    rows = conn.execute(
        f"SELECT detail FROM audit WHERE subject = ? AND action IN ({placeholders}) "  # noqa: S608
        "ORDER BY seq DESC",
        (uuid, *_SAVES),
    )
    for (detail,) in rows:
        fields = json.loads(detail)
        if int(fields.get("revision", 1)) == revision and "hash" in fields:
            return str(fields["hash"])
    row = conn.execute(
        "SELECT content_hash FROM import_records WHERE uuid = ? AND revision = ? "
        "ORDER BY import_seq DESC, ordinal DESC LIMIT 1",
        (uuid, revision),
    ).fetchone()
    return str(row[0]) if row else None


def list_imported(
    conn: Connection, entry_seq: int, ordinal: int, listed: Sequence[tuple[str, int, str]]
) -> int:
    """Keep which revisions an import stored (``import_records``); returns the next ordinal.

    The rows are in the order of the import entry's ``records_sha256``, which therefore
    commits to them: record_problems recomputes it.
    """
    rows = [(entry_seq, ordinal + i, u, rev, h) for i, (u, rev, h) in enumerate(listed)]
    conn.executemany(
        "INSERT INTO import_records (import_seq, ordinal, uuid, revision, content_hash) "
        "VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    return ordinal + len(rows)


def move_listed(conn: Connection, expected_seq: int, actual_seq: int) -> None:
    """Point an import's rows at its entry when other entries came between (rare)."""
    if actual_seq != expected_seq:
        conn.execute(
            "UPDATE import_records SET import_seq = ? WHERE import_seq = ?",
            (actual_seq, expected_seq),
        )


def _imported(conn: Connection, problems: list[str]) -> tuple[dict[tuple[str, int], str], bool]:
    """(uuid, revision) -> hash of every revision a listed import stored, and whether an
    import older than those lists (schema < 6, or detail without ``listed``) exists."""
    listed: dict[tuple[str, int], str] = {}
    legacy, seqs = False, set()
    rows = conn.execute("SELECT seq, detail FROM audit WHERE action = 'submission.import'")
    for seq, detail in rows.fetchall():
        fields = json.loads(detail)
        if not fields.get("listed"):
            legacy = True
            continue
        seqs.add(seq)
        digest, count = hashlib.sha256(), 0
        cursor = conn.execute(
            "SELECT uuid, revision, content_hash FROM import_records "
            "WHERE import_seq = ? ORDER BY ordinal",
            (seq,),
        )
        for uuid, revision, stored in cursor:
            digest.update(f"{uuid} {revision} {stored}\n".encode())
            listed[(uuid, revision)] = stored
            count += 1
        expected = int(fields.get("added", 0)) + int(fields.get("updated", 0))
        if digest.hexdigest() != fields.get("records_sha256") or count != expected:
            problems.append(
                f"the list of records that import entry {seq} stored was changed outside "
                "Lintas (it no longer matches the entry's records_sha256)"
            )
    for (seq,) in conn.execute("SELECT DISTINCT import_seq FROM import_records"):
        if seq not in seqs:
            problems.append(f"records are listed under import entry {seq}, which is no import")
    return listed, legacy


def record_problems(conn: Connection, autosave_key: bytes | None = None) -> list[str]:
    """Records whose stored content, hash or presence disagrees with the chain.

    Every revision (current and history) must hash to its stored content_hash, and
    match the hash its own save entry carries or, when an import brought it, the hash
    that import listed (``import_records``, committed to by the entry's
    ``records_sha256``, which is recomputed); every revision the chain or an import list
    names must still exist, and a revision that neither names is a problem. Imports made
    before the lists existed (schema < 6) name no revisions one by one: while a vault has
    one, a revision with no entry of its own is not reported.

    A current draft may hold what autosaves left in place since its last entry: then
    ``draft_autosaves`` vouches for its hash with a MAC under ``autosave_key`` (derived
    from the data key; without it no autosave is vouched for).
    """
    chain: dict[tuple[str, int], str] = {}
    drafts: set[tuple[str, int]] = set()  # revisions whose last entry stored a draft
    placeholders = ", ".join("?" * len(_SAVES))
    sql = f"SELECT subject, detail FROM audit WHERE action IN ({placeholders}) ORDER BY seq"  # noqa: S608
    for subject, detail in conn.execute(sql, _SAVES):
        fields = json.loads(detail)
        if "hash" in fields:
            key = (subject, int(fields.get("revision", 1)))
            chain[key] = fields["hash"]
            (drafts.add if fields.get("status") == "draft" else drafts.discard)(key)
    problems: list[str] = []
    imported, legacy = _imported(conn, problems)
    vouched = autosaves.vouched(conn, autosave_key)
    present: set[tuple[str, int]] = set()
    for table in ("submissions", "submission_history"):
        rows = conn.execute(
            f"SELECT uuid, revision, form_id, form_version, data, pseudonym, content_hash, "  # noqa: S608
            f"status FROM {table}"
        )
        for uuid, revision, form_id, version, data, pseudonym, stored, status in rows:
            key = (uuid, revision)
            present.add(key)
            name = f"record {uuid} revision {revision}"
            if content_hash(form_id, version, data, pseudonym) != stored:
                problems.append(f"{name} was changed outside Lintas (its content hash differs)")
            elif (
                table == "submissions"
                and status == "draft"
                and (uuid, revision, stored) in vouched
                and _autosaved(key, chain, drafts, imported)
            ):
                continue  # autosaved in place since its last entry (docs/vault.md)
            elif key in chain and chain[key] != stored:
                problems.append(f"{name} differs from the content its audit entry recorded")
            elif key not in chain and key in imported and imported[key] != stored:
                problems.append(f"{name} differs from the content its import recorded")
            elif key not in chain and key not in imported and not legacy:
                problems.append(f"{name} has no audit entry (added outside Lintas)")
    for uuid, revision in sorted((set(chain) | set(imported)) - present):
        problems.append(f"record {uuid} revision {revision} is in the audit chain but missing")
    return problems


def _autosaved(
    key: tuple[str, int],
    chain: Mapping[tuple[str, int], str],
    drafts: set[tuple[str, int]],
    imported: Mapping[tuple[str, int], str],
) -> bool:
    """Whether a vouched-for autosave may differ from what its entry recorded: only a
    revision the chain last recorded as a draft, or one an import brought with no entry
    of its own; never a final or void one, nor a revision nothing names."""
    return key in drafts or (key not in chain and key in imported)


def entries(conn: Connection, limit: int = 100) -> list[AuditEntry]:
    """The latest ``limit`` entries, newest first."""
    rows = conn.execute(
        "SELECT seq, at, user, action, subject, detail FROM audit ORDER BY seq DESC LIMIT ?",
        (limit,),
    )
    return [AuditEntry(s, a, u, act, sub, json.loads(d)) for s, a, u, act, sub, d in rows]
