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
import threading
import uuid
from pathlib import Path

from lintas.errors import Cancelled
from lintas.progress import Progress, report
from lintas.vault.connection import DATABASE_FILE, Connection, OperationalError, is_damage
from lintas.vault.errors import BackupWriteError, FolderMissingError, VaultExistsError
from lintas.vault.keyfile import KeyFile, _fsync_folder, write_key_file
from lintas.vault.keyfile_mac import sealed

REKEY_FILE = DATABASE_FILE + ".rekey"


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def export_database(
    conn: Connection,
    target: Path,
    data_key: bytes,
    user_version: int,
    *,
    progress: Progress | None = None,
) -> None:
    """Write every table of ``conn`` to a new database at ``target``, keyed with ``data_key``.

    ``progress`` hears how many bytes of about how many are copied, and may cancel:
    the export is then interrupted, and Cancelled is raised.
    """
    if progress is None:
        _export(conn, target, data_key, user_version)
        return
    # sqlcipher_export is one statement that fires no progress handler (measured), so a
    # watcher thread reports the copy's size on disk against the database's and, on
    # Cancel, interrupts the statement (sqlite3_interrupt may be called from any thread).
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    total = int(conn.execute("PRAGMA page_count").fetchone()[0]) * int(page_size)
    stopped, finished = threading.Event(), threading.Event()

    def watch() -> None:
        while not finished.wait(0.2):
            done = target.stat().st_size if target.exists() else 0
            if progress(min(done, total), total, "Copying the vault") is False:
                stopped.set()
                conn.interrupt()
                return

    report(progress, 0, total, "Copying the vault")  # a Cancel already pressed stops here
    watcher = threading.Thread(target=watch, name="lintas-backup-progress", daemon=True)
    watcher.start()
    try:
        _export(conn, target, data_key, user_version)
    except OperationalError:
        if stopped.is_set():
            raise Cancelled() from None
        raise
    finally:
        finished.set()
        watcher.join()
    if stopped.is_set():  # pressed as the copy ended: still nothing is kept
        raise Cancelled()
    report(progress, total, total, "Copying the vault")


def _export(conn: Connection, target: Path, data_key: bytes, user_version: int) -> None:
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
    conn: Connection,
    key_file: KeyFile,
    data_key: bytes,
    user_version: int,
    destination: Path,
    *,
    progress: Progress | None = None,
) -> Path:
    """Copy the vault to ``destination`` (a new or empty folder); returns it.

    Cancelled (from ``progress``) leaves nothing behind, like any other failure."""
    destination = destination.expanduser()
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise VaultExistsError(destination)
    staging = destination.parent / f".{destination.name}.partial-{uuid.uuid4().hex[:8]}"
    try:
        staging.mkdir(mode=0o700, parents=False)
    except OSError:
        raise FolderMissingError(destination.parent) from None
    try:
        export_database(conn, staging / DATABASE_FILE, data_key, user_version, progress=progress)
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
