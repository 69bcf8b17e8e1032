"""Answers as values: checked on the way in, stored as ODK text, typed on the way out.

Inside a response every answer is the text ODK would hold in the instance
(``"12"``, ``"2024-03-01"``, ``"red blue"``), which is what expressions read.
:func:`to_text` checks and converts what a caller sets; :func:`to_value` gives
the typed value back (int, float, str, list of str) for ``get`` and JSON.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time
from typing import Any

from lintas.form.geo import GEO_TYPES, GeoError, geo_text
from lintas.form.media import MEDIA_TYPES, AttachmentError, check_file_answer
from lintas.form.model import Question
from lintas.form.types import LOCATION_METADATA, METADATA
from lintas.form.xpath.values import number_to_string

ISO_DATE = "a date as YYYY-MM-DD"
ISO_TIME = "a time as HH:MM:SS"
ISO_DATETIME = "a date and time in ISO 8601 (YYYY-MM-DDTHH:MM:SS)"


class AnswerTypeError(ValueError):
    """A value that does not fit the question's type; the message says what would."""


def value_kind(question: Question) -> str:
    """The kind of value a question holds: the type, with range resolved to a number."""
    if question.type == "range":
        steps = [question.parameters.get(k, "") for k in ("start", "end", "step")]
        return "decimal" if any("." in s for s in steps) else "integer"
    if question.type in ("start", "end"):
        return "datetime"
    if question.type == "today":
        return "date"
    if question.type in LOCATION_METADATA:
        return "geopoint"
    if question.type in METADATA or question.type == "barcode":
        return "text"
    return question.type


def to_text(question: Question, value: Any) -> str:
    """The stored text for ``value``; raise AnswerTypeError if it does not fit."""
    if value is None or (isinstance(value, str | list) and len(value) == 0):
        return ""
    kind = value_kind(question)
    if kind in GEO_TYPES:
        try:
            return geo_text(kind, value)
        except GeoError as problem:
            raise AnswerTypeError(str(problem)) from None
    if kind in MEDIA_TYPES:
        try:
            return check_file_answer(str(value))
        except AttachmentError as problem:
            raise AnswerTypeError(str(problem)) from None
    converter = _CONVERTERS.get(kind)
    text = converter(value) if converter else str(value)
    if question.type == "range":
        _check_range(question, float(text))
    return text


def _check_range(question: Question, number: float) -> None:
    try:
        low = float(question.parameters.get("start", "0"))
        high = float(question.parameters.get("end", "10"))
    except ValueError:
        return  # pyxform has already refused bad range parameters
    low, high = min(low, high), max(low, high)
    if not low <= number <= high:
        shown = [number_to_string(x) for x in (low, high)]
        raise AnswerTypeError(f"must be between {shown[0]} and {shown[1]}.")


def to_value(question: Question, text: str) -> Any:
    """The typed value of stored ``text`` (None when unanswered)."""
    if text == "":
        return None
    kind = value_kind(question)
    try:
        if kind == "integer":
            return int(text)
        if kind == "decimal":
            return float(text)
    except ValueError:
        return text
    if kind == "select_multiple":
        return text.split()
    return text


def _integer(value: Any) -> str:
    if isinstance(value, bool):
        raise AnswerTypeError("needs a whole number, not true/false.")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    try:
        return str(int(text))
    except ValueError:
        raise AnswerTypeError(f"needs a whole number; '{value}' is not one.") from None


def _decimal(value: Any) -> str:
    if isinstance(value, bool):
        raise AnswerTypeError("needs a number, not true/false.")
    try:
        number = float(str(value).strip()) if not isinstance(value, int | float) else float(value)
    except ValueError:
        raise AnswerTypeError(f"needs a number; '{value}' is not one.") from None
    if not math.isfinite(number):
        raise AnswerTypeError(f"needs a finite number; '{value}' is not one.")
    return number_to_string(number)


def _select_one(value: Any) -> str:
    text = str(value).strip()
    if " " in text:
        raise AnswerTypeError(f"takes one choice name; '{value}' has spaces.")
    return text


def _select_multiple(value: Any) -> str:
    if isinstance(value, str):
        names = value.split()
    elif isinstance(value, list | tuple | set | frozenset):
        names = [str(v).strip() for v in value]
    else:
        names = [str(value)]
    if any(not n or " " in n for n in names):
        raise AnswerTypeError("takes a list of choice names without spaces.")
    return " ".join(dict.fromkeys(names))


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise AnswerTypeError(f"needs {ISO_DATE}; '{value}' is not one.") from None


def _time(value: Any) -> str:
    if isinstance(value, time):
        return value.replace(microsecond=0).isoformat()
    try:
        parsed = time.fromisoformat(str(value).strip())
    except ValueError:
        raise AnswerTypeError(f"needs {ISO_TIME}; '{value}' is not one.") from None
    return parsed.replace(microsecond=0).isoformat()


def _datetime(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    try:
        parsed = datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise AnswerTypeError(f"needs {ISO_DATETIME}; '{value}' is not one.") from None
    return parsed.isoformat(timespec="seconds")


def _acknowledge(value: Any) -> str:
    # ODK stores "OK" for an acknowledged question and nothing otherwise.
    if value is True or str(value).strip().upper() in ("OK", "TRUE", "YES", "1"):
        return "OK"
    if value is False or str(value).strip().upper() in ("FALSE", "NO", "0"):
        return ""
    raise AnswerTypeError(f"is acknowledged with OK (or true); '{value}' is neither.")


_CONVERTERS = {
    "integer": _integer,
    "decimal": _decimal,
    "select_one": _select_one,
    "select_multiple": _select_multiple,
    "date": _date,
    "time": _time,
    "datetime": _datetime,
    "acknowledge": _acknowledge,
}
