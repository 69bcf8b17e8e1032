"""A Buddhist Era year is offered as the Gregorian year, which is stored (issue 14)."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lintas.form import Response, load
from lintas.gui.entry.view import EntryView

FORM = b"""
| survey |
| | type | name | label | constraint |
| | integer | year_of_departure_or_arrival | Year | . <= 2030 |
| | integer | age_years | Age | |
| settings |
| | form_id | version |
| | years | 1 |
"""


def make_view(qtbot):
    form = load(FORM, filename="years.md")
    response = Response(form)
    view = EntryView(form, response, None, autosave_seconds=3600)
    qtbot.addWidget(view)
    view.show()
    view.focus_first()
    return view, response


def test_a_buddhist_era_year_is_offered_and_the_gregorian_year_is_stored(qtbot):
    view, response = make_view(qtbot)
    field = view.fields["year_of_departure_or_arrival"]
    be_year = date.today().year - 2 + 543
    QTest.keyClicks(field.focus_target(), str(be_year))
    assert field.year_offer is not None and field.year_offer.isVisibleTo(view)
    gregorian = be_year - 543
    assert str(gregorian) in field.year_offer.text()
    QTest.mouseClick(field.year_offer, Qt.MouseButton.LeftButton)
    assert response.get("year_of_departure_or_arrival") == gregorian
    assert field.focus_target().text() == str(gregorian)
    assert not field.year_offer.isVisibleTo(view)


def test_a_gregorian_year_gets_no_offer_and_ages_are_never_checked(qtbot):
    view, response = make_view(qtbot)
    field = view.fields["year_of_departure_or_arrival"]
    QTest.keyClicks(field.focus_target(), str(date.today().year))
    assert not field.year_offer.isVisibleTo(view)
    assert response.get("year_of_departure_or_arrival") == date.today().year
    assert view.fields["age_years"].year_offer is None
