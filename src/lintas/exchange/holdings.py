"""What each trusted office holds of this vault's records, from receipts and bundles.

A peer holds a record revision when it acknowledged it in a signed receipt, or when it
sent that revision to us itself. Everything else that travels (final and void records)
is still to send, or sent and not yet acknowledged. The app's Receipts screen shows
these figures; ``create_bundle`` uses the same rule to choose what to pack.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from lintas.exchange.identity import peers

TRAVELLING = ("final", "void")  # the statuses that travel (bundles.TRAVELLING)


@dataclass(frozen=True)
class PeerHoldings:
    """One trusted (or revoked) office, as seen from this vault."""

    office_id: str
    name: str
    revoked_at: str | None
    records_here: int  # final and void records in this vault
    held: int  # of those, how many the peer holds at their current revision
    bundles_sent: int
    bundles_acknowledged: int  # of those, how many it sent a receipt for
    last_sent_at: str | None
    last_receipt_at: str | None
    bundles_received: int
    last_received_at: str | None

    @property
    def to_send(self) -> int:
        return self.records_here - self.held


@dataclass(frozen=True)
class HeldRecord:
    uuid: str
    form_id: str
    revision_here: int
    revision_held: int | None  # the newest revision the peer holds, None if none
    up_to_date: bool  # it holds this very revision and content


def _held_keys(conn: Any, office_id: str) -> set[tuple[str, int, str]]:
    rows = conn.execute(
        "SELECT r.uuid, r.revision, r.content_hash FROM sync_records AS r "
        "JOIN sync_ledger AS l ON l.bundle_id = r.bundle_id "
        "WHERE l.peer_id = ? AND l.direction IN ('in', 'ack')",
        (office_id,),
    )
    return {(u, rev, h) for u, rev, h in rows}


def _local(conn: Any) -> list[tuple[str, str, int, str]]:
    return conn.execute(
        "SELECT uuid, form_id, revision, content_hash FROM submissions "
        "WHERE status IN (?, ?) ORDER BY uuid",
        TRAVELLING,
    ).fetchall()


def _ledger(conn: Any, office_id: str) -> dict[str, Any]:
    sent = [
        (bundle_id, at)
        for bundle_id, at, to in conn.execute(
            "SELECT bundle_id, at, peer_id FROM sync_ledger WHERE direction = 'out' ORDER BY at"
        )
        if office_id in (to or "").split(",")
    ]
    acks = conn.execute(
        "SELECT at, detail FROM sync_ledger WHERE direction = 'ack' AND peer_id = ? ORDER BY at",
        (office_id,),
    ).fetchall()
    acknowledged = {json.loads(detail or "{}").get("bundle_id") for _, detail in acks}
    received = conn.execute(
        "SELECT at FROM sync_ledger WHERE direction = 'in' AND peer_id = ? ORDER BY at",
        (office_id,),
    ).fetchall()
    return {
        "bundles_sent": len(sent),
        "bundles_acknowledged": sum(1 for bundle_id, _ in sent if bundle_id in acknowledged),
        "last_sent_at": sent[-1][1] if sent else None,
        "last_receipt_at": acks[-1][0] if acks else None,
        "bundles_received": len(received),
        "last_received_at": received[-1][0] if received else None,
    }


def holdings(vault: Any) -> list[PeerHoldings]:
    """Every peer's figures, in the order of ``identity.peers`` (by name)."""
    found = peers(vault)
    with vault.reading() as conn:
        local = _local(conn)
        result = []
        for peer in found:
            keys = _held_keys(conn, peer.office_id)
            held = sum(1 for uuid, _, rev, digest in local if (uuid, rev, digest) in keys)
            result.append(
                PeerHoldings(
                    peer.office_id,
                    peer.card.name,
                    peer.revoked_at,
                    len(local),
                    held,
                    **_ledger(conn, peer.office_id),
                )
            )
    return result


def records_held(vault: Any, office_id: str, limit: int = 1000) -> list[HeldRecord]:
    """This vault's travelling records (the first ``limit`` by uuid) and what the peer holds."""
    with vault.reading() as conn:
        local = _local(conn)[:limit]
        keys = _held_keys(conn, office_id)
    newest: dict[str, int] = {}
    for uuid, revision, _ in keys:
        newest[uuid] = max(revision, newest.get(uuid, 0))
    return [
        HeldRecord(uuid, form_id, rev, newest.get(uuid), (uuid, rev, digest) in keys)
        for uuid, form_id, rev, digest in local
    ]
