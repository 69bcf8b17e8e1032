"""Issue 15 point 6 in the app: opening a vault older than the one this computer saw last
shows a warning in the app's language, saying what to do.

Before (95332b6), the desktop app ignored ``Vault.history_warning``: a folder put back from
an older copy (26 records back to 25) opened without a word; only the CLI said so."""

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from lintas.gui.i18n import install_language
from lintas.vault import Vault
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_supervisor_path import make_vault, unlock


def rolled_back_vault(tmp_path):
    folder = tmp_path / "vault"
    make_vault(folder)  # one record; the anchor on this computer is at its head
    shutil.copytree(folder, tmp_path / "old")
    with Vault.open(folder, user="mai", passphrase=PASSPHRASE) as newer:
        newer.void(newer.submissions()[0].uuid, "entered twice by mistake")
    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "old", folder)  # the older copy put back
    return folder


def test_an_older_copy_of_the_vault_is_reported_on_unlock(qtbot, window, tmp_path):
    folder = rolled_back_vault(tmp_path)
    unlock(qtbot, window, folder, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.waitUntil(lambda: getattr(window, "history_box", None) is not None, timeout=5000)
    box = window.history_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "older than the copy this computer saw last time" in box.text()
    assert "find the newest copy" in box.informativeText()
    assert "audit entry" in box.toolTip()  # the core's sentence, for support
    actions = window.session.call(lambda vault: [e.action for e in vault.audit_entries()])
    assert "vault.rollback_seen" in actions


def test_a_vault_as_last_seen_opens_without_the_warning(qtbot, window, tmp_path):
    folder = tmp_path / "vault"
    make_vault(folder)
    unlock(qtbot, window, folder, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    window.session.operations.wait(5000)
    assert getattr(window, "history_box", None) is None


@pytest.mark.parametrize("code", ["th", "my", "vi"])
def test_the_warning_reads_in_the_app_language(qtbot, tmp_path, code):
    from lintas.gui.dialogs.history_warning import history_warning_box

    english = history_warning_box(None, "detail")
    install_language(code)
    try:
        box = history_warning_box(None, "detail")
    finally:
        install_language("en")
    assert box.text() and box.text() != english.text()
    assert box.informativeText() != english.informativeText()
    assert box.windowTitle() != english.windowTitle()
