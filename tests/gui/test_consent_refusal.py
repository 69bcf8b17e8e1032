"""A respondent who declines leaves nothing behind: no draft, no autosave, no record."""

from PySide6.QtCore import Qt

from lintas.paths import forms_dir
from tests.gui.test_clerk_flow import create_vault

STANDARD_FORM = forms_dir() / "asean_migrant_worker_survey.xlsx"


def open_standard_interview(qtbot, window, tmp_path):
    key_dialog = create_vault(qtbot, window, tmp_path)
    qtbot.keyClick(key_dialog.form.confirmCheck, Qt.Key.Key_Space)
    qtbot.keyClick(key_dialog.form.doneButton, Qt.Key.Key_Space)
    window.show_page("new")
    window.new_interview.install(STANDARD_FORM)
    qtbot.waitUntil(lambda: window.new_interview.forms.count() == 1, timeout=20000)
    window.new_interview.forms.setFocus()
    qtbot.keyClick(window.new_interview.forms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=20000)
    return window.interview


def stored_count(qtbot, window):
    counts = []
    window.session.run(lambda vault, _progress: vault.count(), on_success=counts.append)
    qtbot.waitUntil(lambda: len(counts) == 1, timeout=10000)
    return counts[0]


def test_a_refusal_is_discarded_and_never_saved(qtbot, window, tmp_path):
    page = open_standard_interview(qtbot, window, tmp_path)
    page.response.set("consent", "no")
    page.entry.dirty = True

    page.save("autosave")
    page.save("draft")
    assert not page.saving
    assert "Nothing is saved" in page.entry.status.text()
    assert stored_count(qtbot, window) == 0

    closed = []
    page.closed.connect(lambda: closed.append(True))
    page.put_away()
    assert closed == [True]
    assert stored_count(qtbot, window) == 0


def test_with_consent_a_draft_is_saved(qtbot, window, tmp_path):
    page = open_standard_interview(qtbot, window, tmp_path)
    page.response.set("consent", "yes")
    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    assert stored_count(qtbot, window) == 1
