"""Build forms/asean_migrant_worker_survey.xlsx (and its .md rendering) from the source.

    python3 forms/build_survey.py            # write both files
    python3 forms/build_survey.py --check    # exit 1 if either file is out of date

The survey rows come from forms/source/ (plain Python, one question with all its
languages in one place). Every choice list is regenerated from the versioned code
lists in resources/codelists/ (forms/source/choice_lists.py says which). Texts
that are not English are listed in the ``translation_status`` sheet with what a
native speaker still has to review; nothing is hidden.
"""

from __future__ import annotations

import argparse
import datetime
import io
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "source"))
sys.path.insert(0, str(HERE))

import choice_lists  # noqa: E402
import consent_wording  # noqa: E402
import review_questions  # noqa: E402
import survey_paths  # noqa: E402
import survey_rows  # noqa: E402
from render_survey import render  # noqa: E402
from survey_common import LANGUAGES, Row, T  # noqa: E402

from lintas import codelists  # noqa: E402

WORKBOOK = HERE / "asean_migrant_worker_survey.xlsx"
RENDERING = HERE / "asean_migrant_worker_survey.md"
TEXT_COLUMNS = ("label", "hint", "required_message", "constraint_message")
PLAIN_COLUMNS = (
    "required", "relevant", "constraint", "calculation", "default", "choice_filter",
    "appearance", "privacy",
)  # fmt: skip
# Fixed document dates so that the same source always gives the same bytes.
FIXED_TIME = datetime.datetime(2026, 1, 1, 0, 0, 0)

DRAFT = "draft by the Lintas team: needs review by a native speaker"
ISO = "iso-codes translation shipped with pycountry: needs review by a native speaker"
MISSING = "missing: English is shown; needs translation by a native speaker"


def survey_header() -> list[str]:
    header = ["type", "name"]
    for column in TEXT_COLUMNS:
        header += [f"{column}::{name}" for _, name in LANGUAGES]
    return header + list(PLAIN_COLUMNS)


def survey_cells(row: Row) -> list[str]:
    cells = [row.type, row.name]
    for column in TEXT_COLUMNS:
        text: T | None = getattr(row, column)
        cells += [text.get(code) if text else "" for code, _ in LANGUAGES]
    cells += [getattr(row, column) for column in PLAIN_COLUMNS]
    return cells


def choice_rows(list_name: str) -> Iterator[tuple[list[str], codelists.Code, str]]:
    """(cells, code, code list name) for every choice of ``list_name``, in order."""
    own = choice_lists.CHOICE_COLUMNS.get(list_name, ())
    # Cells follow the sheet's header, which holds every list's extra columns.
    extra = [column for column in choices_header()[2 + len(LANGUAGES) :]]
    for part in choice_lists.CHOICE_LISTS[list_name]:
        source, _, only = part.partition(":")
        code_list = codelists.load(source)
        for code in code_list.codes:
            if only and code.code != only:
                continue
            labels = [code.label(lang) for lang, _ in LANGUAGES]
            cells = [
                list_name,
                code.code,
                *labels,
                *(code.extra.get(c, "") if c in own else "" for c in extra),
            ]
            yield cells, code, source


def choices_header() -> list[str]:
    extras: list[str] = []
    for columns in choice_lists.CHOICE_COLUMNS.values():
        extras += [column for column in columns if column not in extras]
    return ["list_name", "name", *(f"label::{name}" for _, name in LANGUAGES), *extras]


def translation_status() -> Iterator[list[str]]:
    """One row per non-English text: where it is, its language and what review it needs."""
    for row in survey_rows.ROWS:
        for column in TEXT_COLUMNS:
            text: T | None = getattr(row, column)
            if text is None:
                continue
            for _, name in LANGUAGES[1:]:
                yield ["survey", row.name, column, name, DRAFT]
    for list_name in choice_lists.CHOICE_LISTS:
        for _, code, source in choice_rows(list_name):
            iso = source in ("country", "currency")
            drafted = code.extra.get("lintas_drafted", "").split()
            for lang, name in LANGUAGES[1:]:
                by_iso_codes = iso and lang not in drafted
                status = (ISO if by_iso_codes else DRAFT) if code.has_translation(lang) else MISSING
                yield ["choices", f"{list_name}/{code.code}", "label", name, status]
    for sheet, row_name, column, language, question in review_questions.QUESTIONS:
        yield [sheet, row_name, column, language, f"question for a native speaker: {question}"]


def build_workbook() -> bytes:
    workbook = Workbook()
    survey = workbook.active
    survey.title = "survey"
    survey.append(survey_header())
    for row in survey_rows.ROWS:
        survey.append(survey_cells(row))
    choices = workbook.create_sheet("choices")
    header = choices_header()
    choices.append(header)
    for list_name in choice_lists.CHOICE_LISTS:
        for cells, _, _ in choice_rows(list_name):
            choices.append(cells + [""] * (len(header) - len(cells)))
    settings = workbook.create_sheet("settings")
    settings.append(list(survey_rows.SETTINGS))
    settings.append(list(survey_rows.SETTINGS.values()))
    status = workbook.create_sheet("translation_status")
    status.append(["sheet", "row", "column", "language", "status"])
    for line in translation_status():
        status.append(line)
    workbook.properties.creator = "Lintas forms/build_survey.py"
    workbook.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return reproducible(buffer.getvalue())


def reproducible(xlsx: bytes) -> bytes:
    """The same workbook with fixed zip and document dates, so a rebuild is byte-identical.

    openpyxl stamps the save time into docProps/core.xml and every zip entry; the
    vault records a form's SHA-256, so an unchanged source must give unchanged bytes.
    """
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                    rb"\g<1>" + stamp.encode() + rb"\g<2>",
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are out of date")
    args = parser.parse_args(argv)
    refused = consent_wording.problems(survey_rows.ROWS)
    if refused:
        print("Consent texts use words they must not (forms/source/consent_wording.py):")
        print("\n".join(f"  {line}" for line in refused))
        return 1
    workbook = build_workbook()
    text = render(workbook, survey_paths.PATHS)
    if args.check:
        stale = [p.name for p, new in ((RENDERING, text.encode()),) if p.read_bytes() != new]
        if WORKBOOK.read_bytes() != workbook:
            stale.append(WORKBOOK.name)
        if stale:
            print(f"Out of date: {', '.join(stale)}. Run python3 forms/build_survey.py.")
            return 1
        print("The workbook and its rendering match the source.")
        return 0
    WORKBOOK.write_bytes(workbook)
    RENDERING.write_text(text, encoding="utf-8")
    print(f"Wrote {WORKBOOK.name} and {RENDERING.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
