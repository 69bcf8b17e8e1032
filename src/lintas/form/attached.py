"""The choice lists a form gets from outside its choices sheet.

Two sources: the ``external_choices`` sheet (``select_one_external``; ODK turns
it into itemsets.csv, Lintas reads it in place), and the CSV, XML and GeoJSON
files attached to the form (``select_one_from_file``, ``csv-external``,
``xml-external``, ``pulldata()``). Which files
a form needs is known from its rows; each missing one is an error naming the row
that needs it, unless the form was given without any files at all (``form check``
of a bare XLSForm), which loads with a warning and empty lists so the rest of
the form can be checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from lintas.form.datafiles import read_data_file
from lintas.form.errors import Problem, error, warning
from lintas.form.external import (
    csv_rows,
    default_refs,
    instance_name,
    rows_list,
    view_problems,
)
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
from lintas.i18n import tr

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


def view_name(file_name: str, refs: tuple[str, str]) -> str:
    """The choice list a question sees: the file's own, or one with other value/label."""
    name = instance_name(file_name)
    if refs == default_refs(file_name):
        return name
    return f"{name} (value={refs[0]}, label={refs[1]})"


def attached_lists(
    needed: Mapping[str, tuple[int, bool]],
    files: Mapping[str, bytes] | None,
    taken: set[str],
    views: Mapping[str, set[tuple[str, str]]] | None = None,
) -> tuple[dict[str, ChoiceList], list[Problem]]:
    """A choice list per needed file (empty when no files were given at all).

    Each file is its instance's list, named after it (``towns.csv`` -> ``towns``), with
    the file type's value and label fields; ``views`` adds a list for each other
    (value, label) pair a question names with its parameters.
    """
    lists: dict[str, ChoiceList] = {}
    problems: list[Problem] = []
    owners: dict[str, str] = {}
    for file_name, (row, needs_label) in sorted(needed.items()):
        name = instance_name(file_name)
        wanted = set((views or {}).get(file_name, ()))
        if needs_label:
            wanted.add(default_refs(file_name))
        if name in taken or name in owners:
            if name in owners:
                message = tr(
                    "The file '{file}' would be the list '{name}', which the file '{other}' "
                    "already gives. Rename the file or the list.",
                    file=file_name, name=name, other=owners[name],
                )  # fmt: skip
            else:
                message = tr(
                    "The file '{file}' would be the list '{name}', which the choices sheet "
                    "already gives. Rename the file or the list.",
                    file=file_name, name=name,
                )  # fmt: skip
            problems.append(
                error(
                    message,
                    SURVEY,
                    row or None,
                    "type",
                )
            )
            continue
        owners[name] = file_name
        if files is None:
            problems.append(
                warning(
                    tr(
                        "This form reads the file '{file}'. Install it together with that "
                        "file (a zip of the form and its files, or the form with a folder of "
                        "files); until then its list is empty.",
                        file=file_name,
                    ),
                    SURVEY,
                    row or None,
                    "type",
                )
            )
            for refs in {default_refs(file_name), *wanted}:
                lists[view_name(file_name, refs)] = ChoiceList(view_name(file_name, refs), ())
            continue
        if file_name not in files:
            problems.append(
                error(
                    _not_among(file_name, files),
                    SURVEY,
                    row or None,
                    "type",
                )
            )
            continue
        if file_name.lower().endswith(".csv"):
            rows, found = csv_rows(file_name, files[file_name])
        else:
            rows, found = read_data_file(file_name, files[file_name])
        if rows is not None:
            for refs in sorted(wanted):
                found += view_problems(file_name, rows, refs, labels=True)
        problems += found
        if rows is None or found:
            continue
        for refs in {default_refs(file_name), *wanted}:
            lists[view_name(file_name, refs)] = rows_list(view_name(file_name, refs), rows, refs)
    return lists, problems


def search_list_name(file_name: str, refs: tuple[str, str]) -> str:
    """The choice list of a select with search('file'): the file's rows, by value/label."""
    return f"search {instance_name(file_name)} (value={refs[0]}, label={refs[1]})"


def search_lists(
    searches: Mapping[str, Mapping[tuple[str, str], set[str]]],
    rows_of: Mapping[str, int],
    files: Mapping[str, bytes] | None,
) -> tuple[dict[str, ChoiceList], list[Problem]]:
    """A choice list per (file, value column, label columns) that a search() reads.

    ``searches`` maps each CSV file to its (value, labels) pairs and the other columns
    the search reads; each must be in the file, or the error names it.
    """
    lists: dict[str, ChoiceList] = {}
    problems: list[Problem] = []
    for file_name, views in sorted(searches.items()):
        row = rows_of.get(file_name)
        names = [search_list_name(file_name, refs) for refs in sorted(views)]
        if files is None or file_name not in files:
            problems.append(_missing(file_name, files, row))
            lists.update({n: ChoiceList(n, ()) for n in names} if files is None else {})
            continue
        rows, found = csv_rows(file_name, files[file_name])
        for refs, read in sorted(views.items()) if rows is not None else ():
            assert rows is not None
            columns = {column for cells in rows for column in cells}
            found += view_problems(file_name, rows, refs, labels=False)
            labels = [c.strip() for c in refs[1].split(",")]
            lost = sorted({*labels, *read} - columns) if rows else []
            if lost:
                shown = ", ".join(f"'{c}'" for c in lost)
                found.append(
                    error(
                        tr("The file '{file}' has no column {columns}, which the search() on "
                           "row {row} reads. Add it to the file or change the search.",
                           file=file_name, columns=shown, row=row),
                        file_name, 1, None,
                    )
                )
        problems += found
        if rows is None or found:
            continue
        for refs in sorted(views):
            name = search_list_name(file_name, refs)
            lists[name] = rows_list(name, rows, refs, unique=True)
    return lists, problems


def _missing(file_name: str, files: Mapping[str, bytes] | None, row: int | None) -> Problem:
    if files is None:
        return warning(
            tr(
                "This form reads the file '{file}'. Install it together with that "
                "file (a zip of the form and its files, or the form with a folder of "
                "files); until then its list is empty.",
                file=file_name,
            ),
            SURVEY, row or None, "appearance",
        )  # fmt: skip
    return error(_not_among(file_name, files), SURVEY, row or None, "appearance")


def _not_among(file_name: str, files: Mapping[str, bytes]) -> str:
    if not files:
        return tr(
            "This form reads the file '{file}', which is not among the form's files (it was "
            "given none). Add it and install the form again.",
            file=file_name,
        )
    shown = ", ".join(sorted(files)[:8])
    return tr(
        "This form reads the file '{file}', which is not among the form's files ({files}). "
        "Add it and install the form again.",
        file=file_name,
        files=f"{shown}{', ...' if len(files) > 8 else ''}",
    )


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
                    tr("This external choice has no name."),
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
