"""Issue 10, office work in the app: Vault → Back up… and Restore from a backup…, over
real vaults in tmp folders, by keyboard offscreen.

Before: the app had no backup and no restore at all (the core's vault.backup was only
reached from the command line), so a supervisor at a border post had none either."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from lintas.gui.dialogs.backup import BackupDialog
from lintas.gui.dialogs.restore import RestoreDialog
from lintas.gui.dialogs.vault_dialogs import UnlockDialog
from lintas.vault import Vault
from tests.cli.test_read_only_media import needs_mount, tmpfs
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_exchange_screens import alt, sign_in, state
from tests.gui.test_keyboard_everywhere import make_vault

ALT = Qt.KeyboardModifier.AltModifier


def status_messages(window) -> list[str]:
    """Every message the status bar shows from now on (a later one may replace it)."""
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    return shown


def opened_backup(qtbot, window) -> BackupDialog:
    window.backup_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupDialog)
    for _ in range(50):  # offscreen Qt may hand the activation back a moment later
        if dialog.isActiveWindow():
            break
        dialog.activateWindow()
        qtbot.wait(100)
    return dialog


def type_into_chooser(qtbot, chooser, path: Path) -> None:
    """Type a path into Qt's file dialog and press Enter, as a person would."""
    edit = chooser.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(chooser.isVisible)
    # Until its folder list has loaded, the dialog selects the folders a typed path
    # passes through and writes them back into the box (seen offscreen: '"/" "tmp"/...').
    qtbot.wait(800)
    edit.clear()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not chooser.isVisible())


def done(qtbot, dialog) -> str:
    qtbot.waitUntil(dialog.action_button.isEnabled, timeout=20000)
    return dialog.summary.toPlainText()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("user", ["mai", "anan"])  # a supervisor and an enumerator
def test_back_up_by_keyboard_and_the_copy_opens(qtbot, window, tmp_path, user):
    path = tmp_path / "vault"
    make_vault(path)
    usb = tmp_path / "usb"
    usb.mkdir()
    sign_in(qtbot, window, path, user)
    dialog = opened_backup(qtbot, window)
    shown = status_messages(window)
    default = Path(dialog.path_row.path)
    assert default.name == f"lintas-backup-Poipet-{time.strftime('%Y-%m-%d')}"
    assert dialog.focusWidget() is dialog.path_row.edit
    # Choose… by keyboard (Tab to it, Space), the file name typed into Qt's own dialog.
    qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.path_row.button
    qtbot.keyClick(dialog.path_row.button, Qt.Key.Key_Space)
    type_into_chooser(qtbot, dialog.path_row.chooser, usb / default.name)
    assert dialog.path_row.path == str(usb / default.name)
    alt(qtbot, dialog, Qt.Key.Key_B)  # &Back up
    text = done(qtbot, dialog)
    backup = usb / default.name
    assert str(backup) in text and "same passphrases" in text
    assert any(str(backup) in message for message in shown)
    assert window.settings.value("backup/folder") == str(usb)  # offered next time
    window.session.operations.wait(5000)
    with Vault.open(backup, user=user, passphrase=PASSPHRASE, read_only=True) as copy:
        assert len(copy.submissions()) == 3
    assert window.session.call(lambda vault: vault.last_backup()) is not None
    # The same name again is refused in place, before any work starts.
    dialog.path_row.edit.setText(str(backup))
    assert dialog.back_up() is None
    assert "exists already" in dialog.summary.toPlainText()
    assert leftovers(usb) == []


