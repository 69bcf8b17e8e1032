"""The key file: the vault's key slots as JSON, written so a crash never loses it.

Writes follow the classic durable-replace recipe: write a temporary file in the
same folder, fsync it, keep the current file as ``keys.json.prev`` (a hard
link, so the current name never disappears), rename the temporary file over the
current one, then fsync the folder so the rename itself is on disk. At every
instant ``keys.json`` is either the complete old or the complete new file. Once
the new file is durable, ``.prev`` becomes a copy of it, so a revoked slot does
not outlive the write that revoked it.

Everything in the file that is not a slot (the vault id, key check, KDF policy and
the database's salt) is authenticated by ``mac``, an HMAC under a key derived from
the data key (:mod:`lintas.vault.keyfile_mac`); each slot authenticates itself.

Reading checks the structure strictly. If the current file is damaged but the
previous version is whole, the previous one is used (and reported through
``KeyFile.from_previous``) so that one bad sector never leaves a vault with no
working slot.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lintas.vault.errors import DamagedKeyFileError, KeyFileIsAFolderError, TamperedKeyFileError
from lintas.vault.keyslots import KdfBelowFloorError, KdfParams, KeySlot, user_tag

KEY_FILE = "keys.json"
PREVIOUS_SUFFIX = ".prev"
FORMAT = "lintas-vault-keys"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    key_check: str
    kdf_policy: KdfParams
    slots: tuple[KeySlot, ...]
    # The first 16 bytes of vault.db (SQLCipher's random salt, stored in clear), so a key
    # file put beside another vault's database is told apart from a damaged database.
    database_salt: str = ""
    mac: str = ""  # HMAC over header(); "" in key files written before it existed
    from_previous: bool = False

    def header(self) -> dict[str, Any]:
        """Everything the MAC covers: the whole file except the slots and the MAC itself."""
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "key_check": self.key_check,
            "kdf_policy": self.kdf_policy.to_json(),
            "database_salt": self.database_salt,
        }

    def passphrase_slot(self, user: str) -> KeySlot | None:
        for slot in self.slots:
            if slot.kind == "passphrase" and slot.user_tag == user_tag(self.vault_id, user):
                return slot
        return None

    def slots_of(self, kind: str) -> tuple[KeySlot, ...]:
        return tuple(slot for slot in self.slots if slot.kind == kind)

    def replacing(self, kind: str, user: str | None, new: KeySlot | None) -> KeyFile:
        """A copy with the slot of ``kind`` (and ``user``) swapped for ``new``, or dropped."""
        tag = user_tag(self.vault_id, user) if user is not None else None
        kept = [s for s in self.slots if not (s.kind == kind and s.user_tag == tag)]
        if new is not None:
            kept.append(new)
        return replace(self, slots=tuple(kept), from_previous=False)

    def to_json(self) -> dict[str, Any]:
        data = self.header()
        data["slots"] = [slot.to_json() for slot in self.slots]
        if self.mac:
            data["mac"] = self.mac
        return data


def parse_key_file(raw: bytes, path: Path) -> KeyFile:
    """The key file in ``raw``; DamagedKeyFileError when it is not a whole, valid one."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("not a Lintas key file")
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"unknown key file version {data.get('version')!r}")
        slots = tuple(KeySlot.from_json(item) for item in data["slots"])
        vault_id, check = str(data["vault_id"]), str(data["key_check"])
        if len(check) != 64 or not slots:
            raise ValueError("no key check or no slots")
        salt, mac = str(data.get("database_salt", "")), str(data.get("mac", ""))
        policy = KdfParams.from_json(data["kdf_policy"])
        return KeyFile(vault_id, check, policy, slots, salt, mac)
    except KdfBelowFloorError as error:
        raise TamperedKeyFileError(path, str(error)) from None
    except KeyError as error:
        raise DamagedKeyFileError(path, f"the entry {error} is missing") from None
    except (ValueError, TypeError, AttributeError) as error:
        raise DamagedKeyFileError(path, str(error) or type(error).__name__) from None


