"""Issue 10: an autosave updates the draft in place; a revision is what a person saved.

Reproduced on main (b9b2169) with a real window over a real vault: a clerk typing one
answer after another, each followed by one autosave (every second in this app), left
after 6 autosaves a draft at revision 6 with 5 history copies and 6 submission entries
in the audit chain; finalising then made revision 7.
"""

from PySide6.QtCore import Qt

from lintas.vault import Vault
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_supervisor_path import make_vault, unlock

SAVES = ("submission.create", "submission.edit", "submission.finalise", "submission.autosave")


def submission_entries(vault, uuid):
    found = [e for e in vault.audit_entries(limit=10_000) if e.subject == uuid]
    return sorted((e for e in found if e.action in SAVES), key=lambda e: e.seq)


def autosave_after_typing(qtbot, window, text):
    """Type ``text`` into the age field, then wait until an autosave has stored it."""
    page = window.interview
    edit = page.entry.fields["age"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.uuid is not None and not page.entry.dirty, timeout=10000)
    qtbot.waitUntil(lambda: not page.saving, timeout=10000)


def test_six_autosaves_keep_one_revision_and_a_persons_save_makes_two(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    window.new_interview.refresh()
    window.new_interview.start()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    page = window.interview
    for age in ("20", "21", "22", "23", "24", "25"):
        autosave_after_typing(qtbot, window, age)
    uuid = page.uuid

    record = window.session.call(lambda vault: vault.submission(uuid))
    history = window.session.call(lambda vault: vault.submission_history(uuid))
    entries = window.session.call(lambda vault: submission_entries(vault, uuid))
    assert record.status == "draft" and record.data["age"] == 25
    assert (record.revision, len(history)) == (1, 0)
    assert [e.action for e in entries] == ["submission.create"]
    assert window.session.call(lambda vault: vault.record_problems()) == []

    # Locking ends the draft session: one entry records what the autosaves left.
    window.lock()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)
    with Vault.open(path, user="mai", passphrase=PASSPHRASE, read_only=True) as vault:
        assert [e.action for e in submission_entries(vault, uuid)] == [
            "submission.create", "submission.autosave"
        ]  # fmt: skip
        assert vault.submission(uuid).revision == 1
        assert vault.record_problems() == [] and vault.audit_verify().ok

    # A new session: autosaves update the same revision again; the clerk's Ctrl+S is a
    # person's save and makes revision 2, after the entry for what the autosaves left.
    dialog = window.dialog
    qtbot.keyClicks(dialog.form.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    autosave_after_typing(qtbot, window, "30")
    assert window.session.call(lambda vault: vault.submission(uuid).revision) == 1
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.entry.fields["age"].edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.session.call(lambda vault: vault.submission(uuid).revision) == 2,
        timeout=10000,
    )
    qtbot.waitUntil(lambda: not page.saving, timeout=10000)
    history = window.session.call(lambda vault: vault.submission_history(uuid))
    assert [(h.revision, h.data["age"]) for h in history] == [(1, 30)]
    assert [e.action for e in window.session.call(lambda v: submission_entries(v, uuid))] == [
        "submission.create", "submission.autosave", "submission.autosave", "submission.edit"
    ]  # fmt: skip
    assert window.session.call(lambda vault: vault.record_problems()) == []
