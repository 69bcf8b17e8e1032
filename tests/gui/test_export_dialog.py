"""The Export dialog, driven by keyboard over a real vault, offscreen."""

import io
import threading
import zipfile

import msoffcrypto
import openpyxl
from PySide6.QtCore import Qt

from lintas.export.reader import read_workbook
from lintas.gui.demo_form import DEMO_FORM_ID, demo_form_bytes
from lintas.gui.dialogs.export_dialog import ExportDialog
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_supervisor_path import ANSWERS, unlock


def make_vault(path, records=3):
    vault, _ = Vault.create(path, office="Poipet", user="mai", passphrase=PASSPHRASE, kdf=FAST_KDF)
    with vault:
        vault.install_form(demo_form_bytes(), filename="demo.md")
        vault.add_user("bee", PASSPHRASE, role="enumerator")
        for n in range(records):
            vault.save_submission(DEMO_FORM_ID, {**ANSWERS, "age": 20 + n}, status="final")
        vault.save_submission(DEMO_FORM_ID, {"sex": "male"}, status="draft")


def open_dialog(qtbot, window, tmp_path, user="mai"):
    path = tmp_path / "vault"
    if not path.exists():
        make_vault(path)
    unlock(qtbot, window, path, user, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    # The role is read on the worker; the window enables its actions once it has it.
    qtbot.waitUntil(window.workspace.isVisible, timeout=10000)
    qtbot.wait(50)
    return window.show_export()


def type_path(qtbot, dialog, path):
    dialog.form.fileEdit.selectAll()
    qtbot.keyClicks(dialog.form.fileEdit, str(path))


def wait_done(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30000)


def test_keyboard_export_of_the_final_interviews_with_a_summary(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, tmp_path)
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.form.formCombo, timeout=10000)
    # Defaults: internal level, final interviews, the workbook.
    assert dialog.form.statusCombo.currentData() == "final"
    assert dialog.form.formatCombo.currentData() == "xlsx"
    out = tmp_path / "ministry.xlsx"
    type_path(qtbot, dialog, out)
    qtbot.keyClick(dialog.form.fileEdit, Qt.Key.Key_Return)  # Enter = Export (default)
    wait_done(qtbot, dialog)
    text = dialog.form.messageLabel.text()
    assert "Exported 3 interviews" in text and str(out) in text and "SHA-256" in text
    assert dialog.result.records == 3 and out.exists()
    records = list(read_workbook(out))
    assert len(records) == 3 and {r["_status"] for r in records} == {"final"}
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.form.closeButton, timeout=10000)
    entries = window.session.call(lambda vault: vault.audit_entries(limit=1000))
    assert [e.detail["format"] for e in entries if e.action == "export"] == ["xlsx"]


