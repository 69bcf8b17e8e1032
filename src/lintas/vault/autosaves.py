"""Drafts autosaved in place (schema v7, ``draft_autosaves``): what the chain does not hold yet.

An autosave is not a revision (issue 10): it overwrites the current draft and writes no
audit entry. So that ``audit verify`` can still tell an autosave from an edit made
outside Lintas, each one keeps here (uuid, revision, content hash) and a MAC over them
under a key derived from the data key: an outside edit of a draft must forge that MAC,
as an outside edit of a final record must forge an audit entry. When the draft session
ends (the draft's next revision, or the vault's close) one ``submission.autosave`` entry
records the hash the autosaves left and the row goes; a crash leaves the row, and the
next writable close seals it.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lintas.vault.connection import Connection


def mac_key(data_key: bytes, vault_id: str) -> bytes:
    info = f"lintas-draft-autosave-mac-v1:{vault_id}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)


def _mac(key: bytes, uuid: str, revision: int, digest: str) -> str:
    message = f"{uuid}\n{revision}\n{digest}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def remember(conn: Connection, key: bytes, uuid: str, revision: int, digest: str) -> None:
    """Keep the hash of the autosave just written (one row per draft)."""
    conn.execute(
        "INSERT INTO draft_autosaves (uuid, revision, content_hash, mac) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (uuid) DO UPDATE SET revision = excluded.revision, "
        "content_hash = excluded.content_hash, mac = excluded.mac",
        (uuid, revision, digest, _mac(key, uuid, revision, digest)),
    )


def forget(conn: Connection, uuid: str) -> None:
    conn.execute("DELETE FROM draft_autosaves WHERE uuid = ?", (uuid,))


def pending(conn: Connection) -> list[str]:
    """Drafts whose last autosave no audit entry holds yet."""
    return [str(row[0]) for row in conn.execute("SELECT uuid FROM draft_autosaves ORDER BY uuid")]


def vouched(conn: Connection, key: bytes | None) -> set[tuple[str, int, str]]:
    """(uuid, revision, hash) of every autosave whose MAC holds (none without the key)."""
    if key is None:
        return set()
    rows = conn.execute("SELECT uuid, revision, content_hash, mac FROM draft_autosaves")
    return {
        (uuid, revision, digest)
        for uuid, revision, digest, mac in rows
        if hmac.compare_digest(str(mac), _mac(key, uuid, int(revision), digest))
    }
