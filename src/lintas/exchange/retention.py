"""Retention: purge records that another office acknowledged, after N days.

A border-post laptop should not keep interviews longer than it must: once the
provincial office or hub has acknowledged a record in a signed receipt, the post
may remove it. This is never automatic: a supervisor runs it (``lintas bundle
purge``), it says first what it would remove, and one audit entry names the cut-off,
the offices whose receipts count, how many records went and the SHA-256 of their
``uuid revision hash`` lines (so the hub can prove which records those were).

A record is purged only when all of this holds:

- it is final or void (drafts never are: they never travelled);
- its current revision, with this very content, is in a receipt from a trusted,
  unrevoked office (``by``: one office only; default: any);
- it was last changed more than ``days`` days ago;
- no conflict about it waits for a supervisor.

Its current row, its earlier revisions and its attached files are removed; the
ledger keeps which revisions were sent and acknowledged, so it is not sent again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from lintas.exchange.errors import ExchangeError
from lintas.exchange.identity import find_peer
from lintas.i18n import tr

_ACKED = (
    "EXISTS (SELECT 1 FROM sync_records AS r JOIN sync_ledger AS l ON l.bundle_id = r.bundle_id "
    "JOIN peers AS p ON p.peer_id = l.peer_id "
    "WHERE r.uuid = s.uuid AND r.revision = s.revision AND r.content_hash = s.content_hash "
    "AND l.direction = 'ack' AND p.revoked_at IS NULL {peer})"
)
_OPEN_CONFLICT = (
    "NOT EXISTS (SELECT 1 FROM exchange_conflicts AS c WHERE c.uuid = s.uuid AND c.status = 'open')"
)


@dataclass(frozen=True)
class PurgeResult:
    records: int
    cutoff: str  # records last changed before this (UTC) were eligible
    by: list[str]  # office names whose receipts counted ([] = any trusted office)
    records_sha256: str
    dry_run: bool


def _cutoff(vault: Any, days: int) -> str:
    now = datetime.strptime(vault.now(), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (now - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def purge_acknowledged(
    vault: Any, days: int, *, by: str | None = None, dry_run: bool = False
) -> PurgeResult:
    """Remove acknowledged records older than ``days`` (see the module doc); audited.

    ``dry_run`` counts them and changes nothing (no audit entry either).
    """
    vault.require_supervisor("purge acknowledged records")
    if not isinstance(days, int) or days < 1:
        raise ExchangeError(tr("Give the age in whole days, 1 or more (--older-than 90)."))
    peer_clause, params = "", []
    names: list[str] = []
    if by is not None:
        peer = find_peer(vault, by)
        if peer.revoked_at:
            raise ExchangeError(
                tr("{office} was revoked; its receipts no longer count for a purge.",
                   office=peer.card.name)
            )
        peer_clause, params, names = "AND l.peer_id = ?", [peer.office_id], [peer.card.name]
    cutoff = _cutoff(vault, days)
    where = (
        f"s.status IN ('final', 'void') AND s.updated_at < ? AND {_OPEN_CONFLICT} AND "
        + _ACKED.format(peer=peer_clause)
    )
    select = f"SELECT s.uuid, s.revision, s.content_hash FROM submissions AS s WHERE {where}"  # noqa: S608
    chosen = f"SELECT s.uuid FROM submissions AS s WHERE {where}"  # noqa: S608
    digest = hashlib.sha256()
    count = 0
    writing = vault.reading() if dry_run else vault.bulk_writing()
    with writing as conn:
        # First what goes (for the audit entry), then the deletes, in one transaction.
        rows = conn.execute(select + " ORDER BY s.uuid", [cutoff, *params])
        while batch := rows.fetchmany(500):
            digest.update("".join(f"{u} {r} {h}\n" for u, r, h in batch).encode())
            count += len(batch)
        if not dry_run and count:
            for table in ("attachments", "submission_history", "submissions"):
                conn.execute(
                    f"DELETE FROM {table} WHERE uuid IN ({chosen})",  # noqa: S608
                    [cutoff, *params],
                )
        result = PurgeResult(count, cutoff, names, digest.hexdigest(), dry_run)
        if not dry_run:
            vault.record(
                conn,
                "retention.purge",
                None,
                {"records": count, "older_than_days": days, "cutoff": cutoff,
                 "acknowledged_by": names or "any trusted office",
                 "records_sha256": result.records_sha256},
            )  # fmt: skip
    return result
