"""Users and key slots of an open vault (mixed into :class:`lintas.vault.Vault`).

Order of writes: the database change (with its audit entry) commits first, then
the key file is replaced atomically. A crash in between leaves a user row
without a slot, which ``add_user`` can simply repeat; it never leaves a slot
that opens nothing, nor a vault without a working slot.
"""

from __future__ import annotations

from collections.abc import Mapping

from lintas.vault import users as users_table
from lintas.vault.core import VaultCore
from lintas.vault.errors import (
    LastSupervisorError,
    NoSuchUserError,
    StorageError,
    UnknownUserError,
    UserExistsError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from lintas.vault.keyfile import KEY_FILE, KeyFile, write_key_file
from lintas.vault.keyslots import (
    MIN_PASSPHRASE_CHARS,
    escrow_slot,
    open_passphrase_slot,
    passphrase_slot,
    recovery_slot,
)
from lintas.vault.recovery import format_recovery_key, new_recovery_secret
from lintas.vault.users import User


def check_passphrase(passphrase: str) -> str:
    # Spaces do not count: eight of them are no passphrase (issue 15, point 8).
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphraseError(MIN_PASSPHRASE_CHARS)
    return passphrase


class KeyringMixin(VaultCore):
    @property
    def key_file(self) -> KeyFile:
        return self._key_file

    def _replace_key_file(self, key_file: KeyFile) -> None:
        try:
            write_key_file(self.folder, key_file)
        except OSError as error:
            # keys.json changes only by the final rename: the old slots still open the vault.
            raise StorageError(self.folder / KEY_FILE, error.strerror or str(error)) from None
        self._key_file = key_file

    def _slot_for(self, user: str, passphrase: str):  # type: ignore[no-untyped-def]
        return passphrase_slot(
            self.vault_id,
            user,
            check_passphrase(passphrase),
            self._unlocked_key(),
            self._key_file.kdf_policy,
        )

    # -- users ---------------------------------------------------------------------------
    def users(self, include_removed: bool = False) -> list[User]:
        with self.reading() as conn:
            return users_table.all_users(conn, include_removed)

    def add_user(self, name: str, passphrase: str, role: str = "enumerator") -> User:
        """Add a user with their own passphrase slot (supervisors only).

        Raises UserExistsError for an active user who already has a slot.
        """
        self.require_supervisor("add users")
        users_table.check_name(name)
        users_table.check_role(role)
        slot = self._slot_for(name, passphrase)
        with self.writing() as conn:
            existing = users_table.get_user(conn, name)
            if existing and existing.active and self._key_file.passphrase_slot(name):
                raise UserExistsError(name)
            user = User(name, role, self.now())
            users_table.insert_user(conn, user)
            self.record(conn, "user.add", name, {"role": role})
        self._replace_key_file(self._key_file.replacing("passphrase", name, slot))
        return user

    def remove_user(self, name: str) -> None:
        """Remove a user's slot and mark them removed (their records and audit stay)."""
        self.require_supervisor("remove users")
        with self.writing() as conn:
            user = users_table.get_user(conn, name)
            if user is None or not user.active:
                raise NoSuchUserError(name)
            supervisors = [u for u in users_table.all_users(conn) if u.is_supervisor]
            if user.is_supervisor and len(supervisors) == 1:
                raise LastSupervisorError(name)
            users_table.mark_removed(conn, name, self.now())
            self.record(conn, "user.remove", name)
        self._replace_key_file(self._key_file.replacing("passphrase", name, None))

    def change_passphrase(
        self, new_passphrase: str, *, user: str | None = None, old_passphrase: str | None = None
    ) -> None:
        """Rewrite one passphrase slot; the data itself is not re-encrypted.

        Your own: pass ``old_passphrase`` to confirm it (WrongPassphraseError if it is
        wrong). Another user's (a reset): supervisors only.
        """
        name = user or self.actor
        if self._user is None or name != self._user.name:
            self.require_supervisor("reset another user's passphrase")
        elif old_passphrase is not None:
            slot = self._key_file.passphrase_slot(name)
            if slot is None or open_passphrase_slot(slot, self.vault_id, old_passphrase) is None:
                raise WrongPassphraseError(name)
        with self.reading() as conn:
            found = users_table.get_user(conn, name)
        if found is None or not found.active:
            raise NoSuchUserError(name)
        slot = self._slot_for(name, new_passphrase)
        with self.writing() as conn:
            self.record(conn, "user.passphrase", name)
        self._replace_key_file(self._key_file.replacing("passphrase", name, slot))

    # -- recovery and escrow -------------------------------------------------------------
    def new_recovery_key(self) -> str:
        """Replace the recovery slot; returns the new key text (show it once, to print)."""
        self.require_supervisor("replace the recovery key")
        secret = new_recovery_secret()
        slot = recovery_slot(self.vault_id, secret, self._unlocked_key())
        with self.writing() as conn:
            self.record(conn, "key.recovery")
        self._replace_key_file(self._key_file.replacing("recovery", None, slot))
        return format_recovery_key(secret)

    def set_escrow(self, recipient: str, label: str = "") -> None:
        """Wrap the data key to an age X25519 public key (``age1...``) of a supervisor or hub.

        One escrow slot per recipient; raises ValueError for a malformed recipient.
        """
        self.require_supervisor("set an escrow key")
        slot = escrow_slot(self.vault_id, recipient, self._unlocked_key(), label)
        kept = tuple(
            s
            for s in self._key_file.slots
            if not (s.kind == "escrow" and s.fields.get("recipient") == recipient)
        )
        with self.writing() as conn:
            self.record(conn, "key.escrow", recipient, {"label": label})
        from dataclasses import replace

        self._replace_key_file(replace(self._key_file, slots=(*kept, slot)))

    def escrow_recipients(self) -> list[str]:
        return [str(s.fields["recipient"]) for s in self._key_file.slots_of("escrow")]

    def verify_passphrases(self, passphrases: Mapping[str, str]) -> None:
        """Raise WrongPassphraseError/UnknownUserError unless each passphrase opens its slot."""
        for name, passphrase in passphrases.items():
            slot = self._key_file.passphrase_slot(name)
            if slot is None:
                raise UnknownUserError(name)
            if open_passphrase_slot(slot, self.vault_id, passphrase) is None:
                raise WrongPassphraseError(name)
