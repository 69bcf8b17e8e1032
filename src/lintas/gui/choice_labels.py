"""Choice labels for answers stored as codes: what a reader sees instead of "MMR".

Shared by the Home charts, the Records table and the record view, so that the
same code reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

Labels = dict[str, dict[str, str]]  # question key -> choice name -> label


def labels_by_question(form: Any, language: str | None, names: Collection[str] = ()) -> Labels:
    """For each select question (those in ``names``, or all), its choices' labels.

    ``language`` is one of the form's languages (``i18n.form_language_for``);
    a choice without a label there shows the default language's, then its name.
    Questions come in the form's order. Calculations whose codes come from a list
    (lintas.form.calculated_lists) get that list's labels too.
    """
    from lintas.form.calculated_lists import calculated_labels

    found: Labels = {}
    for question in form.questions():
        if names and question.key not in names:
            continue
        choices = form.choice_lists.get(question.choice_list) if question.choice_list else None
        if choices is not None:
            found[question.key] = {c.name: c.label.get(language) or c.name
                                    for c in choices.choices}  # fmt: skip
    calculated = calculated_labels(form, language)
    for question in form.questions():
        if question.key in calculated and (not names or question.key in names):
            found[question.key] = calculated[question.key]
    return found


def shown(value: Any, choices: dict[str, str]) -> str:
    """An answer as a reader sees it: labels for codes, lists joined with commas."""
    values = value if isinstance(value, list) else [value]
    return ", ".join(choices.get(v, str(v)) if isinstance(v, str) else str(v) for v in values)
