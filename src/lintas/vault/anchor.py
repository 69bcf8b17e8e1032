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


def seen(vault_id: str, data_key: bytes) -> tuple[int, str] | None:
    """The head last seen here, or None (never seen, or an entry not MACed by this key)."""
    entry = _load().get(vault_id)
    if not isinstance(entry, dict):
        return None
    seq, digest, mac = entry.get("seq"), entry.get("hash"), entry.get("mac")
    if not isinstance(seq, int) or not isinstance(digest, str) or not isinstance(mac, str):
        return None
    if not hmac.compare_digest(mac, _mac(data_key, vault_id, seq, digest)):
        return None
    return seq, digest


def remember(vault_id: str, data_key: bytes, head: tuple[int, str]) -> None:
    """Keep ``head`` as the last seen for ``vault_id`` (best effort, never raises OSError)."""
    seq, digest = head
    path = anchor_file()
    entries = _load()
    entries[vault_id] = {"seq": seq, "hash": digest, "mac": _mac(data_key, vault_id, seq, digest)}
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
