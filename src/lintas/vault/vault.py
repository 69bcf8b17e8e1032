"""The vault facade: create, open, close; secrets, audit, backup and integrity checks."""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid as uuid_module
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from lintas.vault import anchor, audit, store
from lintas.vault import users as users_table
from lintas.vault.autolock import AutoLockMixin
from lintas.vault.backup_reminder import BackupReminderMixin
from lintas.vault.connection import DATABASE_FILE, open_database
from lintas.vault.core import ESCROW_USER, utc_now
from lintas.vault.errors import (
    DamagedDatabaseError,
    DanglingLinkError,
    FolderMissingError,
    InvalidNameError,
    KeyFileMismatchError,
    OldSchemaReadOnlyError,
    UnknownUserError,
    VaultExistsError,
    WeakKdfError,
)
from lintas.vault.keyfile import KEY_FILE, KeyFile, remove_leftovers, write_key_file
from lintas.vault.keyfile_mac import SEALED_SETTING, belongs_elsewhere, check_sealed, sealed
from lintas.vault.keyring import KeyringMixin, check_passphrase
from lintas.vault.keyslots import (
    DEFAULT_KDF,
    KdfBelowFloorError,
    KdfParams,
    escrow_slot,
    key_check,
    new_data_key,
    passphrase_slot,
    recovery_slot,
    user_tag,
)
from lintas.vault.lock import ReaderLock, WriterLock
from lintas.vault.maintenance import MaintenanceMixin
from lintas.vault.migrations import SCHEMA_VERSION, migrate, schema_version
from lintas.vault.records import RecordsMixin
from lintas.vault.recovery import format_recovery_key, new_recovery_secret
from lintas.vault.rekey import RekeyMixin, finish_interrupted_rekey
from lintas.vault.unlock import (
    UNLOCK_THROTTLE,
    Throttle,
    check_folder,
    unlock_with_escrow,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from lintas.vault.users import User


class Vault(
    RecordsMixin, KeyringMixin, RekeyMixin, MaintenanceMixin, AutoLockMixin, BackupReminderMixin
):
    """An open vault. Make one with :meth:`create` or the ``open*`` class methods."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._form_cache = {}
        self._reader_lock: ReaderLock | None = None
        # Set on open when the vault is older than the one this computer last saw; the
        # CLI prints it and the GUI should show it (it is also in the audit chain).
        self.history_warning: str | None = None

    # -- making and opening --------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        office: str,
        user: str,
        passphrase: str,
        role: str = "supervisor",
        kdf: KdfParams = DEFAULT_KDF,
        escrow_recipient: str | None = None,
        schema: int = SCHEMA_VERSION,
    ) -> tuple[Vault, str]:
        """Make a new vault folder at ``path``; returns the open vault and its recovery key.

        The folder is built under a hidden name and renamed into place when complete, so a
        crash never leaves half a vault. ``kdf`` sets the Argon2id cost for every passphrase
        slot of this vault (the default took ~0.45 s on the reference machine). ``schema``
        exists for tests that need a vault of an earlier schema version.
        Raises VaultExistsError when ``path`` exists and is not an empty folder.
        """
        target = Path(path).expanduser()
        if target.is_symlink():
            if not target.exists():
                # exists() follows the link: a dangling one once got as far as the
                # final rename and failed there with NotADirectoryError.
                raise DanglingLinkError(path, os.readlink(target))
            target = target.resolve()  # a link to an empty folder: make the vault there
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise VaultExistsError(path)
        if not office.strip():
            raise InvalidNameError("The office name is empty. Give the office's name.")
        users_table.check_name(user)
        users_table.check_role(role)
        check_passphrase(passphrase)
        try:
            kdf.check_floor()
        except KdfBelowFloorError as error:
            raise WeakKdfError(str(error)) from None
        staging = target.parent / f".{target.name}.creating-{uuid_module.uuid4().hex[:8]}"
        try:
            staging.mkdir(mode=0o700)  # owner-only, like the files inside
        except OSError:
            raise FolderMissingError(target.parent) from None
        try:
            recovery_text = cls._build(
                staging,
                office=office,
                user=user,
                passphrase=passphrase,
                role=role,
                kdf=kdf,
                escrow_recipient=escrow_recipient,
                schema=schema,
            )
            with contextlib.suppress(FileNotFoundError):
                target.rmdir()
            os.replace(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault = cls.open(target, user=user, passphrase=passphrase)
        return vault, recovery_text

    @staticmethod
    def _build(
        folder: Path,
        *,
        office: str,
        user: str,
        passphrase: str,
        role: str,
        kdf: KdfParams,
        escrow_recipient: str | None,
        schema: int,
    ) -> str:
        data_key, vault_id, secret = new_data_key(), str(uuid_module.uuid4()), new_recovery_secret()
        slots = [
            passphrase_slot(vault_id, user, passphrase, data_key, kdf),
            recovery_slot(vault_id, secret, data_key),
        ]
        if escrow_recipient:
            slots.append(escrow_slot(vault_id, escrow_recipient, data_key))
        conn = open_database(folder, data_key, create=True)
        try:
            migrate(conn, schema)
            now = utc_now()
            conn.execute("BEGIN IMMEDIATE")
            initial = (("office", office), ("vault_id", vault_id), ("created_at", now))
            for key, value in (*initial, (SEALED_SETTING, "1")):
                store.set_setting(conn, key, value)
            users_table.insert_user(conn, User(user, role, now))
            audit.append(
                conn, now, user, "vault.create", subject=vault_id, detail={"office": office}
            )
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        # SQLite gives the WAL and shared-memory files the database file's mode.
        os.chmod(folder / DATABASE_FILE, 0o600)
        key_file = KeyFile(vault_id, key_check(data_key, vault_id), kdf, tuple(slots))
        write_key_file(folder, sealed(key_file, data_key, folder / DATABASE_FILE))
        return format_recovery_key(secret)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        user: str | None,
        passphrase: str,
        read_only: bool = False,
        throttle: Throttle = UNLOCK_THROTTLE,
    ) -> Vault:
        """Unlock with a user's passphrase. Opening never creates anything.

        ``user`` None picks the vault's only user (NoUserGivenError if there are several).

        Raises VaultNotFoundError, NotAVaultError, DamagedKeyFileError, UnknownUserError,
        WrongPassphraseError (nothing on disk changes), VaultBusyError (open for writing
        elsewhere), DamagedDatabaseError or NewerSchemaError.
        """
        folder = check_folder(path)
        key_file, data_key = unlock_with_passphrase(folder, user, passphrase, throttle)
        if user is None:
            user = _only_user_tag(key_file)
        return cls._open_unlocked(folder, key_file, data_key, user, read_only)

    @classmethod
    def open_with_recovery_key(
        cls,
        path: str | Path,
        recovery_key: str,
        *,
        read_only: bool = False,
        throttle: Throttle = UNLOCK_THROTTLE,
    ) -> Vault:
        """Unlock with the printed recovery key (acts with supervisor rights).

        Raises RecoveryKeyTypoError naming a mistyped group, WrongRecoveryKeyError, and
        the errors of :meth:`open`.
        """
        folder = check_folder(path)
        key_file, data_key = unlock_with_recovery_key(folder, recovery_key, throttle)
        return cls._open_unlocked(folder, key_file, data_key, None, read_only)

    @classmethod
    def open_with_escrow(
        cls,
        path: str | Path,
        identity: str,
        *,
        read_only: bool = False,
        throttle: Throttle = UNLOCK_THROTTLE,
    ) -> Vault:
        """Unlock with the age identity (``AGE-SECRET-KEY-1...``) of an escrow slot."""
        folder = check_folder(path)
        key_file, data_key = unlock_with_escrow(folder, identity, throttle)
        vault = cls._open_unlocked(folder, key_file, data_key, None, read_only)
        return vault

    @classmethod
    def _open_unlocked(
        cls, folder: Path, key_file: KeyFile, data_key: bytes, user: str | None, read_only: bool
    ) -> Vault:
        lock = None if read_only else WriterLock(folder)
        reader = ReaderLock(folder) if read_only else None
        if lock is not None:
            lock.acquire()
        try:
            if lock is not None:
                remove_leftovers(folder)
                finish_interrupted_rekey(folder, data_key)
            # Read-only with no writer about and no log left by a crash: read the file
            # as immutable, which writes nothing at all (docs/vault.md, "Read-only").
            immutable = reader is not None and reader.try_acquire() and _no_log(folder)
            conn = _open_database(folder, key_file, data_key, read_only, immutable)
        except BaseException:
            if lock is not None:
                _remove_empty_log(folder)
                lock.release()
            if reader is not None:
                reader.release()
            raise
        vault = cls(folder, conn, data_key=data_key, key_file=key_file, user=None, lock=lock)
        vault._reader_lock = reader
        try:
            vault._after_open(user)
        except BaseException:
            vault.close()
            raise
        return vault

    def _after_open(self, user: str | None) -> None:
        with self.reading() as conn:
            if schema_version(conn) == 0:
                # Only create() builds the tables: a vault without them was emptied or swapped.
                raise DamagedDatabaseError(self.folder / DATABASE_FILE, "it holds no vault tables")
            if not self.read_only:
                migrate(conn)
            elif schema_version(conn) != SCHEMA_VERSION:
                raise OldSchemaReadOnlyError(schema_version(conn), SCHEMA_VERSION)
            required = store.get_setting(conn, SEALED_SETTING) == "1"
            check_sealed(self._key_file, self._unlocked_key(), self.folder, required)
            self._office = store.get_setting(conn, "office")
            if user is not None and user.startswith(_TAG_PREFIX):
                user = _user_with_tag(conn, self.vault_id, user[len(_TAG_PREFIX) :])
            if user is not None:
                found = users_table.get_user(conn, user)
                if found is None or not found.active:
                    raise UnknownUserError(user)
                self._user = found
            problem = self._rollback_problem(conn)
        if problem:
            self.history_warning = (
                f"Warning: this vault is older than the one last seen on this computer: "
                f"{problem}. Saves made since may be missing. Find the newest copy of the "
                "vault before making changes, and tell your supervisor."
            )
        if self.read_only:
            return
        if problem:
            with self.writing() as conn:
                seen_head = anchor.seen(self.vault_id, self._unlocked_key(), self.folder)
                seen_seq, seen_hash = seen_head or (0, "")
                detail = {"seen_seq": seen_seq, "seen_hash": seen_hash, "problem": problem}
                self.record(conn, "vault.rollback_seen", None, detail)
        detail = {"restored_key_file": True} if self._key_file.from_previous else {}
        if not self._key_file.mac:
            # Written before key files were authenticated: seal it now, then record that
            # it is sealed, so a MAC stripped later reads as tampering.
            database = self.folder / DATABASE_FILE
            self._key_file = sealed(self._key_file, self._unlocked_key(), database)
            write_key_file(self.folder, self._key_file)
            detail["sealed_key_file"] = True
        elif self._key_file.from_previous:
            # keys.json was damaged but its previous version was whole: put it back.
            write_key_file(self.folder, self._key_file)
        with self.writing() as conn:
            if not required:
                store.set_setting(conn, SEALED_SETTING, "1")
            self.record(conn, "vault.unlock", None, detail)

    def _rollback_problem(self, conn: Any) -> str:
        seen = anchor.seen(self.vault_id, self._unlocked_key(), self.folder)
        head_seq = audit.head(conn)[0]
        return anchor.rollback_problem(
            seen, audit.hash_at(conn, seen[0]) if seen else None, head_seq
        )

    def close(self) -> None:
        """Close the database and release the writer lock. Safe to call twice."""
        if self._conn is not None:
            if self._data_key is not None:
                # The draft session ends: one entry per autosaved draft. If this fails
                # (a full disk), the next revision of the draft writes it instead.
                with contextlib.suppress(Exception):
                    self.seal_autosaves()
            if self._anchor_due and self._data_key is not None:
                with contextlib.suppress(Exception):
                    self._remember_head(self._conn, now=True)
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
        self._data_key = None
        if self._lock is not None:
            _remove_empty_log(self.folder)
            self._lock.release()
        if self._reader_lock is not None:
            self._reader_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # -- settings, secrets, audit --------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """A summary for people: id, office, schema, users, forms, counts, slots."""
        with self.reading() as conn:
            schema = schema_version(conn)
        return {
            "path": str(self.folder),
            "vault_id": self.vault_id,
            "office": self.office,
            "schema": schema,
            "user": self.actor,
            "users": [{"name": u.name, "role": u.role} for u in self.users()],
            "forms": [f"{f.form_id}@{f.version}" for f in self.forms()],
            "submissions": {s: self.count(status=s) for s in ("draft", "final", "void")},
            "slots": self._slot_names(),
            "kdf": self._key_file.kdf_policy.to_json(),
        }

    def audit_head(self) -> tuple[int, str]:
        """(seq, hash) of the audit chain's last entry; bundles and receipts carry it."""
        with self.reading() as conn:
            return audit._head(conn)

    def _slot_names(self) -> list[str]:
        names = [
            f"passphrase:{u.name}"
            for u in self.users()
            if self._key_file.passphrase_slot(u.name) is not None
        ]
        return names + [s.kind for s in self._key_file.slots if s.kind != "passphrase"]


def _no_log(folder: Path) -> bool:
    # A non-empty -wal left by a crash holds committed saves an immutable read would miss.
    try:
        return (folder / (DATABASE_FILE + "-wal")).stat().st_size == 0
    except FileNotFoundError:
        return True


def _remove_empty_log(folder: Path) -> None:
    """Remove a -wal with nothing in it, and its -shm, while the writer lock is held.

    SQLite removes both when its last connection closes, but not when that close cannot
    checkpoint: a writable open that failed on a full disk left an empty -wal and a
    3-byte -shm behind, and the next read-only open could then no longer read the file
    as immutable. An empty log holds no saves, and with the writer lock held no reader
    has the database open (a reader's shared lock keeps the writer out), so nothing
    uses the -shm.
    """
    log = folder / (DATABASE_FILE + "-wal")
    with contextlib.suppress(OSError):
        if log.exists() and log.stat().st_size != 0:
            return
        log.unlink(missing_ok=True)
        (folder / (DATABASE_FILE + "-shm")).unlink(missing_ok=True)


def _open_database(
    folder: Path, key_file: KeyFile, data_key: bytes, read_only: bool, immutable: bool = False
) -> Any:
    try:
        return open_database(folder, data_key, read_only=read_only, immutable=immutable)
    except DamagedDatabaseError:
        # The slot opened and the key check held, so the key is the key file's own:
        # if the database is not the one the key file was made for, say that.
        if belongs_elsewhere(key_file, folder / DATABASE_FILE):
            raise KeyFileMismatchError(folder / KEY_FILE) from None
        raise


_TAG_PREFIX = "\0tag:"


def _only_user_tag(key_file: KeyFile) -> str:
    # The slot names its user only by tag; the name is found in the database once open.
    [slot] = key_file.slots_of("passphrase")
    return _TAG_PREFIX + str(slot.user_tag)


def _user_with_tag(conn: Any, vault_id: str, tag: str) -> str:
    for user in users_table.all_users(conn):
        if user_tag(vault_id, user.name) == tag:
            return user.name
    raise UnknownUserError("(the only user)")


ClockFunction = Callable[[], str]
__all__ = ["ESCROW_USER", "Vault"]
