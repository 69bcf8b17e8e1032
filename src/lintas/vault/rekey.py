"""Rotating the data key (a full rekey), crash-safe.

Steps, each durable before the next: (1) export the database under the new key to
``vault.db.rekey``; (2) replace the key file with slots for the new key (the old
one stays as ``keys.json.prev``); (3) rename ``vault.db.rekey`` over ``vault.db``.
After a crash, the next writable open finds ``vault.db.rekey`` and finishes or
discards it, depending on which database the unlocked key opens.

A passphrase slot can only be rewrapped with that user's passphrase, so users whose
passphrases are not given lose their slot (their records stay) and a supervisor
sets a new passphrase for them with ``change_passphrase(user=...)``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lintas.vault import users as users_table
from lintas.vault.backup import REKEY_FILE, export_database
from lintas.vault.connection import DATABASE_FILE, is_damage, open_database
from lintas.vault.core import VaultCore
from lintas.vault.errors import DamagedDatabaseError, VaultError
from lintas.vault.keyfile import KeyFile, _fsync_folder, write_key_file
from lintas.vault.keyfile_mac import sealed
from lintas.vault.keyslots import (
    escrow_slot,
    key_check,
    new_data_key,
    open_passphrase_slot,
    passphrase_slot,
    recovery_slot,
)
from lintas.vault.migrations import schema_version
from lintas.vault.recovery import format_recovery_key, new_recovery_secret


@dataclass(frozen=True)
class RekeyResult:
    recovery_key: str  # the new recovery key: the old one no longer opens the vault
    users_without_slot: tuple[str, ...]  # need a new passphrase from a supervisor


def _opens(folder: Path, data_key: bytes, name: str) -> bool:
    path = folder / name
    if not path.exists():
        return False
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Exception as error:
        if is_damage(error):
            return False
        raise
    return True


def _swap_in(folder: Path) -> None:
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (folder / (DATABASE_FILE + suffix)).unlink()
    os.replace(folder / REKEY_FILE, folder / DATABASE_FILE)
    _fsync_folder(folder)


def finish_interrupted_rekey(folder: Path, data_key: bytes) -> None:
    """Complete or discard a rekey cut short by a crash. Call with the writer lock held."""
    if not (folder / REKEY_FILE).exists():
        return
    if _opens(folder, data_key, DATABASE_FILE):
        # The key file was never switched: the half-made copy is simply discarded.
        (folder / REKEY_FILE).unlink()
    elif _opens(folder, data_key, REKEY_FILE):
        _swap_in(folder)
    else:
        raise DamagedDatabaseError(folder / DATABASE_FILE, "interrupted key rotation")


class RekeyMixin(VaultCore):
    def rekey(self, passphrases: Mapping[str, str]) -> RekeyResult:
        """Re-encrypt the whole database under a new data key (supervisors only).

        ``passphrases`` maps each user to keep to their current passphrase (checked;
        WrongPassphraseError if one is wrong). Escrow slots are rewrapped; a new
        recovery key is made and returned. Every other user loses their slot.
        """
        self.require_supervisor("rotate the vault key")
        if self._user is not None and self._user.name not in passphrases:
            raise VaultError("Give your own passphrase too, so that you keep your access.")
        for name, passphrase in passphrases.items():
            slot = self._key_file.passphrase_slot(name)
            if slot is None or open_passphrase_slot(slot, self.vault_id, passphrase) is None:
                from lintas.vault.errors import WrongPassphraseError

                raise WrongPassphraseError(name)
        new_key, secret = new_data_key(), new_recovery_secret()
        new_file = self._new_key_file(new_key, secret, passphrases)
        with self.reading() as conn:
            everyone = users_table.all_users(conn)
        dropped = tuple(u.name for u in everyone if u.name not in passphrases)
        with self.writing() as conn:
            self.record(
                conn, "key.rekey", None, {"kept": sorted(passphrases), "dropped": list(dropped)}
            )
        with self.reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            export_database(conn, self.folder / REKEY_FILE, new_key, schema_version(conn))
        self.conn.close()
        self._conn = None
        new_file = sealed(new_file, new_key, self.folder / REKEY_FILE)
        write_key_file(self.folder, new_file)
        _swap_in(self.folder)
        self._conn = open_database(self.folder, new_key)
        self._data_key, self._key_file = new_key, new_file
        return RekeyResult(format_recovery_key(secret), dropped)

    def _new_key_file(
        self, new_key: bytes, secret: bytes, passphrases: Mapping[str, str]
    ) -> KeyFile:
        vault_id, policy = self.vault_id, self._key_file.kdf_policy
        slots = [
            passphrase_slot(vault_id, name, phrase, new_key, policy)
            for name, phrase in passphrases.items()
        ]
        slots.append(recovery_slot(vault_id, secret, new_key))
        for old in self._key_file.slots_of("escrow"):
            slots.append(
                escrow_slot(
                    vault_id,
                    str(old.fields["recipient"]),
                    new_key,
                    str(old.fields.get("label", "")),
                )
            )
        return KeyFile(vault_id, key_check(new_key, vault_id), policy, tuple(slots))
