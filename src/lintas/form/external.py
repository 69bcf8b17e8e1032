"""CSV files a form reads: choices of select_one_from_file, pulldata(), csv-external.

ODK gives each attached CSV to expressions as a secondary instance named after the
file (``towns.csv`` -> ``instance('towns')/root/item``), one item per row and one
child per column. Lintas makes each file a choice list of the same name, so that
selects, choice filters, ``instance()`` and ``pulldata()`` all read it the same
way. A file is checked when the form loads: UTF-8 text, a header row with a
``name`` column (and a ``label`` column when choices come from it), no row longer
than the header, within the size limits; every problem names the file and row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

from lintas.form.errors import Problem, error
from lintas.form.model import DEFAULT_LANGUAGE, Choice, ChoiceList, Text, frozen_mapping

MAX_CSV_BYTES = 20 * 2**20
MAX_CSV_ROWS = 200_000


def instance_name(file_name: str) -> str:
    """'towns.csv' -> 'towns', as ODK names the instance of an attached file."""
    return file_name.rsplit(".", 1)[0] if "." in file_name else file_name


# The item children that give a choice its value and its label, by file type:
# pyxform's defaults, which the value= and label= parameters change.
DEFAULT_REFS = {".geojson": ("id", "title")}
CSV_REFS = ("name", "label")


def default_refs(file_name: str) -> tuple[str, str]:
    for suffix, refs in DEFAULT_REFS.items():
        if file_name.lower().endswith(suffix):
            return refs
    return CSV_REFS


def csv_rows(file_name: str, data: bytes) -> tuple[list[dict[str, str]] | None, list[Problem]]:
    """The rows of a CSV file as cells by column, or None and the problems found."""
    if len(data) > MAX_CSV_BYTES:
        return None, [
            _problem(
                file_name,
                None,
                f"is {len(data) / 2**20:,.1f} MB; a CSV file "
                f"of a form may be at most {MAX_CSV_BYTES // 2**20} MB.",
            )
        ]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [
            _problem(
                file_name,
                None,
                "is not UTF-8 text. Save it as 'CSV UTF-8' "
                "in the spreadsheet program and attach it again.",
            )
        ]
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as problem:
        return None, [_problem(file_name, None, f"is not a valid CSV file ({problem}).")]
    if not rows or not any(cell.strip() for cell in rows[0]):
        return None, [_problem(file_name, 1, "is empty: it needs a header row naming its columns.")]
    header = [cell.strip() for cell in rows[0]]
    problems = []
    if "name" not in header:
        problems.append(
            _problem(
                file_name,
                1,
                "has no 'name' column in its header row; ODK finds each row by its name.",
            )
        )
    repeated = sorted({h for h in header if h and header.count(h) > 1})
    if repeated:
        problems.append(_problem(file_name, 1, f"names the column(s) {', '.join(repeated)} twice."))
    if len(rows) - 1 > MAX_CSV_ROWS:
        problems.append(
            _problem(
                file_name, None, f"has {len(rows) - 1:,} rows; at most {MAX_CSV_ROWS:,} are read."
            )
        )
    if problems:
        return None, problems
    cells_by_row = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # blank lines, as spreadsheets leave them
        if len(row) > len(header):
            problems.append(
                _problem(
                    file_name,
                    number,
                    f"has {len(row)} cells but the header names {len(header)} columns.",
                )
            )
            continue
        # Short rows get every header column, empty, so the columns are the header's.
        padded = [c.strip() for c in row] + [""] * (len(header) - len(row))
        cells_by_row.append(dict(zip(header, padded, strict=True)))
    if problems:
        return None, problems[:20]
    return cells_by_row, []


def view_problems(
    file_name: str, rows: Sequence[Mapping[str, str]], refs: tuple[str, str], *, labels: bool
) -> list[Problem]:
    """The value (and label) field a question reads must be in the file."""
    columns = {column for row in rows for column in row}
    value, label = refs
    problems = []
    what = "column" if file_name.lower().endswith(".csv") else "field"
    if rows and value not in columns:
        problems.append(
            _problem(
                file_name,
                1 if what == "column" else None,
                f"has no '{value}' {what}, which gives each choice its value. Add it, or "
                "name the one to use with value=... in the question's parameters.",
            )
        )
    if labels and rows and not any(c == label or c.startswith(f"{label}::") for c in columns):
        problems.append(
            _problem(
                file_name,
                1 if what == "column" else None,
                f"has no '{label}' {what}, so its choices would show no text. Add it (or "
                f"{label}::language), or name the one to use with label=... in the "
                "question's parameters.",
            )
        )
    return problems


def rows_list(
    list_name: str,
    rows: Sequence[Mapping[str, str]],
    refs: tuple[str, str],
    *,
    unique: bool = False,
) -> ChoiceList:
    """The rows as a choice list whose values and labels come from ``refs``.

    ``unique`` keeps the first row of each value only (search(), as ODK Collect does).
    """
    choices = [_choice(cells, refs) for cells in rows]
    if unique:
        first: dict[str, Choice] = {}
        for choice in choices:
            first.setdefault(choice.name, choice)
        choices = list(first.values())
        # A row without label text shows its value, as in ODK Collect.
        choices = [
            c if c.label else Choice(c.name, Text(frozen_mapping({DEFAULT_LANGUAGE: c.name})),
                                     c.extra)
            for c in choices
        ]  # fmt: skip
    return ChoiceList(list_name, tuple(choices))


def _choice(cells: Mapping[str, str], refs: tuple[str, str]) -> Choice:
    value, label = refs
    labels = {}
    if "," in label:
        # search(): the first label column, then '(column: value)' for each other one.
        first, *others = [c.strip() for c in label.split(",")]
        # A row without text in the first shows its value there, as a one-column label does.
        shown = cells.get(first, "") or cells.get(value, "")
        text = shown + "".join(f" ({c}: {cells.get(c, '')})" for c in others)
        labels[DEFAULT_LANGUAGE] = text
    for column, text in cells.items() if "," not in label else ():
        if column == label and text:
            labels[DEFAULT_LANGUAGE] = text
        elif column.startswith(f"{label}::") and text:
            labels[column[len(label) + 2 :]] = text
    if refs == CSV_REFS:
        extra = {k: v for k, v in cells.items() if k and k != "name" and not k.startswith("label")}
    else:
        # Every field stays a child of the item (ODK's instance has them all), including
        # the file's own name and label, which the secondary instance then shows.
        extra = {k: v for k, v in cells.items() if k}
    return Choice(cells.get(value, ""), Text(frozen_mapping(labels)), frozen_mapping(extra))


def _problem(file_name: str, row: int | None, message: str) -> Problem:
    return error(f"The file '{file_name}' {message}", file_name, row, None)
