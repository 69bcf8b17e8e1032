"""Named exports ("Monthly to the Ministry of Labour") and each form's last settings.

Both live inside the encrypted vault (its settings table), so that the app and the
command line share them and nothing about an export is left in a file on the computer.
A preset never holds a password: ``lintas export --preset NAME --password-file F``
takes it each time.

Dates: a preset keeps either fixed dates or, with ``period = "last_month"``, works them
out at each run (the calendar month before today, UTC), which is what a monthly
report needs.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from lintas.errors import LintasError
from lintas.export.run import FORMATS
from lintas.export.workbook import LEVELS, ExportOptions

PRESETS_KEY = "export.presets"
LAST_KEY = "export.last"
PERIODS = ("", "last_month")
NAME_LIMIT = 80


@dataclass(frozen=True)
class ExportSettings:
    """What an export needs besides the destination and the password."""

    form_id: str
    level: str = "internal"
    labels: str | None = None
    since: str | None = None  # ISO date, created on or after
    until: str | None = None  # ISO date, created before
    status: str | None = None
    format: str = "xlsx"
    period: str = ""  # "" (use since/until) or "last_month"

    def options(self, today: dt.date | None = None) -> ExportOptions:
        since, until = self.since, self.until
        if self.period == "last_month":
            first = (today or dt.datetime.now(dt.UTC).date()).replace(day=1)
            since = (first - dt.timedelta(days=1)).replace(day=1).isoformat()
            until = first.isoformat()
        return ExportOptions(
            form_id=self.form_id, level=self.level, labels=self.labels, since=since,
            until=until, status=self.status,
        )  # fmt: skip

    @classmethod
    def from_json(cls, data: Any, where: str) -> ExportSettings:
        if not isinstance(data, dict) or not isinstance(data.get("form_id"), str):
            raise LintasError(f"The saved export {where} is damaged; save it again.")
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in data.items() if k in known})
        check(settings)
        return settings


def check(settings: ExportSettings) -> None:
    if settings.level not in LEVELS:
        raise LintasError(f"Unknown level '{settings.level}'. Use one of: {', '.join(LEVELS)}.")
    if settings.format not in FORMATS:
        raise LintasError(f"Unknown format '{settings.format}'. Use one of: {', '.join(FORMATS)}.")
    if settings.period not in PERIODS:
        raise LintasError(f"Unknown period '{settings.period}'. Use last_month or none.")
    for value in (settings.since, settings.until):
        if value:
            try:
                dt.date.fromisoformat(value[:10])
            except ValueError:
                raise LintasError(f"'{value}' is not a date (YYYY-MM-DD).") from None


def _read(vault: Any, key: str) -> dict[str, Any]:
    text = vault.get_setting(key)
    if not text:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def presets(vault: Any) -> dict[str, ExportSettings]:
    """Every named export of this vault, by name (sorted)."""
    out = {}
    for name, data in sorted(_read(vault, PRESETS_KEY).items()):
        try:
            out[name] = ExportSettings.from_json(data, f"'{name}'")
        except (LintasError, TypeError):
            continue  # a damaged entry is skipped here; preset(name) says so
    return out


def preset(vault: Any, name: str) -> ExportSettings:
    stored = _read(vault, PRESETS_KEY)
    if name not in stored:
        known = ", ".join(f"'{n}'" for n in sorted(stored)) or "none yet"
        raise LintasError(
            f"There is no saved export named '{name}' in this vault. Saved exports: {known}."
        )
    try:
        return ExportSettings.from_json(stored[name], f"'{name}'")
    except TypeError:
        raise LintasError(f"The saved export '{name}' is damaged; save it again.") from None


def save_preset(vault: Any, name: str, settings: ExportSettings) -> None:
    """Save (or replace) a named export; supervisors only, audited as a setting change."""
    vault.require_supervisor("save a named export")
    name = " ".join(name.split())
    if not name:
        raise LintasError("Give the saved export a name, e.g. 'Monthly to the Ministry of Labour'.")
    if len(name) > NAME_LIMIT:
        raise LintasError(f"The name is longer than {NAME_LIMIT} characters; shorten it.")
    check(settings)
    stored = _read(vault, PRESETS_KEY)
    stored[name] = asdict(settings)
    vault.set_setting(PRESETS_KEY, json.dumps(stored, ensure_ascii=False, sort_keys=True))


def delete_preset(vault: Any, name: str) -> None:
    vault.require_supervisor("delete a named export")
    stored = _read(vault, PRESETS_KEY)
    if stored.pop(name, None) is None:
        raise LintasError(f"There is no saved export named '{name}' in this vault.")
    vault.set_setting(PRESETS_KEY, json.dumps(stored, ensure_ascii=False, sort_keys=True))


def remember(vault: Any, settings: ExportSettings) -> None:
    """Keep the settings of a form's last export, for the dialog to offer next time."""
    stored = _read(vault, LAST_KEY)
    stored[settings.form_id] = asdict(settings)
    vault.set_setting(LAST_KEY, json.dumps(stored, ensure_ascii=False, sort_keys=True))


def last_used(vault: Any, form_id: str) -> ExportSettings | None:
    data = _read(vault, LAST_KEY).get(form_id)
    if data is None:
        return None
    try:
        return ExportSettings.from_json(data, f"for '{form_id}'")
    except (LintasError, TypeError):
        return None


def with_overrides(settings: ExportSettings, **changes: Any) -> ExportSettings:
    """``settings`` with every change that is not None (command-line flags over a preset)."""
    chosen = {k: v for k, v in changes.items() if v is not None}
    if "since" in chosen or "until" in chosen:
        chosen.setdefault("period", "")
    return replace(settings, **chosen)
