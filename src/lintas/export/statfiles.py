"""SPSS (.sav), Stata (.dta) and CSV exports: the workbook's rows, packed in one zip.

docs/workbook-format.md, section 12, is the specification. The rows come from the same
code as the workbook's (same sheets, same level, same typing); this module only changes
how they are stored: one file per sheet, named and labelled the way each program wants,
with the codebook, the choice lists, About and a README beside them.

CSV streams (each sheet is spooled as CSV next to the destination, then zipped). .sav
and .dta stream too: the rows are spooled in chunks next to the destination and
pyreadstat writes each chunk, which are then joined (lintas.export.chunked), so memory
stays flat however many rows a sheet has.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import re
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lintas import __version__
from lintas.errors import LintasError
from lintas.export import workbook as wb
from lintas.export.atomic import atomic_path
from lintas.export.chunked import STATA_STR_LIMIT, RowSpool, write_joined
from lintas.export.plan import META_COLUMNS, REPEAT_KEYS, SheetPlan
from lintas.form.model import ChoiceList, Form, Question
from lintas.form.xpath.values import number_to_string
from lintas.progress import Progress, report
from lintas.vault import submissions as stored

FORMATS = ("sav", "dta", "csv")
STATISTICAL_FORMAT = "Lintas statistical export"
STATISTICAL_FORMAT_VERSION = "1.0"
# The shared answer codes of resources/codelists/response_code.csv; a form may also mark
# any choice with a `missing` column (yes/true/1) on its choices sheet.
MISSING_CODES = ("dk", "refused")
# What a spreadsheet acts on at the start of a CSV field (formula injection), and the
# quote that marks a guarded field, so that a real leading quote stays reversible.
CSV_GUARDED_START = ("=", "+", "-", "@", "\t", "\r", "'")
# Names both SPSS and Stata refuse or read as syntax (compared without case).
RESERVED_NAMES = frozenset(
    "all and by eq ge gt le lt ne not or to with "  # SPSS
    "_all _b byte _coef _cons double float if in int long _n _pi _pred _rc _skip "
    "strl using".split()  # Stata
)
NAME_LIMIT = 32  # Stata's limit; SPSS allows 64 bytes, but one name serves both
SAV_VARIABLE_LABEL_BYTES = 256
SAV_VALUE_LABEL_BYTES = 120
SAV_MISSING_CODES = 3  # SPSS: at most three discrete missing values per variable
SAV_MISSING_CODE_BYTES = 8  # and a string missing value is at most eight bytes
DTA_VARIABLE_LABEL_CHARACTERS = 80
META_LABELS = {
    "_uuid": "Submission id",
    "_revision": "Revision",
    "_status": "Status (draft, final, void)",
    "_office": "Office of origin",
    "_form_version": "Form version",
    "_created_at": "Created (UTC)",
    "_updated_at": "Updated (UTC)",
    "_pseudonym": "Pseudonym",
    "_parent_uuid": "Submission id of the parent row",
    "_parent_index": "_index of the enclosing repeat row",
    "_index": "Row number within the submission",
}
NUMERIC_TYPES = ("integer", "decimal", "indicator")


@dataclass
class ColumnStats:
    """What a column's values are, seen one at a time: its type and width in the file.

    A .sav or .dta column's type and string width must be known before its first row is
    written (lintas.export.chunked), so they are worked out while the rows are spooled.
    """

    answered: int = 0
    numbers: int = 0  # int or float, not bool
    datetimes: int = 0
    dates: int = 0  # dates that are not datetimes
    times: int = 0
    widest: int = 0  # the longest text form, in UTF-8 bytes
    unlisted: dict[str, None] = field(default_factory=dict)  # select_one codes not in the list

    def add(self, value: Any, mapping: dict[str, Any] | None) -> None:
        if value is None:
            return
        self.answered += 1
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.numbers += 1
        elif isinstance(value, dt.datetime):
            self.datetimes += 1
        elif isinstance(value, dt.date):
            self.dates += 1
        elif isinstance(value, dt.time):
            self.times += 1
        text = value if isinstance(value, str) else _text_of(value)
        width = len(text) if text.isascii() else len(text.encode("utf-8"))
        self.widest = max(self.widest, width)
        if mapping is not None and text not in mapping:
            self.unlisted[text] = None

    def all(self, kind: str) -> bool:
        return getattr(self, kind) == self.answered


@dataclass
class FileColumn:
    """One column of one data file: its workbook name, its name in the file, its type."""

    name: str
    file_name: str
    cell_type: str
    label: str
    question: Question | None = None  # None for a metadata key
    choice: str | None = None  # a select_multiple 0/1 column
    language: str = ""  # the language of the labels in the file
    stats: ColumnStats = field(default_factory=ColumnStats)

    @property
    def is_select_one(self) -> bool:
        return (
            self.question is not None
            and self.choice is None
            and self.question.type == "select_one"
            and bool(self.question.choice_list)
        )


@dataclass
class FileSheet:
    plan: SheetPlan
    file: str  # name inside the zip
    columns: list[FileColumn]
    spool: Any = None  # CSV: the text file being written
    writer: Any = None
    rows: int = 0
    chunks: RowSpool | None = None  # .sav and .dta: the rows, spooled in chunks
    mappings: list[dict[str, Any] | None] = field(default_factory=list)  # dta select_one codes

    def append(self, row: list[Any]) -> None:
        self.rows += 1
        if self.writer is not None:
            self.writer.writerow(guard_row(row))
            return
        for column, mapping, value in zip(self.columns, self.mappings, row, strict=True):
            column.stats.add(value, mapping)
        assert self.chunks is not None
        self.chunks.append(row)


def guard_csv(value: Any) -> Any:
    """A CSV field a spreadsheet will not run: risky text gets one leading quote.

    The workbook writes such text as a text cell; CSV has no cell types, so the field is
    prefixed with ``'`` (OWASP's advice). A real leading quote is doubled the same way,
    so a reader gets the answer back by removing exactly one leading quote.
    """
    if isinstance(value, str) and value.startswith(CSV_GUARDED_START):
        return "'" + value
    return value


def unguard_csv(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def guard_row(row: Iterable[Any]) -> list[Any]:
    return [_csv_text(value) for value in row]


def _csv_text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return repr(value)  # every digit: the same double comes back
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return guard_csv(value)


def file_names(names: Iterable[str]) -> dict[str, str]:
    """Names SPSS and Stata both accept: letters, digits, ``_``; a letter first; 32 long.

    ``_uuid`` becomes ``meta_uuid``; ``reasons/work`` becomes ``reasons_work``; a name that
    is reserved, too long or taken (without regard to case) gets ``_N``.
    """
    taken = set(RESERVED_NAMES)
    chosen = {}
    for name in names:
        if name in META_COLUMNS or name in REPEAT_KEYS:
            wanted = "meta" + name
        else:
            wanted = re.sub(r"[^A-Za-z0-9_]", "_", name)
            if not wanted[:1].isalpha() or not wanted[:1].isascii():
                wanted = "v" + wanted
        candidate = wanted[:NAME_LIMIT]
        number = 0
        while candidate.lower() in taken:
            number += 1
            suffix = f"_{number}"
            candidate = wanted[: NAME_LIMIT - len(suffix)] + suffix
        taken.add(candidate.lower())
        chosen[name] = candidate
    return chosen


def missing_codes(choice_list: ChoiceList | None) -> list[str]:
    """The form's own "don't know" / "refused" style codes of a list, in list order."""
    if choice_list is None:
        return []
    return [
        choice.name
        for choice in choice_list.choices
        if choice.name in MISSING_CODES
        or str(choice.extra.get("missing", "")).strip().lower() in ("yes", "true", "1")
    ]


