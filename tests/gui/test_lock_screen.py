"""Issue 15 point 10: a locked window shows nothing of the vault, and a user switch at
the lock screen puts the previous user's interview away as that user's draft.

Reproduced on main (0f45c13): after window.lock() the workspace (the open interview,
the Records table) stayed the stacked widget's current page, only disabled, behind
the unlock dialog; unlocking as another user kept the first user's interview open.
"""

from PySide6.QtCore import Qt

from lintas.vault import Vault
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_supervisor_path import make_vault, unlock

OTHER = "other quiet passphrase here"


def start_interview_typing_age(qtbot, window, age: str) -> None:
    window.new_interview.refresh()
    window.new_interview.start()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    edit = window.interview.entry.fields["age"].edit
    edit.setFocus()
    qtbot.keyClicks(edit, age)


def test_locking_hides_the_interview_and_the_records(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    start_interview_typing_age(qtbot, window, "41")
    qtbot.waitUntil(window.isActiveWindow)  # Ctrl+L is a shortcut of the active window
    qtbot.keyClick(
        window.interview.entry.fields["age"].edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)
    assert window.stack.currentWidget() is window.locked_screen
    assert not window.workspace.isVisible()
    assert not window.interview.isVisible() and not window.records.isVisible()
    # Unlocking as the same user brings the interview back, with what was typed.
    dialog = window.dialog
    qtbot.keyClicks(dialog.form.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    assert window.interview is not None and window.interview.response.get("age") == 41


def test_switching_user_at_the_lock_screen_puts_the_interview_away(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    with Vault.open(path, user="mai", passphrase=PASSPHRASE) as vault:
        vault.add_user("bee", OTHER, role="enumerator")
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    start_interview_typing_age(qtbot, window, "37")
    window.lock()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)

    dialog = window.dialog
    dialog.form.userCombo.setCurrentText("")
    qtbot.keyClicks(dialog.form.userCombo, "bee")
    qtbot.keyClicks(dialog.form.passphraseEdit, OTHER)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    assert window.session.user == "bee"
    assert window.interview is None  # mai's interview is not in bee's session
    window.session.operations.wait(5000)
    drafts = window.session.call(lambda vault: vault.submissions(status="draft"))
    assert [(d.created_by, d.data.get("age")) for d in drafts] == [("mai", 37)]
