"""One writer per vault, across processes.

A writable vault holds an exclusive, non-blocking OS lock on ``vault.lock`` in
the vault folder for as long as it is open. The OS drops the lock when the
process dies (even by SIGKILL), so a crash never leaves a vault locked. SQLite's
own locks only serialise single transactions; this lock stops two windows from
interleaving two people's edits of the same vault.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from lintas.vault.errors import ReadOnlyMediaError, VaultBusyError

LOCK_FILE = "vault.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _try_share(fd: int) -> bool:
        # msvcrt has no shared lock: a read-only open on Windows never takes the fast path.
        return False

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _try_share(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class WriterLock:
    """The vault folder's writer lock. ``acquire`` raises VaultBusyError if held."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise ReadOnlyMediaError(self.folder, error.strerror or str(error)) from None
            raise
        if not _try_lock(fd):
            os.close(fd)
            raise VaultBusyError(self.folder)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


class ReaderLock:
    """A shared lock on ``vault.lock`` that keeps writers out while a read-only open reads.

    Taken without writing anything: the lock file is opened read-only and never created.
    While it is held, the database file cannot change, so SQLite may read it as
    immutable (no -wal/-shm files, nothing written, works on read-only media). A
    writer that tries to open meanwhile gets VaultBusyError, as it would against
    another writer; read-only opens are short (list, show, verify, backup).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """True when no writer has the vault open (then no writer can start until release)."""
        try:
            fd = os.open(self.folder / LOCK_FILE, os.O_RDONLY)
        except FileNotFoundError:
            # Never opened for writing here (a backup on a DVD): no writer is running.
            return True
        except OSError:
            return False
        if not _try_share(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
