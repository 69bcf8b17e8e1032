"""The last audit-chain head this computer saw for each vault: a rollback tripwire.

Someone who copies an older copy of the vault folder back, or who deletes the last
audit entries with the data key in hand, leaves a chain that is intact on its own.
So after every write the head (seq, hash) is kept OUTSIDE the folder, in a per-user
file on this computer (``anchors.json`` in the platform's user data folder, or
``$LINTAS_ANCHOR_FILE``), MACed under a key derived from the data key so that it
cannot be forged without the vault's key. On open, a head that is older than, or
different from, the one seen here is reported (docs/vault.md, "What audit verify
detects"). Plain file I/O only: core code never imports PySide6.

The file holds vault ids (random UUIDs), sequence numbers and hashes: no names,
paths or content. Writing it is best effort: if it cannot be written, the anchor
stays at an older head, which can only miss a rollback, never invent one.

Each head is kept twice: for the vault, and for the vault in its folder (keyed by a
hash of the folder's path, not the path). A restored backup is the same vault in
another folder, with an older history by nature. Keyed by the vault alone, opening
the restored copy moved the anchor, and the original then warned as well, at every
open: a warning that cries wolf teaches people to ignore it. Now a folder's own head
comes first; a folder never seen here is checked against the vault's latest head (so
an older copy put anywhere still warns), except a folder that ``restore_backup``
made, which holds the ``RESTORED`` marker: that restore was asked for, and its copy
starts its own history here. Someone with write access to the folders could write
the marker, as they could delete this file: the tripwire is for copies put back,
not for an attacker who can edit this computer's own files.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import sys
from pathlib import Path

ANCHOR_ENV = "LINTAS_ANCHOR_FILE"
_MAC_LABEL = b"lintas-audit-anchor-v1"
# Written by restore_backup into the folder it makes (no secret in it).
RESTORED = "restored-backup.json"


def anchor_file() -> Path:
    if os.environ.get(ANCHOR_ENV):
        return Path(os.environ[ANCHOR_ENV])
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / "Lintas"
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support" / "Lintas"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "lintas"
    return base / "anchors.json"


def _mac(data_key: bytes, vault_id: str, seq: int, digest: str) -> str:
    key = hmac.new(data_key, _MAC_LABEL, hashlib.sha256).digest()
    message = json.dumps([vault_id, seq, digest], separators=(",", ":")).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _load() -> dict[str, dict[str, object]]:
    try:
        value = json.loads(anchor_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _place(vault_id: str, folder: Path) -> str:
    """The key of the vault in this folder: a hash of the path, never the path."""
    try:
        where = str(Path(folder).resolve())
    except OSError:
        where = str(Path(folder).absolute())
    return vault_id + "@" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:32]


def seen(
    vault_id: str, data_key: bytes, folder: Path | None = None
) -> tuple[int, str] | None:
    """The head last seen here, or None (never seen, or an entry not MACed by this key).

    With ``folder``: the head last seen in that folder; for a folder not seen yet, the
    vault's latest head anywhere, unless restore_backup made the folder.
    """
    entries = _load()
    if folder is not None:
        own = _valid(entries.get(_place(vault_id, folder)), data_key, vault_id)
        if own is not None:
            return own
        if (Path(folder) / RESTORED).is_file():
            return None
    return _valid(entries.get(vault_id), data_key, vault_id)


def _valid(entry: object, data_key: bytes, vault_id: str) -> tuple[int, str] | None:
    if not isinstance(entry, dict):
        return None
    seq, digest, mac = entry.get("seq"), entry.get("hash"), entry.get("mac")
    if not isinstance(seq, int) or not isinstance(digest, str) or not isinstance(mac, str):
        return None
    if not hmac.compare_digest(mac, _mac(data_key, vault_id, seq, digest)):
        return None
    return seq, digest


def remember(
    vault_id: str, data_key: bytes, head: tuple[int, str], folder: Path | None = None
) -> None:
    """Keep ``head`` as the last seen for ``vault_id`` (and for it in ``folder``).

    Best effort: never raises OSError."""
    seq, digest = head
    path = anchor_file()
    entries = _load()
    entry = {"seq": seq, "hash": digest, "mac": _mac(data_key, vault_id, seq, digest)}
    entries[vault_id] = entry
    if folder is not None:
        entries[_place(vault_id, folder)] = entry
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(entries, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)


def rollback_problem(
    seen_head: tuple[int, str] | None, hash_at_seq: str | None, head_seq: int
) -> str:
    """Why the chain is behind the head seen here ("" when it is not).

    ``hash_at_seq`` is the chain's hash at the seen head's seq (None when the chain is
    shorter); ``head_seq`` is the chain's last seq.
    """
    if seen_head is None:
        return ""
    seq, digest = seen_head
    if hash_at_seq is None:
        return (
            f"this computer last saw this vault at audit entry {seq}, but its chain now ends "
            f"at entry {head_seq}: an older copy of the vault was put back, or its last "
            "entries were removed"
        )
    if hash_at_seq != digest:
        return (
            f"audit entry {seq} differs from the one this computer saw: the vault was "
            "replaced by a copy with a different history"
        )
    return ""
