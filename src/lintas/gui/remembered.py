"""What the app's settings file may keep about people and vaults.

The settings file (QSettings: an .ini file or the registry) is plain text on the
computer, while ``keys.json`` hides user names on purpose. So a user's name, and
where the vault is, are kept only for users who ticked "Remember my name and this
vault on this computer" when unlocking (off by default). The vault's place is
kept while at least one remembered user is left. Language and auto-lock minutes
are no one's data and are always kept.

Settings written before this choice existed held every name and the vault path
without asking: they are removed once, the first time this version reads them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_USERS = "users"
_LAST_USER = "last_user"
_LAST_VAULT = "last_vault"
_CHOICE = "remember_is_a_choice"  # set once the leftovers of older versions are gone


class Remembered:
    """The names and vault path kept on this computer, by each user's choice."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        if not settings.value(_CHOICE, False, bool):
            for key in (_USERS, _LAST_USER, _LAST_VAULT):
                settings.remove(key)
            settings.setValue(_CHOICE, True)

    def users(self) -> list[str]:
        value = self.settings.value(_USERS, []) or []
        if isinstance(value, str):  # QSettings gives a one-item list back as a string
            value = [value]
        return [str(name) for name in value if name]

    def last_user(self) -> str | None:
        name = self.settings.value(_LAST_USER, "")
        return str(name) if name and str(name) in self.users() else None

    def last_vault(self) -> Path | None:
        path = self.settings.value(_LAST_VAULT, "")
        return Path(str(path)) if path and self.users() else None

    def is_remembered(self, user: str) -> bool:
        return user in self.users()

    def remember(self, user: str, vault: Path) -> None:
        users = self.users()
        if user not in users:
            self.settings.setValue(_USERS, [*users, user])
        self.settings.setValue(_LAST_USER, user)
        self.settings.setValue(_LAST_VAULT, str(vault))

    def forget(self, user: str) -> None:
        users = [name for name in self.users() if name != user]
        if users:
            self.settings.setValue(_USERS, users)
        else:
            self.settings.remove(_USERS)
            self.settings.remove(_LAST_VAULT)  # no one asked for it to be kept
        if self.settings.value(_LAST_USER, "") == user or not users:
            self.settings.remove(_LAST_USER)
