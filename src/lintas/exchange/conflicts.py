"""Conflicts: a record revision that arrived with other content than the one held here.

Neither version is lost. Keeping the local one only closes the conflict; taking the
incoming one stores it as a NEW revision (so both earlier versions stay in the
record's history) and then closes the conflict. Both are audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from lintas.exchange.errors import ExchangeError
from lintas.i18n import tr


@dataclass(frozen=True)
class Conflict:
    id: int
    uuid: str
    revision: int
    peer: str
    found_at: str
    status: str
    record: dict[str, Any]


def conflicts(vault: Any, include_resolved: bool = False) -> list[Conflict]:
    where = "" if include_resolved else "WHERE c.status = 'open'"
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT c.id, c.uuid, c.revision, coalesce(p.name, c.peer_id), c.found_at, "  # noqa: S608
            f"c.status, c.record FROM exchange_conflicts AS c LEFT JOIN peers AS p "
            f"ON p.peer_id = c.peer_id {where} ORDER BY c.id"
        ).fetchall()
    return [
        Conflict(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6])) for row in rows
    ]


def resolve(vault: Any, conflict_id: int, keep: str) -> Conflict:
    """``keep`` is "local" or "incoming"; returns the conflict as it now stands."""
    vault.require_supervisor("resolve conflicts")
    if keep not in ("local", "incoming"):
        raise ExchangeError(tr("Say which version to keep: --keep local or --keep incoming."))
    found = [c for c in conflicts(vault, include_resolved=True) if c.id == conflict_id]
    if not found:
        raise ExchangeError(
            tr("There is no conflict #{number}. See 'lintas conflicts list'.", number=conflict_id)
        )
    conflict = found[0]
    if conflict.status != "open":
        raise ExchangeError(
            tr("Conflict #{number} was resolved already ({status}).", number=conflict_id,
               status=conflict.status)
        )  # fmt: skip
    if keep == "incoming":
        record = conflict.record
        if record["status"] == "void":
            vault.void(conflict.uuid, record.get("void_reason") or "void at another office")
        else:
            vault.update_submission(
                conflict.uuid, record["data"], status="final", pseudonym=record["pseudonym"]
            )
    status = "kept_local" if keep == "local" else "took_incoming"
    with vault.writing() as conn:
        conn.execute(
            "UPDATE exchange_conflicts SET status = ?, resolved_by = ? WHERE id = ?",
            (status, vault.actor, conflict_id),
        )
        vault.record(conn, "conflict.resolve", conflict.uuid, {"id": conflict_id, "kept": keep})
    return replace(conflict, status=status)
