"""Issue 10: Office → Forms and versions… lists each installed form version, when and by
whom it was installed, how many records it holds and which one is current, by keyboard.

Before: nothing in the app said which versions were installed or which held records
(the New interview list showed only the form titles)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lintas.gui.demo_form import DEMO_FORM_ID, demo_form_bytes
from lintas.gui.dialogs.form_versions import FormVersionsDialog
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_exchange_screens import sign_in
from tests.gui.test_supervisor_path import ANSWERS

NEWER = "2026120301"


def two_versions(path) -> None:
    vault, _ = Vault.create(path, office="Poipet", user="mai", passphrase=PASSPHRASE, kdf=FAST_KDF)
    with vault:
        vault.add_user("anan", PASSPHRASE, role="enumerator")
        vault.install_form(demo_form_bytes(), filename="demo.md")
        for age in (30, 31, 32):
            vault.save_submission(DEMO_FORM_ID, {**ANSWERS, "age": age}, status="final")
        newer = demo_form_bytes().replace(b"| 2026112701 |", f"| {NEWER} |".encode())
        vault.install_form(newer, filename="demo-v2.md")
        vault.save_submission(DEMO_FORM_ID, {**ANSWERS, "age": 40}, status="final")


def test_forms_and_versions_by_keyboard(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    two_versions(path)
    sign_in(qtbot, window, path, "anan")  # an enumerator may look
    window.forms_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, FormVersionsDialog)
    table = dialog.table
    cells = [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]
    assert [row[1] for row in cells] == ["2026112701", NEWER]
    assert [row[4] for row in cells] == ["3", "1"]  # records per version
    assert [row[5] for row in cells] == ["", "current version"]  # the one installed last
    assert {(row[0], row[3]) for row in cells} == {(f"Lintas demo survey ({DEMO_FORM_ID})", "mai")}
    assert all(row[2][:2].strip() for row in cells)  # the install time, in the app's way
    assert dialog.total.text() == "Forms installed: 1. Versions: 2."
    # The keyboard: the table has it, arrows move, Tab leaves it for Close, Enter closes.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert table.currentRow() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
