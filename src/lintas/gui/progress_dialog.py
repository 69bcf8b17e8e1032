"""A progress bar with a Cancel button, bound to one :class:`Operation`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from lintas.gui.operations import Operation


class ProgressDialog(QProgressDialog):
    """Shows an operation's progress; Cancel asks the core to stop at a safe point."""

    def __init__(self, operation: Operation, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        # Qt restarts its show timer only when the value is at the minimum; without this
        # the dialog waited Qt's default 4 s, not 300 ms, for work that had not reported yet.
        self.setValue(0)
        self.setMinimumDuration(300)  # quick work never flashes a dialog
        self._operation = operation
        operation.progressed.connect(self._on_progress)
        operation.finished.connect(self._on_finished)
        self.canceled.connect(operation.cancel)
        if operation.done.is_set():  # finished before we could listen
            self._on_finished()

    def reject(self) -> None:
        """Escape (or closing the dialog) cancels, the same as the Cancel button."""
        self.canceled.emit()
        super().reject()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        else:
            self.setRange(0, 0)
        if what:
            self.setLabelText(what)

    def _on_finished(self) -> None:
        self.close()
        self.deleteLater()
