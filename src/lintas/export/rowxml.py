"""A data row as sheet XML text, written straight into openpyxl's write-only stream.

Profiled at 10,000 records of the 60-question benchmark form, about 70% of the
export's time went into openpyxl turning each value into a cell object and then into
an ElementTree element that its incremental serialiser writes (``write_row``,
``etree_write_cell``, et_xmlfile's ``write_elem_start``). A row of the Lintas workbook
holds only values of a few kinds, so this module writes the ``<row>`` element as text:
the same cells openpyxl would write (inline strings, ``t="n"`` numbers, ``t="b"``
booleans, dates as serial numbers with the date style), into the same stream, so the
rest of the file (styles, dimensions, the zip) is still openpyxl's.

What differs from openpyxl, on purpose: a number is written in its shortest exact form
(``repr``) where openpyxl writes ``%.16g``, which loses the 17th digit; text is always
a text cell (openpyxl makes ``#N/A`` an error cell and ``=...`` a formula).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Generator, Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from lintas.export.cells import DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT

TEXT_LIMIT = 32767  # Excel's longest cell text; openpyxl cuts there too
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


class RowXml:
    """Rows of one write-only sheet, serialised as text."""

    def __init__(self, ws: WriteOnlyWorksheet, width: int) -> None:
        self.ws = ws
        self.letters = [get_column_letter(i) for i in range(1, width + 1)]
        self.styles = {kind: _style_id(ws, sample, fmt) for kind, sample, fmt in (
            (dt.datetime, dt.datetime(2000, 1, 1), DATETIME_FORMAT),
            (dt.date, dt.date(2000, 1, 1), DATE_FORMAT),
            (dt.time, dt.time(0, 0), TIME_FORMAT),
        )}  # fmt: skip
        self.epoch = ws.parent.epoch
        self.index = 0
        self.stream: Generator[None, str, None] | None = None

    def append(self, values: Sequence[Any]) -> None:
        """Write one row (values typed already: str, bool, int, float, dates, None)."""
        if self.stream is None:
            self.stream = _sheet_data(self.ws)
            next(self.stream)
            self.ws._rows = self.stream  # openpyxl's close() ends sheetData through it
        self.index += 1
        number = self.index
        parts = [f'<row r="{number}">']
        add = parts.append
        for letter, value in zip(self.letters, values, strict=False):
            if value is None:
                continue
            ref = f"{letter}{number}"
            if isinstance(value, str):
                add(_text(ref, value))
            elif isinstance(value, bool):
                add(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int):
                add(f'<c r="{ref}" t="n"><v>{value}</v></c>')
            elif isinstance(value, float):
                if math.isfinite(value):
                    add(f'<c r="{ref}" t="n"><v>{value!r}</v></c>')
                else:
                    add(_text(ref, repr(value)))
            elif isinstance(value, dt.date | dt.time):
                kind = (
                    dt.datetime if isinstance(value, dt.datetime)
                    else dt.date if isinstance(value, dt.date) else dt.time
                )  # fmt: skip
                serial = f"{to_excel(value, self.epoch):.16g}"  # as openpyxl writes it
                add(f'<c r="{ref}" s="{self.styles[kind]}" t="n"><v>{serial}</v></c>')
            else:
                add(_text(ref, str(value)))
        add("</row>")
        self.stream.send("".join(parts))


def _text(ref: str, value: str) -> str:
    value = value[:TEXT_LIMIT]
    if not value:
        return f'<c r="{ref}" t="inlineStr"/>'
    escaped = value.translate(_ESCAPES) if ("&" in value or "<" in value or ">" in value) else value
    stripped = value.strip()
    space = ' xml:space="preserve"' if stripped and stripped != value else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{escaped}</t></is></c>'


def _style_id(ws: WriteOnlyWorksheet, sample: Any, number_format: str) -> int:
    """The workbook's style index for a cell of this number format (openpyxl registers it)."""
    cell = WriteOnlyCell(ws, sample)
    cell.number_format = number_format
    return int(cell.style_id)


def _sheet_data(ws: WriteOnlyWorksheet) -> Generator[None, str, None]:
    """openpyxl's ``_write_rows`` with rows that arrive as XML text."""
    xf = ws._writer.xf.send(True)
    with xf.element("sheetData"):
        write = xf._file  # the incremental writer's text sink
        try:
            while True:
                write((yield))
        except GeneratorExit:
            pass
    ws._writer.xf.send(None)
