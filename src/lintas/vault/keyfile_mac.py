"""Authenticating the key file's non-slot entries, and telling which database it is for.

Each slot authenticates itself (its AES-GCM associated data binds its KDF costs), but
the file's ``kdf_policy`` decides how costly the *next* slot will be: edited to a few
KiB, the next ``vault passwd`` would write a slot cheap to brute-force. So the header
(:meth:`KeyFile.header`) carries an HMAC-SHA256 under a key derived from the data key
with HKDF (RFC 5869): only someone who can unlock the vault can write a valid one.

A key file written before the MAC existed has none. The first writable open adds it
and records in the database that this vault's key file is sealed, so a MAC removed
later is tampering too, not an old file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lintas.vault.errors import TamperedKeyFileError
from lintas.vault.keyfile import KEY_FILE, KeyFile

SALT_BYTES = 16  # SQLCipher 4 keeps its random per-database salt in the first 16 bytes
SEALED_SETTING = "key_file_sealed"


def _mac_key(data_key: bytes, vault_id: str) -> bytes:
    info = f"lintas-key-file-mac-v1:{vault_id}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)


def header_mac(key_file: KeyFile, data_key: bytes) -> str:
    text = json.dumps(key_file.header(), sort_keys=True, separators=(",", ":"))
    return hmac.new(
        _mac_key(data_key, key_file.vault_id), text.encode(), hashlib.sha256
    ).hexdigest()


def database_salt(database: Path) -> str:
    """SQLCipher's salt of the database file at ``database`` as hex ("" if unreadable)."""
    try:
        with open(database, "rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return ""
    return head.hex() if len(head) == SALT_BYTES else ""


def sealed(key_file: KeyFile, data_key: bytes, database: Path | None = None) -> KeyFile:
    """``key_file`` with its MAC (and, given ``database``, that database's salt)."""
    if database is not None:
        key_file = replace(key_file, database_salt=database_salt(database))
    return replace(key_file, mac=header_mac(key_file, data_key))


def check_sealed(key_file: KeyFile, data_key: bytes, folder: Path, required: bool) -> None:
    """Raise TamperedKeyFileError unless the header's MAC is right.

    ``required``: the database says this vault's key file was sealed, so a missing MAC
    means it was stripped.
    """
    path = folder / KEY_FILE
    if not key_file.mac:
        if required:
            raise TamperedKeyFileError(path, "its authentication code was removed")
        return
    if not hmac.compare_digest(key_file.mac, header_mac(key_file, data_key)):
        raise TamperedKeyFileError(path, "its key derivation settings or vault details were edited")


def belongs_elsewhere(key_file: KeyFile, database: Path) -> bool:
    """True when ``database`` has another salt than the one the key file was made for.

    Two random salts differ in about 64 of their 128 bits (fewer than 32 has a chance
    below one in 10^9); a damaged sector or flipped byte changes only a few. So a
    damaged salt is still reported as a damaged database, not as a foreign key file.
    """
    found = database_salt(database)
    if not key_file.database_salt or not found:
        return False
    differing = int(found, 16) ^ int(key_file.database_salt, 16)
    return differing.bit_count() >= 32
