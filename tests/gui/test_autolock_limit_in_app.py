"""Issue 15 point 10d in the app: an enumerator cannot turn auto-lock off or lengthen it past
the vault's limit; a supervisor sets that limit for everyone (Office > Auto-lock...).

Before, the dialog let any user untick "Lock when idle" and save: auto-lock was off."""

from PySide6.QtCore import Qt

from lintas.gui import main_window
from lintas.vault import Vault
from lintas.vault.autolock import DEFAULT_AUTOLOCK_LIMIT
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_supervisor_path import unlock

BEE = "bee's own quiet passphrase"


def make_vault(path, limit):
    vault, _key = Vault.create(
        path, office="Poipet", user="mai", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with vault:
        vault.add_user("bee", BEE, role="enumerator")
        vault.set_autolock_limit(limit)


def open_as(qtbot, window, path, user, passphrase):
    unlock(qtbot, window, path, user, passphrase)
    qtbot.waitUntil(lambda: window.session.is_open and not window.dialog.isVisible(), timeout=10000)


def test_an_enumerator_can_only_shorten_the_delay(qtbot, window, prefs, tmp_path):
    path = tmp_path / "vault"
    make_vault(path, limit=10)
    prefs.setValue("autolock_minutes", 0)  # "off", as any user could set it before
    open_as(qtbot, window, path, "bee", BEE)
    assert window.autolock_limit == 10
    assert window.idle.minutes == 10  # off is not allowed under a limit: the limit holds

    dialog = window.set_autolock()
    form = dialog.form
    assert form.enabledCheck.isChecked() and not form.enabledCheck.isEnabled()
    assert form.limitSpin.isHidden() and "10 minutes" in form.limitLabel.text()
    form.minutesSpin.setFocus()
    form.minutesSpin.selectAll()
    qtbot.keyClicks(form.minutesSpin, "60")
    assert form.minutesSpin.value() <= 10
    form.minutesSpin.selectAll()
    qtbot.keyClicks(form.minutesSpin, "3")
    qtbot.keyClick(form.minutesSpin, Qt.Key.Key_Return)  # Save is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.idle.minutes == 3
    assert window.session.call(lambda vault: vault.autolock_limit()) == 10  # unchanged


def test_a_supervisor_sets_the_limit_for_everyone(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path, limit=10)
    open_as(qtbot, window, path, "mai", PASSPHRASE)
    dialog = window.set_autolock()
    form = dialog.form
    assert not form.limitSpin.isHidden() and form.limitSpin.value() == 10
    form.limitSpin.setFocus()
    form.limitSpin.selectAll()
    qtbot.keyClicks(form.limitSpin, "0")  # no limit
    assert form.enabledCheck.isEnabled() and form.limitLabel.isHidden()
    qtbot.keyClick(form.limitSpin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.session.operations.wait(5000)
    assert window.session.call(lambda vault: vault.autolock_limit()) == 0
    actions = window.session.call(lambda vault: [e.action for e in vault.audit_entries()])
    assert "autolock.limit" in actions


def test_the_app_default_limit_is_the_vaults():
    assert main_window.DEFAULT_AUTOLOCK_LIMIT == DEFAULT_AUTOLOCK_LIMIT
