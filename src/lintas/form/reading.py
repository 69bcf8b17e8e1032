"""Stage 1 of loading: a file or bytes -> the workbook's sheets as rows of cells.

The sheets are read by pyxform's own readers (``xls2json_backends``), so a form
reads in Lintas exactly as it does in ODK's tools. This stage only decides what
kind of file it was given, and turns every way reading can fail into a
:class:`~lintas.form.errors.Problem` the author understands: a missing file, an
empty one, a zip that is no workbook, random bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlrd
from pyxform.errors import PyXFormError, PyXFormReadError
from pyxform.xls2json_backends import DefinitionData, md_to_dict, xls_to_dict, xlsx_to_dict

from lintas.form.errors import FormLoadError, error
from lintas.form.sheets import to_problem
from lintas.i18n import N_, tr

# Magic numbers at the start of each kind of file.
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls format

_BOM = b"\xef\xbb\xbf"
# The most a workbook may unpack to, by the sizes its zip central directory declares
# (zipfile never inflates a member past its declared size). The shipped survey, in
# nine languages, declares 3.9 MB; the largest form of the ODK corpus 3.5 MB. A
# 1.5 MB zip bomb declaring gigabytes took 1.65 GB of memory to check before this.
MAX_UNCOMPRESSED_BYTES = 32 * 2**20
_WHAT_WE_READ = N_("Lintas reads XLSForms saved as .xlsx or .xls (or a markdown table).")


@dataclass(frozen=True)
class Source:
    """The raw bytes of a form with the name a person knows it by."""

    data: bytes
    name: str  # file name for messages; "" when given as bytes
    stem: str  # file name without extension: pyxform's fallback form id

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def open_source(source: str | Path | bytes, filename: str | None = None) -> Source:
    """Read ``source`` (a path or the file's bytes); raise FormLoadError if unreadable."""
    if isinstance(source, bytes | bytearray):
        name = filename or ""
        return Source(bytes(source), name, Path(name).stem if name else "form")
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        message = tr("There is no file '{path}'. Check the name and the folder.", path=path)
        raise _fail(message) from None
    except IsADirectoryError:
        raise _fail(tr("'{path}' is a folder, not a form file.", path=path)) from None
    except OSError as problem:
        message = tr("Cannot read '{path}': {reason}.", path=path, reason=problem.strerror)
        raise _fail(message) from None
    return Source(data, filename or path.name, Path(filename or path.name).stem)


def read_sheets(source: Source) -> DefinitionData:
    """The workbook's sheets, read by pyxform's backend for the detected file kind."""
    kind = detect_kind(source)
    reader = {"xlsx": xlsx_to_dict, "xls": xls_to_dict, "md": md_to_dict}[kind]
    try:
        # openpyxl warns about Excel extensions it drops (data validation, ...), and
        # xlrd prints its doubts about damaged files; neither matters for a form.
        with warnings.catch_warnings(), _quiet_xlrd():
            warnings.simplefilter("ignore")
            data = source.data.removeprefix(_BOM) if kind == "md" else source.data
            sheets: dict[str, Any] = reader(io.BytesIO(data))
    except PyXFormReadError as problem:
        raise _fail(_reading_failed(source, kind, problem)) from None
    except PyXFormError as problem:
        # Read, but the sheets break a rule pyxform checks while reading (duplicate headers).
        raise FormLoadError([to_problem(str(problem), "error")]) from None
    except Exception as problem:  # any other reader failure means a damaged file
        raise _fail(_reading_failed(source, kind, problem)) from None
    return DefinitionData(fallback_form_name=source.stem, **sheets)


def detect_kind(source: Source) -> str:
    """'xlsx', 'xls' or 'md'; raise FormLoadError for anything else."""
    data = source.data
    label = _label(source)
    if not data.strip():
        raise _fail(tr("{label} is empty.", label=label) + " " + tr(_WHAT_WE_READ))
    if data.startswith(_ZIP_MAGIC):
        declared = _declared_size(data)
        if declared > MAX_UNCOMPRESSED_BYTES:
            raise _fail(
                tr(
                    "{label} unpacks to {size} MB, more than the {limit} MB Lintas reads from "
                    "a form workbook (the file itself is {file_size} MB), so it was not "
                    "opened. A real XLSForm is far smaller: open it in a spreadsheet program, "
                    "remove what is not the form (images, unused sheets) and save it again.",
                    label=label,
                    size=f"{declared / 2**20:,.0f}",
                    limit=MAX_UNCOMPRESSED_BYTES // 2**20,
                    file_size=f"{len(data) / 2**20:,.1f}",
                )
            )
        if not _is_excel_zip(data):
            raise _fail(
                tr(
                    "{label} is a zip archive but not an Excel workbook, nor a form with its "
                    "files (it may be damaged).",
                    label=label,
                )
                + " "
                + tr(_WHAT_WE_READ)
            )
        return "xlsx"
    if data.startswith(_OLE2_MAGIC):
        return "xls"
    try:
        text = data.decode("utf-8-sig")  # editors on Windows start files with a BOM
    except UnicodeDecodeError:
        if _mostly_text(data) and _looks_like_markdown(data.decode("latin-1")):
            raise _fail(
                tr(
                    "{label} looks like a markdown form but is not UTF-8 text. "
                    "Save it as UTF-8 and load it again.",
                    label=label,
                )
            ) from None
        message = tr("{label} is not a spreadsheet.", label=label) + " " + tr(_WHAT_WE_READ)
        raise _fail(message) from None
    if _looks_like_markdown(text):
        return "md"
    raise _fail(
        tr("{label} is a text file, not a spreadsheet.", label=label) + " " + tr(_WHAT_WE_READ)
    )


def _mostly_text(data: bytes) -> bool:
    # Random or binary bytes hold '|' and newlines by chance; a text file in another
    # encoding has next to no control characters besides tabs and line ends.
    controls = sum(1 for byte in data if byte < 0x20 and byte not in (0x09, 0x0A, 0x0D))
    return controls <= len(data) // 100


def _looks_like_markdown(text: str) -> bool:
    return "|" in text and any(line.strip().startswith("|") for line in text.splitlines())


_XLRD_LOCK = threading.Lock()


@contextlib.contextmanager
def _quiet_xlrd() -> Iterator[None]:
    """Send xlrd's log to nowhere while pyxform reads an .xls file.

    xlrd writes to the ``logfile`` default of ``open_workbook``, bound to stdout
    when xlrd was imported, and pyxform passes no other; stdout is where
    ``lintas form check --json`` writes its JSON. Swapping that default for the
    read is the one way in; the lock keeps two reads from swapping at once.
    """
    defaults = xlrd.open_workbook.__defaults__
    if not defaults or len(defaults) < 2:
        yield
        return
    with _XLRD_LOCK:
        xlrd.open_workbook.__defaults__ = (defaults[0], io.StringIO(), *defaults[2:])
        try:
            yield
        finally:
            xlrd.open_workbook.__defaults__ = defaults


def _declared_size(data: bytes) -> int:
    """The total uncompressed size the zip's central directory declares (0 if unreadable)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0  # reported as "not an Excel workbook" next


def _is_excel_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _reading_failed(source: Source, kind: str, problem: Exception) -> str:
    label = _label(source)
    detail = str(problem).strip().splitlines()[0] if str(problem).strip() else ""
    names = {"xlsx": tr("an .xlsx workbook"), "xls": tr("an .xls workbook"),
             "md": tr("a markdown form")}  # fmt: skip
    if detail:
        return tr(
            "{label} looks like {kind} but cannot be read ({detail}). It may be damaged: "
            "open it in a spreadsheet program and save it again.",
            label=label, kind=names[kind], detail=detail,
        )  # fmt: skip
    return tr(
        "{label} looks like {kind} but cannot be read. It may be damaged: open it in a "
        "spreadsheet program and save it again.",
        label=label, kind=names[kind],
    )  # fmt: skip


def _label(source: Source) -> str:
    """How a message names the form file: its name in quotes, or "The file"."""
    return f"'{source.name}'" if source.name else tr("The file")


def _fail(message: str) -> FormLoadError:
    return FormLoadError([error(message)])
