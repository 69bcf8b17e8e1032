"""The consent rule: a respondent who has not agreed leaves no record at all.

STANDARDS.md: "consent: yes/no. 'no' ends the interview and nothing is saved".
A form opts in by having a question named ``consent`` (or by naming another
question in the settings column ``consent_question``). While that question is
not answered "yes", nothing of the interview may be stored, not even a draft:
a refusal recorded anywhere is itself information about a person.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lintas.form.errors import Problem, error
from lintas.form.model import Form, Question
from lintas.i18n import tr

CONSENT_SETTING = "consent_question"
CONSENT_NAME = "consent"
AGREED = "yes"


def consent_question(form: Form) -> Question | None:
    """The form's consent question, or None when the form has none."""
    name = form.settings.get(CONSENT_SETTING) or CONSENT_NAME
    try:
        return form.question(name)
    except KeyError:
        return None


def consent_given(form: Form, data: Mapping[str, Any]) -> bool:
    """True when ``data`` (a response's JSON) may be stored under the consent rule."""
    question = consent_question(form)
    if question is None:
        return True
    return data.get(question.key) == AGREED


def consent_problems(form: Form) -> list[Problem]:
    """A consent name used in two groups is refused: which one guards the record?

    Guessing would risk storing an interview whose respondent said no somewhere.
    """
    name = form.settings.get(CONSENT_SETTING) or CONSENT_NAME
    elements = [e for e in form.walk() if e.name == name]
    if len(elements) < 2:
        return []
    keys = ", ".join(e.key for e in elements)
    return [
        error(
            tr(
                "'{name}' is the consent question, and more than one question or group "
                "has that name ({keys}). Lintas cannot tell which answer lets the "
                "interview be stored: rename the others, or name the consent question in "
                "the settings column consent_question.",
                name=name,
                keys=keys,
            ),
            "survey",
            elements[1].row or None,
            "name",
        )
    ]
