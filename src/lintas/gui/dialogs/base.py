"""The shared shape of a dialog that holds a Designer form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)

from lintas.gui.strength import LEVELS, strength
from lintas.gui.uiloader import hold_ui


def level_text(level: int) -> str:
    # Marked for translation here so lupdate finds every level.
    texts = (
        QCoreApplication.translate("Strength", "Too short"),
        QCoreApplication.translate("Strength", "Weak"),
        QCoreApplication.translate("Strength", "Fair"),
        QCoreApplication.translate("Strength", "Good"),
        QCoreApplication.translate("Strength", "Strong"),
    )
    return texts[level] if 0 <= level < len(LEVELS) else ""


class HeldDialog(QDialog):
    """A QDialog whose content is ``ui/<name>.ui``, held as ``self.form``."""

    ui_name = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = hold_ui(self, self.ui_name)
        self.setWindowTitle(self.form.windowTitle())
        self.resize(self.form.size())
        # Tab goes from control to control: tables and text boxes do not keep it.
        for view in self.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)
        for text in self.findChildren(QPlainTextEdit):
            text.setTabChangesFocus(True)

    def show_error(self, message: str) -> None:
        self.form.errorLabel.setText(message)
        self.setEnabled(True)

    def busy(self) -> None:
        self.form.errorLabel.setText(self.tr("Working…"))
        self.setEnabled(False)


def wire_strength(edit: QLineEdit, bar: QProgressBar, label) -> None:
    """Update a strength meter as ``edit`` changes."""

    def update(text: str) -> None:
        level = strength(text)
        bar.setValue(level)
        label.setText(level_text(level))

    edit.textChanged.connect(update)
    update(edit.text())
