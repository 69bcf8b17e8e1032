"""Issue 15 point 3: a free-text answer that holds an identifier is flagged at the field,
as the clerk leaves it, in the app's language and with a one-press Redact (by keyboard).

Before, only the review page flagged it, and in English with raw codes ("id_card") in
every language."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lintas.form import Response, load
from lintas.gui.entry.view import EntryView
from lintas.gui.i18n import APP_LANGUAGES, install_language

FORM = b"""
| survey |
| | type | name | label |
| | text | remarks | Remarks |
| | integer | age | Age |
| | text | workplace | Workplace |
| settings |
| | form_id | version |
| | remarks_form | 1 |
"""
PHONE_AND_PASSPORT = "call her sister on +66 81 234 5678, passport MA1234567"
RAW_CODES = re.compile(r"\b(id_card|passport|phone|email|url|digits)\b")


def make_view(qtbot):
    form = load(FORM, filename="remarks.md")
    response = Response(form)
    view = EntryView(form, response, None, autosave_seconds=3600)
    view.autosave.stop()
    qtbot.addWidget(view)
    with qtbot.waitActive(view):  # focus is only real in the active window
        view.show()
        view.activateWindow()
    view.focus_first()
    return view, response


def type_and_leave(qtbot, view, address, text, key=Qt.Key.Key_Return):
    edit = view.fields[address].edit
    qtbot.keyClicks(edit, text)
    QTest.keyClick(edit, key)


def test_leaving_a_flagged_answer_shows_the_warning_and_enter_redacts(qtbot):
    view, response = make_view(qtbot)
    remarks = view.fields["remarks"]
    type_and_leave(qtbot, view, "remarks", PHONE_AND_PASSPORT)

    assert remarks.text_warning.isVisible()
    message = remarks.text_warning.text()
    assert "a phone number" in message and "a passport number" in message
    assert "Redact" in message and "id_card" not in message
    assert remarks.fix_button.isVisible() and remarks.fix_button.text() == "Redact"
    assert remarks.fix_button.hasFocus()  # the next Enter/Tab stop is the fix

    QTest.keyClick(remarks.fix_button, Qt.Key.Key_Return)
    assert response.get("remarks") == "call her sister on [phone], passport [passport]"
    assert remarks.edit.text() == "call her sister on [phone], passport [passport]"
    assert not remarks.text_warning.isVisible() and not remarks.fix_button.isVisible()
    assert view.fields["age"].edit.hasFocus()
    assert view.dirty and view.text_warnings() == []


def test_tab_keeps_the_answer_and_the_review_lists_it_in_plain_words(qtbot):
    view, response = make_view(qtbot)
    type_and_leave(qtbot, view, "remarks", "her ID 1-2345-67890-12-3")
    remarks = view.fields["remarks"]
    assert "an ID card number" in remarks.text_warning.text()
    QTest.keyClick(remarks.fix_button, Qt.Key.Key_Tab)  # keep it as typed, go on
    assert response.get("remarks") == "her ID 1-2345-67890-12-3"
    assert view.fields["age"].edit.hasFocus()
    assert remarks.text_warning.isVisible()  # still flagged until fixed

    view.show_review()
    lines = [view.review.problems.item(i).text() for i in range(view.review.problems.count())]
    assert lines == [f"(!) Remarks — {remarks.text_warning.text()}"]
    assert "id_card" not in lines[0] and "remarks:" not in lines[0]


def test_an_ordinary_answer_is_not_flagged_and_enter_goes_on(qtbot):
    view, _response = make_view(qtbot)
    type_and_leave(qtbot, view, "remarks", "worked 3 years in Mae Sot, paid 15000 baht")
    assert not view.fields["remarks"].text_warning.isVisible()
    assert view.fields["age"].edit.hasFocus()
    type_and_leave(qtbot, view, "age", "34")
    type_and_leave(qtbot, view, "workplace", "fish market, see aung@example.com")
    assert "an e-mail address" in view.fields["workplace"].text_warning.text()


def test_an_edited_answer_is_checked_again_when_left(qtbot):
    view, _response = make_view(qtbot)
    type_and_leave(qtbot, view, "remarks", "phone 081-234-5678")
    remarks = view.fields["remarks"]
    assert remarks.text_warning.isVisible()
    QTest.keyClick(remarks.fix_button, Qt.Key.Key_Backtab)  # back into the answer
    assert remarks.edit.hasFocus()
    remarks.edit.selectAll()
    type_and_leave(qtbot, view, "remarks", "no phone")
    assert not remarks.text_warning.isVisible()
    assert view.fields["age"].edit.hasFocus()


@pytest.mark.parametrize("code", [c for c in APP_LANGUAGES if c != "en"])
def test_the_warning_reads_in_the_app_language_without_raw_codes(qtbot, code):
    install_language(code)
    try:
        view, _response = make_view(qtbot)
        type_and_leave(qtbot, view, "remarks", "NRC 12/MaYaKa(N)123456 or 0912345678901")
        remarks = view.fields["remarks"]
        message = remarks.text_warning.text()
        button = remarks.fix_button.text()
    finally:
        install_language("en")
    english_view, _ = make_view(qtbot)
    type_and_leave(qtbot, english_view, "remarks", "NRC 12/MaYaKa(N)123456 or 0912345678901")
    english = english_view.fields["remarks"].text_warning.text()
    assert message and message != english
    assert button and button != "Redact"
    assert not RAW_CODES.search(message), message
    assert "an ID card number" not in message and "a long number" not in message
