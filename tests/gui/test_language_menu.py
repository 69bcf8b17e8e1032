"""The language can be changed at any time from the Language menu (issue 10): it was
offered only on the welcome screen (reached by cancelling unlock) or by `lintas demo --lang`."""

from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import PASSPHRASE
from tests.gui.test_keyboard_everywhere import make_vault
from tests.gui.test_supervisor_path import unlock


def test_the_language_menu_works_with_the_vault_open(qtbot, window, tmp_path, prefs):
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    actions = window.language_actions
    assert len(actions) == 9 and actions["en"].isChecked()
    assert actions["th"].text() == "ไทย"  # each language in its own script
    actions["th"].trigger()
    assert prefs.value("language") == "th"
    assert actions["th"].isChecked() and not actions["en"].isChecked()
    box = window.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "next time Lintas starts" in box.text()  # the restart is said plainly
    assert window.welcome_form.languageCombo.currentData() == "th"
    box.accept()
    assert window.session.is_open  # nothing else changed
