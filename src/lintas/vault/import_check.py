"""A quick way through the import check, compiled once per form version.

``validation.check_imported`` reads every record into the form engine: a full
response is built, its expressions evaluated, validated and written out again, then
compared with what was given. That is about 250 us a record, ten times the cost of
storing it. Most records do not need it: for a form whose logic cannot change the
verdict, every step of that check can be decided from the form's questions alone.

:meth:`ImportCheck.accepts` says True only when the engine's check would accept the
record too; anything it is not sure of (a repeat, a question whose choices or
computed value depend on other answers, any refusal) returns False, and the caller
runs the engine's full check, which gives the verdict and its message. So this
never lets through what the engine refuses; it only skips the engine where the
engine would accept. Why that holds, step by step (the engine's code in brackets):

- Keys: each must be a question of the form outside any repeat, not a group or a
  note, and stored (not an identifier nor worked out from one) [serialising._load,
  validation.refuse_identifiers].
- Values: one plain value (a list only for select_multiple), finite numbers, empty
  for the never-filled metadata [serialising._refuse_unfit_value, _load].
- The loaded text: ``to_text`` of the value, or for a calculated or defaulted
  question the saved text [_load]. Loading clears every other answer and every
  default, and no repeat instance exists without a repeat key when the form has no
  repeat_count, so the rest of the response is empty except for calculations.
- Validation (types only) checks relevant answers; this checks every given answer
  as if relevant, which is stricter. A calculation that was not given is worked
  out by the engine; the form qualifies only if each such value is plain text (no
  type, no choices), which validation can never refuse.
- Written back, a given answer is ``to_value`` of its loaded text whether or not it
  is relevant: a non-relevant answer is held aside and written back as loaded
  [evaluation._value, serialising._children_to_json]. A calculated answer given
  empty would be worked out again, so it is left to the engine.
- The written value must be the given one as JSON [validation._first_difference].

tests/vault/test_import_check.py compares both ways over many forms and records.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from lintas.errors import LintasError
from lintas.form.answers import AnswerTypeError, to_text, to_value, value_kind
from lintas.form.consent import AGREED, consent_question
from lintas.form.keys import walk_elements
from lintas.form.model import Element, Form, Group, Question
from lintas.form.paradata import AUDIT_TYPE
from lintas.form.per_form import PerForm
from lintas.form.serialising import _saved_text
from lintas.form.types import EMPTY_METADATA
from lintas.limits import MAX_ANSWERS, MAX_REPEAT_INSTANCES, MAX_TEXT_CHARS, _check_digits

# Value kinds whose text validation takes as it is (no conversion, no choices).
_PLAIN_KINDS = frozenset({"calculate", "text", "hidden"})
# Answers already found to fit, per form: most answers are codes that recur. Kept
# small (a few hundred KiB at most), so that memory stays flat over a large import.
_SEEN_MAX = 4096
_SEEN_LONGEST = 64  # characters of a text, or choices of a list, worth remembering


@dataclass(frozen=True)
class _Field:
    question: Question
    saved_as_is: bool  # a calculation or default: loaded as its saved text
    offered: frozenset[str] | None  # the choice names on offer; None: no choice list
    multiple: bool  # select_multiple: the one question that takes a list
    # Plain text (no conversion, no choices, not saved as is, not never-filled metadata):
    # a non-empty whole text within the limits loads, validates and is written back as
    # it is (the general steps in _fits, worked out once for such a question).
    plain_text: bool = False


def _calculated(question: Question) -> bool:
    return bool(question.calculation.strip())


def _walk(children: tuple[Element, ...]) -> tuple[list[Question], list[Group]]:
    """Questions outside repeats, and every repeat (at any depth)."""
    questions: list[Question] = []
    repeats: list[Group] = []
    for element in children:
        if isinstance(element, Group) and element.repeat:
            repeats.append(element)
            repeats += [
                e for e in walk_elements(element.children) if isinstance(e, Group) and e.repeat
            ]
        elif isinstance(element, Group):
            inner, deeper = _walk(element.children)
            questions += inner
            repeats += deeper
        else:
            questions.append(element)
    return questions, repeats


class ImportCheck:
    """What of ``form``'s import check can be decided without the engine."""

    def __init__(self, form: Form) -> None:
        self.form = form
        consent = consent_question(form)
        self.consent = consent.key if consent is not None else None
        questions, repeats = _walk(form.children)
        every = list(form.questions())
        # Any repeat_count makes instances (with defaults) whatever the keys are, and a
        # calculation with a type or choices could be refused by validation: then the
        # engine decides every record of this form.
        self.usable = not any(r.repeat_count.strip() for r in repeats) and all(
            value_kind(q) in _PLAIN_KINDS and q.choice_list is None for q in every if _calculated(q)
        )
        self.fields: dict[str, _Field] = {}
        self._seen: dict[Any, None] = {}
        for question in questions:
            if not question.holds_answer or not form.is_stored(question.key):
                continue
            if question.type == AUDIT_TYPE:
                continue  # its text must parse as paradata: the engine's check decides
            offered: frozenset[str] | None = None
            if question.choice_list is not None:
                if question.choice_filter or question.choice_list not in form.choice_lists:
                    continue  # choices that depend on other answers: the engine's
                offered = frozenset(form.choice_lists[question.choice_list].names())
            saved_as_is = bool(question.calculation or question.default)
            self.fields[question.key] = _Field(
                question,
                saved_as_is,
                offered,
                question.type == "select_multiple",
                value_kind(question) in _PLAIN_KINDS
                and not saved_as_is
                and offered is None
                and question.type not in EMPTY_METADATA,
            )

    def accepts(self, data: Any) -> bool:
        """True if the engine's import check accepts ``data``; False: ask the engine."""
        if not self.usable or type(data) is not dict:
            return False
        if self.consent is not None and data.get(self.consent) != AGREED:
            return False
        fields, seen = self.fields, self._seen
        values = 1 + len(data)  # limits.check_answers counts the object and each value
        for name, value in data.items():
            if type(value) is list:
                values += len(value)
            key = _memo_key(name, value)
            if key is not None and key in seen:
                continue
            found = fields.get(name)
            if found is None or not _fits(found, value):
                return False
            if key is not None:
                if len(seen) >= _SEEN_MAX:
                    seen.clear()
                seen[key] = None
        return values <= MAX_ANSWERS


