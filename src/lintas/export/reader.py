"""Read a Lintas workbook back, and check it against docs/workbook-format.md (section 11)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lintas.errors import EXIT_DAMAGED, EXIT_USER_ERROR, LintasError
from lintas.export.cells import SheetDigest, unescape_text
from lintas.export.disclosure_check import check_level, check_tables
from lintas.export.encrypted import decrypted, is_encrypted
from lintas.export.plan import LEVEL_META, META_COLUMNS, META_TYPE, REPEAT_KEYS
from lintas.export.workbook import FORMAT, FORMAT_VERSION
from lintas.form.xpath.values import number_to_string
from lintas.i18n import tr

REQUIRED_ABOUT = (
    "format", "format_version", "lintas_version", "form_id", "form_versions", "office",
    "exported_at", "timezone", "exported_by", "level", "labels", "records",
)  # fmt: skip
REQUIRED_SHEETS = ("About", "data", "codebook", "choices")


class NotAWorkbookError(LintasError):
    exit_code = EXIT_USER_ERROR


class TamperedWorkbookError(LintasError):
    exit_code = EXIT_DAMAGED


@dataclass
class Variable:
    sheet: str
    name: str
    type: str
    cell_type: str
    privacy: str = ""


@dataclass
class Contents:
    about: dict[str, str]
    variables: dict[str, list[Variable]] = field(default_factory=dict)  # by sheet
    repeats: dict[str, dict[str, str]] = field(default_factory=dict)


def _open(path: Path, password: str | None = None) -> Any:
    from openpyxl import load_workbook

    source: Any = path
    if is_encrypted(path):
        if password is None:
            raise NotAWorkbookError(
                tr("'{path}' has a password. Give it with --password-file FILE (the password "
                   "on the first line).", path=path)
            )  # fmt: skip
        source = decrypted(path, password)  # in memory only
    try:
        return load_workbook(source, read_only=True, data_only=True)
    except FileNotFoundError:
        raise NotAWorkbookError(tr("There is no file '{path}'.", path=path)) from None
    except Exception as error:  # zipfile, XML and openpyxl errors all mean the same here
        raise NotAWorkbookError(
            tr("'{path}' is not a Lintas workbook: it does not open as an .xlsx file "
               "({error}).", path=path, error=type(error).__name__)
        ) from None  # fmt: skip


def _contents(book: Any, path: Path) -> Contents:
    if "About" not in book.sheetnames:
        raise NotAWorkbookError(
            tr("'{path}' is not a Lintas workbook: it has no About sheet.", path=path)
        )
    about: dict[str, str] = {}
    for row in list(book["About"].iter_rows(values_only=True))[1:]:
        if row and row[0] is not None:
            about[str(row[0])] = "" if len(row) < 2 or row[1] is None else str(row[1])
    if about.get("format") != FORMAT:
        raise NotAWorkbookError(
            tr("'{path}' is not a Lintas workbook (About has no format line).", path=path)
        )
    major = about.get("format_version", "").split(".")[0]
    if major != FORMAT_VERSION.split(".")[0]:
        raise NotAWorkbookError(
            tr("'{path}' is a Lintas workbook of format {version}, which this Lintas (format "
               "{ours}) cannot read. Use a newer Lintas.", path=path,
               version=about.get("format_version"), ours=FORMAT_VERSION)
        )
    contents = Contents(about)
    contents.repeats = json.loads(about.get("repeat_sheets") or "{}")
    if "codebook" in book.sheetnames:
        rows = book["codebook"].iter_rows(values_only=True)
        header = [str(h) for h in next(rows, ())]
        for row in rows:
            entry = dict(zip(header, row, strict=False))
            variable = Variable(
                str(entry["sheet"]), str(entry["variable"]), str(entry["type"] or ""),
                str(entry["cell_type"] or "text"), str(entry.get("privacy") or ""),
            )  # fmt: skip
            contents.variables.setdefault(variable.sheet, []).append(variable)
    return contents


def _meta(contents: Contents) -> tuple[str, ...]:
    """The data sheet's metadata columns: the level's set (section 4)."""
    return LEVEL_META.get(contents.about.get("level", ""), META_COLUMNS)


def _keys(sheet: str, contents: Contents) -> tuple[str, ...]:
    return _meta(contents) if sheet == "data" else REPEAT_KEYS


def _types(sheet: str, contents: Contents) -> list[str]:
    keys = (
        [META_TYPE[m] for m in _meta(contents)]
        if sheet == "data"
        else ["text", "integer", "integer"]
    )
    return keys + [v.cell_type for v in contents.variables.get(sheet, [])]


def verify_workbook(path: Path | str, password: str | None = None) -> list[str]:
    """What was checked, line by line; raises on a file that fails (exit 1 or 4)."""
    path = Path(path)
    book = _open(path, password)
    try:
        contents = _contents(book, path)
        problems = []
        missing = [key for key in REQUIRED_ABOUT if key not in contents.about]
        if missing:
            problems.append(tr("About lacks {keys}.", keys=", ".join(missing)))
        for name in REQUIRED_SHEETS:
            if name not in book.sheetnames:
                problems.append(tr("The sheet '{name}' is missing.", name=name))
        data_sheets = ["data", *contents.repeats]
        for sheet in data_sheets:
            if sheet in book.sheetnames:
                problems += _check_header(book[sheet], sheet, contents)
        for sheet in contents.variables:
            if sheet not in data_sheets:
                problems.append(
                    tr("The codebook names a sheet '{name}' that holds no data.", name=sheet)
                )
        checked = []
        for name in book.sheetnames:
            if name == "About":
                continue
            expected = contents.about.get(f"sha256:{name}")
            if expected is None:
                problems.append(tr("The sheet '{name}' has no checksum in About.", name=name))
                continue
            actual = _sheet_digest(book[name], name, contents)
            if actual != expected:
                problems.append(
                    tr("The sheet '{name}' was changed after export: its content no longer "
                       "matches the checksum in About.", name=name)
                )  # fmt: skip
            checked.append(name)
        for key in contents.about:
            if key.startswith("sha256:") and key[7:] not in book.sheetnames:
                problems.append(tr("The sheet '{name}' was removed.", name=key[7:]))
        level_problems, level_lines = check_level(book, contents)
        table_problems, table_lines = check_tables(book)
        problems += level_problems + table_problems
        level_lines += table_lines
    finally:
        book.close()
    if problems:
        head = tr("'{path}' does not match the Lintas workbook standard:", path=path)
        raise TamperedWorkbookError(head + "\n  " + "\n  ".join(problems))
    about = contents.about
    return [
        tr("{path}: a Lintas workbook, format {version}, form {form}, {records} records, "
           "level {level}.", path=path, version=about["format_version"],
           form=about["form_id"], records=about["records"], level=about["level"]),
        tr("Checksums match for {count} sheets: {sheets}.", count=len(checked),
           sheets=", ".join(checked)),
        *level_lines,
    ]  # fmt: skip


def _check_header(ws: Any, sheet: str, contents: Contents) -> list[str]:
    header = [str(h) for h in next(ws.iter_rows(max_row=1, values_only=True), ()) if h is not None]
    keys = list(_keys(sheet, contents))
    if header[: len(keys)] != keys:
        return [tr("The sheet '{name}' does not start with the columns {columns}.", name=sheet,
                   columns=", ".join(keys))]  # fmt: skip
    named = [v.name for v in contents.variables.get(sheet, [])]
    if header[len(keys) :] != named:
        return [tr("The columns of '{name}' do not match the codebook's variables for it.",
                   name=sheet)]  # fmt: skip
    return []


def _sheet_digest(ws: Any, name: str, contents: Contents) -> str:
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows, ()))
    if name in ("data", *contents.repeats):
        types = _types(name, contents)
    else:
        types = ["text"] * len(header)
    digest = SheetDigest(types)
    digest.add(header)
    for row in rows:
        digest.add(row)
    return digest.hexdigest()


def read_workbook(path: Path | str, password: str | None = None) -> Iterator[dict[str, Any]]:
    """Each submission as the vault holds it: metadata, answers by name, repeats nested.

    The whole file is read first (a repeat row may come after its submission's row
    in another sheet); the workbook is the size limit, not the vault.
    """
    path = Path(path)
    book = _open(path, password)
    try:
        contents = _contents(book, path)
        records: dict[str, dict[str, Any]] = {}
        order = []
        for row in _rows(book["data"], "data", contents):
            record = {"_" + k[1:]: row.pop(k) for k in META_COLUMNS if k in row}
            record["data"] = row
            records[record["_uuid"]] = record
            order.append(record["_uuid"])
        instances: dict[tuple[str, str, int], dict[str, Any]] = {}
        for sheet, info in contents.repeats.items():
            for row in _rows(book[sheet], sheet, contents):
                uuid, parent, index = (row.pop(k) for k in REPEAT_KEYS)
                if info["parent"] == "data":
                    container = records[uuid]["data"]
                else:
                    container = instances[(info["parent"], uuid, parent)]
                container.setdefault(info["repeat"], []).append(row)
                instances[(sheet, uuid, index)] = row
    finally:
        book.close()
    for uuid in order:
        yield records[uuid]


def _rows(ws: Any, sheet: str, contents: Contents) -> Iterator[dict[str, Any]]:
    rows = ws.iter_rows(values_only=True)
    header = [str(h) for h in next(rows, ())]
    variables = {v.name: v for v in contents.variables.get(sheet, [])}
    keys = set(_keys(sheet, contents))
    for row in rows:
        out: dict[str, Any] = {}
        for name, value in zip(header, row, strict=False):
            if name in keys:
                out[name] = _meta_value(
                    name, unescape_text(value) if isinstance(value, str) else value
                )
                continue
            variable = variables.get(name)
            if variable is None or variable.cell_type == "indicator" or value is None:
                continue
            out[name] = _answer(variable, value)
        yield out


def _meta_value(name: str, value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds") + "Z"
    if name == "_revision" and isinstance(value, float):
        return int(value)
    return value


def _answer(variable: Variable, value: Any) -> Any:
    kind = variable.cell_type
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)
    if kind == "decimal" and isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.datetime):
        if kind == "date":
            return value.date().isoformat()
        if kind == "time":
            return value.time().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):  # an elapsed-time format ([hh]:mm:ss) from elsewhere
        return (dt.datetime(1900, 1, 1) + value).time().isoformat()
    if kind == "calculated" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value) if isinstance(value, int) else number_to_string(value)
    if isinstance(value, str):
        value = unescape_text(value)
    if variable.type.startswith("select_multiple"):
        return str(value).split()
    return value
