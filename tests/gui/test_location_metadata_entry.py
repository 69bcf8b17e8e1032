"""start-geopoint and background-geopoint in the real entry view: no widget, the office
location recorded when the interview opens and when the trigger question is answered by
keyboard, saved in the vault and shown in the record view."""

from PySide6.QtCore import Qt

from lintas.gui.pages.records import record_html
from tests.gui.test_clerk_flow import create_vault, focus, focused_address

FORM = b"""
| survey |
| | type | name | label | trigger | privacy |
| | start-geopoint | started_at | Where it started | | quasi |
| | text | village | Village | | |
| | background-geopoint | village_at | Where the village was given | ${village} | quasi |
| | text | remarks | Remarks | | |
| settings |
| | form_id | version |
| | location_entry | 1 |
"""
OFFICE = "16.7 98.5666667 0 0"


def test_the_office_location_is_recorded_at_start_and_on_the_trigger(qtbot, window, tmp_path):
    key_dialog = create_vault(qtbot, window, tmp_path)
    qtbot.keyClick(key_dialog.form.confirmCheck, Qt.Key.Key_Space)
    qtbot.keyClick(key_dialog.form.doneButton, Qt.Key.Key_Space)
    window.session.call(lambda vault: vault.set_office_location("16°42'N 98°34'E"))
    path = tmp_path / "location_entry.md"
    path.write_bytes(FORM)
    window.show_page("new")
    window.new_interview.install(path)
    qtbot.waitUntil(lambda: window.new_interview.forms.count() == 1, timeout=20000)
    window.new_interview.forms.setFocus()
    qtbot.keyClick(window.new_interview.forms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=20000)
    page = window.interview
    assert set(page.entry.fields) == {"village", "remarks"}  # nothing to type for a place
    assert page.response.get("started_at") == OFFICE
    assert page.response.get("village_at") is None
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "village")
    qtbot.keyClicks(focus(qtbot), "Ban Mai")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.response.get("village") == "Ban Mai")
    assert page.response.get("village_at") == OFFICE

    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    stored = []
    window.session.run(
        lambda vault, _p: (vault.submission(page.uuid), vault.form("location_entry")),
        on_success=stored.append,
    )
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=10000)
    record, form = stored[0]
    assert (record.data["started_at"], record.data["village_at"]) == (OFFICE, OFFICE)
    shown = record_html(record, form, lambda text: text)
    assert "Where the village was given" in shown and OFFICE in shown
