"""Locations keyed at a desktop, by keyboard: DMS pasted, altitude and accuracy typed,
ranges refused in place; the answer is saved in ODK's format and shown in the record."""

from PySide6.QtCore import Qt

from lintas.gui.pages.records import record_html
from tests.gui.test_clerk_flow import create_vault, focus, focused_address

FORM = b"""
| survey |
| | type | name | label | privacy |
| | geopoint | office | Office location | quasi |
| | geotrace | route | Route taken | quasi |
| | text | remarks | Remarks | |
| settings |
| | form_id | version |
| | geo_entry | 1 |
"""


def open_interview(qtbot, window, tmp_path, form_bytes, filename):
    key_dialog = create_vault(qtbot, window, tmp_path)
    qtbot.keyClick(key_dialog.form.confirmCheck, Qt.Key.Key_Space)
    qtbot.keyClick(key_dialog.form.doneButton, Qt.Key.Key_Space)
    path = tmp_path / filename
    path.write_bytes(form_bytes)
    window.show_page("new")
    window.new_interview.install(path)
    qtbot.waitUntil(lambda: window.new_interview.forms.count() == 1, timeout=20000)
    window.new_interview.forms.setFocus()
    qtbot.keyClick(window.new_interview.forms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=20000)
    return window.interview


def test_a_location_is_typed_checked_saved_and_shown(qtbot, window, tmp_path):
    page = open_interview(qtbot, window, tmp_path, FORM, "geo_entry.md")
    field = page.entry.fields["office"]
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "office")

    # Out of range: refused at the field, nothing set.
    qtbot.keyClicks(focus(qtbot), "95, 100")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Tab)
    assert field.problem.isVisible() and "latitude -90 to 90" in field.problem.text()
    assert page.response.get("office") is None

    # Degrees-minutes-seconds as another tool pastes them, then altitude and accuracy.
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "13°45'30\"N 100°30'15\"E")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert focus(qtbot) is field.altitude
    qtbot.keyClicks(field.altitude, "12")
    qtbot.keyClick(field.altitude, Qt.Key.Key_Tab)
    assert focus(qtbot) is field.accuracy
    qtbot.keyClicks(field.accuracy, "5")
    qtbot.keyClick(field.accuracy, Qt.Key.Key_Tab)
    assert not field.problem.isVisible()
    assert page.response.get("office") == "13.7583333 100.5041667 12 5"

    # A trace: pairs separated by ';'; one pair alone is not a trace.
    route = page.entry.fields["route"]
    assert focus(qtbot) is route.edit
    qtbot.keyClicks(route.edit, "13.75, 100.5")
    qtbot.keyClick(route.edit, Qt.Key.Key_Tab)
    assert "at least two points" in route.problem.text()
    route.edit.setFocus()
    qtbot.keyClicks(route.edit, "; 13.76, 100.51")
    qtbot.keyClick(route.edit, Qt.Key.Key_Tab)
    assert page.response.get("route") == "13.75 100.5 0 0;13.76 100.51 0 0"

    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    stored = []
    window.session.run(
        lambda vault, _p: (vault.submission(page.uuid), vault.form("geo_entry")),
        on_success=stored.append,
    )
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=10000)
    record, form = stored[0]
    assert record.data["office"] == "13.7583333 100.5041667 12 5"
    shown = record_html(record, form, lambda text: text)
    assert "Office location" in shown and "13.7583333 100.5041667 12 5" in shown

    # Reopened, the editor shows the pair, altitude and accuracy again.
    field.apply_state(page.response.state("office"))
    assert (field.edit.text(), field.altitude.text(), field.accuracy.text()) == (
        "13.7583333, 100.5041667", "12", "5",
    )  # fmt: skip


def test_this_offices_location_is_one_key_press_away(qtbot, window, tmp_path):
    key_dialog = create_vault(qtbot, window, tmp_path)
    qtbot.keyClick(key_dialog.form.confirmCheck, Qt.Key.Key_Space)
    qtbot.keyClick(key_dialog.form.doneButton, Qt.Key.Key_Space)
    window.session.call(lambda vault: vault.set_office_location("16°42'N 98°34'E"))
    path = tmp_path / "geo_entry.md"
    path.write_bytes(FORM)
    window.show_page("new")
    window.new_interview.install(path)
    qtbot.waitUntil(lambda: window.new_interview.forms.count() == 1, timeout=20000)
    window.new_interview.forms.setFocus()
    qtbot.keyClick(window.new_interview.forms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=20000)
    page = window.interview
    field = page.entry.fields["office"]
    assert field.office_button.isVisibleTo(field)
    assert page.entry.fields["route"].office_button is None  # a trace has no such offer
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "office")
    for _ in range(3):  # altitude, accuracy, then the office button
        qtbot.keyClick(focus(qtbot), Qt.Key.Key_Tab)
    assert focus(qtbot) is field.office_button
    qtbot.keyClick(field.office_button, Qt.Key.Key_Return)
    assert page.response.get("office") == "16.7 98.5666667 0 0"
    assert field.edit.text() == "16.7, 98.5666667"
