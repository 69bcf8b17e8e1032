"""Show the recovery key once, with Print and Save as PDF (QPrinter)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from lintas.gui.dialogs.base import HeldDialog


class RecoveryKeyDialog(HeldDialog):
    """Continue stays disabled until the person says the key is printed or saved."""

    ui_name = "recovery_key"

    def __init__(self, key: str, office: str, vault_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.office = office
        self.vault_path = vault_path
        form = self.form
        form.keyLabel.setText(key)
        form.detailsLabel.setText(
            self.tr("Office: {office}\nVault: {path}")
            .replace("{office}", office)
            .replace("{path}", vault_path)
        )
        form.printButton.clicked.connect(self.print_key)
        form.pdfButton.clicked.connect(self.save_pdf)
        form.doneButton.setEnabled(False)
        form.confirmCheck.toggled.connect(form.doneButton.setEnabled)
        form.doneButton.clicked.connect(self.accept)

    def document(self) -> QTextDocument:
        """The printed sheet: what the key is for, where the vault is, the key itself."""
        title = html.escape(self.tr("Lintas vault recovery key"))
        note = html.escape(
            self.tr(
                "Anyone holding this key can open the vault. Keep it locked away, "
                "apart from the computer."
            )
        )
        doc = QTextDocument()
        doc.setHtml(
            f"<h1>{title}</h1><p>{note}</p>"
            f"<p>{html.escape(self.form.detailsLabel.text()).replace(chr(10), '<br>')}</p>"
            f"<p style='font-size:18pt'><b>{html.escape(self.key)}</b></p>"
            f"<p>{dt.date.today().isoformat()}</p>"
        )
        return doc

    def save_pdf(self, path: str | None = None) -> str | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery key as PDF"),
                "lintas-recovery-key.pdf",
                "PDF (*.pdf)",
            )
        if not path:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(path)
        self.document().print_(printer)
        return path

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.document().print_(printer)
