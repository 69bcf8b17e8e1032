"""One writer per vault, across processes.

A writable vault holds an exclusive, non-blocking OS lock on ``vault.lock`` in
the vault folder for as long as it is open. The OS drops the lock when the
process dies (even by SIGKILL), so a crash never leaves a vault locked. SQLite's
own locks only serialise single transactions; this lock stops two windows from
interleaving two people's edits of the same vault.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lintas.vault.errors import VaultBusyError

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


class WriterLock:
    """The vault folder's writer lock. ``acquire`` raises VaultBusyError if held."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
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
