"""The state every part of an open vault shares, and the guarded write path."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from lintas.vault import anchor, audit
from lintas.vault.connection import Connection, open_database, transaction, translate_errors
from lintas.vault.errors import PermissionDeniedError, ReadOnlyVaultError, VaultError
from lintas.vault.keyfile import KeyFile
from lintas.vault.lock import WriterLock
from lintas.vault.users import User

RECOVERY_USER = "(recovery key)"
ESCROW_USER = "(escrow key)"


def utc_now() -> str:
    """The current time as ISO 8601 UTC text with microseconds (sorts as text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class VaultCore:
    """Holds the connection, the unlocked key and who is working; no I/O on its own."""

    def __init__(
        self,
        folder: Path,
        conn: Connection,
        *,
        data_key: bytes,
        key_file: KeyFile,
        user: User | None,
        lock: WriterLock | None,
        clock: Callable[[], str] = utc_now,
    ) -> None:
        self.folder = folder
        self._conn: Connection | None = conn
        self._data_key: bytes | None = data_key
        self._key_file = key_file
        self._user = user
        self._lock = lock
        self._clock = clock
        self._office: str | None = None
        # One operation at a time per Vault, whichever thread calls it.
        self._mutex = threading.RLock()
        self._anchored_at = -1.0e9
        self._anchor_due = False

    # -- state ---------------------------------------------------------------------------
    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultError("The vault is closed. Open it again to continue.")
        return self._conn

    @property
    def db(self) -> Database:
        """A sqlite-utils view of the same connection (for reads and schema work)."""
        return Database(self.conn)

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def user(self) -> User | None:
        """The signed-in user; None when opened with the recovery or escrow key."""
        return self._user

    @property
    def actor(self) -> str:
        return self._user.name if self._user else RECOVERY_USER

    @property
    def vault_id(self) -> str:
        return self._key_file.vault_id

    @property
    def office(self) -> str | None:
        """The office this vault belongs to (set at creation)."""
        return self._office

    def now(self) -> str:
        return self._clock()

    # -- guarded writing -----------------------------------------------------------------
    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._mutex, translate_errors(self.folder / "vault.db"):
            yield self.conn

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """One transaction; SQLCipher damage is turned into DamagedDatabaseError."""
        if self.read_only:
            raise ReadOnlyVaultError()
        with self._mutex, translate_errors(self.folder / "vault.db"):
            with transaction(self.conn):
                yield self.conn
            self._remember_head(self.conn)

    @contextlib.contextmanager
    def bulk_writing(self) -> Iterator[Connection]:
        """One big transaction on a fresh connection to the same database.

        With ``cipher_memory_security`` on, every allocation outside SQLite's per-connection
        lookaside memory costs an mlock/munlock pair. A long-used connection has filled its
        lookaside with cached statements, which made bulk inserts ~4x slower (measured);
        a fresh connection keeps them on the fast path. The writer lock and the mutex still
        make this the only writer.
        """
        if self.read_only:
            raise ReadOnlyVaultError()
        path = self.folder / "vault.db"
        with self._mutex, translate_errors(path):
            conn = open_database(self.folder, self._unlocked_key())
            try:
                with transaction(conn):
                    yield conn
                self._remember_head(conn)
            finally:
                conn.close()

    def _remember_head(self, conn: Connection, *, now: bool = False) -> None:
        # After commits, so a later rollback of the folder or a cut tail shows; at most
        # once a second (a file write per save slowed passphrase changes ~10%), and
        # always on close. A head not yet kept only makes the anchor older: it may miss
        # a rollback, never invent one.
        clock = time.monotonic()
        if not now and clock - self._anchored_at < 1.0:
            self._anchor_due = True
            return
        anchor.remember(self.vault_id, self._unlocked_key(), audit.head(conn), self.folder)
        self._anchored_at, self._anchor_due = clock, False

    def record(
        self,
        conn: Connection,
        action: str,
        subject: str | None = None,
        detail: Mapping[str, Any] | None = None,
    ) -> None:
        audit.append(conn, self.now(), self.actor, action, subject=subject, detail=detail)

    def _unlocked_key(self) -> bytes:
        if self._data_key is None:
            raise VaultError("The vault is closed. Open it again to continue.")
        return self._data_key

    def require_supervisor(self, action: str) -> None:
        # The recovery/escrow key stands for the office itself, so it may do what a
        # supervisor may.
        if self._user is not None and not self._user.is_supervisor:
            raise PermissionDeniedError(self._user.name, action)
