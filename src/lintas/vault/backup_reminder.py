"""When the last backup was made, and after how many days the app reminds of the next.

The reminder's interval is the office's, not each computer's: it lives in the vault as a
setting that only a supervisor changes (audited, as the auto-lock limit), so every user
of the vault is reminded alike and an enumerator cannot silence it. The last backup is
read from the audit chain (``vault.backup`` entries), so it needs no setting of its own
and cannot disagree with the audit trail.
"""

from __future__ import annotations

from datetime import UTC, datetime

from lintas.vault import store
from lintas.vault.core import VaultCore
from lintas.vault.errors import VaultError

BACKUP_REMINDER_SETTING = "backup.reminder_days"
DEFAULT_BACKUP_REMINDER_DAYS = 7  # a week, until a supervisor sets another (0: no reminder)
LONGEST_BACKUP_REMINDER_DAYS = 90


class BackupReminderError(VaultError, ValueError):
    def __init__(self, days: object) -> None:
        super().__init__(
            f"The backup reminder must be a whole number of days from 1 to "
            f"{LONGEST_BACKUP_REMINDER_DAYS}, or 0 for no reminder; {days!r} is not."
        )


def check_days(days: object) -> int:
    if isinstance(days, bool) or not isinstance(days, int):
        raise BackupReminderError(days)
    if not 0 <= days <= LONGEST_BACKUP_REMINDER_DAYS:
        raise BackupReminderError(days)
    return days


class BackupReminderMixin(VaultCore):
    def backup_reminder_days(self) -> int:
        """Days after the last backup before the app reminds of the next; 0: never."""
        with self.reading() as conn:
            value = store.get_setting(conn, BACKUP_REMINDER_SETTING)
        if value is None:
            return DEFAULT_BACKUP_REMINDER_DAYS
        try:
            return check_days(int(value))
        except (ValueError, BackupReminderError):
            return DEFAULT_BACKUP_REMINDER_DAYS  # a bad value never silences the reminder

    def set_backup_reminder_days(self, days: int) -> None:
        """Supervisors only; audited as ``backup.reminder`` with the old and new days."""
        self.require_supervisor("set the backup reminder")
        days = check_days(days)
        before = self.backup_reminder_days()
        with self.writing() as conn:
            store.set_setting(conn, BACKUP_REMINDER_SETTING, str(days))
            self.record(conn, "backup.reminder", None, {"from": before, "to": days})

    def last_backup(self) -> datetime | None:
        """When this vault was last backed up from a writable open (None: never).

        Backups made by a read-only open (the CLI's, from a busy or read-only vault)
        write no audit entry, so they are not seen here."""
        with self.reading() as conn:
            row = conn.execute(
                "SELECT at FROM audit WHERE action = 'vault.backup' ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        return None if row is None else _moment(str(row[0]))

    def backup_due(self, now: datetime | None = None) -> bool:
        """True when the reminder is on and the last backup is older than its days."""
        days = self.backup_reminder_days()
        if days == 0:
            return False
        last = self.last_backup()
        if last is None:
            return True
        now = now or _moment(self.now())  # the vault's clock, as its audit entries
        return (now - last).total_seconds() > days * 86400


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
