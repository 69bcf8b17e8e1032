"""Type-ahead in long lists (issue 10): what the popup shows and what Enter picks are the
same thing, codes and names match in the form language and in English, and one Enter
both picks and moves on. Keyed in the real entry view of the standard survey."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lintas.form import Response, load
from lintas.gui.entry.fields import FieldWidget
from lintas.gui.entry.view import EntryView

WORKBOOK = Path(__file__).resolve().parents[2] / "forms" / "asean_migrant_worker_survey.xlsx"


@pytest.fixture(scope="module")
def form():
    return load(WORKBOOK.read_bytes(), filename=WORKBOOK.name)


def focused_address():
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, FieldWidget):
        widget = widget.parentWidget()
    return widget.address if widget is not None else None


# Answers that make each list's question apply (the survey's skips).
OPENING = {"consent": "yes", "flow_type": "inbound", "age_years": 30, "has_job": "yes"}


def open_at(qtbot, form, language, name, answers=OPENING):
    response = Response(form)
    for question, value in answers.items():
        response.set(question, value)
    view = EntryView(form, response, language, autosave_seconds=3600)
    qtbot.addWidget(view)
    view.show()
    field = view.fields[name]
    choices = form.choice_lists[field.question.choice_list].choices
    field.update_choices(type("State", (), {"choices": choices})())
    view.focus_field(field)
    qtbot.waitUntil(lambda: focused_address() == name)
    return view, response, field


def shown_rows(field):
    return [field.matches.item(i).text() for i in range(field.matches.count())]


def key_in(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.mark.parametrize(
    ("language", "name", "typed", "first_row", "code"),
    [
        ("English (en)", "industry", "T", "T – Activities of households as employers", "T"),
        ("English (en)", "occupation_major", "9", "9 – Elementary occupations", "9"),
        ("Thai (th)", "citizenship", "Thai", "THA – ไทย  (Thailand)", "THA"),
        ("Thai (th)", "previous_residence", "mala", "MYS – มาเลเซีย  (Malaysia)", "MYS"),
        ("Burmese (my)", "earnings_currency", "baht", "THB – ထိုင်း ဘတ်  (Baht)", "THB"),
        ("English (en)", "citizenship", "viet", "VNM – Viet Nam", "VNM"),
    ],
)
def test_enter_takes_the_highlighted_row_and_moves_on(
    qtbot, form, language, name, typed, first_row, code
):
    _view, response, field = open_at(qtbot, form, language, name)
    key_in(qtbot, typed)
    assert field.matches.isVisible()
    rows = shown_rows(field)
    assert rows[0].startswith(first_row), rows[:5]
    assert field.matches.currentRow() == 0  # the row Enter takes is marked
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert response.get(name) == code
    assert not field.matches.isVisible()
    assert focused_address() not in (None, name)  # one Enter picked and moved on


def test_one_letter_does_not_list_every_label_that_contains_it(qtbot, form):
    _view, _response, field = open_at(qtbot, form, "English (en)", "industry")
    key_in(qtbot, "T")
    rows = shown_rows(field)
    # T itself, then sections whose name or a word starts with T; not "Agriculture" or "Mining".
    assert all(
        r.startswith("T –") or any(w.lower().startswith("t") for w in r.split("–", 1)[1].split())
        for r in rows
    ), rows
    assert not any("Agriculture" in r or "Mining" in r for r in rows)


def test_arrows_move_the_highlight_and_enter_takes_that_row(qtbot, form):
    _view, response, field = open_at(qtbot, form, "English (en)", "industry")
    key_in(qtbot, "T")
    second = shown_rows(field)[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert field.matches.currentRow() == 1
    assert focused_address() == "industry"  # the arrow stayed in the field
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert response.get("industry") == second.split(" –")[0]


def test_a_text_that_finds_nothing_says_so_and_enter_stays(qtbot, form):
    _view, response, field = open_at(qtbot, form, "English (en)", "citizenship")
    key_in(qtbot, "zzqx")
    assert shown_rows(field) == ["No choice matches."]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert focused_address() == "citizenship"
    assert field.problem.isVisible() and "Pick one" in field.problem.text()
    assert response.get("citizenship") is None


def test_a_sub_major_group_is_found_by_its_code_after_the_filter(qtbot, form):
    _view, response, field = open_at(
        qtbot, form, "English (en)", "occupation_submajor", {**OPENING, "occupation_major": "9"}
    )
    key_in(qtbot, "9")
    rows = shown_rows(field)
    assert rows and all(r.startswith("9") for r in rows[:6]), rows[:8]
    key_in(qtbot, "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert response.get("occupation_submajor") == "93"
