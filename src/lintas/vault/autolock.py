"""The vault's longest auto-lock delay, set by a supervisor for every user (issue 15, 10d).

The idle minutes themselves are each computer's preference (the desktop app's
settings), so any user could lengthen them or turn auto-lock off. The limit lives in
the encrypted vault instead: a supervisor sets it, it is audited, and the app lets a
user choose only a shorter delay, never "off" while a limit is set.
"""

from __future__ import annotations

from lintas.vault import store
from lintas.vault.core import VaultCore
from lintas.vault.errors import VaultError

AUTOLOCK_LIMIT_SETTING = "autolock.max_minutes"
DEFAULT_AUTOLOCK_LIMIT = 30  # minutes, until a supervisor sets another (0: no limit)
LONGEST_AUTOLOCK_LIMIT = 240  # the longest the app offers (4 hours)


class AutoLockLimitError(VaultError, ValueError):
    def __init__(self, minutes: object) -> None:
        super().__init__(
            f"The longest auto-lock delay must be a whole number of minutes from 1 to "
            f"{LONGEST_AUTOLOCK_LIMIT}, or 0 for no limit; {minutes!r} is not."
        )


def check_limit(minutes: object) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise AutoLockLimitError(minutes)
    if not 0 <= minutes <= LONGEST_AUTOLOCK_LIMIT:
        raise AutoLockLimitError(minutes)
    return minutes


class AutoLockMixin(VaultCore):
    def autolock_limit(self) -> int:
        """Longest idle minutes before the app locks, for every user; 0 means no limit."""
        with self.reading() as conn:
            value = store.get_setting(conn, AUTOLOCK_LIMIT_SETTING)
        if value is None:
            return DEFAULT_AUTOLOCK_LIMIT
        try:
            return check_limit(int(value))
        except (ValueError, AutoLockLimitError):
            return DEFAULT_AUTOLOCK_LIMIT  # never looser than the default on a bad value

    def set_autolock_limit(self, minutes: int) -> None:
        """Supervisors only; audited as ``autolock.limit`` with the old and new minutes."""
        self.require_supervisor("set the longest auto-lock delay")
        minutes = check_limit(minutes)
        before = self.autolock_limit()
        with self.writing() as conn:
            store.set_setting(conn, AUTOLOCK_LIMIT_SETTING, str(minutes))
            self.record(conn, "autolock.limit", None, {"from": before, "to": minutes})
