"""Dates in ODK XPath: parsing ISO 8601 text, days since the epoch, formatting.

ODK treats a date as a moment in the local time zone of the device: a bare
date (``2018-01-01``) is local midnight, and its number is the (fractional)
count of days since 1970-01-01T00:00Z. The time zone is the evaluation
context's (``EvalContext.tz``), so results never depend on the process's TZ.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAY_SECONDS = 86400.0

_DATE_TIME = re.compile(
    r"\s*(?P<year>-?\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:T(?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$"
)
_TIME = re.compile(
    r"\s*(?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?\s*$"
)
_LOOKS_LIKE_DATE = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}(?:T|\s*$)")


class DateValue:
    """A date or date-time value: an aware moment, or an invalid date.

    Its string form is ``YYYY-MM-DD`` when it falls on local midnight (so
    ``date('2018-01-01')`` prints back as written) and full ISO 8601 with the
    local offset otherwise.
    """

    __slots__ = ("moment",)

    def __init__(self, moment: datetime | None) -> None:
        self.moment = moment  # None: an invalid date (falsy, NaN, "Invalid Date")

    def __repr__(self) -> str:
        return f"DateValue({self.text()!r})"

    def days(self) -> float:
        if self.moment is None:
            return float("nan")
        return (self.moment - EPOCH).total_seconds() / _DAY_SECONDS

    def text(self) -> str:
        moment = self.moment
        if moment is None:
            return "Invalid Date"
        if (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0):
            return moment.strftime("%Y-%m-%d")
        return format_date_time(moment)


def format_date_time(moment: datetime) -> str:
    """ISO 8601 with milliseconds and a ``+HH:MM`` offset, as ODK writes datetimes."""
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    millis = moment.microsecond // 1000
    return (
        f"{moment.strftime('%Y-%m-%dT%H:%M:%S')}.{millis:03d}"
        f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    )


def looks_like_date(text: str) -> bool:
    return _LOOKS_LIKE_DATE.match(text) is not None


def _zone(text: str | None, tz: tzinfo) -> tzinfo | None:
    """The fixed offset written in ``text`` (None when absent or out of range)."""
    if not text:
        return tz
    if text == "Z":
        return UTC
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return _fixed(-delta if text[0] == "-" else delta)


def _fixed(delta: timedelta) -> tzinfo:
    from datetime import timezone

    return timezone(delta)


def _clock(text: str) -> tuple[int, int, int, int] | None:
    parts = text.split(":")
    hour, minute = int(parts[0]), int(parts[1])
    second, micro = 0, 0
    if len(parts) > 2:
        whole, _, fraction = parts[2].partition(".")
        second = int(whole)
        micro = int((fraction + "000000")[:6]) if fraction else 0
    if hour > 24 or minute > 59 or second > 59:
        return None
    return hour, minute, second, micro


@lru_cache(maxsize=4096)
def parse_date_time(text: str, tz: tzinfo) -> datetime | None:
    """Parse ``YYYY-MM-DD[THH:MM[:SS[.sss]][zone]]``; None if not a valid date.

    A value without an offset is read in ``tz``. The result is in ``tz``.
    Cached: a form compares the same few answers with dates on every keypress.
    """
    match = _DATE_TIME.match(text)
    if match is None:
        return None
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    clock = (0, 0, 0, 0)
    if match["time"]:
        parsed = _clock(match["time"])
        if parsed is None:
            return None
        clock = parsed
    zone = _zone(match["zone"], tz)
    if zone is None:
        return None
    moment = datetime(day.year, day.month, day.day, tzinfo=zone)
    moment += timedelta(hours=clock[0], minutes=clock[1], seconds=clock[2], microseconds=clock[3])
    return _localise(moment, tz)


def _localise(moment: datetime, tz: tzinfo) -> datetime:
    # Go through UTC so a naive-local value picks the right DST offset.
    if moment.tzinfo is tz:
        moment = moment.replace(tzinfo=None).replace(tzinfo=tz)
        return moment.astimezone(UTC).astimezone(tz)
    return moment.astimezone(tz)


def parse_time(text: str, tz: tzinfo, today: date) -> datetime | None:
    """Parse ``HH:MM[:SS[.sss]][zone]`` (or a full date-time) as a moment in ``tz``."""
    match = _TIME.match(text)
    if match is None:
        return parse_date_time(text, tz)
    clock = _clock(match["time"])
    zone = _zone(match["zone"], tz)
    if clock is None or zone is None or clock[0] > 23:
        return None
    moment = datetime(today.year, today.month, today.day, tzinfo=zone)
    moment += timedelta(hours=clock[0], minutes=clock[1], seconds=clock[2], microseconds=clock[3])
    return _localise(moment, tz)


def from_days(days: float, tz: tzinfo) -> datetime | None:
    """The moment ``days`` days after the epoch, in ``tz`` (None for NaN/inf)."""
    if math.isnan(days) or days in (float("inf"), float("-inf")):
        return None
    try:
        return (EPOCH + timedelta(days=days)).astimezone(tz)
    except OverflowError:
        return None


@lru_cache(maxsize=64)
def local_midnight(day: date, tz: tzinfo) -> datetime:
    return _localise(datetime(day.year, day.month, day.day, tzinfo=tz), tz)
