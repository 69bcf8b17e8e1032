"""Checking a submission against its form before it is stored.

Identifier answers are refused outright: Lintas never persists a direct
identifier (DESIGN.md, security model); the privacy layer passes a pseudonym
instead. A final submission must pass the form engine's full validation; a
draft only has to be readable as an answer set of its form.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from lintas.errors import LintasError
from lintas.form.consent import consent_given, consent_question
from lintas.form.model import Form
from lintas.limits import check_answers
from lintas.vault.errors import (
    ConsentNotGivenError,
    IdentifierAnswerError,
    InvalidSubmissionError,
)

if TYPE_CHECKING:
    from lintas.form import Response


def _keys(data: Mapping[str, Any]) -> Iterator[str]:
    for key, value in data.items():
        yield key
        if isinstance(value, list):
            for item in value:
                if isinstance(item, Mapping):
                    yield from _keys(item)


def refuse_identifiers(form: Form, data: Mapping[str, Any]) -> None:
    """Raise IdentifierAnswerError if ``data`` holds an identifier or a value derived from one."""
    # Identifiers, and values worked out from them (lintas.form.taint), unless the form
    # gives such a value a privacy role of its own (a deliberate derived value).
    found = sorted({key for key in _keys(data) if not form.is_stored(key)})
    if found:
        raise IdentifierAnswerError(found)


def _refuse_broken_text(data: Mapping[str, Any]) -> None:
    # A JSON "\ud800" escape decodes to half a character that no UTF-8 store can hold;
    # refuse it here with a message rather than fail inside the save.
    try:
        json.dumps(dict(data), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidSubmissionError(
            "The answers hold broken text (half of a Unicode character, such as a lone "
            "\\ud800 escape). Correct the text and save again.",
            [],
        ) from None
    except (TypeError, ValueError):
        return  # not plain JSON values: the form engine's check names the answer


def response_for(form: Form, data: Mapping[str, Any]) -> Response:
    """``data`` read as a response of ``form`` (identifier answers included, in memory).

    Raises InvalidSubmissionError, naming the answer, for anything that does not fit:
    a key that is no question of the form, a value of the wrong type, broken text,
    consent not given.
    """
    if not isinstance(data, Mapping):
        raise InvalidSubmissionError("A submission must be a JSON object of answers.", [])
    check_answers(data)  # first: the checks below walk ``data`` and would recurse
    _refuse_broken_text(data)
    question = consent_question(form)
    if question is not None and not consent_given(form, data):
        raise ConsentNotGivenError(question.name)
    from lintas.form import Response  # the form engine; imported late to keep imports light

    try:
        return Response.from_json(form, dict(data))
    except LintasError as error:
        raise InvalidSubmissionError(
            f"The answers do not fit form '{form.form_id}' version '{form.version}':",
            [error.message],
        ) from None
    except (ValueError, TypeError, KeyError) as error:
        raise InvalidSubmissionError(
            f"The answers do not fit form '{form.form_id}' version '{form.version}':",
            [str(error)],
        ) from None


def check_submission(form: Form, data: Mapping[str, Any], final: bool) -> dict[str, Any]:
    """The answers to store: ``data`` validated and written again by the form engine.

    Raises InvalidSubmissionError with the engine's messages when ``data`` is refused.
    The caller stores what this returns, never ``data`` itself: only answers to the
    form's questions, each typed as its question says, can then reach the vault (a
    raw key such as a group's name once carried identifiers into storage).
    """
    response = response_for(form, data)
    refuse_identifiers(form, data)
    if not final:
        problems = response.validate(final=False, types_only=True)
        if problems:
            raise InvalidSubmissionError(
                "Even a draft must hold answers that fit their questions; the form reports:",
                [f"{problem.address}: {problem.message}" for problem in problems],
            )
    else:
        problems = response.validate(final=True)
        if problems:
            raise InvalidSubmissionError(
                "This submission cannot be final; the form reports:",
                [f"{problem.address}: {problem.message}" for problem in problems],
            )
    return response.to_json()
