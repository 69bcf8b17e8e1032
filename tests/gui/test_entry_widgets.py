"""Entry widgets against the real form engine: cascading selects, multiple choice by
digits, read-only views of saved answers, and editing a final record as a new revision."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lintas.form import Response, load
from lintas.gui.entry.view import EntryView

CASCADE = b"""
| survey |
| | type | name | label | choice_filter | required |
| | select_one country | country | Country | | yes |
| | select_one province | province | Province | country = ${country} | yes |
| | select_multiple help | help | Help received | | |
| choices |
| | list_name | name | label | country |
| | country | KHM | Cambodia | |
| | country | LAO | Lao PDR | |
| | province | battambang | Battambang | KHM |
| | province | siem_reap | Siem Reap | KHM |
| | province | savannakhet | Savannakhet | LAO |
| | help | shelter | Shelter | |
| | help | legal | Legal advice | |
| | help | money | Money | |
| settings |
| | form_id | version |
| | cascade | 1 |
"""


def make_view(qtbot, data=None):
    form = load(CASCADE, filename="cascade.md")
    response = Response.from_json(form, data) if data else Response(form)
    view = EntryView(form, response, None, autosave_seconds=3600)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    view.focus_first()
    return view, response


def key(view, address, key):
    """A key press on the question's own editor, as the clerk's keyboard sends it."""
    QTest.keyClick(view.fields[address].focus_target(), key)


def test_cascading_select_offers_only_the_chosen_countrys_provinces(qtbot):
    view, response = make_view(qtbot)
    key(view, "country", Qt.Key.Key_1)  # Cambodia
    province = view.fields["province"]
    assert [b.choice_name for b in province.box.buttons] == ["battambang", "siem_reap"]
    key(view, "province", Qt.Key.Key_2)
    assert response.get("province") == "siem_reap"
    key(view, "country", Qt.Key.Key_2)  # Lao PDR: the provinces follow
    assert [b.choice_name for b in province.box.buttons] == ["savannakhet"]


def test_digits_toggle_choices_of_a_multiple_select(qtbot):
    view, response = make_view(qtbot)
    for digit in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_1):
        key(view, "help", digit)
    assert response.get("help") == ["money"]


def test_a_saved_response_shows_its_answers(qtbot):
    data = {"country": "LAO", "province": "savannakhet", "help": ["legal"]}
    view, _response = make_view(qtbot, data)
    checked = {
        name: [b.choice_name for b in view.fields[name].box.buttons if b.isChecked()]
        for name in data
    }
    assert checked == {"country": ["LAO"], "province": ["savannakhet"], "help": ["legal"]}
    assert view.problems() == []