def test_password_and_the_other_formats(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, tmp_path)
    out = tmp_path / "locked.xlsx"
    type_path(qtbot, dialog, out)
    qtbot.keyClicks(dialog.form.passwordEdit, "river stone 42")
    qtbot.keyClicks(dialog.form.confirmEdit, "river stone 4")
    qtbot.keyClick(dialog.form.exportButton, Qt.Key.Key_Space)
    assert "not the same" in dialog.form.messageLabel.text() and not out.exists()
    qtbot.keyClicks(dialog.form.confirmEdit, "2")
    qtbot.keyClick(dialog.form.exportButton, Qt.Key.Key_Space)
    wait_done(qtbot, dialog)
    assert "It has a password" in dialog.form.messageLabel.text()
    plain = io.BytesIO()
    with open(out, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        office.load_key(password="river stone 42", verify_password=True)
        office.decrypt(plain)
    assert openpyxl.load_workbook(plain)["About"]["A1"].value == "key"

    # Stata: the password fields switch off and the name ends in .zip.
    dialog.form.formatCombo.setFocus()
    qtbot.keyClick(dialog.form.formatCombo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.form.formatCombo, Qt.Key.Key_Down)
    assert dialog.form.formatCombo.currentData() == "dta"
    assert not dialog.form.passwordEdit.isEnabled() and dialog.form.passwordEdit.text() == ""
    assert dialog.form.fileEdit.text() == str(tmp_path / "locked.zip")
    qtbot.keyClick(dialog.form.exportButton, Qt.Key.Key_Space)
    wait_done(qtbot, dialog)
    assert "one file per sheet" in dialog.form.messageLabel.text()
    assert "data.dta" in zipfile.ZipFile(tmp_path / "locked.zip").namelist()

    # The next dialog for this form starts from these settings (kept in the vault).
    dialog.reject()
    again = window.show_export()
    assert again.form.formatCombo.currentData() == "dta"
    assert again.form.fileEdit.text().endswith(".zip")


def test_dates_and_bad_input_are_said_in_words(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, tmp_path)
    type_path(qtbot, dialog, tmp_path / "missing-folder" / "x.xlsx")
    qtbot.keyClick(dialog.form.exportButton, Qt.Key.Key_Space)
    assert "does not exist" in dialog.form.messageLabel.text()
    type_path(qtbot, dialog, tmp_path / "x.csv")
    qtbot.keyClick(dialog.form.exportButton, Qt.Key.Key_Space)
    assert "must end in .xlsx" in dialog.form.messageLabel.text()
    type_path(qtbot, dialog, tmp_path / "dated.xlsx")
    dialog.form.datesCheck.setFocus()
    qtbot.keyClick(dialog.form.datesCheck, Qt.Key.Key_Space)
    assert dialog.form.fromDate.isEnabled()
    dialog.form.fromDate.setDate(dialog.form.toDate.date().addDays(1))
    qtbot.keyClick(dialog.form.exportButton, Qt.Key.Key_Space)
    assert "after the last date" in dialog.form.messageLabel.text()
    # Today only (the records were made today): the "to" date is included.
    dialog.form.fromDate.setDate(dialog.form.toDate.date())
    qtbot.keyClick(dialog.form.exportButton, Qt.Key.Key_Space)
    wait_done(qtbot, dialog)
    assert dialog.result.records == 3
    assert not list(tmp_path.glob(".*.part")) and not list(tmp_path.glob(".lintas-*"))


def test_cancel_leaves_no_file(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, tmp_path)
    out = tmp_path / "stopped.xlsx"
    type_path(qtbot, dialog, out)
    # Hold the one worker thread so that Cancel is pressed before the export's first step.
    gate = threading.Event()
    window.session.operations.start(lambda _progress: gate.wait(120))
    dialog.start()
    assert dialog.form.cancelButton.isEnabled() and dialog.form.progressBar.isVisible()
    assert not dialog.form.exportButton.isEnabled() and not dialog.form.formCombo.isEnabled()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.form.cancelButton, timeout=10000)
    qtbot.keyClick(dialog.form.cancelButton, Qt.Key.Key_Space)
    gate.set()
    wait_done(qtbot, dialog)
    assert dialog.form.messageLabel.text() == "Export cancelled. No file was written."
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings.ini") == ["vault"]
    assert dialog.form.exportButton.isEnabled()
    # Esc while an export runs stops it rather than closing the dialog.
    gate.clear()
    window.session.operations.start(lambda _progress: gate.wait(120))
    dialog.start()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    gate.set()
    wait_done(qtbot, dialog)
    assert dialog.isVisible() and not out.exists()


def test_named_export_for_the_command_line(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, tmp_path)
    dialog.form.formatCombo.setCurrentIndex(dialog.form.formatCombo.findData("csv"))
    dialog.save_preset("  Monthly to the   Ministry ")
    qtbot.waitUntil(lambda: "Saved as" in dialog.form.messageLabel.text(), timeout=10000)
    assert '--preset "Monthly to the Ministry"' in dialog.form.messageLabel.text()
    from lintas.export.presets import preset

    saved = window.session.call(lambda vault: preset(vault, "Monthly to the Ministry"))
    assert (saved.form_id, saved.format, saved.status) == (DEMO_FORM_ID, "csv", "final")


def test_an_enumerator_has_no_export(qtbot, window, tmp_path):
    assert open_dialog(qtbot, window, tmp_path, user="bee") is None
    qtbot.waitUntil(lambda: not window.export_action.isEnabled(), timeout=5000)
    assert not window.privacy_action.isEnabled()


def test_check_what_a_level_keeps_before_exporting(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window, tmp_path)
    assert [dialog.form.levelCombo.itemData(i) for i in range(dialog.form.levelCombo.count())] == [
        "internal", "restricted", "public",
    ]  # fmt: skip
    dialog.form.levelCombo.setCurrentIndex(dialog.form.levelCombo.findData("internal"))
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "would be exported" in dialog.form.messageLabel.text(), timeout=20000)
    assert dialog.form.messageLabel.text().startswith("Internal level: 3 interviews")
    dialog.form.levelCombo.setCurrentIndex(dialog.form.levelCombo.findData("public"))
    dialog.form.messageLabel.clear()
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "would be exported" in dialog.form.messageLabel.text(), timeout=20000)
    text = dialog.form.messageLabel.text()
    assert text.startswith("Public level: 3 interviews") and "Not published at this level" in text
    # Questions by their label, as the privacy report names them, not by variable name.
    assert "'Age in years'" in text and "worked_abroad" not in text
    assert "at least" in text and "(the aim is" in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings.ini") == ["vault"]
