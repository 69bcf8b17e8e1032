"""Answers to typed cells and back, and the canonical text the sheet checksums hash.

A value is written with a real Excel type only when it reads back to exactly the text
the vault holds; anything else (an old version's odd answer, a time with an offset) is
written as text, unchanged. That is what lets ``workbook read`` give back the vault.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from lintas.form.xpath.values import number_to_string

DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm:ss"  # not [hh]:mm:ss, which openpyxl and pandas read as a timedelta
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


# Control characters XML 1.0 cannot hold, a carriage return (an XML reader turns it
# into a line feed; found by the round-trip property test), and text that already
# looks like an escape.
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f]|_x[0-9A-Fa-f]{4}_")
_ESCAPED = re.compile(r"_x005[Ff]_(_x[0-9A-Fa-f]{4}_)|_x([0-9A-Fa-f]{4})_")


def escape_text(text: str) -> str:
    """Text as OOXML's ST_Xstring writes it: a control character becomes ``_xHHHH_``.

    Excel and LibreOffice show the original character; a literal ``_xHHHH_`` in the
    answer gets its underscore escaped (``_x005F_``) so that it reads back unchanged.
    """
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return _NEEDS_ESCAPE.sub(
        lambda m: f"_x{ord(m.group()):04X}_" if len(m.group()) == 1 else "_x005F_" + m.group(),
        text,
    )


def unescape_text(text: str) -> str:
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: m.group(1) or chr(int(m.group(2), 16)), text)


def typed(cell_type: str, value: Any) -> Any:
    """The Python value to write for an answer (None stays an empty cell)."""
    if value is None:
        return None
    if cell_type == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if cell_type == "decimal" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    text = str(value)
    if cell_type == "date":
        return _parsed(dt.date.fromisoformat, text, lambda d: d.isoformat())
    if cell_type == "time":
        return _parsed(dt.time.fromisoformat, text, lambda t: t.isoformat())
    if cell_type == "datetime":
        return _parsed(dt.datetime.fromisoformat, text, lambda d: d.isoformat(timespec="seconds"))
    if cell_type == "calculated":
        return _number(text)
    return text


def _parsed(parse: Any, text: str, back: Any) -> Any:
    try:
        value = parse(text)
    except ValueError:
        return text
    if getattr(value, "tzinfo", None) is not None or back(value) != text:
        return text
    return value


def _number(text: str) -> Any:
    """A calculation's text as a number when the number gives the same text back."""
    try:
        if str(int(text)) == text:
            return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return text
    return number if number_to_string(number) == text and "." in text else text


def stamp(text: str | None) -> Any:
    """A vault timestamp (ISO 8601 UTC, ``...Z``) as a naive UTC datetime."""
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    # Whole milliseconds: an Excel serial number holds them exactly enough to read back.
    value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def number_format(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return DATETIME_FORMAT
    if isinstance(value, dt.date):
        return DATE_FORMAT
    if isinstance(value, dt.time):
        return TIME_FORMAT
    return None


def canonical(cell_type: str, value: Any) -> str:
    """The text a cell stands for in a checksum (docs/workbook-format.md, section 7)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        # A whole decimal (1957.0) is written as the cell "1957" and reads back as an int.
        return repr(float(value)) if cell_type == "decimal" else str(value)
    if isinstance(value, float):
        whole = cell_type in ("integer", "indicator") and value.is_integer()
        return str(int(value)) if whole else repr(value)
    if isinstance(value, dt.datetime):
        # openpyxl reads a date cell back as a datetime at midnight.
        if cell_type == "date":
            return value.date().isoformat()
        if cell_type == "time":
            return value.time().isoformat()
        # Round to the millisecond: the serial number may come back a microsecond off.
        rounded = value + dt.timedelta(microseconds=500)
        return rounded.replace(microsecond=rounded.microsecond // 1000 * 1000).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return (dt.datetime(1900, 1, 1) + value).time().isoformat()
    return str(value)


class SheetDigest:
    """SHA-256 of a sheet's rows in canonical form, fed one row at a time."""

    def __init__(self, cell_types: list[str]) -> None:
        self.cell_types = cell_types
        self._hash = hashlib.sha256()

    def add(self, row: list[Any] | tuple[Any, ...]) -> None:
        width = len(self.cell_types)
        cells = list(row[:width]) + [None] * (width - len(row))
        # One update per row (the same bytes as one per cell, measured 2x faster).
        parts = []
        for kind, value in zip(self.cell_types, cells, strict=True):
            data = b"" if value is None else canonical(kind, value).encode("utf-8")
            parts.append(len(data).to_bytes(8, "big"))
            parts.append(data)
        parts.append(b"\n")
        self._hash.update(b"".join(parts))

    def hexdigest(self) -> str:
        return self._hash.hexdigest()
