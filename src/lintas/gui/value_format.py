"""Numbers and dates of a stored answer as a reader of the app's language writes them.

Display only: the vault keeps ``15000.0`` and ``2024-03-01``; the record view shows
``15,000`` (``15.000`` in Vietnamese, ``၁၅,၀၀၀`` in Burmese) and ``1 Mar 2024``. Dates
use day, abbreviated month name and year in every language (never a numeric short
format, where 3/1 reads as March or January), and the Gregorian year the vault stores.
Whole numbers below 10,000 have no group separator, so that years read as years.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

DATE_FORMAT = "d MMM yyyy"
TIME_FORMAT = "HH:mm"
GROUP_FROM = 10_000  # whole numbers below this have no group separator (years)
MAX_DECIMALS = 6
NUMBER_KINDS = ("integer", "decimal", "range")


def number_of(value: Any) -> float | int | None:
    """``value`` as a number if it is one (a calculation stores text such as '15000.0')."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str) and value.strip():
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def format_number(number: float | int, locale: QLocale) -> str:
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e15:
        number = int(number)
    options = locale.numberOptions()
    if isinstance(number, int) and abs(number) < GROUP_FROM:
        locale = QLocale(locale)
        locale.setNumberOptions(options | QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(number, int):
        return locale.toString(number)
    text = repr(number)
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else MAX_DECIMALS
    return locale.toString(number, "f", min(decimals, MAX_DECIMALS))


def format_answer(value: Any, kind: str, locale: QLocale) -> str | None:
    """The answer as the app's language writes it, or None to show it as stored.

    ``kind`` is lintas.form.answers.value_kind of the question (``calculate`` too: a
    calculation's number is formatted, its other text is left alone).
    """
    if kind in (*NUMBER_KINDS, "calculate"):
        number = number_of(value)
        return format_number(number, locale) if number is not None else None
    if not isinstance(value, str):
        return None
    if kind == "date":
        date = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
        return locale.toString(date, DATE_FORMAT) if date.isValid() else None
    if kind == "datetime":
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return None
        return locale.toString(moment, f"{DATE_FORMAT} {TIME_FORMAT}")
    if kind == "time":
        time = QTime.fromString(value[:8], Qt.DateFormat.ISODate)
        return locale.toString(time, TIME_FORMAT) if time.isValid() else None
    return None
