"""Issue 15 point 10c: after wrong passphrases the unlock dialog counts the delay down, and
Escape stops the wait without trying.

On main (5dcb844) the core slept the whole delay in the worker while the dialog, disabled
by busy(), showed only "Working…" and ignored Escape (the issue measured 32.8 s so); and
every try slept the full delay again, however long one had already waited."""

import time

from PySide6.QtCore import Qt

from lintas.vault import Throttle
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_supervisor_path import make_vault

DELAY = 3.0


def open_dialog(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    pauses: list[float] = []
    window.session.throttle = Throttle(
        delay=lambda failures: DELAY if failures else 0.0,
        sleep=lambda seconds: (pauses.append(seconds), time.sleep(seconds)),
    )
    dialog = window.unlock(path)
    dialog.form.userCombo.setCurrentText("")
    qtbot.keyClicks(dialog.form.userCombo, "mai")
    return dialog, path, pauses


def type_and_enter(qtbot, dialog, text):
    dialog.form.passphraseEdit.clear()
    qtbot.keyClicks(dialog.form.passphraseEdit, text)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)


def test_the_wait_is_counted_down_and_escape_stops_it(qtbot, window, tmp_path):
    dialog, path, _pauses = open_dialog(qtbot, window, tmp_path)
    type_and_enter(qtbot, dialog, "not the passphrase")
    qtbot.waitUntil(lambda: dialog.isEnabled() and "3 s" in dialog.form.errorLabel.text())
    assert "next try for this user can start in 3 s" in dialog.form.errorLabel.text()

    type_and_enter(qtbot, dialog, PASSPHRASE)  # pressed during the countdown
    assert dialog.waiting and dialog.isVisible()
    assert "Press Escape to stop waiting" in dialog.form.errorLabel.text()
    assert not dialog.form.passphraseEdit.isEnabled()
    qtbot.keyClick(dialog.form.cancelButton, Qt.Key.Key_Escape)
    assert not dialog.waiting and dialog.isVisible()  # Escape stops the wait, not the dialog
    assert dialog.form.passphraseEdit.isEnabled() and dialog.form.passphraseEdit.hasFocus()
    assert "nothing was tried" in dialog.form.errorLabel.text()
    assert not window.session.is_open
    assert window.session.throttle.failures(path, "mai") == 1  # no attempt was made


def test_a_try_waits_out_the_countdown_then_opens_without_sleeping_again(qtbot, window, tmp_path):
    dialog, _path, pauses = open_dialog(qtbot, window, tmp_path)
    type_and_enter(qtbot, dialog, "not the passphrase")
    qtbot.waitUntil(lambda: dialog.isEnabled() and " s" in dialog.form.errorLabel.text())
    started = time.monotonic()
    seen = set()
    type_and_enter(qtbot, dialog, PASSPHRASE)

    def opened():
        seen.add(dialog.form.errorLabel.text())
        return window.session.is_open

    qtbot.waitUntil(opened, timeout=10000)
    waited = time.monotonic() - started
    countdown = {text for text in seen if "Lintas tries in" in text}
    assert len(countdown) >= 2  # the seconds went down on screen (3 s, 2 s, 1 s)
    assert 1.5 < waited < DELAY + 3
    assert all(pause < 0.5 for pause in pauses)  # the core did not sleep the delay again
    assert not dialog.isVisible()
