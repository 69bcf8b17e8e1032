"""XPath values and the ODK coercions between them.

A value is one of: ``str``, ``float``, ``bool``, a node-set (``list`` of
:class:`Node` in document order) or a :class:`DateValue`. The conversions
follow XPath 1.0 section 4 with ODK's additions (ODK XForms spec, "Data
types"): an unanswered field is ``''``; ``number('')`` is NaN; text that is an
ISO date converts to days since the epoch, so dates compare and subtract as
dates.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable
from datetime import UTC, timedelta, tzinfo
from decimal import Decimal
from typing import Union

from lintas.form.xpath.dates import DateValue, looks_like_date, parse_date_time
from lintas.form.xpath.nodes import Node

Value = Union[str, float, bool, list[Node], DateValue]  # noqa: UP007 - a runtime alias

# XPath 1.0 section 4.4: optional minus, digits, optional fraction; no exponent.
_NUMBER = re.compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*$")
NAN = float("nan")
_DAY = timedelta(days=1)


def to_string(value: Value) -> str:
    """XPath ``string()``: numbers without exponents, booleans as true/false."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | int):
        return number_to_string(float(value))
    if isinstance(value, list):
        return value[0].string_value() if value else ""
    return value.text()


def number_to_string(number: float) -> str:
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number.is_integer():
        return str(int(number))
    text = repr(number)
    if "e" in text:
        text = format(Decimal(text), "f")
    return text


def string_to_number(text: str, tz: tzinfo | None = None) -> float:
    """XPath ``number()`` of text; ISO dates give days since the epoch (ODK)."""
    if _NUMBER.match(text):
        return float(text)
    if tz is not None and looks_like_date(text):
        moment = parse_date_time(text, tz)
        if moment is not None:
            return DateValue(moment).days()
    return NAN


def to_number(value: Value, tz: tzinfo | None = None) -> float:
    """XPath ``number()``; pass ``tz`` to read date text as days (ODK)."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float | int):
        return float(value)
    if isinstance(value, str):
        return string_to_number(value, tz)
    if isinstance(value, list):
        return string_to_number(value[0].string_value(), tz) if value else NAN
    return value.days()


def to_boolean(value: Value) -> bool:
    """XPath ``boolean()``: non-zero numbers, non-empty text and node-sets are true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float | int):
        return value != 0 and not math.isnan(value)
    if isinstance(value, str | list):
        return len(value) > 0
    return value.moment is not None


def to_date(value: Value, tz: tzinfo) -> DateValue:
    """ODK ``date()`` coercion: dates stay, text is parsed, numbers are days."""
    from lintas.form.xpath.dates import from_days

    if isinstance(value, DateValue):
        return value
    if isinstance(value, list):
        value = value[0].string_value() if value else ""
    if isinstance(value, bool):
        return DateValue(None)
    if isinstance(value, float | int):
        return DateValue(from_days(float(value), tz))
    text = value.strip()
    if _NUMBER.match(text):
        return DateValue(from_days(float(text), tz))
    return DateValue(parse_date_time(text, tz))


def _moment_of(value: Value, tz: tzinfo) -> DateValue | None:
    if isinstance(value, DateValue):
        return value
    if isinstance(value, list):
        if not value:
            return None
        value = value[0].string_value()
    if isinstance(value, str) and looks_like_date(value):
        return DateValue(parse_date_time(value, tz))
    return None


def subtract(left: Value, right: Value, tz: tzinfo) -> float:
    """``left - right``; two dates subtract exactly, so whole days stay whole."""
    if isinstance(left, DateValue | str | list) and isinstance(right, DateValue | str | list):
        a, b = _moment_of(left, tz), _moment_of(right, tz)
        if a is not None and b is not None and a.moment and b.moment:
            # Elapsed time (via UTC), as the ODK engines count it, even across DST.
            return (a.moment.astimezone(UTC) - b.moment.astimezone(UTC)) / _DAY
    return to_number(left, tz) - to_number(right, tz)


# -- comparisons (XPath 1.0 section 3.4, with ODK dates) ------------------------------

_FLIP = {"=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
_RELATIONS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}  # fmt: skip


def compare(op: str, left: Value, right: Value, tz: tzinfo) -> bool:
    """Compare two values with XPath 1.0 semantics; node-sets compare existentially."""
    if isinstance(left, list):
        if isinstance(right, list):
            values = [node.string_value() for node in right]
            return any(_atomic(op, a.string_value(), b, tz) for a in left for b in values)
        if isinstance(right, bool):
            return _atomic(op, bool(left), right, tz)
        return _set_against_scalar(op, left, right, tz)
    if isinstance(right, list):
        return compare(_FLIP[op], right, left, tz)
    return _atomic(op, left, right, tz)


def _set_against_scalar(op: str, nodes: list[Node], value: Value, tz: tzinfo) -> bool:
    # The hot path of form logic (${age} >= 18, ${sex} = 'f'): convert the scalar once.
    relation = _RELATIONS.get(op)
    if relation is not None or not isinstance(value, str):
        number = to_number(value, tz)
        if relation is None:
            relation = operator.eq if op == "=" else operator.ne
        return any(relation(string_to_number(n.string_value(), tz), number) for n in nodes)
    wanted = op == "="
    return any(_equal(n.string_value(), value, tz) is wanted for n in nodes)


def _atomic(op: str, left: Value, right: Value, tz: tzinfo) -> bool:
    if op in ("=", "!="):
        equal = _equal(left, right, tz)
        return equal if op == "=" else not equal
    return _RELATIONS[op](to_number(left, tz), to_number(right, tz))


def _equal(left: Value, right: Value, tz: tzinfo) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        return left == right or _same_date(left, right, tz)
    if isinstance(left, bool) or isinstance(right, bool):
        return to_boolean(left) == to_boolean(right)
    if isinstance(left, float | int | DateValue) or isinstance(right, float | int | DateValue):
        return to_number(left, tz) == to_number(right, tz)
    a, b = to_string(left), to_string(right)
    return a == b or _same_date(a, b, tz)


def _same_date(a: str, b: str, tz: tzinfo) -> bool:
    # ODK: two ISO date texts are equal when they name the same moment.
    return looks_like_date(a) and looks_like_date(b) and to_number(a, tz) == to_number(b, tz)
