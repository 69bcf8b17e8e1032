"""The privacy report dialog, by keyboard over a real vault of the standard survey, offscreen.

What it shows must be what an export at the level publishes; it scrolls by keyboard and
prints to a PDF whose text is read back with Qt's own PDF reader (QtPdf).
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from lintas.gui.dialogs.privacy_report import PrivacyReportDialog
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_supervisor_path import unlock

ROOT = Path(__file__).resolve().parents[2]
STANDARD = ROOT / "forms" / "asean_migrant_worker_survey.xlsx"


@pytest.fixture(scope="module")
def standard_vault(tmp_path_factory) -> Path:
    from lintas.gui.synthetic import synthetic_records

    path = tmp_path_factory.mktemp("privacy") / "vault"
    vault, _ = Vault.create(path, office="Mae Sot", user="mai", passphrase=PASSPHRASE,
                            kdf=FAST_KDF)  # fmt: skip
    with vault:
        installed = vault.install_form(STANDARD.read_bytes(), filename=STANDARD.name)
        form = vault.form(installed.form_id, installed.version)
        records = synthetic_records(form, 300, users=("mai",), office="Mae Sot", seed=5,
                                    distinct=300, days=100)  # fmt: skip
        vault.import_submissions(list(records), source="test")
    return path


def open_report(qtbot, window, path) -> PrivacyReportDialog:
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.waitUntil(window.workspace.isVisible, timeout=10000)
    qtbot.waitUntil(window.privacy_action.isEnabled, timeout=10000)
    dialog = window.show_privacy_report()
    assert isinstance(dialog, PrivacyReportDialog)
    return dialog


def run_public(qtbot, dialog) -> None:
    form = dialog.form
    form.levelCombo.setFocus()
    qtbot.keyClick(form.levelCombo, Qt.Key.Key_Home)  # public is the first level
    assert form.levelCombo.currentData() == "public"
    assert not form.pdfButton.isEnabled()  # nothing to print before a check
    qtbot.keyClick(form.levelCombo, Qt.Key.Key_Return)  # Enter = Check (the default button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)


def test_the_report_leads_with_the_answer_and_agrees_with_the_export(
    qtbot, window, standard_vault, tmp_path
):
    dialog = open_report(qtbot, window, standard_vault)
    run_public(qtbot, dialog)
    report = dialog.report
    shown = dialog.form.reportView.toPlainText()
    lines = [line for line in shown.splitlines() if line.strip()]
    assert lines[0] == "Privacy report: ASEAN migrant-worker survey, public level"
    assert lines[1] == report.answer
    assert report.answer.startswith(f"At the public level, {report.shared} of the {report.records}")
    assert "What this level does, and what to do" in shown
    assert "What to do:" in shown and "fl_any_indicator" not in shown  # labels, not names
    # The figures are the ones a real public export writes in its About sheet.
    out = tmp_path / "public.xlsx"

    def export(vault):
        from lintas.export.workbook import ExportOptions, export_workbook

        return export_workbook(vault, out, ExportOptions(level="public", status="final"))

    window.session.call(export)
    rows = openpyxl.load_workbook(out, read_only=True)["About"].iter_rows(values_only=True)
    about = {str(k): v for k, v in list(rows)[1:]}
    assert json.loads(str(about["disclosure"])) == report.disclosure
    assert int(str(about["records"])) == report.shared
    # The keyboard is on the report: Ctrl+End goes to its end, Ctrl+Home back.
    view = dialog.form.reportView
    qtbot.waitUntil(lambda: dialog.focusWidget() is view, timeout=5000)
    bar = view.verticalScrollBar()
    dialog.resize(700, 420)
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().atEnd()
    # The last line is in view (the scroll may stop short of the page's bottom margin).
    assert bar.value() >= bar.maximum() - view.fontMetrics().height()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().atStart() and bar.value() <= view.fontMetrics().height()
    # Another level forgets the report: Print and PDF wait for the next check.
    qtbot.keyClick(dialog.form.levelCombo, Qt.Key.Key_Down)
    assert dialog.report is None and not dialog.form.pdfButton.isEnabled()


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    return " ".join(text.split())


def test_save_as_pdf_by_keyboard_writes_the_report(qtbot, window, standard_vault, tmp_path,
                                                   monkeypatch):  # fmt: skip
    dialog = open_report(qtbot, window, standard_vault)
    run_public(qtbot, dialog)
    chosen = tmp_path / "report"  # no suffix: the dialog adds .pdf
    asked = []

    def save_name(*args, **_kwargs):
        asked.append(args[2])  # the suggested path
        return str(chosen), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    button = dialog.form.pdfButton
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    written = tmp_path / "report.pdf"
    assert written.is_file() and written.read_bytes().startswith(b"%PDF")
    assert asked[0].endswith("privacy-report-asean_mw_survey-public.pdf")
    assert str(written) in dialog.form.messageLabel.text()
    text = pdf_text(written)
    report = dialog.report
    assert " ".join(report.answer.split()) in text
    for finding in report.findings[:3]:
        assert " ".join(finding.text.split())[:60] in text
    # A folder that does not exist: said in place, nothing written.
    assert not dialog.save_pdf(tmp_path / "nowhere" / "r.pdf")
    assert "does not exist" in dialog.form.messageLabel.text()


def test_a_thai_app_shows_thai_labels_and_headings(qtbot, prefs, standard_vault):
    from lintas.gui.app import build_window
    from lintas.gui.i18n import install_language

    win = build_window("th", vault_options={"kdf": FAST_KDF}, prefs=prefs, autosave_seconds=1)
    qtbot.addWidget(win)
    win.show()
    try:
        dialog = open_report(qtbot, win, standard_vault)
        run_public(qtbot, dialog)
        shown = dialog.form.reportView.toPlainText()
        assert "'เพศ'" in shown  # the form's Thai label of sex
        assert "What this level does, and what to do" not in shown  # the heading is Thai
        assert dialog.form.pdfButton.text() != "Save as PD&F…"
    finally:
        win.session.operations.wait(5000)
        if win.session.is_open:
            win.session.close()
        install_language("en")


def test_a_period_reports_what_an_export_of_that_period_publishes(
    qtbot, window, standard_vault, tmp_path
):
    from PySide6.QtCore import QDate

    dialog = open_report(qtbot, window, standard_vault)
    form = dialog.form
    form.datesCheck.setFocus()
    qtbot.keyClick(form.datesCheck, Qt.Key.Key_Space)
    assert form.datesCheck.isChecked() and form.fromDate.isEnabled()
    # The synthetic interviews span the last 100 days: the last 30 are a part of them.
    form.fromDate.setDate(QDate.currentDate().addDays(-30))
    form.toDate.setDate(QDate.currentDate())
    run_public(qtbot, dialog)
    report = dialog.report
    since, until = dialog.period()
    assert report.period.startswith(f"Final interviews made from {since} to ")
    shown = dialog.form.reportView.toPlainText()
    assert report.period in shown
    out = tmp_path / "month.xlsx"

    def export(vault):
        from lintas.export.workbook import ExportOptions, export_workbook

        options = ExportOptions(level="public", status="final", since=since, until=until)
        return export_workbook(vault, out, options)

    result = window.session.call(export)
    assert result.disclosure == report.disclosure and result.records == report.shared
    every = window.session.call(lambda vault: vault.count(status="final"))
    assert 0 < report.records < every
    # With a period, a longer one is advice the supervisor can follow.
    assert any("check a longer period" in f.advice for f in report.findings)
    # A period that ends before it starts is refused in place.
    form.fromDate.setDate(QDate.currentDate())
    form.toDate.setDate(QDate.currentDate().addDays(-2))
    qtbot.keyClick(form.levelCombo, Qt.Key.Key_Return)
    assert dialog.report is None
    assert form.reportView.toPlainText() == "The first date is after the last date."


def test_the_report_is_in_thai_in_the_thai_app(qtbot, prefs, standard_vault):
    from lintas import i18n
    from lintas.gui.app import build_window

    window = build_window("th", vault_options={"kdf": FAST_KDF}, prefs=prefs, autosave_seconds=1)
    qtbot.addWidget(window)
    window.show()
    dialog = open_report(qtbot, window, standard_vault)
    run_public(qtbot, dialog)
    shown = dialog.form.reportView.toPlainText()
    first = next(line for line in shown.splitlines() if line.strip())
    form = i18n.translated_in("th", "Privacy report: {form}, {level} level")
    assert first == form.format(form=dialog.report.form_title,
                                level=i18n.translated_in("th", "public"))  # fmt: skip
    assert "At the public level" not in shown and "What to do:" not in shown
    assert i18n.translated_in("th", "What to do: {advice}").split("{")[0] in shown
    window.session.operations.wait(5000)
