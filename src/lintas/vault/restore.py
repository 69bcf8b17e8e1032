"""Restoring a backup: copy a backup folder into a new folder, to be opened there.

A restore never writes over a vault: the target must be a new or empty folder, so
the vault in use (or any other) stays as it is, and the restored copy opens with the
passphrases and recovery key the backup was made with. The copy is made in a hidden
sibling folder and renamed into place only once complete and fsynced (as a backup
is), so a cancelled or failed restore leaves nothing that looks like a vault.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from pathlib import Path

from lintas.progress import Progress, report
from lintas.vault import anchor
from lintas.vault.backup import _fsync_file
from lintas.vault.connection import DATABASE_FILE
from lintas.vault.errors import (
    BackupWriteError,
    DamagedDatabaseError,
    FolderMissingError,
    KeyFileMismatchError,
    NotAVaultError,
    VaultExistsError,
)
from lintas.vault.keyfile import KEY_FILE, _fsync_folder, read_key_file
from lintas.vault.keyfile_mac import belongs_elsewhere

# What a vault folder holds that a restored copy needs (the lock file is made on open).
_FILES = (DATABASE_FILE, DATABASE_FILE + "-wal", KEY_FILE, KEY_FILE + ".prev")
_CHUNK = 1 << 20
_PLAIN_SQLITE = b"SQLite format 3\x00"  # an SQLCipher file starts with its random salt instead


def restore_backup(source: Path, destination: Path, progress: Progress | None = None) -> Path:
    """Copy the backup (or vault) folder ``source`` to ``destination``; returns it.

    Raises NotAVaultError when ``source`` holds no vault, VaultExistsError when
    ``destination`` exists and is not an empty folder (a restore never replaces a
    vault), FolderMissingError when its parent is missing, BackupWriteError when the
    copy cannot be written, and Cancelled when ``progress`` asks to stop.
    """
    source, destination = Path(source).expanduser(), Path(destination).expanduser()
    check_backup(source)
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise VaultExistsError(destination)
    files = [source / name for name in _FILES if (source / name).is_file()]
    total = sum(path.stat().st_size for path in files)
    staging = destination.parent / f".{destination.name}.restoring-{uuid.uuid4().hex[:8]}"
    try:
        staging.mkdir(mode=0o700)
    except OSError:
        raise FolderMissingError(destination.parent) from None
    try:
        done = 0
        for path in files:
            done = _copy(path, staging / path.name, done, total, progress)
        # This copy was asked for: its older history is no rollback (lintas.vault.anchor).
        (staging / anchor.RESTORED).write_text(
            json.dumps({"restored": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}),
            encoding="utf-8",
        )
        if destination.exists():
            destination.rmdir()
        os.replace(staging, destination)
        _fsync_folder(destination.parent)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupWriteError(destination, error.strerror or str(error)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return destination


def check_backup(source: Path) -> None:
    """What can be checked of a backup without its passphrase, before anything is written.

    NotAVaultError for a folder without a vault, DamagedKeyFileError (or
    TamperedKeyFileError) for a key file that is not a whole Lintas one,
    DamagedDatabaseError for an empty, cut or unencrypted database, KeyFileMismatchError
    for a key file of another vault. Damage inside the encrypted pages shows only when
    the restored vault is unlocked (its pages are checked then)."""
    source = Path(source)
    for needed in (KEY_FILE, DATABASE_FILE):
        if not (source / needed).is_file():
            raise NotAVaultError(source, needed)
    key_file = read_key_file(source)
    database = source / DATABASE_FILE
    try:
        with open(database, "rb") as handle:
            head = handle.read(len(_PLAIN_SQLITE))
    except OSError:
        raise DamagedDatabaseError(database) from None
    # The smallest vault is several 4 KiB pages; a cut copy is not a backup.
    if head == _PLAIN_SQLITE or database.stat().st_size < 4096:
        raise DamagedDatabaseError(database)
    if belongs_elsewhere(key_file, database):
        raise KeyFileMismatchError(source / KEY_FILE)


def _copy(source: Path, target: Path, done: int, total: int, progress: Progress | None) -> int:
    with open(source, "rb") as reader, open(target, "xb") as writer:
        os.chmod(target, 0o600)
        while chunk := reader.read(_CHUNK):
            writer.write(chunk)
            done += len(chunk)
            report(progress, done, total, "Copying the backup")
        writer.flush()
    _fsync_file(target)
    return done
