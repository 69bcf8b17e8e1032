"""A supervisor's path: unlock, void a record with a reason, change the passphrase,
lock, and unlock with the new passphrase (the old one is refused)."""

from PySide6.QtCore import Qt

from lintas.gui.demo_form import DEMO_FORM_ID, demo_form_bytes
from lintas.gui.dialogs.admin import ChangePassphraseDialog
from lintas.gui.dialogs.vault_dialogs import UnlockDialog
from lintas.gui.dialogs.void_reason import VoidReasonDialog
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "four quiet rivers at dawn"
ANSWERS = {
    "sex": "female",
    "age": 29,
    "citizenship": "KHM",
    "worked_abroad": "no",
    "consent_kept": "OK",
}


def make_vault(path, keep=None):
    vault, key = Vault.create(
        path, office="Poipet", user="mai", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    if keep is not None:
        keep.append(key)
    with vault:
        vault.install_form(demo_form_bytes(), filename="demo.md")
        return vault.save_submission(DEMO_FORM_ID, ANSWERS, status="final").uuid


def unlock(qtbot, window, path, user, passphrase):
    dialog = window.unlock(path)
    assert isinstance(dialog, UnlockDialog)
    dialog.form.userCombo.setCurrentText("")
    qtbot.keyClicks(dialog.form.userCombo, user)
    qtbot.keyClicks(dialog.form.passphraseEdit, passphrase)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    return dialog


def test_supervisor_voids_changes_passphrase_and_unlocks_again(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    uuid = make_vault(path)

    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    # The session is open a moment before the window shows its workspace (and Home);
    # wait for it, or Home replaces Records below.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    assert window.session.is_supervisor

    # -- void the record, with a reason
    window.show_page("records")
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1, timeout=5000)
    window.records.table.selectRow(0)
    window.records.void_current()
    dialog = window.records.dialog
    assert isinstance(dialog, VoidReasonDialog)
    qtbot.keyClick(dialog.form.voidButton, Qt.Key.Key_Space)  # no reason yet: refused
    assert dialog.isVisible() and dialog.form.errorLabel.text()
    qtbot.keyClicks(dialog.form.reasonEdit, "Interviewed twice; duplicate of an earlier record.")
    qtbot.keyClick(dialog.form.voidButton, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (
            window.records.model.rowCount() == 1 and window.records.model.row_at(0).status == "void"
        ),
        timeout=10000,
    )
    record = window.session.call(lambda vault: vault.submission(uuid))
    assert record.void_reason == "Interviewed twice; duplicate of an earlier record."

    # -- change the passphrase
    dialog = window.change_passphrase()
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.keyClicks(dialog.form.currentEdit, PASSPHRASE)
    qtbot.keyClicks(dialog.form.newEdit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.form.confirmEdit, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.form.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10000)

    # -- lock (as auto-lock does); the old passphrase no longer opens the vault
    window.lock()
    assert not window.session.is_open
    dialog = window.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.form.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "mai" in dialog.form.errorLabel.text(), timeout=10000)
    assert not window.session.is_open and dialog.isVisible()

    dialog.form.passphraseEdit.clear()
    qtbot.keyClicks(dialog.form.passphraseEdit, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    assert window.session.user == "mai"


def test_auto_lock_keeps_the_open_interview(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    window.new_interview.refresh()
    window.new_interview.start()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    window.interview.entry.fields["age"].edit.setFocus()
    qtbot.keyClicks(window.interview.entry.fields["age"].edit, "41")

    window.idle.set_minutes(0.001)  # 60 ms of quiet
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)
    assert window.interview is not None and window.interview.response.get("age") == 41

    dialog = window.dialog
    qtbot.keyClicks(dialog.form.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    window.idle.set_minutes(0)
    # What was typed before the lock is saved as a draft once the vault is open again.
    qtbot.waitUntil(lambda: window.interview.uuid is not None, timeout=10000)
    draft = window.session.call(lambda vault: vault.submission(window.interview.uuid))
    assert draft.status == "draft" and draft.data["age"] == 41


def test_supervisor_edits_a_final_record_as_a_new_revision(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    uuid = make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    window.show_page("records")
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1, timeout=5000)
    window.records.table.selectRow(0)
    window.records.edit_current()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    qtbot.waitUntil(window.isActiveWindow)  # Ctrl+S is a shortcut of the active window
    age = window.interview.entry.fields["age"].edit
    assert age.text() == "29"
    age.selectAll()
    qtbot.keyClicks(age, "30")
    qtbot.keyClick(age, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.session.call(lambda vault: vault.submission(uuid).revision) == 2,
        timeout=10000,
    )
    record = window.session.call(lambda vault: vault.submission(uuid))
    assert (record.revision, record.status, record.data["age"]) == (2, "final", 30)
    history = window.session.call(lambda vault: vault.submission_history(uuid))
    assert [old.data["age"] for old in history if old.revision == 1] == [29]


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    keys = []
    make_vault(path, keys)
    dialog = window.recover(path)
    qtbot.keyClicks(dialog.form.keyEdit, keys[0])
    qtbot.keyClicks(dialog.form.userEdit, "mai")
    qtbot.keyClicks(dialog.form.newEdit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.form.confirmEdit, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.form.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10000)
    unlock(qtbot, window, path, "mai", NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
