"""Home: how much was keyed today, this week and in all; drafts waiting; three small charts;
and a reminder to back up when the last backup is older than the office's interval."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lintas.gui.charts import BarChart
from lintas.gui.session import Session
from lintas.gui.stats import HomeStats, home_stats
from lintas.gui.value_format import DATE_FORMAT


def backup_state(vault: Any) -> tuple[bool, str]:
    """(remind now, the last backup's day as ISO text or "") for the reminder (worker)."""
    last = vault.last_backup()
    return bool(vault.backup_due()), last.date().isoformat() if last is not None else ""


class HomePage(QWidget):
    new_requested = Signal()  # the "Start a new interview" button
    backup_requested = Signal()  # the reminder's "Back up now…" button

    def __init__(self, session: Session, app_language: str = "en") -> None:
        super().__init__()
        self.session = session
        self.app_language = app_language
        self.stats = HomeStats()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._recount)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Home"))
        self.title.setProperty("role", "pageTitle")
        top.addWidget(self.title, 1)
        # The first useful control after unlock: a clerk's next step is an interview.
        self.new_button = QPushButton(self.tr("Start a new interview"))
        self.new_button.setToolTip(self.tr("Start a new interview") + " (Ctrl+2)")
        self.new_button.clicked.connect(self.new_requested.emit)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.office = QLabel()
        layout.addWidget(self.office)
        layout.addWidget(self._reminder())
        cards = QHBoxLayout()
        self.counts: dict[str, QLabel] = {}
        for key, text in (
            ("today", self.tr("Interviews today")),
            ("week", self.tr("This week")),
            ("total", self.tr("In total")),
            ("drafts", self.tr("Drafts waiting")),
        ):
            cards.addWidget(self._card(key, text))
        layout.addLayout(cards)
        charts = QGridLayout()
        self.sex_chart = BarChart(self.tr("By sex (last 30 days)"))
        self.citizenship_chart = BarChart(self.tr("By citizenship (last 30 days)"))
        self.day_chart = BarChart(self.tr("By day (last 14 days)"), vertical=True)
        charts.addWidget(self.sex_chart, 0, 0)
        charts.addWidget(self.citizenship_chart, 0, 1)
        charts.addWidget(self.day_chart, 1, 0, 1, 2)
        layout.addLayout(charts, 1)

    def _reminder(self) -> QFrame:
        """Shown when the vault is due for a backup (the interval is the office's setting,
        which a supervisor changes in Vault › Back up…); its button starts a backup."""
        self.reminder = QFrame()
        self.reminder.setProperty("role", "reminder")
        row = QHBoxLayout(self.reminder)
        self.reminder_text = QLabel()
        self.reminder_text.setWordWrap(True)
        row.addWidget(self.reminder_text, 1)
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.clicked.connect(self.backup_requested.emit)
        row.addWidget(self.backup_button)
        self.reminder.setVisible(False)
        return self.reminder

    def show_reminder(self, state: tuple[bool, str]) -> None:
        due, last = state
        if last:
            day = QLocale().toString(QDate.fromString(last, "yyyy-MM-dd"), DATE_FORMAT)
            text = self.tr(
                "The last backup of this vault was made on {date}. It is time for the next "
                "one: back it up to a USB stick or another disk."
            ).replace("{date}", day)
        else:
            text = self.tr(
                "This vault has never been backed up. Back it up to a USB stick or another "
                "disk, and keep that away from this computer."
            )
        self.reminder_text.setText(text)
        self.reminder.setVisible(due)

    def first_control(self) -> QWidget:
        return self.new_button

    def _card(self, key: str, text: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        value = QLabel("–")
        value.setProperty("role", "countValue")
        caption = QLabel(text)
        caption.setProperty("role", "countLabel")
        inner.addWidget(value)
        inner.addWidget(caption)
        self.counts[key] = value
        return card

    def refresh(self) -> None:
        """Recount soon, in the background, if the page is still shown by then.

        Someone who unlocks and goes straight to Records does not wait behind
        charts they never look at: the worker runs one job at a time.
        """
        self._timer.start()

    def _recount(self) -> None:
        if not self.session.is_open or not self.isVisible():
            return
        self.office.setText(
            self.tr("Office: {office} · Signed in as {user}")
            .replace("{office}", self.session.office)
            .replace("{user}", self.session.user or "")
        )
        language = self.app_language
        self.session.run(lambda vault, _p: home_stats(vault, language), on_success=self.show_stats)
        self.session.run(lambda vault, _p: backup_state(vault), on_success=self.show_reminder)

    def show_stats(self, stats: HomeStats) -> None:
        self.stats = stats
        for key, label in self.counts.items():
            label.setText(str(getattr(stats, key)))
        self.sex_chart.set_values(stats.by_sex)
        others = self.tr("Others")
        self.citizenship_chart.set_values(
            [(label or others, count) for label, count in stats.by_citizenship]
        )
        self.day_chart.set_values(stats.by_day)