_SCALARS = (str, int, bool, type(None))


def _memo_key(name: Any, value: Any) -> Any:
    """A key for ``value`` in the memo, or None when it is not worth remembering.

    1, 1.0 and True are equal keys, and so are 0.0 and -0.0: the type goes in the key,
    and a float by its repr (which is also how JSON writes it).
    """
    kind = type(value)
    if kind is float:
        return (name, kind, repr(value))
    if kind in _SCALARS:
        return (name, kind, value) if kind is not str or len(value) <= _SEEN_LONGEST else None
    if kind is list and len(value) <= _SEEN_LONGEST:
        items = []
        for item in value:
            if type(item) not in _SCALARS or (type(item) is str and len(item) > _SEEN_LONGEST):
                return None
            items.append((type(item), item))
        return (name, kind, tuple(items))
    return None


def _fits(found: _Field, value: Any) -> bool:
    """Whether the engine would load, validate and write ``value`` back unchanged,
    within the answer limits (limits.check_answers: a flat object is at depth 0)."""
    question = found.question
    if found.plain_text and type(value) is str:
        return value != "" and len(value) <= MAX_TEXT_CHARS and _whole_text(value)
    if isinstance(value, list):
        if not found.multiple or len(value) > MAX_REPEAT_INSTANCES:
            return False
        if any(isinstance(v, dict | list) or v is None or not _plain(v) for v in value):
            return False
    elif not _plain(value):
        return False
    if question.type in EMPTY_METADATA and value not in (None, ""):
        return False
    try:
        if found.saved_as_is:
            text = _saved_text(value)
            if not text:
                return False  # the engine would work it out again
        else:
            text = to_text(question, value)
        if text:
            to_text(question, to_value(question, text))
    except (AnswerTypeError, ValueError, TypeError):
        return False
    if text and found.offered is not None:
        if any(name not in found.offered for name in text.split()):
            return False
    written = to_value(question, text) if text else None
    return _same(value, written) or json.dumps(value, sort_keys=True) == json.dumps(
        written, sort_keys=True
    )


def _plain(value: Any) -> bool:
    """A JSON scalar within the limits: whole text, a finite number of few digits."""
    if isinstance(value, str):
        return len(value) <= MAX_TEXT_CHARS and _whole_text(value)
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return False
        try:
            _check_digits("", value)
        except LintasError:
            return False
        return True
    return False  # an object, or anything JSON does not hold


def _whole_text(text: str) -> bool:
    """False for text with half a Unicode character (validation._refuse_broken_text)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _same(given: Any, written: Any) -> bool:
    """Equal as JSON, decided without writing it (types must match exactly)."""
    kind = type(given)
    if kind is not type(written):
        return False
    if kind is float:
        return repr(given) == repr(written)  # json writes a float as its repr
    if kind is list:
        return len(given) == len(written) and all(map(_same, given, written))
    return kind in (str, int, bool, type(None)) and given == written


_CHECKS: PerForm[ImportCheck] = PerForm(ImportCheck)


def import_check(form: Form) -> ImportCheck:
    """The compiled check for ``form``, made once and reused (as engine_for does)."""
    return _CHECKS(form)