def test_cancel_leaves_no_copy_and_says_so(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    sign_in(qtbot, window, path, "mai")
    dialog = opened_backup(qtbot, window)
    shown = status_messages(window)
    target = tmp_path / "stopped"
    dialog.path_row.edit.setText(str(target))
    # Hold the worker so that the copy waits behind it, and Escape on the progress bar
    # is pressed while it waits (a small vault copies faster than a person presses a key).
    gate = threading.Event()
    window.session.run(lambda _vault, _progress: gate.wait(20))
    operation = dialog.back_up()
    assert operation is not None
    qtbot.waitUntil(dialog.progress.isVisible, timeout=5000)
    qtbot.keyClick(dialog.progress, Qt.Key.Key_Escape)
    gate.set()
    text = done(qtbot, dialog)
    assert "cancelled" in text and "No copy" in text
    assert any("cancelled" in message for message in shown)
    assert not target.exists() and leftovers(tmp_path) == []
    assert window.session.call(lambda vault: vault.last_backup()) is None  # not audited


def test_a_missing_folder_is_a_clear_message(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    sign_in(qtbot, window, path, "mai")
    dialog = opened_backup(qtbot, window)
    shown = status_messages(window)
    dialog.path_row.edit.setText(str(tmp_path / "no such stick" / "backup"))
    qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
    text = done(qtbot, dialog)
    assert "does not exist or cannot be written" in text
    assert any("does not exist" in message for message in shown)
    assert "Traceback" not in text and "Something went wrong" not in text


@needs_mount
def test_a_full_stick_leaves_nothing_and_says_what_to_do(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    sign_in(qtbot, window, path, "mai")
    with tmpfs(tmp_path / "stick", "64k") as stick:
        dialog = opened_backup(qtbot, window)
        dialog.path_row.edit.setText(str(stick / "backup"))
        qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
        text = done(qtbot, dialog)
        assert "could not be written" in text and "free space" in text
        assert list(stick.iterdir()) == []
    assert window.session.call(lambda vault: vault.record_problems()) == []


# -- Restore from a backup… ------------------------------------------------------------


def opened_restore(qtbot, window) -> RestoreDialog:
    window.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    for _ in range(50):
        if dialog.isActiveWindow():
            break
        dialog.activateWindow()
        qtbot.wait(100)
    return dialog


def backed_up(tmp_path: Path) -> tuple[Path, Path]:
    """A vault of 3 records and a backup of it made by the core: (vault, backup)."""
    path = tmp_path / "vault"
    make_vault(path)
    (tmp_path / "usb").mkdir()
    with Vault.open(path, user="mai", passphrase=PASSPHRASE) as vault:
        backup = vault.backup(tmp_path / "usb" / "backup")
    return path, backup


def test_restore_then_unlock_the_restored_vault_by_keyboard(qtbot, window, tmp_path):
    path, backup = backed_up(tmp_path)
    sign_in(qtbot, window, path, "mai")
    head = window.session.call(lambda vault: vault.audit_head())
    dialog = opened_restore(qtbot, window)
    shown = status_messages(window)
    assert dialog.focusWidget() is dialog.source_row.edit
    # The backup folder through Choose… (Tab, Space) and Qt's folder dialog.
    qtbot.keyClick(dialog.source_row.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    type_into_chooser(qtbot, dialog.source_row.chooser, backup)
    assert dialog.source_row.path == str(backup)
    target = tmp_path / "restored"
    dialog.target_row.edit.setText(str(target))
    alt(qtbot, dialog, Qt.Key.Key_R)  # &Restore
    text = done(qtbot, dialog)
    assert str(target) in text and "not changed" in text
    assert any(str(target) in message for message in shown)
    assert dialog.unlock_button.isVisible() and dialog.focusWidget() is dialog.unlock_button
    qtbot.keyClick(dialog.unlock_button, Qt.Key.Key_Space)  # Unlock the restored vault…
    unlock = window.dialog
    assert isinstance(unlock, UnlockDialog) and unlock.path == target
    qtbot.keyClicks(unlock.form.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(unlock.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.path == target, timeout=10000)
    assert window.session.call(lambda vault: vault.count()) == 3  # the records are there
    window.session.operations.wait(5000)
    window.session.close()
    with Vault.open(path, user="mai", passphrase=PASSPHRASE, read_only=True) as used:
        assert used.audit_head() == head and used.count() == 3  # the vault in use: as it was


def test_restore_never_writes_over_the_open_vault(qtbot, window, tmp_path):
    path, backup = backed_up(tmp_path)
    sign_in(qtbot, window, path, "mai")
    before = state(path)
    dialog = opened_restore(qtbot, window)
    dialog.source_row.edit.setText(str(backup))
    dialog.target_row.edit.setText(str(path))
    qtbot.keyClick(dialog.target_row.edit, Qt.Key.Key_Return)
    assert "is the vault in use" in dialog.summary.toPlainText()
    taken = tmp_path / "usb"  # not empty: refused too
    dialog.target_row.edit.setText(str(taken))
    assert dialog.restore() is None and "exists already" in dialog.summary.toPlainText()
    assert not dialog.unlock_button.isVisible()
    window.session.operations.wait(5000)
    assert state(path) == before  # not a byte of the vault in use changed


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda b: (b / "vault.db").write_bytes(b"\0" * 100), "damaged"),
        (lambda b: [(b / n).unlink() for n in ("keys.json", "keys.json.prev")], "not a Lintas"),
    ],
)
def test_a_wrong_or_damaged_backup_is_refused_and_nothing_is_written(
    qtbot, window, tmp_path, damage, said
):
    _path, backup = backed_up(tmp_path)
    damage(backup)
    dialog = opened_restore(qtbot, window)  # from the welcome screen: no vault open
    assert not window.session.is_open
    dialog.source_row.edit.setText(str(backup))
    target = tmp_path / "restored"
    dialog.target_row.edit.setText(str(target))
    qtbot.keyClick(dialog.target_row.edit, Qt.Key.Key_Return)
    text = done(qtbot, dialog)
    assert said in text and "Something went wrong" not in text
    assert not target.exists() and leftovers(tmp_path) == []
    assert not dialog.unlock_button.isVisible()


def test_cancel_of_a_restore_copies_nothing(qtbot, window, tmp_path):
    _path, backup = backed_up(tmp_path)
    dialog = opened_restore(qtbot, window)
    dialog.source_row.edit.setText(str(backup))
    target = tmp_path / "restored"
    dialog.target_row.edit.setText(str(target))
    gate = threading.Event()
    window.session.operations.start(lambda _progress: gate.wait(20))
    assert dialog.restore() is not None
    qtbot.waitUntil(dialog.progress.isVisible, timeout=5000)
    qtbot.keyClick(dialog.progress, Qt.Key.Key_Escape)
    gate.set()
    assert "cancelled" in done(qtbot, dialog)
    assert not target.exists() and leftovers(tmp_path) == []