@dataclass(frozen=True)
class StatsResult:
    path: Path
    records: int
    sha256: str
    level: str
    form_id: str
    format: str
    files: tuple[str, ...]


def export_statistics(
    vault: Any,
    destination: Path | str,
    options: wb.ExportOptions,
    file_format: str,
    progress: Progress | None = None,
) -> StatsResult:
    """Write ``destination`` (a .zip) with one ``file_format`` file per sheet, and log it."""
    vault.require_supervisor("export data")
    if file_format not in FORMATS:
        known = ", ".join(FORMATS)
        raise LintasError(f"Unknown format '{file_format}'. Use one of: xlsx, {known}.")
    destination = Path(destination)
    if destination.suffix.lower() != ".zip":
        raise LintasError(
            f"A {file_format} export is a .zip (one file per sheet, the codebook and a "
            f"README); name the output '{destination.stem}.zip'."
        )
    _check_level(options.level)
    form = vault.form(wb._form_id(vault, options.form_id))
    language = wb._language(form, options.labels)
    filters = stored.Filters(
        form_id=form.form_id, status=options.status, since=options.since, until=options.until
    )
    with vault.reading() as conn:
        total = stored.count(conn, filters)
    with (
        atomic_path(destination) as temporary,
        tempfile.TemporaryDirectory(prefix=".lintas-export-", dir=destination.parent) as spool,
    ):
        records, files = _write_zip(
            vault, form, filters=filters, options=options, language=language, total=total,
            path=temporary, spool=Path(spool), file_format=file_format, progress=progress,
        )  # fmt: skip
    digest = wb._file_sha256(destination)
    try:
        vault.log(
            "export", form.form_id, level=options.level, format=file_format,
            file=destination.name, sha256=digest, records=records,
            filters=wb._filters_text(options),
        )  # fmt: skip
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    return StatsResult(
        destination, records, digest, options.level, form.form_id, file_format, tuple(files)
    )


