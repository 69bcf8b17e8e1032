"""The search() appearance in the real entry view: the choices a typed value finds in the
form's CSV change as the value changes, a digit key picks one, and its code is saved."""

from PySide6.QtCore import Qt

from tests.gui.test_clerk_flow import focus, focused_address
from tests.gui.test_geo_entry import open_interview

FORM = b"""
| survey |
| | type | name | label | appearance |
| | text | q | Part of the fruit's name | |
| | select_one fruits | fruit | Fruit | search('fruits', 'contains', 'label', ${q}) |
| choices |
| | list_name | name | label |
| | fruits | name | label |
| settings |
| | form_id | version |
| | search_entry | 1 |
"""
FRUITS = b"name,label\nmango,Mango\npapaya,Papaya\nmelon,Melon\nlemon,Lemon\n"


def offered(field):
    return [button.text() for button in field.box.buttons]


def test_search_choices_follow_the_typed_value_and_the_code_is_saved(qtbot, window, tmp_path):
    from lintas.form.package import make_package

    package = make_package(FORM, "search_entry.md", {"fruits.csv": FRUITS})
    page = open_interview(qtbot, window, tmp_path, package, "search_entry.zip")
    fruit = page.entry.fields["fruit"]
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "q")
    qtbot.keyClicks(focus(qtbot), "MA")  # case does not matter, as in ODK Collect
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.response.get("q") == "MA")
    qtbot.waitUntil(lambda: offered(fruit) == ["1. Mango"])

    # A new value: the rows it finds replace the old ones.
    edit = page.entry.fields["q"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "on")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.response.get("q") == "on")
    # Keys stay those of the whole file's list, as for any choice filter.
    qtbot.waitUntil(lambda: offered(fruit) == ["3. Melon", "4. Lemon"])
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "fruit")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_4)
    assert page.response.get("fruit") == "lemon"  # the CSV's name column, not the label

    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    stored = []
    window.session.run(lambda vault, _p: vault.submission(page.uuid), on_success=stored.append)
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=10000)
    assert stored[0].data == {**stored[0].data, "q": "on", "fruit": "lemon"}