def read_key_file(folder: Path) -> KeyFile:
    """The vault's key file, falling back to the previous version when it is damaged."""
    path = folder / KEY_FILE
    previous = folder / (KEY_FILE + PREVIOUS_SUFFIX)
    for name in (path, previous):
        if name.is_dir():
            # Not damage a previous version can stand in for: writing the key file back
            # over a folder would fail later, half way through an open or a change.
            raise KeyFileIsAFolderError(name, previous=name == previous)
    try:
        return parse_key_file(_read(path), path)
    except (DamagedKeyFileError, FileNotFoundError) as error:
        if not previous.exists():
            if isinstance(error, FileNotFoundError):
                raise DamagedKeyFileError(path, "missing") from None
            raise
        try:
            older = parse_key_file(_read(previous), previous)
        except (DamagedKeyFileError, FileNotFoundError):
            if isinstance(error, FileNotFoundError):
                raise DamagedKeyFileError(path, "missing") from None
            raise error from None
        return replace(older, from_previous=True)


def _read(path: Path) -> bytes:
    """The file's bytes; FileNotFoundError passes, any other failure is damage."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as error:  # not readable, a special file, an I/O error of the disk
        raise DamagedKeyFileError(path, f"it cannot be read: {error.strerror or error}") from None


def _fsync_folder(folder: Path) -> None:
    # Windows cannot open a folder for fsync; its renames are durable via NTFS's journal.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_key_file(folder: Path, key_file: KeyFile) -> None:
    """Replace the key file atomically and durably, keeping the previous version."""
    path = folder / KEY_FILE
    previous = folder / (KEY_FILE + PREVIOUS_SUFFIX)
    temporary = folder / (KEY_FILE + ".tmp")
    text = json.dumps(key_file.to_json(), indent=1, sort_keys=True).encode("utf-8")
    try:
        _write_private(temporary, text)
        if path.exists():
            _keep_previous(path, previous)
        os.replace(temporary, path)
    except BaseException:
        # Whole or half, the temporary file holds a slot for a passphrase that was never
        # accepted (a full disk, say): it must not lie around to be guessed at.
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _fsync_folder(folder)
    # The previous version has done its job once the new file is durable. Left as
    # it was, it would still hold a removed user's slot or an old passphrase's slot,
    # so anyone with a copy of the folder could unlock with them. It becomes an
    # independent copy of the new file instead, still a fallback for a damaged sector.
    _replace_with_copy(previous, text)
    _fsync_folder(folder)


def remove_leftovers(folder: Path) -> None:
    """Delete temporary key files a crash left behind (called on a writable open).

    They can hold a slot for a passphrase whose change never completed.
    """
    for name in (KEY_FILE + ".tmp", KEY_FILE + PREVIOUS_SUFFIX + ".tmp"):
        leftover = folder / name
        if leftover.is_file() or leftover.is_symlink():
            with contextlib.suppress(OSError):
                leftover.unlink()


def _write_private(path: Path, data: bytes) -> None:
    # Owner-only: the slots are encrypted, but nobody else on the machine needs them.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _replace_with_copy(target: Path, data: bytes) -> None:
    temporary = target.with_name(target.name + ".tmp")
    try:
        _write_private(temporary, data)
        os.replace(temporary, target)
    except OSError:
        # The new key file is already in place; a stale .prev is a weaker state
        # but not a broken vault, so a full disk here is not an error to the user.
        with contextlib.suppress(OSError):
            temporary.unlink()


def _keep_previous(path: Path, previous: Path) -> None:
    # A hard link made under a temporary name and renamed over .prev: the current
    # file is never renamed away, so there is no moment without a keys.json.
    link = previous.with_name(previous.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    try:
        os.link(path, link)
    except OSError:
        # File systems without hard links (FAT on USB sticks): copy instead.
        _write_private(link, path.read_bytes())
    os.replace(link, previous)