def _check_level(level: str) -> None:
    if level not in wb.LEVELS:
        raise LintasError(f"The level '{level}' is not known. Use internal, restricted or public.")


def _label_language(form: Form, language: str | None) -> str:
    return language or form.default_language


def _file_sheets(
    form: Form, plans: list[SheetPlan], file_format: str, label_language: str
) -> list[FileSheet]:
    sheets = []
    used: set[str] = set()
    for plan in plans:
        # CSV keeps the workbook's names; SPSS and Stata need names of their own.
        names = {n: n for n in plan.header} if file_format == "csv" else file_names(plan.header)
        key_types = plan.key_types
        columns = [
            FileColumn(key, names[key], kind, META_LABELS.get(key, key), language=label_language)
            for key, kind in zip(plan.keys, key_types, strict=True)
        ]
        for column in plan.columns:
            q = column.question
            label = q.label.get(label_language) or q.key
            if column.choice is not None:
                choice_list = form.choice_lists.get(q.choice_list or "")
                choice = choice_list.find(column.choice) if choice_list else None
                label = f"{label}: {choice.label.get(label_language) if choice else column.choice}"
            columns.append(
                FileColumn(
                    column.name,
                    names[column.name],
                    column.cell_type,
                    label,
                    q,
                    column.choice,
                    label_language,
                )
            )
        stem = re.sub(r"[^\w.-]", "_", plan.name)
        while stem.lower() in used:
            stem += "_"
        used.add(stem.lower())
        sheets.append(FileSheet(plan, f"{stem}.{file_format}", columns))
    return sheets


