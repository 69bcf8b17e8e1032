"""A text answer that looks like a phone number blocks finalising until the clerk
explicitly keeps it; that override lands in the audit log."""

import textwrap

from PySide6.QtCore import Qt

from tests.gui.test_clerk_flow import create_vault

REMARKS_FORM = textwrap.dedent(
    """
    | survey |
    | | type | name | label |
    | | text | remarks | Remarks |
    | settings |
    | | form_id | version |
    | | remarks_form | 1 |
    """
).strip()


def run_in_vault(qtbot, window, call):
    results = []
    window.session.run(lambda vault, _progress: call(vault), on_success=results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10000)
    return results[0]


def test_flagged_text_needs_an_explicit_keep(qtbot, window, tmp_path):
    key_dialog = create_vault(qtbot, window, tmp_path)
    qtbot.keyClick(key_dialog.form.confirmCheck, Qt.Key.Key_Space)
    qtbot.keyClick(key_dialog.form.doneButton, Qt.Key.Key_Space)
    form_path = tmp_path / "remarks.md"
    form_path.write_text(REMARKS_FORM, encoding="utf-8")
    window.show_page("new")
    window.new_interview.install(form_path)
    qtbot.waitUntil(lambda: window.new_interview.forms.count() == 1, timeout=10000)
    window.new_interview.forms.setFocus()
    qtbot.keyClick(window.new_interview.forms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    page = window.interview
    page.entry.autosave.stop()
    edit = page.entry.fields["remarks"].edit
    edit.setFocus()
    qtbot.keyClicks(edit, "call her sister on +66 81 234 5678")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert page.response.get("remarks") == "call her sister on +66 81 234 5678"

    page.save("final")
    review = page.entry.review
    assert not review.finalise_button.isEnabled()
    assert not review.keep_flagged.isHidden()
    assert page.uuid is None and not page.saving

    review.keep_flagged.setChecked(True)
    assert review.finalise_button.isEnabled()
    qtbot.mouseClick(review.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=10000)

    actions = run_in_vault(qtbot, window, lambda v: [e.action for e in v.audit_entries()])
    assert "privacy.warning.override" in actions
    status = run_in_vault(qtbot, window, lambda v: v.submission(page.uuid).status)
    assert status == "final"
