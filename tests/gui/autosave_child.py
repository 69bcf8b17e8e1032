"""A clerk's app that gets killed: run by test_autosave_survives_a_kill.py, never by pytest.

It unlocks a vault, starts an interview, types an answer the way a clerk does,
prints TYPED and keeps running until the test kills it with SIGKILL.
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lintas.gui.app import build_window


def idle(app):
    # QTest.qWait keeps the GIL while it waits, which starves the vault's worker
    # thread (the unlock then took 15-20 s instead of well under one); sleeping in
    # Python lets the worker run, the way the app's own event loop does.
    app.processEvents()
    time.sleep(0.05)


def wait_for(app, condition, what, seconds=60.0):
    for _ in range(int(seconds * 20)):
        if condition():
            return
        idle(app)
    raise SystemExit(f"timed out waiting for {what}")


def main(vault_path, user, passphrase, settings_file, form_id, text):
    prefs = QSettings(settings_file, QSettings.Format.IniFormat)
    window = build_window("en", prefs=prefs, autosave_seconds=1)
    app = QApplication.instance()
    window.show()
    dialog = window.unlock(vault_path)
    dialog.form.userCombo.setCurrentText("")
    QTest.keyClicks(dialog.form.userCombo, user)
    QTest.keyClicks(dialog.form.passphraseEdit, passphrase)
    QTest.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    wait_for(app, lambda: window.session.is_open, "the unlock")
    window.start_interview(form_id, "")
    wait_for(app, lambda: window.interview is not None, "the interview")
    edit = window.interview.entry.fields["remarks"].edit
    edit.setFocus()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    print("TYPED", flush=True)
    while True:  # the clerk keeps working until the power goes
        idle(app)


if __name__ == "__main__":
    main(*sys.argv[1:])
