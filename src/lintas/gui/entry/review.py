"""The review page: every problem in the interview, each one a jump to its question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReviewPage(QWidget):
    """Lists ``(address, label, message)`` problems; Enter on one jumps to it."""

    jump_requested = Signal(str)
    finalise_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Review before finalising"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.itemActivated.connect(self._jump)
        self.problems.itemClicked.connect(self._jump)
        layout.addWidget(self.problems, 1)
        # A text that looks like a phone or passport number is kept only when the clerk
        # says so explicitly; the save records that override in the audit log.
        self.keep_flagged = QCheckBox(
            self.tr("I checked the flagged answers: they hold no name, number or address")
        )
        self.keep_flagged.toggled.connect(self._update_finalise)
        layout.addWidget(self.keep_flagged)
        self._has_problems = False
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        # Saving a draft stays with the entry view's own button (Ctrl+S) below.
        self.finalise_button = QPushButton(self.tr("Finalise interview"))
        self.finalise_button.clicked.connect(self.finalise_requested)
        buttons.addWidget(self.finalise_button)
        layout.addLayout(buttons)

    def show_problems(
        self, problems: list[tuple[str, str, str]], warnings: list[tuple[str, str, str]] = ()
    ) -> None:
        """Problems block finalising; warnings (possible identifiers in text) only ask a look."""
        self.problems.clear()
        for address, label, message in problems:
            item = QListWidgetItem(f"• {label} — {message}")
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.problems.addItem(item)
        for address, label, message in warnings:
            item = QListWidgetItem(f"(!) {label} — {message}")
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.problems.addItem(item)
        if problems:
            self.summary.setText(
                self.tr(
                    "%n problem(s) to fix before this interview can be finalised.",
                    "",
                    len(problems),
                )
            )
        elif warnings:
            self.summary.setText(
                self.tr("No problems. Check the warnings: finalising saves the text as it is.")
            )
        else:
            self.summary.setText(self.tr("No problems. The interview can be finalised."))
        if self.problems.count():
            self.problems.setCurrentRow(0)
        self._has_problems = bool(problems)
        self.keep_flagged.setVisible(bool(warnings))
        if not warnings:
            self.keep_flagged.setChecked(False)
        self._update_finalise()

    def overriding(self) -> bool:
        """True when the clerk has explicitly accepted the flagged text answers."""
        return not self.keep_flagged.isHidden() and self.keep_flagged.isChecked()

    def _update_finalise(self) -> None:
        ready = not self._has_problems and (
            self.keep_flagged.isHidden() or self.keep_flagged.isChecked()
        )
        self.finalise_button.setEnabled(ready)
        self.finalise_button.setDefault(ready)
        # A disabled button says why (the tooltip shows on a disabled button too).
        if self._has_problems:
            why = self.tr("Fix the problems listed above first.")
        elif not ready:
            why = self.tr("Look at the warnings above and tick the box under them first.")
        else:
            why = ""
        self.finalise_button.setToolTip(why)

    def focus_first(self) -> None:
        if not self.finalise_button.isEnabled() and self.problems.count():
            self.problems.setFocus()
        else:
            self.finalise_button.setFocus()

    def _jump(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(item.data(Qt.ItemDataRole.UserRole))
