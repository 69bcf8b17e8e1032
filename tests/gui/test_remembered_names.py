"""Issue 15 point 10a: the settings file keeps a user's name and the vault's place only when
that user chose "Remember my name and this vault on this computer" (off by default).

Reproduced on main (3c16289): after one unlock the settings file held ``last_user=mai``,
``users=mai`` and ``last_vault=/…/vault`` in clear, with no choice offered."""

from PySide6.QtCore import QSettings, Qt

from lintas.gui.app import build_window
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_supervisor_path import make_vault


def settings_text(prefs: QSettings) -> str:
    prefs.sync()
    return open(prefs.fileName(), encoding="utf-8").read()


def unlock_by_keyboard(qtbot, window, path, user, remember_key=None):
    dialog = window.unlock(path)
    dialog.form.userCombo.setCurrentText("")
    qtbot.keyClicks(dialog.form.userCombo, user)
    qtbot.keyClicks(dialog.form.passphraseEdit, PASSPHRASE)
    if remember_key is not None:  # Tab to the tick box, Space toggles it
        qtbot.keyClick(dialog.form.rememberCheck, remember_key)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    return dialog


def test_by_default_no_name_and_no_vault_path_are_kept(qtbot, window, prefs, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    dialog = unlock_by_keyboard(qtbot, window, path, "mai")
    text = settings_text(prefs)
    assert "mai" not in text and str(path) not in text and "vault" not in text
    assert not dialog.remember
    # While the app runs, the lock screen still knows who was working (in memory only).
    qtbot.waitUntil(lambda: not window.session.operations.busy, timeout=10000)
    window.lock()  # (lock waits for no operation: the home page's counts may be running)
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)
    assert window.dialog.form.userCombo.currentText() == "mai"
    assert not window.dialog.form.rememberCheck.isChecked()
    assert "mai" not in settings_text(prefs)


def test_remember_keeps_them_until_the_user_unticks_it(qtbot, window, prefs, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    unlock_by_keyboard(qtbot, window, path, "mai", remember_key=Qt.Key.Key_Space)
    text = settings_text(prefs)
    assert "mai" in text and str(path) in text
    window.session.close()

    # The next start (a new window over the same settings) offers the vault and the name,
    # with the choice still ticked.
    again = build_window("en", vault_options={"kdf": FAST_KDF}, prefs=prefs)
    qtbot.addWidget(again)
    assert again.remembered.last_vault() == path
    dialog = again.unlock(path)
    assert dialog.form.userCombo.currentText() == "mai"
    assert dialog.form.rememberCheck.isChecked()
    qtbot.keyClick(dialog.form.rememberCheck, Qt.Key.Key_Space)  # untick: forget me
    qtbot.keyClicks(dialog.form.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.session.is_open, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    text = settings_text(prefs)
    assert "mai" not in text and str(path) not in text
    again.session.close()


def test_names_written_by_an_older_version_are_removed(qtbot, prefs, tmp_path):
    prefs.setValue("last_user", "anan")
    prefs.setValue("users", ["anan", "somchai"])
    prefs.setValue("last_vault", str(tmp_path / "office-vault"))
    prefs.setValue("language", "th")
    window = build_window("en", vault_options={"kdf": FAST_KDF}, prefs=prefs)
    qtbot.addWidget(window)
    text = settings_text(prefs)
    assert "anan" not in text and "somchai" not in text and "office-vault" not in text
    assert prefs.value("language") == "th"  # no one's data: kept
