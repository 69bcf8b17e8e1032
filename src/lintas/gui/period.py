"""The "only interviews from … to …" row that the Export and Privacy report dialogs share.

On screen both days are included, as a clerk reads "1 May to 31 May". The core takes
``since`` (included) and ``until`` (not included), so ``until`` is the day after the
last one shown. Keeping that conversion in one place keeps the two dialogs agreeing on
what a period holds: the privacy report must describe exactly what the export writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QDateEdit, QWidget

DAY = "yyyy-MM-dd"


class PeriodRow:
    """A check box that turns the period on, its two date edits and the caption between."""

    def __init__(
        self,
        check: QAbstractButton,
        first: QDateEdit,
        last: QDateEdit,
        caption: QWidget,
        changed: Callable[[], None] | None = None,
    ) -> None:
        self.check, self.first, self.last, self.caption = check, first, last, caption
        self._changed = changed
        # The last month up to today: what a supervisor sends most often.
        today = QDate.currentDate()
        last.setDate(today)
        first.setDate(today.addMonths(-1))
        check.toggled.connect(self.enable)
        if changed is not None:
            first.dateChanged.connect(changed)
            last.dateChanged.connect(changed)
        self.enable(check.isChecked())

    def enable(self, on: bool | None = None) -> None:
        """Enable the dates when the check box is on (``None``: as it is now)."""
        on = self.check.isChecked() if on is None else on
        for widget in (self.first, self.last, self.caption):
            widget.setEnabled(on)
        if self._changed is not None:
            self._changed()

    def disable(self) -> None:
        """While work runs nothing may change; ``enable()`` gives the row back."""
        for widget in (self.first, self.last):
            widget.setEnabled(False)

    def period(self) -> tuple[str | None, str | None]:
        """(since, until) for the core: (None, None) when the row is off."""
        if not self.check.isChecked():
            return None, None
        return self.first.date().toString(DAY), self.last.date().addDays(1).toString(DAY)

    def show(self, since: str | None, until: str | None) -> None:
        """Show a period kept by the core (a named export, a form's last export)."""
        self.check.setChecked(bool(since or until))
        if since:
            self.first.setDate(QDate.fromString(since[:10], DAY))
        if until:
            last_day = dt.date.fromisoformat(until[:10]) - dt.timedelta(days=1)
            self.last.setDate(QDate(last_day.year, last_day.month, last_day.day))

    def backwards(self) -> bool:
        """True when the row is on and its first day is after its last."""
        return self.check.isChecked() and self.first.date() > self.last.date()
