"""Finding a vault folder and unlocking its data key, without writing a byte.

Everything here only reads: a wrong passphrase must leave the disk untouched.
Repeated failures are slowed by :class:`Throttle`, which counts in memory only
(a counter on disk would itself be a byte changed by a wrong passphrase, and a
thief could reset it by copying the folder anyway); Argon2id's cost is the real
brake on guessing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lintas.vault.connection import DATABASE_FILE
from lintas.vault.errors import (
    DamagedDatabaseError,
    DamagedKeyFileError,
    NotAVaultError,
    NoUserGivenError,
    OutdatedKeyFileError,
    UnknownUserError,
    VaultIsAFileError,
    VaultNotFoundError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from lintas.vault.keyfile import KEY_FILE, PREVIOUS_SUFFIX, KeyFile, read_key_file
from lintas.vault.keyslots import (
    KeySlot,
    key_check,
    open_escrow_slot,
    open_passphrase_slot,
    open_recovery_slot,
)
from lintas.vault.recovery import parse_recovery_key


def default_delay(failures: int) -> float:
    """Seconds before the next attempt: none after up to 2 failures, then 1, 2, 4 ... 60."""
    if failures < 3:
        return 0.0
    return float(min(2 ** (failures - 3), 60))


@dataclass
class Throttle:
    """Counts failed unlocks per vault folder and user name, and delays the next attempt.

    Per user, so that one clerk's wrong tries never keep another user (the
    supervisor) waiting; a guesser aiming at one account is slowed all the same.
    Recovery-key and escrow unlocks count under the name "" (no user).

    The delay runs from the last failure, so time spent waiting on screen (the
    app's countdown, which Escape can stop) counts: an attempt started once the
    countdown is over does not wait again, and one started early waits the rest.
    """

    delay: Callable[[int], float] = default_delay
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _failures: dict[tuple[str, str], int] = field(default_factory=dict)
    _last_failure: dict[tuple[str, str], float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def pause(self, folder: Path, user: str | None = None) -> float:
        """Seconds the next attempt for ``user`` still has to wait (for a countdown)."""
        key = _key(folder, user)
        with self._lock:
            delay = self.delay(self._failures.get(key, 0))
            if delay <= 0:
                return 0.0
            since = self.clock() - self._last_failure.get(key, self.clock())
            return max(0.0, delay - since)

    def wait(self, folder: Path, user: str | None = None) -> None:
        pause = self.pause(folder, user)
        if pause > 0:
            self.sleep(pause)

    def failed(self, folder: Path, user: str | None = None) -> None:
        key = _key(folder, user)
        with self._lock:
            self._failures[key] = self._failures.get(key, 0) + 1
            self._last_failure[key] = self.clock()

    def succeeded(self, folder: Path, user: str | None = None) -> None:
        key = _key(folder, user)
        with self._lock:
            self._failures.pop(key, None)
            self._last_failure.pop(key, None)

    def failures(self, folder: Path, user: str | None = None) -> int:
        return self._failures.get(_key(folder, user), 0)


def _key(folder: Path, user: str | None) -> tuple[str, str]:
    # Resolved, so that the app's countdown (given the path as typed) and the unlock
    # (given check_folder's resolved path) count the same failures.
    return str(Path(folder).expanduser().resolve()), user or ""


UNLOCK_THROTTLE = Throttle()


def check_folder(path: str | Path) -> Path:
    """The resolved vault folder; typed errors for a missing path or a non-vault."""
    folder = Path(path).expanduser()
    if not folder.exists():
        raise VaultNotFoundError(path)
    if not folder.is_dir():
        raise VaultIsAFileError(path)
    has_keys = (folder / KEY_FILE).exists() or (folder / (KEY_FILE + PREVIOUS_SUFFIX)).exists()
    if not has_keys and not (folder / DATABASE_FILE).exists():
        raise NotAVaultError(path, f"{KEY_FILE} and no {DATABASE_FILE}")
    if not has_keys:
        # The records are there but locked away: what helps is the key file from a backup.
        raise DamagedKeyFileError(folder / KEY_FILE, "missing")
    database = folder / DATABASE_FILE
    if not database.exists():
        raise NotAVaultError(path, DATABASE_FILE)
    if database.stat().st_size == 0:
        # Opening an empty file would quietly give a new, empty vault in its place.
        raise DamagedDatabaseError(database, "the file is empty")
    return folder.resolve()


def _checked(key_file: KeyFile, data_key: bytes, folder: Path) -> bytes:
    if key_check(data_key, key_file.vault_id) != key_file.key_check:
        raise DamagedKeyFileError(folder / KEY_FILE, "a slot holds a key that is not this vault's")
    return data_key


def unlock_with_passphrase(
    folder: Path, user: str | None, passphrase: str, throttle: Throttle
) -> tuple[KeyFile, bytes]:
    """The key file and data key. ``user`` None means the vault's only user."""
    key_file = read_key_file(folder)
    throttle.wait(folder, user)
    if user is None:
        slots = key_file.slots_of("passphrase")
        if len(slots) != 1:
            raise NoUserGivenError(len(slots))
        slot: KeySlot | None = slots[0]
    else:
        slot = key_file.passphrase_slot(user)
    if slot is None:
        throttle.failed(folder, user)
        _refuse_outdated(key_file, folder)
        raise UnknownUserError(user or "")
    data_key = open_passphrase_slot(slot, key_file.vault_id, passphrase)
    if data_key is None:
        throttle.failed(folder, user)
        _refuse_outdated(key_file, folder)
        raise WrongPassphraseError(user)
    throttle.succeeded(folder, user)
    return key_file, _checked(key_file, data_key, folder)


def _refuse_outdated(key_file: KeyFile, folder: Path) -> None:
    # Only keys.json.prev could be read: it may predate the passphrase or user typed,
    # so "wrong passphrase" would send a person with the right one down the wrong path.
    if key_file.from_previous:
        raise OutdatedKeyFileError(folder / KEY_FILE)


def unlock_with_recovery_key(folder: Path, text: str, throttle: Throttle) -> tuple[KeyFile, bytes]:
    key_file = read_key_file(folder)
    secret = parse_recovery_key(text)  # a typo is reported before any attempt counts
    return _unlock_by_slot_kind(
        folder,
        key_file,
        "recovery",
        lambda slot: open_recovery_slot(slot, key_file.vault_id, secret),
        throttle,
    )


def unlock_with_escrow(folder: Path, identity: str, throttle: Throttle) -> tuple[KeyFile, bytes]:
    key_file = read_key_file(folder)
    return _unlock_by_slot_kind(
        folder,
        key_file,
        "escrow",
        lambda slot: open_escrow_slot(slot, key_file.vault_id, identity),
        throttle,
    )


def _unlock_by_slot_kind(
    folder: Path,
    key_file: KeyFile,
    kind: str,
    opener: Callable[[KeySlot], bytes | None],
    throttle: Throttle,
) -> tuple[KeyFile, bytes]:
    """Try every slot of ``kind``; a failure counts once against the throttle."""
    throttle.wait(folder)
    for slot in key_file.slots_of(kind):
        data_key = opener(slot)
        if data_key is not None:
            throttle.succeeded(folder)
            return key_file, _checked(key_file, data_key, folder)
    throttle.failed(folder)
    raise WrongRecoveryKeyError()
