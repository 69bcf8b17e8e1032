"""The standard workbook, written streaming with openpyxl's write-only mode.

docs/workbook-format.md is the specification; this module follows its section numbers.
Memory stays flat: submissions are read from the vault one at a time and every sheet
goes to its own temporary file inside openpyxl until the workbook is saved.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
import uuid as uuid_module
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from lintas import __version__
from lintas.errors import LintasError
from lintas.export.atomic import atomic_path
from lintas.export.cells import SheetDigest, escape_text, stamp, typed
from lintas.export.encrypted import MemorySheetWriter, encrypting, in_memory, save_encrypted
from lintas.export.levels import OFFICE, LevelSet, Protection, level_set, protect
from lintas.export.microbounds import Microdata
from lintas.export.plan import (
    META_COLUMNS,
    Column,
    SheetPlan,
    check_columns,
    exported_questions,
    merge_plans,
    plan_sheets,
)
from lintas.export.rowxml import RowXml
from lintas.export.tables import HEADER as TABLES_HEADER
from lintas.export.tables import TableCounter, block_of
from lintas.form.model import Form, Question
from lintas.privacy.recoding import rule_named
from lintas.progress import Progress, report
from lintas.vault import submissions as stored

FORMAT = "Lintas workbook"
FORMAT_VERSION = "1.1"
LEVELS = ("internal", "restricted", "public")
# The levels this version writes (the Export dialog offers these).
WRITTEN_LEVELS = LEVELS
CODEBOOK_HEADER = [
    "sheet", "parent_sheet", "variable", "type", "cell_type", "privacy",
    "relevant", "constraint", "calculation", "choice_list", "disclosure_control",
]  # fmt: skip


@dataclass(frozen=True)
class ExportOptions:
    form_id: str | None = None
    level: str = "internal"
    labels: str | None = None  # a form language; None writes codes
    since: str | None = None  # created_at >= (ISO date or datetime, UTC)
    until: str | None = None  # created_at <
    status: str | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    sha256: str
    level: str
    form_id: str
    # What disclosure control did (About's ``disclosure``): empty at the internal level.
    disclosure: dict[str, Any] = field(default_factory=dict)


def export_workbook(
    vault: Any,
    destination: Path | str,
    options: ExportOptions,
    progress: Progress | None = None,
    password: str | None = None,
) -> ExportResult:
    """Write the workbook for ``options`` to ``destination`` and log it in the audit trail.

    With ``password`` the workbook is encrypted (Office agile encryption) and no
    plaintext byte of it touches the disk (lintas.export.encrypted).
    """
    vault.require_supervisor("export data")
    if options.level not in LEVELS:
        raise LintasError(
            f"The level '{options.level}' is not known. Use internal, restricted or public."
        )
    destination = Path(destination)
    form = vault.form(_form_id(vault, options.form_id))
    language = _language(form, options.labels)
    filters = stored.Filters(
        form_id=form.form_id, status=options.status, since=options.since, until=options.until
    )
    with vault.reading() as conn:
        total = stored.count(conn, filters)
    with encrypting(password), atomic_path(destination) as temporary:
        records, disclosure = _write(
            vault, form, filters=filters, options=options, language=language, total=total,
            path=temporary, progress=progress,
        )  # fmt: skip
    digest = _file_sha256(destination)
    try:
        vault.log(
            "export", form.form_id, level=options.level, format="xlsx",
            file=destination.name, sha256=digest, records=records,
            filters=_filters_text(options), encrypted=password is not None,
            k=disclosure.get("k_reached"), l=disclosure.get("l_reached"),
        )  # fmt: skip
    except BaseException:
        # Every export is in the audit trail: without its entry there is no file.
        destination.unlink(missing_ok=True)
        raise
    return ExportResult(destination, records, digest, options.level, form.form_id, disclosure)


def _form_id(vault: Any, wanted: str | None) -> str:
    ids = sorted({installed.form_id for installed in vault.forms()})
    if wanted is not None:
        if wanted not in ids:
            raise LintasError(
                f"No form '{wanted}' is installed in this vault. "
                f"Installed: {', '.join(ids) or 'none'}."
            )
        return wanted
    if len(ids) != 1:
        raise LintasError(
            f"This vault holds {len(ids)} forms ({', '.join(ids) or 'none'}); "
            "say which with --form ID."
        )
    return ids[0]


def _language(form: Form, wanted: str | None) -> str | None:
    if wanted is None:
        return None
    for language in form.languages:
        if wanted in (language, f"({wanted})") or language.endswith(f"({wanted})"):
            return language
    known = ", ".join(form.languages) or "only its default language"
    raise LintasError(f"The form has no labels in '{wanted}'. It has: {known}.")


def _filters_text(options: ExportOptions) -> str:
    chosen = {k: v for k, v in asdict(options).items() if v is not None and k != "form_id"}
    return json.dumps(chosen, sort_keys=True, ensure_ascii=False)


class _Sheet:
    """A write-only sheet with its checksum; text that looks active is forced to text."""

    def __init__(
        self, book: Workbook, name: str, header: list[str], types: list[str], folder: Path
    ) -> None:
        self.ws: WriteOnlyWorksheet = book.create_sheet(name)
        self.digest = SheetDigest(types)
        self.rows = 0
        self.width = len(header)
        for index, title in enumerate(header, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = min(
                40, max(10, len(title) + 2)
            )
        self.ws.freeze_panes = "A2"
        _spool_in(self.ws, folder)
        # Rows go into the sheet's stream as XML text (lintas.export.rowxml): every text is
        # a text cell, so nothing, whatever it starts with, can become a formula.
        self.writer = RowXml(self.ws, self.width)
        self.append(header)

    def append(self, row: list[Any]) -> None:
        row = [escape_text(v) if isinstance(v, str) else v for v in row]
        self.digest.add(row)
        self.writer.append(row)
        self.rows += 1

    def close(self) -> None:
        if self.width:
            self.ws.auto_filter.ref = f"A1:{get_column_letter(self.width)}{max(self.rows, 1)}"


def _spool_in(ws: WriteOnlyWorksheet, folder: Path) -> None:
    """Spool the sheet's XML next to the destination, not in the system's temp folder.

    openpyxl's write-only sheets stream to temporary files until the save; by default
    those sit in /tmp, where the answers would lie in plain text outside the folder the
    user chose. Called after the sheet's layout is set (the writer writes it first).
    An encrypted workbook's sheets stay in memory: nothing in plain text on disk.
    """
    if in_memory():
        ws._writer = MemorySheetWriter(ws)
        ws._writer.write_top()
        return
    descriptor, name = tempfile.mkstemp(prefix=".lintas-sheet-", suffix=".xml", dir=folder)
    os.close(descriptor)
    sheet_writer.ALL_TEMP_FILES.append(name)  # openpyxl removes it after the save
    ws._writer = sheet_writer.WorksheetWriter(ws, out=name)
    ws._writer.write_top()


def _discard(book: Workbook) -> None:
    """After a failure or Cancel: close every sheet's stream and remove its spool file."""
    for ws in book.worksheets:
        writer = ws._writer
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            ws.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _text_cell(ws: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _write(
    vault: Any,
    form: Form,
    *,
    filters: stored.Filters,
    options: ExportOptions,
    language: str | None,
    total: int,
    path: Path,
    progress: Progress | None,
) -> tuple[int, dict[str, Any]]:
    book = Workbook(write_only=True)
    try:
        return _fill(
            book, vault, form, filters=filters, options=options, language=language,
            total=total, path=path, progress=progress,
        )  # fmt: skip
    except BaseException:
        _discard(book)
        raise


def _fill(
    book: Workbook,
    vault: Any,
    form: Form,
    *,
    filters: stored.Filters,
    options: ExportOptions,
    language: str | None,
    total: int,
    path: Path,
    progress: Progress | None,
) -> tuple[int, dict[str, Any]]:
    about = book.create_sheet("About")
    older = older_versions(vault, form, filters)
    with vault.reading() as conn:
        # One read transaction for both passes: the protection is worked out on exactly
        # the records that are then written.
        content = prepare_content(conn, form, filters, options.level, progress, older=older)
        plans, protection, chosen = content.plans, content.protection, content.chosen
        sheets = {
            plan.name: _Sheet(
                book, plan.name, plan.header,
                plan.key_types + [column.cell_type for column in plan.columns], path.parent,
            )
            for plan in plans
        }  # fmt: skip
        codebook_rows, choice_rows, languages = _codebook(form, plans, protection)
        write_rows(conn, content, sheets, filters=filters, language=language, total=total,
                   progress=progress, what="Writing the workbook")  # fmt: skip
    statuses, versions, offices = content.statuses, content.versions, content.offices
    records = sum(statuses.values())
    codebook_header = CODEBOOK_HEADER + languages
    codebook = _Sheet(
        book, "codebook", codebook_header, ["text"] * len(codebook_header), path.parent
    )
    for row in codebook_rows:
        codebook.append(row)
    choices = _Sheet(
        book, "choices", ["list_name", "name", *languages], ["text"] * (2 + len(languages)),
        path.parent,
    )  # fmt: skip
    for row in choice_rows:
        choices.append(row)
    written = [*sheets.values(), codebook, choices]
    if content.tables is not None and content.tables.tables:
        report(progress, total, total, "Suppressing the standard tables")
        table_rows = content.tables.result()
        tables = _Sheet(book, "tables", TABLES_HEADER, ["text"] * len(TABLES_HEADER), path.parent)
        for row in table_rows:
            tables.append(row)
        written.append(tables)
    for sheet in written:
        sheet.close()
    about_rows = _about(
        vault, form, options=options, language=language, records=records,
        statuses=statuses, versions=versions, offices=offices, plans=plans,
        chosen=chosen, protection=protection,
    )  # fmt: skip
    if content.tables is not None:
        about_rows.append(["tables", json.dumps(content.tables.report.to_dict())])
    if content.lacking:
        lacking = {v: cols for v, cols in content.lacking.items() if v in versions}
        about_rows.append(["missing_columns", json.dumps(lacking, ensure_ascii=False)])
    about_rows += [[f"sha256:{sheet.ws.title}", sheet.digest.hexdigest()] for sheet in written]
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 80
    _spool_in(about, path.parent)
    for row in [["key", "value"], *about_rows]:
        about.append([_text_cell(about, str(v)) for v in row])
    report(progress, total, total, "Saving the workbook")
    if in_memory():
        save_encrypted(book, path)
    else:
        book.save(path)
    return records, content.disclosure


@dataclass
class Content:
    """What one export publishes, whatever the file format: the level's sheets and values.

    ``prepare_content`` works it out (the first pass at the restricted and public
    levels); ``write_rows`` then appends every row to the sheets, in the same read
    transaction, and counts what it wrote.
    """

    form: Form
    level: str
    chosen: LevelSet
    protection: Protection | None  # None at the internal level
    plans: list[SheetPlan]
    tables: TableCounter | None = None  # T1-T8, fed by write_rows
    counted: bool = False  # the tables were fed in the first pass (restricted, public)
    lacking: dict[str, list[str]] = field(default_factory=dict)  # version -> columns it lacks
    statuses: Counter[str] = field(default_factory=Counter)
    versions: set[str] = field(default_factory=set)
    offices: set[str] = field(default_factory=set)

    @property
    def disclosure(self) -> dict[str, Any]:
        """About's ``disclosure`` (empty at the internal level)."""
        return self.protection.to_dict() if self.protection else {}


def older_versions(vault: Any, form: Form, filters: stored.Filters) -> list[Form]:
    """The other installed versions of ``form`` that the filtered records use, newest first."""
    where, params = filters.where()
    with vault.reading() as conn:
        sql = f"SELECT DISTINCT form_version FROM submissions{where}"  # noqa: S608
        used = {row[0] for row in conn.execute(sql, params)}
    installed = {f.version for f in vault.forms() if f.form_id == form.form_id}
    wanted = sorted((used & installed) - {form.version}, reverse=True)
    return [vault.form(form.form_id, version) for version in wanted]


def prepare_content(
    conn: Any,
    form: Form,
    filters: stored.Filters,
    level: str,
    progress: Progress | None,
    *,
    older: Sequence[Form] = (),
) -> Content:
    """The sheets and protected values of ``level`` (run inside ``vault.reading()``).

    ``older`` (``older_versions``): the data sheet holds the union of every version's
    columns, the newest version's order first (docs/workbook-format.md, section 4).
    """
    for installed in (form, *older):  # before any work: a clash would mislabel columns
        check_columns(installed)
    chosen = level_set(form, level, exported_questions(form))
    counter = TableCounter(form)
    protection = None
    if level != "internal":
        protection = _protect(conn, form, filters, chosen, progress, tables=counter)
    published = None if protection is None else {
        n: r for n, r in chosen.published.items() if n not in protection.dropped
    }  # fmt: skip
    plans = plan_sheets(form, published, level)
    lacking: dict[str, list[str]] = {}
    if older:
        # What each version has, taken before the merge adds to the newest's sheets.
        have = {form.version: {(p.repeat, c.name) for p in plans for c in p.columns}}
        for other in older:
            its = plan_sheets(other, published, level)
            have[other.version] = {(p.repeat, c.name) for p in its for c in p.columns}
            plans = merge_plans(plans, its)
        for version, names in have.items():
            lacking[version] = [c.name for p in plans for c in p.columns
                                if (p.repeat, c.name) not in names]  # fmt: skip
    content = Content(form, level, chosen, protection, plans, counter)
    content.counted = protection is not None  # the first pass fed the tables
    content.lacking = lacking
    return content


def write_rows(
    conn: Any,
    content: Content,
    sheets: Mapping[str, Any],
    *,
    filters: stored.Filters,
    language: str | None,
    total: int,
    progress: Progress | None,
    what: str,
) -> int:
    """Append every published row to ``sheets`` (plan name -> object with ``append``)."""
    plans, protection, form = content.plans, content.protection, content.form
    report(progress, 0, total, what)
    for done, submission in enumerate(stored.select(conn, filters), start=1):
        if content.tables is not None and not content.counted:
            # Tables count every interview, also those the microdata leave out.
            content.tables.add(submission.status, submission.data)
        position = -1
        if protection is not None:
            # By uuid, not by place: a record saved since the first pass was not
            # protected and is not written.
            position = protection.positions.get(submission.uuid, -1)
            if position < 0 or position in protection.removed:
                continue
        content.statuses[submission.status] += 1
        content.versions.add(submission.form_version)
        content.offices.add(submission.office or "")
        if protection is None:
            _write_submission(sheets, plans, form, language, submission)
        else:
            _write_protected(sheets[plans[0].name], plans[0], form, language, submission,
                             protection=protection, position=position)  # fmt: skip
        if done % 100 == 0:  # often enough for a smooth bar in the app
            report(progress, done, total, what)
    return sum(content.statuses.values())


def _protect(
    conn: Any,
    form: Form,
    filters: stored.Filters,
    chosen: LevelSet,
    progress: Progress | None,
    *,
    tables: TableCounter,
) -> Protection:
    """First pass: the published variables of every record, then disclosure control.

    The pass also counts the tables, so that their suppression can take into account what
    the protected rows show (lintas.export.microbounds), and a table cell below its
    threshold that the rows would give exactly costs the microdata a few more blanks.
    """
    groups = {g for fields in chosen.top_coded.values() for g in fields}
    names = list(dict.fromkeys([*chosen.published, *groups]))
    columns: dict[str, list[Any]] = {name: [] for name in (*names, OFFICE)}
    positions: dict[str, int] = {}
    watched = tables.fields()
    seen: dict[str, set[Any]] = {name: set() for name in watched}
    final: list[bool] = []
    blocks: list[tuple[str, str]] = []
    for submission in stored.select(conn, filters):
        data = submission.data
        for name in names:
            columns[name].append(data.get(name))
        columns[OFFICE].append(submission.office)
        positions[submission.uuid] = len(positions)
        tables.add(submission.status, data)
        final.append(submission.status == "final")
        blocks.append(block_of(data))
        for name in watched:
            value = data.get(name)
            if value is not None and not isinstance(value, list | dict):
                seen[name].add(value)
    report(progress, 0, 0, "Applying disclosure control")
    protection = protect(form, chosen, columns, len(positions))
    protection.positions = positions
    if tables.tables:
        report(progress, 0, 0, "Checking the tables against the rows")
        shown = [n for n in chosen.published if n not in protection.dropped]
        choices = {
            q.key: form.choice_lists[q.choice_list].names()
            for q in form.questions()
            if q.key in watched and q.choice_list and q.choice_list in form.choice_lists
        }  # fmt: skip
        tables.microdata = Microdata(
            {n: protection.values[n] for n in [OFFICE, *shown] if n in protection.values},
            {n: chosen.published[n] for n in shown}, final, blocks, protection.removed,
            seen, choices,
        )  # fmt: skip
        _hide_exposed(tables, protection, chosen)
    return protection


def _hide_exposed(tables: TableCounter, protection: Protection, chosen: LevelSet) -> None:
    """Blank whole classes of microdata until no table cell below its threshold can be
    worked out from the rows and the published cells (a restricted file's k = 3 is
    below T1's threshold of 5; and a few rows alone in their category can pin a cell).

    A cell whose rows show it exactly loses, in the smallest class among those rows,
    the one of its fields that keeps the largest share of its values (then the least
    important, LevelSet.priority), so that no variable pays for all; a cell pinned
    otherwise gets a row
    of a neighbouring cell (exact but in one dimension) blanked in that dimension, so
    that it could be in either. Whole classes, so that k and l hold. The blanks count
    as suppressed values in About (``blanked_for_tables``) and in the kept shares.
    """
    assert tables.microdata is not None
    rank = {n: i for i, n in enumerate(chosen.priority or chosen.published)}
    # The share of its values each variable still keeps: the blanks go to the variable
    # that keeps most (then the least important), so that no one variable pays for all.
    kept = dict(protection.kept)

    def cheapest(name: str) -> tuple[float, int]:
        return kept.get(name, 1.0), rank.get(name, len(rank))
    for _ in range(50):  # each round blanks at least one value
        exposed = tables.exposed()
        if not exposed:
            break
        classes = protection.class_members()
        sizes = {k: len(v) for k, v in classes.items()}
        quasi = [protection.values[q] for q in protection.quasi]

        def smallest(
            positions: list[int], sizes: dict = sizes, quasi: list = quasi
        ) -> list[int]:
            first = min(positions, key=lambda i: sizes.get(tuple(c[i] for c in quasi), 0))
            key = tuple(c[first] for c in quasi)
            return [i for i in positions if tuple(c[i] for c in quasi) == key]

        blanked = 0
        touched: set[tuple[str, str]] = set()
        for grid, cell, members in exposed:
            if grid.block in touched:
                continue  # an earlier blank this round changed this block's bounds
            fields = [(d, f) for d, (f, a, i) in enumerate(zip(grid.fields, grid.axes, cell,
                                                               strict=True))
                      if i < len(a) and f in tables.microdata.values]  # fmt: skip
            if not fields:
                continue
            value = grid.done.values[cell]
            if members and grid.low is not None and grid.low[cell] == value:
                name = max((f for _, f in fields), key=cheapest)
                done = protection.blank_class(name, smallest(members), classes)
            else:
                near = tables.neighbours(grid, cell)
                choices = [(d, f) for d, f in fields if near.get(d)]
                if not choices:
                    continue
                d, name = max(choices, key=lambda x: cheapest(x[1]))
                done = protection.blank_class(name, smallest(near[d]), classes)
            if done:
                if protection.answered.get(name):
                    kept[name] = kept.get(name, 1.0) - done / protection.answered[name]
                blanked += done
                touched.add(grid.block)
        if not blanked:
            break
        tables.microdata.changed()
    protection.remeasure()


def _write_protected(
    sheet: Any,
    plan: SheetPlan,
    form: Form,
    language: str | None,
    submission: stored.Submission,
    *,
    protection: Protection,
    position: int,
) -> None:
    """A restricted or public row: the protected values, the level's metadata only."""
    values = protection.values
    known = {
        "_uuid": submission.uuid if protection.level != "public" else str(uuid_module.uuid4()),
        "_revision": submission.revision,
        "_status": submission.status,
        "_office": values[OFFICE][position],
        "_form_version": submission.form_version,
        "_pseudonym": submission.pseudonym,
    }
    data = {c.question.key: values[c.question.key][position] for c in plan.columns}
    data = {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
    sheet.append([known[name] for name in plan.meta] + _values(plan, form, language, data))


def _write_submission(
    sheets: Mapping[str, Any],
    plans: list[SheetPlan],
    form: Form,
    language: str | None,
    submission: stored.Submission,
) -> None:
    data = submission.data
    meta = [
        submission.uuid, submission.revision, submission.status, submission.office,
        submission.form_version, stamp(submission.created_at), stamp(submission.updated_at),
        submission.pseudonym,
    ]  # fmt: skip
    top = plans[0]
    sheets[top.name].append(meta + _values(top, form, language, data))
    counters: Counter[str] = Counter()
    for child in top.children:
        _write_repeat(
            sheets, child, form, language=language, uuid=submission.uuid,
            parent_index=None, container=data, counters=counters,
        )  # fmt: skip


def _write_repeat(
    sheets: Mapping[str, Any],
    plan: SheetPlan,
    form: Form,
    *,
    language: str | None,
    uuid: str,
    parent_index: int | None,
    container: Mapping[str, Any],
    counters: Counter[str],
) -> None:
    instances = container.get(plan.repeat or "")
    if not isinstance(instances, list):
        return
    for instance in instances:
        if not isinstance(instance, Mapping):
            continue
        # _index counts this sheet's rows of one submission, so that a nested row's
        # _parent_index names exactly one parent row at any depth.
        counters[plan.name] += 1
        index = counters[plan.name]
        row = [uuid, parent_index, index, *_values(plan, form, language, instance)]
        sheets[plan.name].append(row)
        for child in plan.children:
            _write_repeat(
                sheets, child, form, language=language, uuid=uuid,
                parent_index=index, container=instance, counters=counters,
            )  # fmt: skip


def _values(
    plan: SheetPlan, form: Form, language: str | None, data: Mapping[str, Any]
) -> list[Any]:
    row: list[Any] = []
    for column in plan.columns:
        value = data.get(column.question.key)
        if column.choice is not None:
            row.append(None if value is None else int(column.choice in _codes(value)))
        elif language is not None and column.question.is_select and value is not None:
            row.append(_labels(form, column.question, value, language))
        else:
            row.append(typed(column.cell_type, value))
    return row


def _codes(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else str(value).split()


def _labels(form: Form, question: Question, value: Any, language: str) -> str:
    choice_list = form.choice_lists.get(question.choice_list or "")
    shown = []
    for code in _codes(value):
        choice = choice_list.find(code) if choice_list else None
        shown.append(choice.label.get(language) or code if choice else code)
    return "; ".join(shown)


def column_labels(form: Form, column: Any, languages: list[str]) -> list[str]:
    """A data column's label in each language; a 0/1 column of a choice adds the choice's."""
    q = column.question
    if column.choice is None:
        return [q.label.get(lang) for lang in languages]
    choice_list = form.choice_lists.get(q.choice_list or "")
    choice = choice_list.find(column.choice) if choice_list else None
    return [
        f"{q.label.get(lang)}: {choice.label.get(lang) if choice else column.choice}"
        for lang in languages
    ]


def _codebook(
    form: Form, plans: list[SheetPlan], protection: Protection | None = None
) -> tuple[list[list[Any]], list[list[Any]], list[str]]:
    languages = list(form.languages) or [form.default_language]
    headers = [f"label::{language}" for language in languages]
    rows = []
    for plan in plans:
        parent = plan.parent.name if plan.parent else ""
        for column in plan.columns:
            q = column.question
            kind = f"{q.type} {q.choice_list}" if q.choice_list else q.type
            texts = column_labels(form, column, languages)
            rows.append([
                plan.name, parent, column.name, kind, column.cell_type, q.privacy.value,
                q.relevant, q.constraint, q.calculation, q.choice_list or "",
                _treatment(column, protection), *texts,
            ])  # fmt: skip
    choices = [
        [name, choice.name, *(choice.label.get(lang) for lang in languages)]
        for name, choice_list in form.choice_lists.items()
        for choice in choice_list.choices
    ]
    return rows, choices, headers


def _treatment(column: Column, protection: Protection | None) -> str:
    """What disclosure control did to a column, in words (codebook ``disclosure_control``)."""
    if protection is None or column.choice is not None:
        return ""
    name = column.name
    done = []
    if column.recoded:
        done.append(f"recoded: {rule_named(column.recoded).description} ({column.recoded})")
    if name in protection.top_coded:
        within = ", ".join(protection.set.top_coded[name])
        done.append(f"top-coded at the 99th percentile within {within}")
    if name in protection.set.quasi:
        done.append("quasi-identifier: values suppressed where needed for k")
    if name in protection.set.sensitive:
        done.append("sensitive: values blanked in classes that are not l-diverse")
    if name in protection.kept:
        done.append(f"{protection.kept[name]:.1%} of values kept")
    return "; ".join(done)


def _about(
    vault: Any,
    form: Form,
    *,
    options: ExportOptions,
    language: str | None,
    records: int,
    statuses: Counter[str],
    versions: set[str],
    offices: set[str],
    plans: list[SheetPlan],
    chosen: LevelSet,
    protection: Protection | None,
) -> list[list[Any]]:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    repeats = {
        plan.name: {"repeat": plan.repeat, "parent": plan.parent.name if plan.parent else ""}
        for plan in plans
        if plan.repeat is not None
    }
    present = sorted(versions, reverse=True) or [form.version]
    return [
        ["format", FORMAT],
        ["format_version", FORMAT_VERSION],
        ["lintas_version", __version__],
        ["form_id", form.form_id],
        ["form_title", form.title],
        ["form_versions", " ".join(present)],
        ["office", vault.office or ""],
        ["offices_of_origin", "; ".join(sorted(offices))],
        ["exported_at", now.isoformat()],
        ["timezone", "UTC"],
        ["exported_by", vault.actor],
        ["level", options.level],
        ["labels", language or "codes"],
        ["filters", _filters_text(options)],
        ["records", records],
        ["records_by_status", json.dumps(dict(sorted(statuses.items())))],
        ["dropped_variables", " ".join(_dropped(chosen, protection, plans))],
        ["disclosure", json.dumps(protection.to_dict() if protection else {}, ensure_ascii=False)],
        ["repeat_sheets", json.dumps(repeats, ensure_ascii=False)],
        ["metadata_columns", " ".join(plans[0].meta)],
    ]


def _dropped(chosen: LevelSet, protection: Protection | None, plans: list[SheetPlan]) -> list[str]:
    """Variables the internal file has and this one lacks, metadata included."""
    if protection is None:
        return []
    names = [*chosen.dropped, *(n for n in protection.dropped if n not in chosen.dropped)]
    return [*(m for m in META_COLUMNS if m not in plans[0].meta), *names]


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
