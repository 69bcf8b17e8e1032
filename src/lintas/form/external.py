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
from collections.abc import Mapping

from lintas.form.errors import Problem, error
from lintas.form.model import DEFAULT_LANGUAGE, Choice, ChoiceList, Text, frozen_mapping

MAX_CSV_BYTES = 20 * 2**20
MAX_CSV_ROWS = 200_000


def instance_name(file_name: str) -> str:
    """'towns.csv' -> 'towns', as ODK names the instance of an attached file."""
    return file_name.rsplit(".", 1)[0] if "." in file_name else file_name


def csv_list(
    file_name: str, data: bytes, *, needs_label: bool
) -> tuple[ChoiceList | None, list[Problem]]:
    """The file as a choice list named after it, or None and the problems found."""
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
    problems = _header_problems(file_name, header, needs_label)
    if len(rows) - 1 > MAX_CSV_ROWS:
        problems.append(
            _problem(
                file_name, None, f"has {len(rows) - 1:,} rows; at most {MAX_CSV_ROWS:,} are read."
            )
        )
    if problems:
        return None, problems
    choices = []
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
        cells = dict(zip(header, (c.strip() for c in row), strict=False))
        choices.append(_choice(cells))
    if problems:
        return None, problems[:20]
    return ChoiceList(instance_name(file_name), tuple(choices)), []


def _header_problems(file_name: str, header: list[str], needs_label: bool) -> list[Problem]:
    problems = []
    if "name" not in header:
        problems.append(
            _problem(
                file_name,
                1,
                "has no 'name' column in its header row; ODK finds each row by its name.",
            )
        )
    if needs_label and not any(h == "label" or h.startswith("label::") for h in header):
        problems.append(
            _problem(
                file_name,
                1,
                "has no 'label' column, so its choices would "
                "show no text. Add a label column (or label::language).",
            )
        )
    repeated = sorted({h for h in header if h and header.count(h) > 1})
    if repeated:
        problems.append(_problem(file_name, 1, f"names the column(s) {', '.join(repeated)} twice."))
    return problems


def _choice(cells: Mapping[str, str]) -> Choice:
    labels = {}
    for column, value in cells.items():
        if column == "label" and value:
            labels[DEFAULT_LANGUAGE] = value
        elif column.startswith("label::") and value:
            labels[column[len("label::") :]] = value
    extra = {k: v for k, v in cells.items() if k and k != "name" and not k.startswith("label")}
    return Choice(cells.get("name", ""), Text(frozen_mapping(labels)), frozen_mapping(extra))


def _problem(file_name: str, row: int | None, message: str) -> Problem:
    return error(f"The file '{file_name}' {message}", file_name, row, None)
