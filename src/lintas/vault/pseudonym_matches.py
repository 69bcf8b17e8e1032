"""Pseudonym matches and the privacy layer's first-use secret (owned by lintas.privacy).

Two functions the privacy layer needs that the vault's public API does not
cover, kept here so that all SQL stays in ``lintas.vault``:

- :func:`create_secret_once`: the vault's own regional pseudonymisation key is
  made on first use, whoever is signed in (an enumerator's first save needs
  it). Only a missing secret is created; replacing one stays
  ``Vault.set_secret``, which needs a supervisor.
- :func:`record_matches` / :func:`matches`: the ``duplicate_matches`` table
  (schema v2) of possible repeat interviews, found by equal pseudonyms;
  :func:`resolve_match`: a supervisor's verdict on one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lintas.vault import store
from lintas.vault.errors import MatchNotFoundError

if TYPE_CHECKING:
    from lintas.vault.vault import Vault

MATCH_STATUSES = ("open", "same_person", "different_people")
VERDICTS = MATCH_STATUSES[1:]


@dataclass(frozen=True)
class PseudonymMatch:
    """Two submissions with the same pseudonym: possibly one person interviewed twice."""

    id: int
    uuid_a: str  # the earlier submission
    uuid_b: str  # the later one
    found_at: str
    status: str  # one of MATCH_STATUSES
    resolved_by: str | None = None


def create_secret_once(vault: Vault, name: str, make: Callable[[], bytes]) -> bytes:
    """The secret called ``name``, made with ``make()`` and stored if there is none yet."""
    with vault.writing() as conn:
        existing = store.get_secret(conn, name)
        if existing is not None:
            return existing
        value = bytes(make())
        store.set_secret(conn, name, value, vault.now())
        vault.record(conn, "secret.create", name)
        return value


def record_matches(vault: Vault, uuid: str, pseudonym: str) -> list[PseudonymMatch]:
    """Record every other submission sharing ``pseudonym`` as a match of ``uuid``.

    Pairs already recorded are kept as they are (their status may have been
    resolved). Returns all matches of ``uuid``, new and old. One transaction,
    with one audit entry per new pair (naming the submissions, never the pseudonym).
    """
    with vault.writing() as conn:
        others = conn.execute(
            "SELECT uuid FROM submissions WHERE pseudonym = ? AND uuid != ? "
            "ORDER BY created_at, uuid",
            (pseudonym, uuid),
        ).fetchall()
        for (other,) in others:
            cursor = conn.execute(
                "INSERT INTO duplicate_matches (uuid_a, uuid_b, pseudonym, found_at, status) "
                "VALUES (?, ?, ?, ?, 'open') ON CONFLICT (uuid_a, uuid_b) DO NOTHING",
                (other, uuid, pseudonym, vault.now()),
            )
            if cursor.rowcount:
                vault.record(conn, "duplicate.found", uuid, {"earlier": other})
    return matches(vault, uuid)


def resolve_match(vault: Vault, match_id: int, verdict: str) -> PseudonymMatch:
    """Record a supervisor's verdict: the two interviews are the same person, or not.

    The verdict can be changed later (a second look); each one is audited. No
    free-text note is kept: it could only ever hold what identifies the person.
    Raises ValueError for an unknown verdict, MatchNotFoundError for an unknown id.
    """
    if verdict not in VERDICTS:
        raise ValueError(f"A verdict is one of {', '.join(VERDICTS)}, not {verdict!r}.")
    vault.require_supervisor("decide on possible repeat interviews")
    with vault.writing() as conn:
        row = conn.execute(
            "SELECT uuid_a, uuid_b FROM duplicate_matches WHERE id = ?", (match_id,)
        ).fetchone()
        if row is None:
            raise MatchNotFoundError(match_id)
        conn.execute(
            "UPDATE duplicate_matches SET status = ?, resolved_by = ? WHERE id = ?",
            (verdict, vault.actor, match_id),
        )
        vault.record(conn, "duplicate.resolve", row[1], {"earlier": row[0], "verdict": verdict})
        return PseudonymMatch(*conn.execute(_SELECT + " WHERE id = ?", (match_id,)).fetchone())


_SELECT = "SELECT id, uuid_a, uuid_b, found_at, status, resolved_by FROM duplicate_matches"


def matches(vault: Vault, uuid: str | None = None) -> list[PseudonymMatch]:
    """Matches involving ``uuid`` (every match when None), oldest first."""
    sql = _SELECT
    params: tuple[str, ...] = ()
    if uuid is not None:
        sql += " WHERE uuid_a = ? OR uuid_b = ?"
        params = (uuid, uuid)
    with vault.reading() as conn:
        rows = conn.execute(sql + " ORDER BY id", params).fetchall()
    return [PseudonymMatch(*row) for row in rows]
