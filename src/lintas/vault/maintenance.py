"""Settings, secrets, the audit log, integrity checks and backups of an open vault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lintas.errors import LintasError
from lintas.form.geo import GeoError
from lintas.progress import Progress
from lintas.vault import audit, autosaves, store
from lintas.vault.autolock import AUTOLOCK_LIMIT_SETTING
from lintas.vault.backup import write_backup
from lintas.vault.backup_reminder import BACKUP_REMINDER_SETTING
from lintas.vault.connection import integrity_problems
from lintas.vault.core import VaultCore
from lintas.vault.forms import list_forms
from lintas.vault.migrations import schema_version

# Where this office is, as an ODK geopoint ("lat lon alt acc"): a clerk keying an
# interview held at the office takes it with one key press ("use this office's location").
OFFICE_LOCATION_SETTING = "office.location"


class MaintenanceMixin(VaultCore):
    def get_setting(self, key: str) -> str | None:
        with self.reading() as conn:
            return store.get_setting(conn, key)

    def set_setting(self, key: str, value: str) -> None:
        if key == AUTOLOCK_LIMIT_SETTING:  # not a way around set_autolock_limit's check
            self.require_supervisor("set the longest auto-lock delay")
        if key == BACKUP_REMINDER_SETTING:  # nor around set_backup_reminder_days's
            self.require_supervisor("set the backup reminder")
        with self.writing() as conn:
            store.set_setting(conn, key, value)
            self.record(conn, "setting.change", key)

    def office_location(self) -> str | None:
        """This office's location as a geopoint answer, or None when none is set."""
        return self.get_setting(OFFICE_LOCATION_SETTING) or None

    def set_office_location(self, typed: str) -> str:
        """Set (supervisors) the office's location from decimal or DMS text; returns it.

        Raises LintasError, saying what is wrong, for anything that is not a valid point.
        """
        from lintas.form.geo import typed_geo

        self.require_supervisor("set the office's location")
        try:
            point = typed_geo("geopoint", typed)
        except GeoError as problem:
            raise LintasError(f"The office's location: {problem}") from None
        if point is None:
            raise LintasError("Type the office's latitude and longitude, such as 13.75, 100.5.")
        with self.writing() as conn:
            store.set_setting(conn, OFFICE_LOCATION_SETTING, point)
            self.record(conn, "setting.change", OFFICE_LOCATION_SETTING, {"value": point})
        return point

    def get_secret(self, name: str) -> bytes | None:
        """A named secret kept inside the encrypted database (None if never set)."""
        with self.reading() as conn:
            return store.get_secret(conn, name)

    def set_secret(self, name: str, value: bytes) -> None:
        """Store or replace a named secret (supervisors only); audited by name only."""
        self.require_supervisor("change secrets")
        with self.writing() as conn:
            store.set_secret(conn, name, bytes(value), self.now())
            self.record(conn, "secret.set", name)

    def log(self, action: str, subject: str | None = None, **detail: Any) -> None:
        """Append an audit entry for work done elsewhere (export, bundle in/out)."""
        with self.writing() as conn:
            self.record(conn, action, subject, detail)

    def audit_verify(self) -> audit.AuditReport:
        """Recompute the audit chain; the report names the first broken entry."""
        with self.reading() as conn:
            return audit.verify(conn)

    def audit_head(self) -> tuple[int, str]:
        """(seq, hash) of the chain's last entry: what bundles and receipts carry."""
        with self.reading() as conn:
            return audit.head(conn)

    def record_problems(self) -> list[str]:
        """Records whose content, hash or presence disagrees with the audit chain."""
        with self.reading() as conn:
            key = autosaves.mac_key(self._unlocked_key(), self.vault_id)
            return audit.record_problems(conn, key)

    def rollback_problem(self) -> str:
        """Why the chain is behind the head last seen on this computer ("" if it is not)."""
        with self.reading() as conn:
            return self._rollback_problem(conn)

    def _rollback_problem(self, conn: Any) -> str:
        raise NotImplementedError

    def audit_entries(self, limit: int = 100) -> list[audit.AuditEntry]:
        with self.reading() as conn:
            return audit.entries(conn, limit)

    def form_versions(self) -> list[tuple[Any, int]]:
        """Every installed form version with how many records it holds, by id then
        install time (the app's Forms and versions)."""
        with self.reading() as conn:
            counts = dict(
                ((form_id, version), int(n))
                for form_id, version, n in conn.execute(
                    "SELECT form_id, form_version, count(*) FROM submissions "
                    "GROUP BY form_id, form_version"
                )
            )
            installed = list_forms(conn)
        return [(form, counts.get((form.form_id, form.version), 0)) for form in installed]

    def integrity_problems(self) -> list[str]:
        """Every page that fails its HMAC and every structural problem (empty when sound)."""
        with self.reading() as conn:
            return integrity_problems(conn)

    def backup(self, destination: str | Path, progress: Progress | None = None) -> Path:
        """Write a consistent encrypted copy (same key slots) to a new folder.

        ``progress`` may cancel (Cancelled: no copy is left and nothing is audited)."""
        with self.reading() as conn:
            version = schema_version(conn)
            try:
                path = write_backup(
                    conn, self._key_file, self._unlocked_key(), version, Path(destination),
                    progress=progress,
                )  # fmt: skip
            finally:
                if self.read_only:  # the export turned it off, whether it ended or not
                    conn.execute("PRAGMA query_only = ON")
        if not self.read_only:
            self.log("vault.backup", str(path))
        return path
