"""Checking a submission against its form before it is stored.

Identifier answers are refused outright: Lintas never persists a direct
identifier (DESIGN.md, security model); the privacy layer passes a pseudonym
instead. A final submission must pass the form engine's full validation; a
draft only has to be readable as an answer set of its form.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from lintas.errors import LintasError
from lintas.form.consent import consent_given, consent_question
from lintas.form.model import Form
from lintas.limits import check_answers
from lintas.privacy.freetext import identifier_kinds
from lintas.vault.errors import (
    ConsentNotGivenError,
    IdentifierAnswerError,
    ImportRefusedError,
    InvalidSubmissionError,
)
from lintas.vault.import_check import import_check

if TYPE_CHECKING:
    from lintas.form import Response
    from lintas.vault.submissions import Submission

# Ids travel in bundles, file names and audit entries: keep them plain (and never
# "." or "..", which name folders; see valid_id).
SUBMISSION_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
STATUSES = ("draft", "final", "void")


def valid_id(uuid: object) -> bool:
    return isinstance(uuid, str) and bool(SUBMISSION_ID.fullmatch(uuid)) and bool(uuid.strip("."))


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
        raise ConsentNotGivenError(question.key)
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
    return _written(response, data)


def _written(response: Response, data: Mapping[str, Any]) -> dict[str, Any]:
    """What the engine writes of ``data``: every answer in its canonical form.

    Given answers are kept even when the reloaded response finds them not relevant:
    their relevance may read an identifier, which was never stored (serialising).
    """
    from lintas.form.answers import AnswerTypeError
    from lintas.form.serialising import response_to_json

    try:
        return response_to_json(response, given=data)
    except (AnswerTypeError, ValueError) as error:  # a kept calculation of the wrong type
        raise InvalidSubmissionError(
            f"The answers do not fit form '{response.form.form_id}':", [str(error)]
        ) from None


def check_imported(form: Form, record: Submission, *, quick: bool = True) -> None:
    """Raise ImportRefusedError unless ``record`` is one this vault could have saved itself.

    A bundle's signature proves who sent a record, not that it fits its form, so every
    record from elsewhere (a bundle, the demo) passes the checks of a local save:
    limits, keys that are fields of the form and in their place, values typed as their
    questions say (in drafts and void records too), no NaN, consent, no identifier and
    no value worked out from one at any depth, a void reason without identifiers; and
    every answer must be written as the form engine writes it (re-serialised and
    compared), so nothing reaches storage in a shape the engine would not produce.

    Required answers and constraints are not checked again: the sending office checked
    them when the record was made final, and a constraint may read today() (a record
    valid when saved may not be a year later); refusing a whole bundle for that would
    stop an office's exchange.

    ``quick``: first try the form's compiled check (lintas.vault.import_check), which
    accepts only what the engine would; ``False`` always runs the engine (tests
    compare the two).
    """
    if not valid_id(record.uuid):
        uuid = repr(record.uuid)[:80]
        raise ImportRefusedError(uuid, "has an id that is not letters, digits and . _ : -")
    uuid = record.uuid
    if record.status not in STATUSES:
        raise ImportRefusedError(uuid, f"has status {record.status!r}, not draft, final or void")
    if type(record.revision) is not int or record.revision < 1:
        raise ImportRefusedError(uuid, f"has revision {record.revision!r}, not a whole number >= 1")
    for name in ("created_at", "updated_at", "created_by", "updated_by", "office"):
        if not isinstance(getattr(record, name), str):
            raise ImportRefusedError(uuid, f"has no valid '{name}'")
    for name in ("pseudonym", "void_reason"):
        if getattr(record, name) is not None and not isinstance(getattr(record, name), str):
            raise ImportRefusedError(uuid, f"has a '{name}' that is not text")
    if record.void_reason and identifier_kinds(record.void_reason):
        kinds = ", ".join(identifier_kinds(record.void_reason))
        raise ImportRefusedError(uuid, f"has a void reason that looks like it holds {kinds}")
    # The quick way says yes only where the engine's check would (import_check);
    # anything else, and every refusal with its message, comes from the engine.
    if quick and import_check(form).accepts(record.data):
        return
    _check_imported_answers(form, record, uuid)


def _check_imported_answers(form: Form, record: Submission, uuid: str) -> None:
    data = record.data
    try:
        response = response_for(form, data)
        refuse_identifiers(form, data)
    except IdentifierAnswerError as error:
        names = ", ".join(f"'{name}'" for name in error.problems)
        raise ImportRefusedError(
            uuid, f"holds {names}: identifiers and values worked out from them are never stored"
        ) from None
    except ConsentNotGivenError as error:
        raise ImportRefusedError(uuid, f"was not agreed to ({error.message})") from None
    except (InvalidSubmissionError, LintasError) as error:
        problems = getattr(error, "problems", None) or [error.message]
        raise ImportRefusedError(uuid, "does not fit its form: " + _joined(problems)) from None
    found = response.validate(final=False, types_only=True)
    if found:
        named = [
            p.message if p.message.startswith(f"'{p.address}'") else f"'{p.address}': {p.message}"
            for p in found
        ]
        raise ImportRefusedError(uuid, "does not fit its form: " + _joined(named))
    try:
        written = _written(response, data)
    except InvalidSubmissionError as error:
        problem = "does not fit its form: " + _joined(error.problems)
        raise ImportRefusedError(uuid, problem) from None
    difference = _first_difference(data, written, "")
    if difference:
        raise ImportRefusedError(
            uuid, f"holds '{difference}' in a form the engine does not write (not re-serialised)"
        )


def _joined(problems: list[str]) -> str:
    return "; ".join(problem.rstrip(". ") for problem in problems)


def _first_difference(given: Mapping[str, Any], written: Mapping[str, Any], prefix: str) -> str:
    """The address of the first answer in ``given`` that ``written`` does not hold alike.

    ``written`` may hold more (calculations worked out again): only what is given is
    stored, so only that has to be exactly what the engine writes.
    """
    for name in sorted(given):
        value, mine = given[name], written.get(name)
        if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            if not isinstance(mine, list) or len(mine) != len(value):
                return prefix + name
            for index, (item, ours) in enumerate(zip(value, mine, strict=True), start=1):
                found = _first_difference(item, ours, f"{prefix}{name}[{index}]/")
                if found:
                    return found
        elif json.dumps(value, sort_keys=True) != json.dumps(mine, sort_keys=True):
            return prefix + name
    return ""
