"""Render an XLSForm workbook as Markdown text, so that changes can be read in a diff.

The rendering is made from the workbook itself (never from the source), in English:
every row of the survey sheet with its logic and privacy class, then every
choice list with its codes, then the settings. The translations are reviewed in
forms/source/ and in the workbook's ``translation_status`` sheet.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator, Mapping

from openpyxl import load_workbook

ENGLISH = "English (en)"
LOGIC = (
    ("required", "required"), ("relevant", "shown if"), ("constraint", "constraint"),
    ("calculation", "calculation"), ("default", "default"), ("choice_filter", "choice filter"),
    ("appearance", "appearance"),
)  # fmt: skip


def sheet_rows(workbook, name: str) -> list[dict[str, str]]:
    rows = list(workbook[name].iter_rows(values_only=True))
    header = [str(cell or "") for cell in rows[0]]
    return [
        {key: "" if value is None else str(value) for key, value in zip(header, row)}
        for row in rows[1:]
        if any(value not in (None, "") for value in row)
    ]


def english(row: dict[str, str], column: str) -> str:
    return row.get(f"{column}::{ENGLISH}") or row.get(column, "")


def render_question(row: dict[str, str], depth: int) -> Iterator[str]:
    indent = "  " * depth
    privacy = row.get("privacy") or "ordinary"
    yield f"{indent}- **{row['name']}** `{row['type']}` · privacy: {privacy}"
    label = english(row, "label")
    if label:
        yield f"{indent}  {label}"
    hint = english(row, "hint")
    if hint:
        yield f"{indent}  *hint:* {hint}"
    for column, title in LOGIC:
        if row.get(column):
            yield f"{indent}  *{title}:* `{row[column]}`"
    message = english(row, "constraint_message")
    if message:
        yield f"{indent}  *constraint message:* {message}"


def render_survey(rows: list[dict[str, str]]) -> Iterator[str]:
    depth = 0
    for row in rows:
        kind = row.get("type", "")
        if kind.startswith("end_"):
            depth -= 1
            continue
        if kind.startswith("begin_"):
            shown = f" · *shown if:* `{row['relevant']}`" if row.get("relevant") else ""
            label = english(row, "label")
            yield f"{'  ' * depth}- **[{row['name']}]** {label}{shown}"
            depth += 1
            continue
        yield from render_question(row, depth)


def render_choices(rows: list[dict[str, str]]) -> Iterator[str]:
    current = None
    extra = [key for key in (rows[0] if rows else {}) if key != "name" and "::" not in key]
    extra = [key for key in extra if key != "list_name"]
    for row in rows:
        if row["list_name"] != current:
            current = row["list_name"]
            yield ""
            yield f"### {current}"
        details = ", ".join(f"{key}={row[key]}" for key in extra if row.get(key))
        suffix = f" ({details})" if details else ""
        yield f"- `{row['name']}` {english(row, 'label')}{suffix}"


# Scripted interviews run at a fixed moment, so that the rendering never depends on the date.
PATHS_RUN_AT = datetime.datetime(2026, 11, 28, 9, 0, 0)
QUESTIONS_PER_MINUTE = 3.5  # closed questions read aloud and keyed; a planning figure


def questions_seen(workbook_bytes: bytes, answers: Mapping[str, object]) -> tuple[int, int]:
    """(questions, notes) a respondent giving ``answers`` is shown, run through the form engine."""
    from lintas.form import load
    from lintas.form.response import Response

    form = load(workbook_bytes, filename="survey.xlsx")
    response = Response(form, now=PATHS_RUN_AT)
    for address, value in answers.items():
        response.set(address, value)
    shown = [
        form.question(address).type
        for address in response.addresses()
        if response.state(address).relevant and form.question(address).type != "calculate"
    ]
    notes = shown.count("note")
    return len(shown) - notes, notes


def render_paths(workbook_bytes: bytes, paths: Mapping[str, Mapping[str, object]]) -> Iterator[str]:
    yield "## Interview length per path"
    yield ""
    yield (
        "Questions shown to the respondent on each scripted path (forms/source/survey_paths.py), "
        f"counted by the form engine; minutes at {QUESTIONS_PER_MINUTE} questions a minute."
    )
    yield ""
    yield "| path | questions | notes read | about minutes |"
    yield "|---|---|---|---|"
    for name, answers in paths.items():
        questions, notes = questions_seen(workbook_bytes, answers)
        yield f"| {name} | {questions} | {notes} | {round(questions / QUESTIONS_PER_MINUTE)} |"
    yield ""


def render(workbook_bytes: bytes, paths: Mapping[str, Mapping[str, object]] | None = None) -> str:
    """The Markdown rendering of an XLSForm given as .xlsx bytes.

    With ``paths`` (name -> scripted answers) it adds the questions seen on each path.
    """
    workbook = load_workbook(io.BytesIO(workbook_bytes), read_only=True)
    settings = sheet_rows(workbook, "settings")[0]
    survey = sheet_rows(workbook, "survey")
    choices = sheet_rows(workbook, "choices")
    languages = [key.split("::", 1)[1] for key in survey[0] if key.startswith("label::")]
    lines = [
        f"# {settings.get('form_title', '')}",
        "",
        "Generated by forms/build_survey.py from forms/source/ and resources/codelists/; "
        "do not edit by hand.",
        "",
        *(f"- {key}: {value}" for key, value in settings.items()),
        f"- languages: {', '.join(languages)}",
        f"- questions (survey rows other than groups): "
        f"{sum(1 for row in survey if not row['type'].startswith(('begin_', 'end_')))}",
        "",
        *(render_paths(workbook_bytes, paths) if paths else ()),
        "## Survey",
        "",
        *render_survey(survey),
        "",
        "## Choice lists",
        *render_choices(choices),
        "",
    ]
    return "\n".join(lines)
