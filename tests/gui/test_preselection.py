"""Issue 10: New interview preselects the form this user used last, else the standard
survey; `lintas demo` offers every demo user and preselects the one last used here.

Reproduced on main (8e9a714): with the standard survey installed and then the demo
form, New interview preselected the demo form (the last installed) for everyone, and
`lintas demo` always opened the unlock dialog on "supervisor".
"""

from pathlib import Path

from PySide6.QtCore import Qt

from lintas.gui.demo_form import DEMO_FORM_ID, demo_form_bytes
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_supervisor_path import ANSWERS, unlock

SURVEY = Path(__file__).resolve().parents[2] / "forms" / "asean_migrant_worker_survey.xlsx"
OTHER = "a second quiet passphrase"


def preselected_form(window) -> str:
    window.new_interview.refresh()
    item = window.new_interview.forms.currentItem()
    return item.data(Qt.ItemDataRole.UserRole)[0]


def test_new_interview_preselects_the_users_last_form_else_the_standard_survey(
    qtbot, window, tmp_path
):
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, office="Poipet", user="mai", passphrase=PASSPHRASE, kdf=FAST_KDF)
    with vault:
        vault.install_form(SURVEY.read_bytes(), filename=SURVEY.name)
        vault.install_form(demo_form_bytes(), filename="demo.md")  # installed last
        vault.add_user("bee", OTHER, role="enumerator")
        vault.save_submission(DEMO_FORM_ID, ANSWERS, status="final")  # mai used the demo
    unlock(qtbot, window, path, "bee", OTHER)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    assert preselected_form(window) == "asean_mw_survey"  # bee has no record yet
    window.lock()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)
    dialog = window.dialog
    dialog.form.userCombo.setCurrentText("mai")
    qtbot.keyClicks(dialog.form.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.user == "mai", timeout=10000)
    assert preselected_form(window) == DEMO_FORM_ID


def test_the_demo_offers_every_user_and_preselects_the_last_one_used(qtbot, window, tmp_path):
    path = tmp_path / "demo"
    vault, _ = Vault.create(
        path, office="Demo", user="supervisor", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with vault:
        for name in ("anan", "mya"):
            vault.add_user(name, PASSPHRASE, role="enumerator")
    users = ("supervisor", "anan", "mya")
    dialog = window.unlock(path, PASSPHRASE, demo_users=users)
    combo = dialog.form.userCombo
    assert [combo.itemText(i) for i in range(combo.count())] == list(users)
    assert combo.currentText() == "supervisor"  # the first time
    combo.setFocus()
    combo.setCurrentIndex(1)  # anan, as a clerk picks it with the arrow keys
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    # The vault opens on a worker; the dialog closes (and keeps the name) after that.
    qtbot.waitUntil(
        lambda: window.session.user == "anan" and not dialog.isVisible(), timeout=20000
    )
    assert window.session.operations.wait(20000)
    window.session.close()
    again = window.unlock(path, PASSPHRASE, demo_users=users)
    assert again.form.userCombo.currentText() == "anan"
    again.reject()
