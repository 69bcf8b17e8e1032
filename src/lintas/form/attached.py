"""The choice lists a form gets from outside its choices sheet.

Two sources: the ``external_choices`` sheet (``select_one_external``; ODK turns
it into itemsets.csv, Lintas reads it in place), and the CSV files attached to
the form (``select_one_from_file``, ``csv-external``, ``pulldata()``). Which files
a form needs is known from its rows; each missing one is an error naming the row
that needs it, unless the form was given without any files at all (``form check``
of a bare XLSForm), which loads with a warning and empty lists so the rest of
the form can be checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from lintas.form.errors import Problem, error, warning
from lintas.form.external import csv_list, instance_name
from lintas.form.model import (
    DEFAULT_LANGUAGE,
    Choice,
    ChoiceList,
    Element,
    Group,
    Text,
    frozen_mapping,
)
from lintas.form.rows import FIRST_DATA_ROW

SURVEY = "survey"
_PULLDATA = re.compile(r"pulldata\s*\(\s*(['\"])([^'\"]+)\1")


def pulldata_files(children: tuple[Element, ...]) -> Iterator[tuple[str, int]]:
    """(file name, row) for every pulldata('name', ...) in the form's expressions."""
    stack: list[Element] = list(children)
    while stack:
        element = stack.pop()
        if isinstance(element, Group):
            stack.extend(element.children)
            texts = [element.relevant, element.repeat_count]
        else:
            texts = [
                element.calculation,
                element.default,
                element.relevant,
                element.constraint,
                element.choice_filter,
                element.required,
            ]
        for text in texts:
            for match in _PULLDATA.finditer(text or ""):
                yield f"{match.group(2)}.csv", element.row


def attached_lists(
    needed: Mapping[str, tuple[int, bool]],
    files: Mapping[str, bytes] | None,
    taken: set[str],
) -> tuple[dict[str, ChoiceList], list[Problem]]:
    """A choice list per needed CSV file (empty when no files were given at all)."""
    lists: dict[str, ChoiceList] = {}
    problems: list[Problem] = []
    for file_name, (row, needs_label) in sorted(needed.items()):
        name = instance_name(file_name)
        if name in taken:
            problems.append(
                error(
                    f"The file '{file_name}' would be the list '{name}', which the choices sheet "
                    "already has. Rename the file or the list.",
                    SURVEY,
                    row or None,
                    "type",
                )
            )
            continue
        if files is None:
            problems.append(
                warning(
                    f"This form reads the file '{file_name}'. Install it together with that file "
                    "(a zip of the form and its files, or the form with a folder of files); "
                    "until then its list is empty.",
                    SURVEY,
                    row or None,
                    "type",
                )
            )
            lists[name] = ChoiceList(name, ())
            continue
        if file_name not in files:
            problems.append(
                error(
                    f"This form reads the file '{file_name}', which is not among the form's files"
                    f"{_listing(files)}. Add it and install the form again.",
                    SURVEY,
                    row or None,
                    "type",
                )
            )
            continue
        built, found = csv_list(file_name, files[file_name], needs_label=needs_label)
        problems += found
        if built is not None:
            lists[name] = built
    return lists, problems


def _listing(files: Mapping[str, bytes]) -> str:
    if not files:
        return " (it was given none)"
    shown = ", ".join(sorted(files)[:8])
    return f" ({shown}{', ...' if len(files) > 8 else ''})"


def external_choice_lists(
    sheet: Sequence[Mapping[str, object]] | None,
) -> tuple[dict[str, ChoiceList], list[Problem]]:
    """The external_choices sheet's lists, read as the choices sheet is."""
    grouped: dict[str, list[Choice]] = {}
    problems: list[Problem] = []
    for index, raw in enumerate(sheet or ()):
        cells = {str(k).strip(): ("" if v is None else str(v).strip()) for k, v in raw.items()}
        list_name = cells.get("list_name") or cells.get("list name") or ""
        if not list_name:
            continue
        name = cells.get("name", "")
        if not name:
            problems.append(
                error(
                    "This external choice has no name.",
                    "external_choices",
                    index + FIRST_DATA_ROW,
                    "name",
                )
            )
            continue
        labels = {
            DEFAULT_LANGUAGE if k == "label" else k[len("label::") :]: v
            for k, v in cells.items()
            if v and (k == "label" or k.startswith("label::"))
        }
        extra = {
            k: v
            for k, v in cells.items()
            if k not in ("list_name", "list name", "name") and not k.startswith("label")
        }
        grouped.setdefault(list_name, []).append(
            Choice(name, Text(frozen_mapping(labels)), frozen_mapping(extra))
        )
    return {n: ChoiceList(n, tuple(c)) for n, c in grouped.items()}, problems
