"""Issue 10: Home reminds of a backup when the last one is older than the office's
interval (or there never was one); its button starts Back up…, and after a backup the
reminder goes. The interval is a vault setting that a supervisor changes in Back up…;
an enumerator sees the reminder and the interval but cannot change it.

Before: Home said nothing about backups, and there was no backup in the app at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from lintas.gui.dialogs.backup import BackupDialog
from lintas.vault import Vault
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_backup_restore import done
from tests.gui.test_exchange_screens import sign_in
from tests.gui.test_keyboard_everywhere import make_vault


def reminder_shown(qtbot, window, shown: bool) -> None:
    window.go_to("home")
    qtbot.waitUntil(lambda: window.home.reminder.isVisible() is shown, timeout=10000)


def test_never_backed_up_then_the_button_backs_up_and_the_reminder_goes(
    qtbot, window, tmp_path
):
    path = tmp_path / "vault"
    make_vault(path)
    sign_in(qtbot, window, path, "mai")
    reminder_shown(qtbot, window, True)
    home = window.home
    assert "never been backed up" in home.reminder_text.text()
    # The keyboard reaches the button from the page's first control.
    qtbot.waitUntil(home.new_button.hasFocus, timeout=5000)
    qtbot.keyClick(home.new_button, Qt.Key.Key_Tab)
    assert home.backup_button.hasFocus()
    qtbot.keyClick(home.backup_button, Qt.Key.Key_Space)
    dialog = window.dialog
    assert isinstance(dialog, BackupDialog)
    dialog.path_row.edit.setText(str(tmp_path / "backup"))
    qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
    assert "is saved in" in done(qtbot, dialog)
    qtbot.waitUntil(lambda: not home.reminder.isVisible(), timeout=10000)
    dialog.accept()
    reminder_shown(qtbot, window, False)


def test_a_backup_older_than_the_interval_is_reminded_with_its_date(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    with Vault.open(path, user="mai", passphrase=PASSPHRASE) as vault:
        old = datetime.now(UTC) - timedelta(days=8)
        vault._clock = lambda: old.strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # a backup 8 days ago
        vault.backup(tmp_path / "old-backup")
    sign_in(qtbot, window, path, "anan")  # an enumerator is reminded too
    reminder_shown(qtbot, window, True)
    assert str(old.year) in window.home.reminder_text.text()
    assert "last backup" in window.home.reminder_text.text()
    dialog = window.back_up()
    assert dialog is not None and dialog.reminder_days.value() == 7
    # The interval is the supervisor's: greyed out, and it says why.
    assert not dialog.reminder_days.isEnabled() and not dialog.reminder_button.isEnabled()
    assert "Only a supervisor" in dialog.reminder_button.toolTip()
    dialog.reject()


def test_a_supervisor_changes_the_interval_for_every_user(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    sign_in(qtbot, window, path, "mai")
    reminder_shown(qtbot, window, True)
    dialog = window.back_up()
    assert dialog.reminder_days.isEnabled()
    dialog.reminder_days.setFocus()
    dialog.reminder_days.selectAll()
    qtbot.keyClicks(dialog.reminder_days, "0")  # no reminder
    qtbot.keyClick(dialog.reminder_days, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reminder_button
    qtbot.keyClick(dialog.reminder_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "reminder is off" in dialog.summary.toPlainText(), timeout=5000)
    assert window.session.call(lambda vault: vault.backup_reminder_days()) == 0
    entry = window.session.call(lambda vault: vault.audit_entries(5))[0]
    assert entry.action == "backup.reminder" and entry.detail == {"from": 7, "to": 0}
    dialog.accept()
    reminder_shown(qtbot, window, False)
