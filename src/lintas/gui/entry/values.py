"""Typed answers <-> the text a clerk types, for each question type.

The Response takes the same Python values that its ``to_json`` produces
(int, float, str, list[str], "YYYY-MM-DD", "HH:MM:SS"), so the entry widgets
convert at the edge and the engine never sees half-typed text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


class NotAValue(ValueError):
    """Typed text that is not yet (or not at all) a value of the question's type."""


def parse(question_type: str, text: str) -> Any:
    """The value for ``text``; None when empty; NotAValue when it cannot be one."""
    text = text.strip()
    if not text or not any(ch.isalnum() for ch in text):
        return None
    try:
        if question_type == "integer":
            return int(text)
        if question_type in ("decimal", "range"):
            number = float(text.replace(",", "."))
            return int(number) if question_type == "range" and number.is_integer() else number
        if question_type == "date":
            return dt.date.fromisoformat(text).isoformat()
        if question_type == "time":
            return dt.time.fromisoformat(_pad_time(text)).isoformat()
        if question_type == "datetime":
            day, _, clock = text.partition(" ")
            moment = dt.datetime.fromisoformat(f"{day}T{_pad_time(clock or '00:00')}")
            return moment.isoformat()
    except ValueError as error:
        raise NotAValue(text) from error
    return text


def format_value(question_type: str, value: Any) -> str:
    """The text shown in an editor for a stored value."""
    if value is None:
        return ""
    if question_type == "datetime" and isinstance(value, str):
        return value.replace("T", " ")[:16]
    if question_type == "time" and isinstance(value, str):
        return value[:5]
    if isinstance(value, float) and value.is_integer() and question_type == "range":
        return str(int(value))
    return str(value)


def _pad_time(text: str) -> str:
    parts = text.strip().split(":")
    if len(parts) == 2:
        parts.append("00")
    return ":".join(part.zfill(2) for part in parts)
