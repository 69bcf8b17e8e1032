"""Consistent encrypted copies of a vault, and the full rekey, which is a copy too.

Both use ``sqlcipher_export`` inside one read transaction, so the copy is a
consistent snapshot even while the vault is being written. The copy is made in
a hidden sibling folder and renamed into place only once complete and fsynced,
so an interrupted backup never looks like a usable one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from pathlib import Path

from lintas.vault.connection import DATABASE_FILE, Connection, OperationalError, is_damage
from lintas.vault.errors import BackupWriteError, FolderMissingError, VaultExistsError
from lintas.vault.keyfile import KeyFile, _fsync_folder, write_key_file
from lintas.vault.keyfile_mac import sealed

REKEY_FILE = DATABASE_FILE + ".rekey"


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def export_database(conn: Connection, target: Path, data_key: bytes, user_version: int) -> None:
    """Write every table of ``conn`` to a new database at ``target``, keyed with ``data_key``."""
    conn.execute("PRAGMA query_only = OFF")
    # ATTACH takes the key as a SQL value; the path is passed as a parameter.
    conn.execute("ATTACH DATABASE ? AS lintas_copy KEY ?", (str(target), f"x'{data_key.hex()}'"))
    try:
        conn.execute("PRAGMA lintas_copy.cipher_memory_security = ON")
        conn.execute("SELECT sqlcipher_export('lintas_copy')")
        conn.execute(f"PRAGMA lintas_copy.user_version = {int(user_version)}")
    finally:
        conn.execute("DETACH DATABASE lintas_copy")
    _fsync_file(target)


def write_backup(
    conn: Connection, key_file: KeyFile, data_key: bytes, user_version: int, destination: Path
) -> Path:
    """Copy the vault to ``destination`` (a new or empty folder); returns it."""
    destination = destination.expanduser()
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise VaultExistsError(destination)
    staging = destination.parent / f".{destination.name}.partial-{uuid.uuid4().hex[:8]}"
    try:
        staging.mkdir(mode=0o700, parents=False)
    except OSError:
        raise FolderMissingError(destination.parent) from None
    try:
        export_database(conn, staging / DATABASE_FILE, data_key, user_version)
        os.chmod(staging / DATABASE_FILE, 0o600)
        write_key_file(staging, sealed(key_file, data_key, staging / DATABASE_FILE))
        with contextlib.suppress(FileNotFoundError):
            destination.rmdir()
        os.replace(staging, destination)
        _fsync_folder(destination.parent)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        # A full or read-only destination is not the vault's fault: say where it failed.
        # Damage read from the vault itself stays a DamagedDatabaseError.
        if isinstance(error, OSError):
            raise BackupWriteError(destination, error.strerror or str(error)) from None
        if isinstance(error, OperationalError) and not is_damage(error):
            raise BackupWriteError(destination, str(error)) from None
        raise
    return destination
