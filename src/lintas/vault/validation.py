"""Checking a submission against its form before it is stored.

Identifier answers are refused outright: Lintas never persists a direct
identifier (DESIGN.md, security model); the privacy layer passes a pseudonym
instead. A final submission must pass the form engine's full validation; a
draft only has to be readable as an answer set of its form.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from lintas.errors import LintasError
from lintas.form.consent import consent_given, consent_question
from lintas.form.model import Form
from lintas.vault.errors import (
    ConsentNotGivenError,
    IdentifierAnswerError,
    InvalidSubmissionError,
)


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


def check_submission(form: Form, data: Mapping[str, Any], final: bool) -> None:
    """Raise InvalidSubmissionError with the engine's messages when ``data`` is refused."""
    if not isinstance(data, Mapping):
        raise InvalidSubmissionError("A submission must be a JSON object of answers.", [])
    refuse_identifiers(form, data)
    _refuse_broken_text(data)
    question = consent_question(form)
    if question is not None and not consent_given(form, data):
        raise ConsentNotGivenError(question.name)
    from lintas.form import Response  # the form engine; imported late to keep imports light

    try:
        response = Response.from_json(form, dict(data))
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
    if not final:
        return
    problems = response.validate(final=True)
    if problems:
        raise InvalidSubmissionError(
            "This submission cannot be final; the form reports:",
            [f"{problem.address}: {problem.message}" for problem in problems],
        )
