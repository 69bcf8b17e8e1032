"""${last-saved#name} in the app: the next interview starts from the last saved record."""

from PySide6.QtCore import Qt

from tests.gui.test_clerk_flow import focus, focused_address
from tests.gui.test_geo_entry import open_interview

FORM = b"""
| survey |
| | type | name | label | default |
| | text | post | Border post | ${last-saved#post} |
| | integer | n | Number | |
| settings |
| | form_id | version |
| | last_saved_entry | 1 |
"""


def test_the_next_interview_starts_with_the_last_saved_answer(qtbot, window, tmp_path):
    page = open_interview(qtbot, window, tmp_path, FORM, "last_saved.md")
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "post")
    assert page.entry.fields["post"].edit.text() == ""
    qtbot.keyClicks(focus(qtbot), "Mae Sot")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Return)
    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    page.put_away()
    qtbot.waitUntil(lambda: window.interview is None or window.interview is not page, timeout=10000)

    window.show_page("new")
    window.new_interview.forms.setFocus()
    qtbot.keyClick(window.new_interview.forms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview not in (None, page), timeout=20000)
    second = window.interview
    assert second.response.get("post") == "Mae Sot"
    assert second.entry.fields["post"].edit.text() == "Mae Sot"
