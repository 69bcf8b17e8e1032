"""Typing the usual name of a corridor country finds it in any language's app (issue 14)."""

from pathlib import Path

import pytest

from lintas.form import Response, load
from lintas.gui.entry.view import EntryView

WORKBOOK = Path(__file__).resolve().parents[2] / "forms" / "asean_migrant_worker_survey.xlsx"


@pytest.fixture(scope="module")
def form():
    return load(WORKBOOK.read_bytes(), filename=WORKBOOK.name)


def country_field(qtbot, form, language):
    view = EntryView(form, Response(form), language, autosave_seconds=3600)
    qtbot.addWidget(view)
    field = view.fields["destination_country"]
    field.update_choices(type("State", (), {"choices": form.choice_lists["country"].choices})())
    return field


@pytest.mark.parametrize(
    "language", ["English (en)", "Thai (th)", "Vietnamese (vi)", "Burmese (my)"]
)
def test_the_usual_names_find_the_country(qtbot, form, language):
    field = country_field(qtbot, form, language)
    assert field.choice_for_text("Campuchia") == "KHM"
    assert field.choice_for_text("Hàn Quốc") == "KOR"
    assert field.choice_for_text("Thai") == "THA"
    assert field.choice_for_text("Tiongkok") == "CHN"
    assert field.choice_for_text("พม่า") == "MMR"


def test_the_type_ahead_matches_other_names_and_shows_the_label(qtbot, form):
    field = country_field(qtbot, form, "Thai (th)")
    field.combo.lineEdit().setText("Campuchia")
    field._on_edited("Campuchia")
    assert field.matches.count() == 1
    assert field.matches.item(0).text() == "KHM – กัมพูชา  (Campuchia)"
