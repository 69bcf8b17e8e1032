"""Office → Forms and versions…: every installed form and version, who installed it and
when, how many records each holds, and which one new interviews use.

"Current" is the version the vault gives when none is named (vault.form(form_id)): the
one installed last. Older versions stay installed so that their records still read and
edit under the form they were answered with.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lintas.gui.exchange.common import day, fill, table
from lintas.gui.session import Session
from lintas.gui.value_format import format_answer


def version_rows(versions: Sequence[tuple[Any, int]]) -> list[tuple[Any, int, bool]]:
    """(form, records, current) in the vault's order (by form, then install time); the
    last installed version of each form is its current one."""
    last = {form.form_id: index for index, (form, _count) in enumerate(versions)}
    return [
        (form, count, last[form.form_id] == index)
        for index, (form, count) in enumerate(versions)
    ]


class FormVersionsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Forms and versions"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Forms and versions"))
        heading.setProperty("role", "pageTitle")
        layout.addWidget(heading)
        hint = QLabel(
            self.tr(
                "New interviews use each form's current version (the one installed last). "
                "Older versions stay installed, so that their records still open with the "
                "form they were answered with."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.table = table(
            [
                self.tr("Form"),
                self.tr("Version"),
                self.tr("Installed"),
                self.tr("By"),
                self.tr("Records"),
                self.tr("Current"),
            ]
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        layout.addWidget(self.total)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(820, 440)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        versions = self.session.call(lambda vault: vault.form_versions())
        locale = QLocale()
        rows = []
        for form, count, current in version_rows(versions):
            when = format_answer(form.installed_at, "datetime", locale) or day(form.installed_at)
            rows.append(
                (
                    f"{form.title} ({form.form_id})" if form.title else form.form_id,
                    form.version,
                    when,
                    form.installed_by or "",
                    locale.toString(count),
                    self.tr("current version") if current else "",
                )
            )
        fill(self.table, rows)
        forms = len({form.form_id for form, _count in versions})
        self.total.setText(
            self.tr("Forms installed: {forms}. Versions: {versions}.")
            .replace("{forms}", locale.toString(forms))
            .replace("{versions}", locale.toString(len(versions)))
        )
