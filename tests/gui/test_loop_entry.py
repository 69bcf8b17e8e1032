"""A loop in a real interview: one labelled copy of its questions per choice, keyed by keyboard."""

from PySide6.QtCore import Qt

from tests.gui.test_clerk_flow import focus, focused_address
from tests.gui.test_geo_entry import open_interview

FORM = b"""
| survey |
| | type | name | label | privacy |
| | begin loop over toilets | toilet | Toilets | |
| | integer | number | How many %(label)s? | quasi |
| | end loop | | | |
| choices |
| | list_name | name | label |
| | toilets | pit | Pit latrine |
| | toilets | flush | Flush toilet |
| settings |
| | form_id | version |
| | loop_entry | 1 |
"""


def test_each_choice_gets_its_question_and_enter_goes_through_them(qtbot, window, tmp_path):
    page = open_interview(qtbot, window, tmp_path, FORM, "loop_entry.md")
    fields = page.entry.fields
    assert list(fields) == ["number__pit", "number__flush"]
    assert fields["number__flush"].label.text().startswith("How many Flush toilet?")
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "number__pit")
    qtbot.keyClicks(focus(qtbot), "2")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Return)
    assert focused_address(qtbot, window) == "number__flush"
    qtbot.keyClicks(focus(qtbot), "1")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Return)
    assert page.response.to_json() == {"number__pit": 2, "number__flush": 1}
    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