def _write_zip(
    vault: Any,
    form: Form,
    *,
    filters: stored.Filters,
    options: wb.ExportOptions,
    language: str | None,
    total: int,
    path: Path,
    spool: Path,
    file_format: str,
    progress: Progress | None,
) -> tuple[int, list[str]]:
    label_language = _label_language(form, language)
    # The level's sheets and protected values, the same as the workbook's.
    older = wb.older_versions(vault, form, filters)
    with vault.reading() as conn:
        content = wb.prepare_content(conn, form, filters, options.level, progress, older=older)
    plans = content.plans
    sheets = _file_sheets(form, plans, file_format, label_language)
    by_name = {sheet.plan.name: sheet for sheet in sheets}
    try:
        for sheet in sheets:
            if file_format == "csv":
                sheet.spool = open(  # closed below, also on failure
                    spool / sheet.file, "w", encoding="utf-8", newline=""
                )
                sheet.writer = csv.writer(sheet.spool)
                sheet.writer.writerow(guard_row(sheet.plan.header))
            else:
                sheet.chunks = RowSpool(spool / (sheet.file + ".rows"))
                sheet.mappings = [
                    value_mapping(form.choice_lists.get(c.question.choice_list or ""), "dta")
                    if file_format == "dta" and c.is_select_one and c.question else None
                    for c in sheet.columns
                ]  # fmt: skip
        # Labels go into the cells only in CSV; .sav and .dta keep the codes and carry the
        # labels as value labels.
        cell_language = language if file_format == "csv" else None
        with vault.reading() as conn:
            records = wb.write_rows(conn, content, by_name, filters=filters,
                                    language=cell_language, total=total, progress=progress,
                                    what=f"Writing the {file_format} files")  # fmt: skip
        report(progress, total, total, f"Saving the {file_format} files")
        for sheet in sheets:
            if sheet.spool is not None:
                sheet.spool.close()
            else:
                _write_statistical(sheet, form, spool / sheet.file, form.title, file_format)
            report(progress, total, total, f"Saving the {file_format} files")
        file_digests = {sheet.file: _sha256(spool / sheet.file) for sheet in sheets}
        about = wb._about(
            vault, form, options=options, language=language, records=records,
            statuses=content.statuses, versions=content.versions, offices=content.offices,
            plans=plans, chosen=content.chosen, protection=content.protection,
        )  # fmt: skip
        about[0] = ["format", STATISTICAL_FORMAT]
        about[1] = ["format_version", STATISTICAL_FORMAT_VERSION]
        about += [
            ["file_format", file_format],
            ["label_language", label_language],
            ["data_files", json.dumps({s.file: s.plan.name for s in sheets}, ensure_ascii=False)],
        ]
        about += [[f"sha256:{name}", digest] for name, digest in file_digests.items()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr("README.txt", _readme(form, file_format, sheets, about))
            for sheet in sheets:
                archive.write(spool / sheet.file, sheet.file)
            archive.writestr("codebook.csv", _csv_bytes(_codebook_rows(form, sheets, file_format)))
            archive.writestr("choices.csv", _csv_bytes(_choice_rows(form, file_format)))
            archive.writestr("about.csv", _csv_bytes([["key", "value"], *about]))
        return records, ["README.txt", *(s.file for s in sheets), "codebook.csv",
                         "choices.csv", "about.csv"]  # fmt: skip
    finally:
        for sheet in sheets:
            if sheet.spool is not None and not sheet.spool.closed:
                sheet.spool.close()
            if sheet.chunks is not None:
                sheet.chunks.close()


def _csv_bytes(rows: Iterable[Iterable[Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow(guard_row(row))
    return buffer.getvalue().encode("utf-8")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- .sav and .dta ----------------------------------------------------------------------


def _cut_bytes(text: str, limit: int) -> str:
    # At a character boundary: readstat cuts at a byte count.
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def _text_of(value: Any) -> str:
    """The stored text back from a typed value (for a column that cannot keep its type)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return number_to_string(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def file_type(column: FileColumn, file_format: str) -> str:
    """What the column is in the file: numeric, string, date, time or datetime.

    A column keeps its type only when every value has it (an old version's odd answer
    makes the whole column text, holding the stored text unchanged).
    """
    stats = column.stats
    if column.is_select_one:
        return "numeric" if file_format == "dta" else "string"
    if column.cell_type in NUMERIC_TYPES or column.name in ("_revision", "_index", "_parent_index"):
        return "numeric" if stats.all("numbers") else "string"
    if column.cell_type == "calculated":
        return "numeric" if stats.answered and stats.all("numbers") else "string"
    if column.cell_type == "datetime":
        return "datetime" if stats.all("datetimes") else "string"
    if column.cell_type == "date":
        return "date" if stats.all("dates") else "string"
    if column.cell_type == "time":
        return "time" if stats.all("times") else "string"
    return "string"


def _padding(sheet: FileSheet, file_format: str) -> list[Any]:
    """The first row of every chunk: each column's final type and widest text.

    pyreadstat takes a column's type and string width from its values; with this row
    first, every chunk gets the same dictionary (lintas.export.chunked).
    """
    row: list[Any] = []
    for column in sheet.columns:
        kind = file_type(column, file_format)
        if kind == "datetime":
            row.append(dt.datetime(2000, 1, 1))
        elif kind == "date":
            row.append(dt.date(2000, 1, 1))
        elif kind == "time":
            row.append(dt.time(0, 0))
        elif kind == "string":
            row.append("x" * max(1, column.stats.widest))
        else:
            row.append(None)
    return row


def _frame(
    sheet: FileSheet, form: Form, file_format: str, rows: list[list[Any]]
) -> tuple[Any, dict[str, Any]]:
    import pandas as pd

    data: dict[str, Any] = {}
    value_labels: dict[str, dict[Any, str]] = {}
    missing: dict[str, list[Any]] = {}
    measures: dict[str, str] = {}
    for position, column in enumerate(sheet.columns):
        kind = file_type(column, file_format)
        values = [row[position] for row in rows]
        if column.is_select_one:
            codes, labels, declared = _select_one(column, form, file_format, values)
            data[column.file_name] = codes
            value_labels[column.file_name] = labels
            if declared:
                missing[column.file_name] = declared
            measures[column.file_name] = "nominal"
        elif kind == "numeric":
            data[column.file_name] = pd.Series(
                [math.nan if v is None else float(v) for v in values], dtype="float64"
            )
            measures[column.file_name] = "nominal" if column.choice else "scale"
        elif kind == "datetime":
            data[column.file_name] = pd.Series(
                [pd.NaT if v is None else v for v in values], dtype="datetime64[ns]"
            )
        elif kind in ("date", "time"):
            data[column.file_name] = pd.Series(values, dtype="object")
        else:
            data[column.file_name] = pd.Series([_text_of(v) for v in values], dtype="object")
            if column.question is not None and column.question.type == "select_multiple":
                measures[column.file_name] = "nominal"
    extras = {"value_labels": value_labels, "missing": missing, "measures": measures}
    return pd.DataFrame(data, columns=[c.file_name for c in sheet.columns]), extras


def _select_one(
    column: FileColumn, form: Form, file_format: str, values: list[Any]
) -> tuple[Any, dict[Any, str], list[Any]]:
    """Codes, value labels and declared missing values of a select_one column.

    SPSS keeps the codes as text with text value labels, so nothing is renumbered. Stata
    labels only numbers: codes that are whole numbers stay, others are numbered 1, 2, …
    in list order (choices.csv's ``file_value``), and the form's missing codes become
    Stata's extended missing values (``dk`` -> ``.d``).
    """
    import pandas as pd

    assert column.question is not None
    choice_list = form.choice_lists.get(column.question.choice_list or "")
    language = column.language
    mapping = value_mapping(choice_list, file_format)
    labels: dict[Any, str] = {}
    for choice in choice_list.choices if choice_list else ():
        value = mapping[choice.name]
        if isinstance(value, str) and file_format == "dta":
            continue  # an extended missing value: pyreadstat cannot label it
        text = choice.label.get(language) or choice.name
        labels[value] = _cut_bytes(text, SAV_VALUE_LABEL_BYTES) if file_format == "sav" else text
    declared = missing_codes(choice_list)
    if file_format == "sav":
        codes = pd.Series([_text_of(v) for v in values], dtype="object")
        usable = [c for c in declared if len(c.encode("utf-8")) <= SAV_MISSING_CODE_BYTES]
        return codes, labels, usable[:SAV_MISSING_CODES]
    # An old version's code that the list no longer has keeps a number of its own, the
    # same in every chunk: numbered in the order the whole column first shows them.
    extra: dict[str, int] = {}
    next_value = max((v for v in mapping.values() if isinstance(v, int)), default=0) + 1
    for code in column.stats.unlisted:
        extra[code] = next_value
        labels[next_value] = code
        next_value += 1
    out: list[Any] = []
    for value in values:
        if value is None:
            out.append(math.nan)
            continue
        code = _text_of(value)
        mapped = mapping.get(code, extra.get(code))
        out.append(mapped if isinstance(mapped, str) else float(mapped))  # type: ignore[arg-type]
    letters = sorted({v for v in mapping.values() if isinstance(v, str)})
    return pd.Series(out, dtype="object"), labels, letters


def value_mapping(choice_list: ChoiceList | None, file_format: str) -> dict[str, Any]:
    """Choice code -> the value in the file (the code, a number, or a Stata missing letter)."""
    if choice_list is None:
        return {}
    if file_format != "dta":
        return {choice.name: choice.name for choice in choice_list.choices}
    declared = missing_codes(choice_list)
    mapping: dict[str, Any] = {}
    letters: set[str] = set()
    for code in declared:
        first = code[:1].lower()
        letter = (
            first
            if first.isascii() and first.isalpha() and first not in letters
            else next(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters)
        )
        letters.add(letter)
        mapping[code] = letter
    ordinary = [c.name for c in choice_list.choices if c.name not in mapping]
    whole = all(re.fullmatch(r"-?[0-9]{1,9}", code) and str(int(code)) == code for code in ordinary)
    for position, code in enumerate(ordinary, start=1):
        mapping[code] = int(code) if whole else position
    return mapping


def _write_statistical(sheet: FileSheet, form: Form, out: Path, title: str, kind: str) -> None:
    """The sheet's .sav or .dta file, chunk by chunk when it can be (flat memory)."""
    assert sheet.chunks is not None
    write = _write_sav if kind == "sav" else _write_dta

    def chunk(rows: list[list[Any]], path: Path) -> None:
        write(sheet, form, path, title, rows)

    widest = max((c.stats.widest for c in sheet.columns), default=0)
    whole = sheet.chunks.rows == 0 or (kind == "dta" and widest > STATA_STR_LIMIT)
    if whole or not write_joined(sheet.chunks, _padding(sheet, kind), chunk, out, kind):
        # No rows, or Stata strL text: one frame of every row, as pyreadstat wants it.
        write(sheet, form, out, title, [row for rows in sheet.chunks.chunks() for row in rows])


def _write_sav(sheet: FileSheet, form: Form, out: Path, title: str, rows: list[list[Any]]) -> None:
    import pyreadstat

    frame, extras = _frame(sheet, form, "sav", rows)
    labels = {c.file_name: _cut_bytes(c.label, SAV_VARIABLE_LABEL_BYTES) for c in sheet.columns}
    pyreadstat.write_sav(
        frame, str(out), file_label=_cut_bytes(title, 64), column_labels=labels,
        variable_value_labels=extras["value_labels"], missing_ranges=extras["missing"] or None,
        variable_measure=extras["measures"] or None,
    )  # fmt: skip


def _write_dta(sheet: FileSheet, form: Form, out: Path, title: str, rows: list[list[Any]]) -> None:
    import pyreadstat

    frame, extras = _frame(sheet, form, "dta", rows)
    labels = {c.file_name: c.label[:DTA_VARIABLE_LABEL_CHARACTERS] for c in sheet.columns}
    pyreadstat.write_dta(
        frame, str(out), file_label=title[:DTA_VARIABLE_LABEL_CHARACTERS], column_labels=labels,
        variable_value_labels=extras["value_labels"],
        missing_user_values=extras["missing"] or None,
    )  # fmt: skip


# --- codebook, choices, README -----------------------------------------------------------


def _codebook_rows(form: Form, sheets: list[FileSheet], file_format: str) -> list[list[Any]]:
    languages = list(form.languages) or [form.default_language]
    header = [
        "file", "file_variable", "file_type", "missing_codes", *wb.CODEBOOK_HEADER,
        *(f"label::{language}" for language in languages),
    ]  # fmt: skip
    rows: list[list[Any]] = [header]
    for sheet in sheets:
        parent = sheet.plan.parent.name if sheet.plan.parent else ""
        for column in sheet.columns:
            q = column.question
            kind = column.cell_type if file_format == "csv" else file_type(column, file_format)
            if q is None:
                rows.append([
                    sheet.file, column.file_name, kind, "", sheet.plan.name, parent,
                    column.name, "metadata", column.cell_type, "", "", "", "", "",
                    *(column.label for _ in languages),
                ])  # fmt: skip
                continue
            choice_list = form.choice_lists.get(q.choice_list or "")
            declared = missing_codes(choice_list) if column.is_select_one else []
            if file_format == "dta":
                mapping = value_mapping(choice_list, "dta")
                declared = [f"{code}=.{mapping[code]}" for code in declared]
            texts = wb.column_labels(form, column, languages)
            kind_text = f"{q.type} {q.choice_list}" if q.choice_list else q.type
            rows.append([
                sheet.file, column.file_name, kind, " ".join(declared), sheet.plan.name, parent,
                column.name, kind_text, column.cell_type, q.privacy.value, q.relevant,
                q.constraint, q.calculation, q.choice_list or "", *texts,
            ])  # fmt: skip
    return rows


def _choice_rows(form: Form, file_format: str) -> list[list[Any]]:
    languages = list(form.languages) or [form.default_language]
    rows: list[list[Any]] = [
        ["list_name", "name", "file_value", "missing", *(f"label::{lang}" for lang in languages)]
    ]
    for name, choice_list in form.choice_lists.items():
        mapping = value_mapping(choice_list, file_format)
        declared = set(missing_codes(choice_list))
        for choice in choice_list.choices:
            value = mapping[choice.name]
            shown = f".{value}" if file_format == "dta" and isinstance(value, str) else value
            rows.append([
                name, choice.name, shown, "yes" if choice.name in declared else "",
                *(choice.label.get(lang) for lang in languages),
            ])  # fmt: skip
    return rows


_READERS = {
    "sav": (
        'SPSS: File > Open > Data. R: haven::read_sav("data.sav"). Python: '
        'pyreadstat.read_sav("data.sav", user_missing=True).'
    ),
    "dta": (
        'Stata: use data.dta. R: haven::read_dta("data.dta"). Python: '
        'pyreadstat.read_dta("data.dta", user_missing=True).'
    ),
    "csv": (
        'R: read.csv("data.csv", colClasses = "character", encoding = "UTF-8"). '
        'Python: pandas.read_csv("data.csv", dtype=str, keep_default_na=False).'
    ),
}


def _readme(form: Form, file_format: str, sheets: list[FileSheet], about: list[list[Any]]) -> str:
    facts = dict((str(k), str(v)) for k, v in about)
    files = "\n".join(
        f"  {sheet.file:<28} {sheet.rows:>8} rows  "
        + ("one row per submission" if sheet.plan.repeat is None else
           f"repeat group '{sheet.plan.repeat}', keyed by meta_parent_uuid, meta_parent_index "
           "and meta_index" if file_format != "csv" else
           f"repeat group '{sheet.plan.repeat}', keyed by _parent_uuid, _parent_index, _index")
        for sheet in sheets
    )  # fmt: skip
    notes = {
        "sav": (
            "Choice questions hold their codes as text with value labels in the label "
            "language; the form's 'don't know' and 'refused' codes are declared as "
            "user-missing values (at most three of up to eight bytes per variable, SPSS's limit)."
        ),
        "dta": (
            "Choice questions are numbers with value labels in the label language. Codes "
            "that are whole numbers keep their value; other codes are numbered 1, 2, ... in "
            "list order (choices.csv, column file_value). The form's 'don't know' and "
            "'refused' codes are Stata's extended missing values (.d, .r; codebook.csv, "
            "column missing_codes)."
        ),
        "csv": (
            "UTF-8, comma-separated, with a header row. Dates are YYYY-MM-DD, times HH:MM:SS "
            "and datetimes YYYY-MM-DDTHH:MM:SS (UTC for _created_at and _updated_at). A text "
            "that begins with = + - @ a tab, a carriage return or ' is written with one "
            "more ' in front, so that a spreadsheet does not run it as a formula; remove "
            "exactly one leading ' from such a field to get the answer back."
        ),
    }[file_format]
    renamed = (
        "Variable names are the form's names made valid for SPSS and Stata (letters, "
        "digits and _, a letter first, at most 32 characters): _uuid is meta_uuid, "
        "reasons/work is reasons_work. codebook.csv maps every file_variable to its "
        "XLSForm variable.\n\n"
        if file_format != "csv"
        else "Column names are the form's XLSForm names, as in the Lintas workbook.\n\n"
    )
    return (
        f"{form.title} ({form.form_id}): Lintas export, {file_format} format\n"
        f"{'=' * 60}\n\n"
        f"Exported {facts.get('exported_at', '')} by {facts.get('exported_by', '')} "
        f"of {facts.get('office', '')}, level {facts.get('level', '')}, "
        f"{facts.get('records', '')} records.\n"
        f"Filters: {facts.get('filters', '')}\n"
        f"Labels: {facts.get('label_language', '')}\n"
        f"Lintas {__version__}, {STATISTICAL_FORMAT} {STATISTICAL_FORMAT_VERSION} "
        "(docs/workbook-format.md, section 12).\n\n"
        f"Files\n{files}\n"
        "  codebook.csv   every column of every data file: its name in the file, the "
        "XLSForm variable, type, privacy role, labels in every language\n"
        "  choices.csv    every choice list, with the value each code has in the files\n"
        "  about.csv      what the Lintas workbook's About sheet holds, with the SHA-256 "
        "of every data file\n\n"
        f"{renamed}{notes}\n\n"
        "An unanswered question is empty (a system-missing value).\n\n"
        f"Reading the files\n  {_READERS[file_format]}\n"
    )
