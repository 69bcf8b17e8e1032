"""Opening the SQLCipher database: keying, connection settings, error mapping.

Pitfalls handled here (DESIGN.md, "Known pitfalls of the stack"):
``connect(path)`` creates a missing file, so existing databases are opened with
``mode=rw`` URIs; ``PRAGMA key`` accepts any key, so something is read at once
to surface a wrong key or a damaged first page; SQLCipher's stderr logging is
silenced; ``cipher_memory_security`` is turned on per connection.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import dbapi2

from lintas.vault.errors import DamagedDatabaseError, StorageError

DATABASE_FILE = "vault.db"
if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its Connection is a fork of the standard library's.
    from sqlite3 import Connection
else:
    Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
OperationalError = dbapi2.OperationalError

# Messages with which SQLCipher/SQLite report pages that fail HMAC or decryption.
_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac", "not an error")


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _key_pragma(data_key: bytes) -> str:
    # A raw key in hex: SQLCipher then skips its own PBKDF2 (our KDF is in the slots).
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def configure(conn: Connection, data_key: bytes) -> None:
    """Key ``conn`` and apply Lintas's settings; the caller then reads to verify."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(data_key))
    conn.execute("PRAGMA cipher_memory_security = ON")


def apply_settings(conn: Connection, read_only: bool) -> None:
    # WAL + synchronous=FULL: a save is durable once commit returns; temp_store in
    # memory keeps sort spills and temp tables out of plaintext temp files.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
        return
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def open_database(
    folder: Path,
    data_key: bytes,
    *,
    create: bool = False,
    read_only: bool = False,
    immutable: bool = False,
) -> Connection:
    """An open, keyed connection to the vault database in ``folder``.

    ``read_only`` opens with ``mode=ro``; ``immutable`` (only when no writer can run,
    see lock.ReaderLock) adds SQLite's ``immutable=1``: no -wal/-shm file is made, no
    lock taken, nothing written, so it works on read-only media and full disks.

    Raises DamagedDatabaseError when the first page fails its HMAC (the data key
    itself was already verified by its key slot).
    """
    path = folder / DATABASE_FILE
    mode = "rwc" if create else "ro" if read_only else "rw"
    if immutable:
        mode = "ro&immutable=1"
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per operation.
    # check_same_thread=False: the GUI runs vault calls in a worker thread; the Vault
    # object serialises its own use of the connection with a lock.
    # cached_statements=0: with cipher_memory_security on, statements kept prepared fill
    # SQLite's per-connection lookaside memory, and every allocation beyond it costs an
    # mlock/munlock pair. Re-preparing is far cheaper: bulk writes ran ~5x faster.
    conn = sqlcipher3.connect(
        _uri(path, mode),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        cached_statements=0,
    )
    try:
        configure(conn, data_key)
        with translate_errors(path):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            apply_settings(conn, read_only)
    except BaseException:
        conn.close()
        raise
    return conn


def is_damage(error: BaseException) -> bool:
    if isinstance(error, OperationalError) and "locked" in str(error).lower():
        return False
    text = str(error).lower()
    return isinstance(error, DatabaseError) and any(m in text for m in _DAMAGE_MARKERS)


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLCipher's page-authentication failures into DamagedDatabaseError."""
    try:
        yield
    except DatabaseError as error:
        if is_damage(error):
            raise DamagedDatabaseError(path, str(error)) from None
        if isinstance(error, OperationalError):
            # Disk full, read-only media, a file that vanished: the transaction is gone.
            raise StorageError(path, str(error)) from None
        raise


def integrity_problems(conn: Connection) -> list[str]:
    """Every problem ``cipher_integrity_check`` and ``integrity_check`` report."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    problems += [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    return problems


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
