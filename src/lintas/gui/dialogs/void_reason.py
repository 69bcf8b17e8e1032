"""Ask why a record is void; the reason goes to the vault's audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from lintas.gui.dialogs.base import HeldDialog
from lintas.privacy.freetext import find_identifiers, redact


class VoidReasonDialog(HeldDialog):
    ui_name = "void_reason"

    def __init__(self, record_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.form.recordLabel.setText(record_text)
        self.form.cancelButton.clicked.connect(self.reject)
        self.form.voidButton.clicked.connect(self._void)
        # The reason is stored, so it gets the free-text guard (the vault refuses it
        # too): warn here, in the app's language, with a one-press fix.
        self.redact_button = QPushButton(self.tr("Redact"))
        self.redact_button.clicked.connect(self._redact)
        self.redact_button.hide()
        self.form.buttonLayout.insertWidget(1, self.redact_button)
        self.form.reasonEdit.setFocus()

    @property
    def reason(self) -> str:
        return self.form.reasonEdit.toPlainText().strip()

    def _void(self) -> None:
        if len(self.reason) < 3:
            self.show_error(self.tr("Say why the record is void, in a few words."))
            return
        if find_identifiers(self.reason):
            self.show_error(
                self.tr(
                    "This reason looks like it holds a phone number, an e-mail, a web "
                    "address or a document number. Lintas never stores them: press "
                    "Redact, or write the reason without them."
                )
            )
            self.redact_button.show()
            return
        self.accept()

    def _redact(self) -> None:
        text = self.form.reasonEdit.toPlainText()
        self.form.reasonEdit.setPlainText(redact(text, find_identifiers(text)))
        self.redact_button.hide()
        self.show_error("")
        self.form.reasonEdit.setFocus()
