"""The privacy report dialog (Office menu, supervisors): shows lintas.export.level_report.

The core works out the report on the worker thread (the export's own first pass, so it
agrees with the file); this dialog only lays it out as a document that reads from the
top (the answer, then each finding with what to do), scrolls by keyboard, and prints or
saves as PDF through Qt's printer (QPrinter's PDF output needs no printer installed).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from lintas.gui.dialogs.base import HeldDialog
from lintas.gui.i18n import current_language
from lintas.gui.period import PeriodRow
from lintas.gui.session import Session

LEVELS = ("public", "restricted", "internal")
REPORT_SIZE = (900, 680)  # the dialog's size where the screen has room


class PrivacyReportDialog(HeldDialog):
    """Runs the report for a form and level, in the worker, and shows it."""

    ui_name = "privacy_report"

    def __init__(self, session: Session, forms: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.session = session
        self.report: Any = None
        form = self.form
        for form_id, title in forms:
            form.formCombo.addItem(f"{title} ({form_id})", form_id)
        level_names = {
            "public": self.tr("Public (k = 5; 11 with sensitive questions)"),
            "restricted": self.tr("Restricted (k = 3; 11 with sensitive questions)"),
            "internal": self.tr("Internal (inside the office)"),
        }
        for level in LEVELS:
            form.levelCombo.addItem(level_names[level], level)
        form.runButton.clicked.connect(self.run_report)
        form.printButton.clicked.connect(self.print_report)
        form.pdfButton.clicked.connect(self.choose_pdf)
        form.closeButton.clicked.connect(self.accept)
        form.formCombo.currentIndexChanged.connect(self._forget)
        form.levelCombo.currentIndexChanged.connect(self._forget)
        # A period, as in the Export dialog (both days included): the report then says
        # what an export of that period publishes, and can advise a longer one.
        self.dates = PeriodRow(
            form.datesCheck, form.fromDate, form.toDate, form.toCaption, changed=self._forget
        )
        # A read-only view takes no keys by default (Ctrl+End did nothing): give it a
        # keyboard cursor, so PgDn, Ctrl+End and the arrows scroll and select.
        form.reportView.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._fit_screen(parent)
        form.reportView.setPlaceholderText(self.tr("Choose a form and a level, then press Check."))

    def _fit_screen(self, parent: Any) -> None:
        # Room for the report to read as a page, within the screen's free area.
        screen = parent.screen() if parent is not None else self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(min(REPORT_SIZE[0], area.width() - 40), min(REPORT_SIZE[1], area.height() - 60))

    def period(self) -> tuple[str | None, str | None]:
        """(since, until) for the core."""
        return self.dates.period()

    def run_report(self) -> None:
        form_id = self.form.formCombo.currentData()
        level = self.form.levelCombo.currentData()
        if not form_id:
            self.form.reportView.setPlainText(self.tr("Install a form first."))
            return
        since, until = self.period()
        if self.dates.backwards():
            self.form.reportView.setPlainText(self.tr("The first date is after the last date."))
            return
        self._forget()
        self.form.reportView.setPlainText(self.tr("Checking…"))
        language = current_language()

        def work(vault: Any, progress: Any) -> Any:
            from lintas.export.level_report import level_report

            return level_report(
                vault, form_id, level, language, since=since, until=until, progress=progress
            )

        self.session.run(work, on_success=self.show_report, on_failure=self._failed)

    def show_report(self, report: Any) -> None:
        self.report = report
        self.form.reportView.setHtml(report_html(report, self._headings()))
        self.form.printButton.setEnabled(True)
        self.form.pdfButton.setEnabled(True)
        self.form.messageLabel.setText("")
        # The keyboard is on the report, so PgDn and Ctrl+End scroll it at once.
        self.form.reportView.setFocus()

    def _failed(self, message: str) -> None:
        self._forget()
        self.form.reportView.setPlainText(message)

    def _forget(self) -> None:
        # A report belongs to its form and level: another choice needs a new check.
        self.report = None
        self.form.printButton.setEnabled(False)
        self.form.pdfButton.setEnabled(False)

    def _headings(self) -> dict[str, str]:
        return {
            "findings": self.tr("What this level does, and what to do"),
            "checked": self.tr(
                "Checked on {date} by {user}, office {office}. Nothing was exported."
            ),
            "date": dt.date.today().isoformat(),
            "user": self.session.user or "",
            "office": self.session.office or "",
        }

    # -- printing --------------------------------------------------------------------------
    def document(self) -> QTextDocument:
        """The report as a page document (the view's own text, at the page's width)."""
        document = QTextDocument()
        document.setDefaultFont(self.form.reportView.font())
        document.setHtml(report_html(self.report, self._headings()))
        return document

    def print_report(self) -> None:
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
            self.form.messageLabel.setText(self.tr("The report went to the printer."))

    def choose_pdf(self) -> None:
        if self.report is None:
            return
        suggested = _documents() / f"privacy-report-{self.report.form_id}-{self.report.level}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        """Write the report to ``path`` as PDF; say in place what happened."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not path.parent.is_dir():
            self.form.messageLabel.setText(
                self.tr("The folder {folder} does not exist. Choose another folder.").format(
                    folder=str(path.parent)
                )
            )
            return False
        write_pdf(self.document(), path)
        if not path.is_file() or path.stat().st_size == 0:
            self.form.messageLabel.setText(
                self.tr("Could not write {path}. Check that the folder is writable.").format(
                    path=str(path)
                )
            )
            return False
        self.form.messageLabel.setText(
            self.tr("Saved the report as {path}.").format(path=str(path))
        )
        return True


def write_pdf(document: QTextDocument, path: Path) -> None:
    """``document`` as an A4 PDF at ``path`` (Qt's own PDF writer; fonts are embedded)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    document.print_(printer)


def report_html(report: Any, headings: dict[str, str]) -> str:
    """The report as HTML: the title, the answer in bold, then the findings as a list."""
    items = []
    for finding in report.findings:
        advice = f"<br><i>{escape(finding.advice_line)}</i>" if finding.advice else ""
        items.append(f"<li style='margin-bottom:6px'>{escape(finding.text)}{advice}</li>")
    checked = headings["checked"].format(
        date=headings["date"], user=headings["user"], office=headings["office"]
    )
    return (
        f"<h2>{escape(report.title)}</h2>"
        f"{f'<p>{escape(report.period)}</p>' if report.period else ''}"
        f"<p style='font-size:large'><b>{escape(report.answer)}</b></p>"
        f"<h3>{escape(headings['findings'])}</h3>"
        f"<ul>{''.join(items)}</ul>"
        f"<p style='color:#555'>{escape(checked)}</p>"
    )


def _documents() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()
