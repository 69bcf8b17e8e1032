"""The audit paradata in a real interview: keying through the questions by keyboard records
seconds per question name in the saved record, and nothing that was typed."""

import time

from PySide6.QtCore import Qt

from tests.gui.test_clerk_flow import focus, focused_address, type_and_enter
from tests.gui.test_geo_entry import open_interview

FORM = b"""
| survey |
| | type | name | label |
| | audit | audit | |
| | text | village | Village |
| | integer | age | Age |
| settings |
| | form_id | version |
| | audit_entry | 1 |
"""


class Clock:
    def __init__(self):
        self.now = time.monotonic()

    def __call__(self):
        return self.now


def test_seconds_per_question_are_saved_without_what_was_typed(qtbot, window, tmp_path):
    page = open_interview(qtbot, window, tmp_path, FORM, "audit_entry.md")
    assert set(page.entry.fields) == {"village", "age"}  # the audit question has no widget
    clock = Clock()
    page.response.paradata.clock = clock
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "village")
    page.response.paradata.enter("village")  # count from the fake clock's start
    clock.now += 6
    type_and_enter(qtbot, "Ban Mae Ramat")
    assert focused_address(qtbot, window) == "age"
    clock.now += 3
    qtbot.keyClicks(focus(qtbot), "37")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Return)
    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    stored = []
    window.session.run(lambda vault, _p: vault.submission(page.uuid), on_success=stored.append)
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=10000)
    data = stored[0].data
    assert data["village"] == "Ban Mae Ramat" and data["age"] == 37
    names = [pair.split("=")[0] for pair in data["audit"].split(";")]
    assert names[:2] == ["village", "age"], data["audit"]
    seconds = dict(pair.split("=") for pair in data["audit"].split(";"))
    assert float(seconds["village"]) == 6.0 and float(seconds["age"]) == 3.0, data["audit"]
    assert "Ban" not in data["audit"] and "37" not in data["audit"]
