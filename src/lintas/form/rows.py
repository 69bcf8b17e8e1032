"""Where each survey element sits in the spreadsheet.

pyxform's JSON drops row numbers, yet every message must name a row. The raw
survey sheet keeps its blank rows (pyxform's readers keep them so that row
numbers stay true), so row ``i`` of the list is spreadsheet row ``i + 2``.
We index each named row by the names of the groups around it, which is how
the JSON nests the same elements.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

FIRST_DATA_ROW = 2  # row 1 holds the column headers

NamePath = tuple[str, ...]


@dataclass(frozen=True)
class SheetRow:
    """One survey-sheet row: its spreadsheet number and its cells as read."""

    number: int
    cells: Mapping[str, object]

    def cell(self, column: str) -> str:
        value = self.cells.get(column)
        return value.strip() if isinstance(value, str) else ""

    @property
    def type(self) -> str:
        return normal_type(self.cells.get("type"))


def survey_rows(survey: Sequence[Mapping[str, object]] | None) -> dict[NamePath, SheetRow]:
    """Every named survey element's row, keyed by the names of its groups and itself."""
    rows: dict[NamePath, SheetRow] = {}
    stack: list[str] = []
    for index, raw in enumerate(survey or ()):
        # pyxform reads headers case-insensitively ("TYPE", "Name").
        cells = {str(key).strip().lower(): value for key, value in raw.items()}
        kind = normal_type(cells.get("type"))
        if not kind:
            continue
        if kind.startswith("end "):
            if stack:
                stack.pop()
            continue
        name = str(cells.get("name") or "").strip()
        path = (*stack, name)
        rows.setdefault(path, SheetRow(index + FIRST_DATA_ROW, cells))
        if kind.startswith("begin "):
            stack.append(name)
    return rows


def normal_type(value: object) -> str:
    """'begin_group' and 'Begin  Group' both as 'begin group'."""
    if not isinstance(value, str):
        return ""
    return " ".join(value.strip().lower().replace("_", " ").split())
