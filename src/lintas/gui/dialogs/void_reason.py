"""Ask why a record is void; the reason goes to the vault's audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lintas.gui.dialogs.base import HeldDialog


class VoidReasonDialog(HeldDialog):
    ui_name = "void_reason"

    def __init__(self, record_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.form.recordLabel.setText(record_text)
        self.form.cancelButton.clicked.connect(self.reject)
        self.form.voidButton.clicked.connect(self._void)
        self.form.reasonEdit.setFocus()

    @property
    def reason(self) -> str:
        return self.form.reasonEdit.toPlainText().strip()

    def _void(self) -> None:
        if len(self.reason) < 3:
            self.show_error(self.tr("Say why the record is void, in a few words."))
            return
        self.accept()
