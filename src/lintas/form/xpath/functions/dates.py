"""Date and time functions of the ODK XForms spec: today, now, date, date-time,
decimal-date-time, decimal-time, format-date and format-date-time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lintas.form.xpath.dates import DateValue, local_midnight, parse_date_time, parse_time
from lintas.form.xpath.errors import XPathTypeError
from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.values import NAN, Value, to_date, to_string

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@function("today", 0, 0)
def today(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> DateValue:
    return DateValue(local_midnight(ctx.clock().date(), ctx.tz))


@function("now", 0, 0)
def now(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> DateValue:
    return DateValue(ctx.clock())


def _date(ctx: Any, value: Value) -> Value:
    if isinstance(value, str | list) and not to_string(value).strip():
        return ""  # an unanswered date stays unanswered
    return to_date(value, ctx.tz)


@function("date", 1, 1)
def date(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> Value:
    return _date(ctx, args[0])


@function("date-time", 1, 1)
def date_time(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> Value:
    return _date(ctx, args[0])


@function("decimal-date-time", 1, 1)
def decimal_date_time(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """Days since 1970-01-01T00:00Z, with the time of day as a fraction."""
    value = args[0]
    if isinstance(value, str | list) and not to_string(value).strip():
        return NAN
    # Text must be a date or date-time here; only a true number counts as days.
    result = to_date(value, ctx.tz) if not isinstance(value, str | list) else _parsed(ctx, value)
    if result.moment is None:
        raise XPathTypeError(
            f"decimal-date-time() needs a date or date-time, not {to_string(value)!r}."
        )
    return result.days()


def _parsed(ctx: Any, value: Value) -> DateValue:
    return DateValue(parse_date_time(to_string(value), ctx.tz))


@function("decimal-time", 1, 1)
def decimal_time(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """The time of day as a fraction of a day, in the local time zone."""
    value = args[0]
    if isinstance(value, DateValue):
        moment = value.moment
    else:
        moment = parse_time(to_string(value), ctx.tz, ctx.clock().date())
    if moment is None:
        return NAN
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return (seconds + moment.microsecond / 1e6) / 86400.0


def _format(ctx: Any, args: list[Value]) -> str:
    value = args[0]
    if isinstance(value, str | list) and not to_string(value).strip():
        return ""
    moment = to_date(value, ctx.tz).moment
    if moment is None:
        return ""
    pattern = to_string(args[1])
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "%" and index + 1 < len(pattern):
            out.append(_field(moment, pattern[index + 1]))
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _field(moment: datetime, code: str) -> str:
    fields = {
        "Y": f"{moment.year:04d}",
        "y": f"{moment.year % 100:02d}",
        "m": f"{moment.month:02d}",
        "n": str(moment.month),
        "b": _MONTHS[moment.month - 1],
        "d": f"{moment.day:02d}",
        "e": str(moment.day),
        "H": f"{moment.hour:02d}",
        "h": str(moment.hour),
        "M": f"{moment.minute:02d}",
        "S": f"{moment.second:02d}",
        "3": f"{moment.microsecond // 1000:03d}",
        "a": _DAYS[moment.weekday()],
    }
    return fields.get(code, "%" + code)


@function("format-date", 2, 2)
def format_date(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    return _format(ctx, args)


@function("format-date-time", 2, 2)
def format_date_time(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    return _format(ctx, args)
