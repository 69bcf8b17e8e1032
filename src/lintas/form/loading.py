"""Loading an XLSForm: the pipeline of stages, each in its own module.

    reading   file or bytes -> sheets (pyxform's readers)
    sheets    sheets -> pyxform's JSON, its errors and warnings as Problems
    building  JSON -> our immutable model; refusals of what we do not run
    checking  every expression: syntax, fields, functions, scope, cycles

Each stage adds to one list of problems; any error stops the load with a
FormLoadError that lists them all.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from pyxform.xls2json_backends import DefinitionData

from lintas.form.attached import (
    attached_lists,
    external_choice_lists,
    pulldata_files,
    search_lists,
)
from lintas.form.building import Builder
from lintas.form.checking import check_expressions
from lintas.form.choices import build_choice_lists
from lintas.form.consent import consent_problems
from lintas.form.engine import engine_for
from lintas.form.errors import FormLoadError, Problem, error
from lintas.form.keys import with_keys
from lintas.form.limits import setting_problems
from lintas.form.model import DEFAULT_LANGUAGE, Form, frozen_mapping
from lintas.form.package import is_package, unpack
from lintas.form.reading import Source, open_source, read_sheets
from lintas.form.rows import survey_rows
from lintas.form.sheets import pyxform_json
from lintas.form.taint import identifier_derived, taint_problems
from lintas.form.texts import languages_of
from lintas.i18n import tr
from lintas.progress import Progress, report

_STAGES = 4


def load(
    source: str | Path | bytes,
    *,
    filename: str | None = None,
    progress: Progress | None = None,
    files: Mapping[str, bytes] | None = None,
) -> Form:
    """Load and check an XLSForm (.xlsx, .xls or markdown) from a path or its bytes.

    ``source`` may also be a form package (lintas.form.package: a zip of the form
    and its files), and ``files`` gives attached files by name (CSV choice lists,
    pulldata tables). With neither, a form that reads files loads with a warning
    and empty lists; with them, a missing or malformed file is an error naming it.

    Raises FormLoadError listing every problem found (a file that is not a form,
    pyxform's sheet errors, unsupported features, bad expressions), or
    lintas.errors.Cancelled when ``progress`` asks to stop.
    """
    form, problems = _run(source, filename, progress, files)
    if form is None or any(p.is_error for p in problems):
        raise FormLoadError(problems, _display_name(source, filename))
    engine_for(form)  # the dependency graph, built once here and shared by every Response
    return form


def check(
    source: str | Path | bytes,
    *,
    filename: str | None = None,
    files: Mapping[str, bytes] | None = None,
) -> list[Problem]:
    """Every error and warning about an XLSForm; an empty list means a clean form."""
    try:
        _form, problems = _run(source, filename, None, files)
    except FormLoadError as failure:
        return failure.problems
    return problems


def _run(
    source: str | Path | bytes,
    filename: str | None,
    progress: Progress | None,
    given: Mapping[str, bytes] | None = None,
) -> tuple[Form | None, list[Problem]]:
    report(progress, 0, _STAGES, "Reading the workbook")
    raw = open_source(source, filename)
    workbook, files = raw, dict(given) if given is not None else None
    if is_package(raw.data):
        unpacked = unpack(raw.data, f"'{raw.name}'" if raw.name else tr("The file"))
        name = unpacked.form_name
        workbook = Source(unpacked.form, name, Path(name).stem)
        files = {**unpacked.files, **(files or {})}
    sheets = read_sheets(workbook)
    rows = survey_rows(sheets.survey)
    problems = _refused_sheets(sheets)
    report(progress, 1, _STAGES, "Checking the sheets")
    try:
        result, sheet_warnings = pyxform_json(sheets)
    except FormLoadError as failure:
        names = {path[-1] for path in rows}
        raise FormLoadError(problems + [_suggest(p, names) for p in failure.problems]) from None
    problems += sheet_warnings
    report(progress, 2, _STAGES, "Building the form")
    form, form_refused = _build(
        result=result,
        sheets=sheets,
        rows=rows,
        sha256=raw.sha256,
        problems=problems,
        progress=progress,
        files=files,
    )
    report(progress, 3, _STAGES, "Checking expressions")
    problems += check_expressions(form, progress, refused=form_refused)
    problems += setting_problems(form)
    problems += consent_problems(form)
    form = _replace(form, identifier_derived=identifier_derived(form))
    problems += taint_problems(form)
    report(progress, _STAGES, _STAGES, "Done")
    if not any(p.is_error for p in problems):
        warnings = tuple(str(p) for p in problems)
        form = _with_warnings(form, warnings)
    return form, problems


def _build(
    *,
    result: dict[str, Any],
    sheets: DefinitionData,
    rows: Any,
    sha256: str,
    problems: list[Problem],
    progress: Progress | None,
    files: Mapping[str, bytes] | None,
) -> tuple[Form, set[str]]:
    root = str(result.get("name") or "data")
    builder = Builder(rows, f"/{root}", progress, files=files)
    # A name used in two groups (as ODK allows) is keyed by its group path.
    children = with_keys(builder.elements(result.get("children") or (), (), f"/{root}"))
    builder.shared_search_lists()
    choice_lists, choice_problems = build_choice_lists(result.get("choices"), sheets.choices, files)
    external, external_problems = external_choice_lists(sheets.external_choices)
    for name, choice_list in external.items():
        choice_lists.setdefault(name, choice_list)
    problems += builder.problems + builder.warnings + choice_problems + external_problems
    needed = dict(builder.files_needed)
    for file_name, row in pulldata_files(children):
        needed.setdefault(file_name, (row, False))
    attached, file_problems = attached_lists(
        needed, files, set(choice_lists), builder.file_views
    )
    choice_lists.update(attached)
    problems += file_problems
    searched, search_problems = search_lists(builder.searches, builder.search_rows, files)
    choice_lists.update(searched)
    for placeholder in builder.search_only_lists() - set(searched):
        choice_lists.pop(placeholder, None)
    problems += search_problems
    form = Form(
        form_id=str(result.get("id_string") or root),
        version=str(result.get("version") or ""),
        title=str(result.get("title") or ""),
        root_name=root,
        children=children,
        choice_lists=frozen_mapping(choice_lists),
        default_language=str(result.get("default_language") or DEFAULT_LANGUAGE),
        instance_name=str(result.get("instance_name") or ""),
        settings=frozen_mapping(_settings(sheets)),
        sha256=sha256,
        files=tuple(sorted(files or ())),
        reads_files=tuple(sorted({*needed, *builder.searches})),
    )
    # The images its labels and choices show, kept with the form for the entry view.
    shown = set(form.media_files())
    form = _replace(form, media_bytes=frozen_mapping(
        {name: data for name, data in (files or {}).items() if name in shown}
    ))  # fmt: skip
    texts = [t for q in form.walk() for t in (q.label, q.hint)]
    texts += [c.label for cl in choice_lists.values() for c in cl.choices]
    return _replace(form, languages=languages_of(texts)), builder.refused


_NOT_FOUND = re.compile(r"Could not find the name '([^']+)'")


def _suggest(problem: Problem, names: set[str]) -> Problem:
    """Add 'Did you mean ${age}?' to pyxform's unknown-reference message."""
    match = _NOT_FOUND.search(problem.message)
    close = difflib.get_close_matches(match.group(1), names, n=1) if match else []
    if not close:
        return problem
    hint = tr("Did you mean ${{{name}}}?", name=close[0])
    return replace(problem, message=f"{problem.message} {hint}")


def _refused_sheets(sheets: DefinitionData) -> list[Problem]:
    problems = []
    if sheets.entities:
        problems.append(
            error(
                tr(
                    "This form declares entities (an 'entities' sheet). Lintas does not "
                    "support entities yet: remove the sheet."
                ),
                "entities",
            )
        )
    return problems


def _settings(sheets: DefinitionData) -> dict[str, str]:
    first = (sheets.settings or [{}])[0] if sheets.settings else {}
    return {str(k): str(v) for k, v in first.items() if v not in (None, "")}


def _with_warnings(form: Form, warnings: tuple[str, ...]) -> Form:
    return _replace(form, warnings=warnings)


def _replace(form: Form, **changes: Any) -> Form:
    return replace(form, **changes)


def _display_name(source: str | Path | bytes, filename: str | None) -> str:
    if filename:
        return filename
    return Path(source).name if isinstance(source, str | Path) else ""
