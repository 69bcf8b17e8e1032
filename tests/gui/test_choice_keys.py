"""Choices key as they read (issue 10): the number shown before a choice is the key that
picks it, and where the codes are short numbers the key is the code, as CSPro keys them.

Every choice of every list of the standard survey is keyed in the real widget of the
first question that uses the list, and the code that the widget hands on is checked.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lintas.form import Response, load
from lintas.form.model import Choice, Text
from lintas.gui.entry.choices import ChoiceField, ComboChoiceField
from lintas.gui.entry.keys import choice_keys, keyed_label
from lintas.gui.entry.view import EntryView

WORKBOOK = Path(__file__).resolve().parents[2] / "forms" / "asean_migrant_worker_survey.xlsx"


@pytest.fixture(scope="module")
def form():
    return load(WORKBOOK.read_bytes(), filename=WORKBOOK.name)


@pytest.fixture
def view(qtbot, form):
    view = EntryView(form, Response(form), "English (en)", autosave_seconds=3600)
    qtbot.addWidget(view)
    view.show()
    return view


def first_question_of_each_list(form):
    seen = {}
    for question in form.questions():
        if question.choice_list and question.choice_list not in seen:
            seen[question.choice_list] = question.name
    return seen


def showing_all_choices(field, form):
    """The field as if every choice were on offer (a choice filter narrows some lists)."""
    choices = form.choice_lists[field.question.choice_list].choices
    field.update_choices(type("State", (), {"choices": choices})())
    return choices


def key_of(event_text):
    return getattr(Qt.Key, f"Key_{event_text}")


def test_the_reported_keys_store_the_code_they_read(qtbot, view):
    picked = []
    children = view.fields["dependent_children"]
    children.committed.connect(lambda _address, value: picked.append(value))
    children.box.setFocus()
    qtbot.keyClick(children.box, Qt.Key.Key_3)
    qtbot.keyClick(children.box, Qt.Key.Key_2)
    assert picked == ["3_plus", "2"]  # was "2" ("Two") and "1" ("One")
    assert children.box.buttons[2].text() == "2. Two"
    education = view.fields["education"]
    education.committed.connect(lambda _address, value: picked.append(value))
    qtbot.keyClick(education.box, Qt.Key.Key_3)
    qtbot.keyClick(education.box, Qt.Key.Key_0)
    qtbot.keyClick(education.box, Qt.Key.Key_9)
    assert picked[2:] == ["3", "0", "dk"]  # was "2", "dk" and nothing


def test_every_choice_of_every_list_keys_its_own_code(qtbot, view, form):
    lists = first_question_of_each_list(form)
    keyed = 0
    for list_name, question in lists.items():
        field = view.fields[question]
        choices = showing_all_choices(field, form)
        picked = []
        field.committed.connect(lambda _address, value, into=picked: into.append(value))
        if isinstance(field, ChoiceField):
            keys = choice_keys([c.name for c in choices])
            assert None not in keys, list_name
            assert len(set(keys)) == len(keys), list_name
            field.box.setFocus()
            for choice, key, button in zip(choices, keys, field.box.buttons, strict=True):
                shown = button.text()
                assert shown.startswith(f"{key}.") or shown.startswith(f"[{key}]"), shown
                if field.box.multiple:
                    picked.clear()
                    qtbot.keyClick(field.box, key_of(key))  # ticks it
                    assert choice.name in picked[-1], (list_name, key)
                    qtbot.keyClick(field.box, key_of(key))  # and unticks it again
                else:
                    qtbot.keyClick(field.box, key_of(key))
                    assert picked[-1] == choice.name, (list_name, key, shown)
                keyed += 1
        else:
            assert isinstance(field, ComboChoiceField), question
            edit = field.combo.lineEdit()
            for choice in choices:
                field.combo.setFocus()
                edit.clear()
                qtbot.keyClicks(edit, choice.name)
                assert field.taken_by_enter() == choice.name, (list_name, choice.name)
                qtbot.keyClick(edit, Qt.Key.Key_Return)
                assert picked[-1] == choice.name, (list_name, choice.name)
                keyed += 1
    assert keyed == sum(len(form.choice_lists[n].choices) for n in lists)
    assert QApplication.focusWidget() is not None


@pytest.mark.parametrize(
    ("codes", "keys"),
    [
        (["0", "1", "2", "3_plus", "refused"], ["0", "1", "2", "3", "4"]),
        (["0", "1", "2", "3", "4", "5", "6", "7", "8", "dk"], [*"012345678", "9"]),
        (["yes", "no", "dk"], ["1", "2", "3"]),
        ([f"c{i}" for i in range(10)], [*"1234567890"]),
        (["1", "2", "8", "9", "dk", "refused"], ["1", "2", "8", "9", "0", "3"]),
    ],
)
def test_keys_follow_short_numeric_codes_else_the_place(codes, keys):
    assert choice_keys(codes) == keys


def test_a_label_that_starts_with_another_number_shows_its_key_apart():
    assert keyed_label("2", "Two") == "2. Two"
    assert keyed_label("2", "2 children") == "2. 2 children"
    assert keyed_label("4", "3 or more") == "[4] 3 or more"
    assert keyed_label("4", "๓ คนขึ้นไป") == "[4] ๓ คนขึ้นไป"  # a Thai digit is a number too


def test_a_filtered_list_keeps_each_choices_key(qtbot, form):
    choices = tuple(Choice(name, Text({"English (en)": label})) for name, label in
                    [("yes", "Yes"), ("no", "No"), ("dk", "Don't know")])  # fmt: skip
    consent = next(q for q in form.questions() if q.name == "intends_to_migrate_again")
    field = ChoiceField(consent, "intends_to_migrate_again", "English (en)")
    qtbot.addWidget(field)
    field.all_codes = [c.name for c in choices]
    field.update_choices(type("State", (), {"choices": (choices[0], choices[2])})())
    assert [b.text() for b in field.box.buttons] == ["1. Yes", "3. Don't know"]
    picked = []
    field.committed.connect(lambda _address, value: picked.append(value))
    field.box.setFocus()
    qtbot.keyClick(field.box, Qt.Key.Key_2)  # "No" is not on offer: nothing happens
    qtbot.keyClick(field.box, Qt.Key.Key_3)
    assert picked == ["dk"]
