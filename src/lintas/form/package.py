"""A form with the files it needs: one zip holding the XLSForm and its attachments.

KoboToolbox and ODK Central take a form as the XLSForm plus its media files (CSV
choice lists, pulldata tables, label images). Lintas keeps the two together as
one zip, a *form package*, so that the file the vault stores, hashes and sends in
bundles is the whole form: its version and its hash cover the attachments too.
A package holds exactly one form file (.xlsx, .xls or .md, at any folder depth)
and any number of other files, known by their base name as ODK knows them. An
Excel workbook is itself a zip; it is told apart by its ``xl/workbook.xml``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass

from lintas.form.errors import FormLoadError, error
from lintas.i18n import tr

ZIP_MAGIC = b"PK\x03\x04"
FORM_SUFFIXES = (".xlsx", ".xls", ".md")
MAX_PACKAGE_BYTES = 256 * 2**20  # all members together, as the zip declares them
MAX_FILE_BYTES = 32 * 2**20  # one member
MAX_FILES = 2000
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # the same files always make the same package bytes
_IGNORED = ("__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini")


@dataclass(frozen=True)
class Unpacked:
    form_name: str
    form: bytes
    files: Mapping[str, bytes]


def is_package(data: bytes) -> bool:
    """A zip that is not itself an Excel workbook."""
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" not in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def unpack(data: bytes, label: str) -> Unpacked:
    """The form file and the attachments of a package; FormLoadError saying what is wrong."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.infolist() if not m.is_dir() and not _ignored(m.filename)]
            _check_sizes(members, label)
            forms = [m for m in members if m.filename.lower().endswith(FORM_SUFFIXES)]
            if len(forms) != 1:
                found = ", ".join(sorted(_base(m.filename) for m in forms)) or tr("none")
                raise _fail(
                    tr(
                        "{label} is a zip, so Lintas reads it as a form with its files; it "
                        "must hold exactly one form (.xlsx, .xls or .md), and holds {found}.",
                        label=label,
                        found=found,
                    )
                )
            files: dict[str, bytes] = {}
            for member in members:
                if member is forms[0]:
                    continue
                name = _base(member.filename)
                if name in files:
                    raise _fail(
                        tr(
                            "{label} holds two files called '{name}' (in different folders); "
                            "a form finds its files by name, so keep one.",
                            label=label,
                            name=name,
                        )
                    )
                files[name] = archive.read(member)
            return Unpacked(_base(forms[0].filename), archive.read(forms[0]), files)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as problem:
        raise _fail(
            tr("{label} is a damaged zip and cannot be read ({problem}).",
               label=label, problem=problem)
        ) from None  # fmt: skip


def make_package(form: bytes, form_name: str, files: Mapping[str, bytes]) -> bytes:
    """One zip of the form and its files (the same input always gives the same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in [(form_name, form), *sorted(files.items())]:
            # Base names only: the package travels in bundles, and a member named
            # ``../x.csv`` would write outside the folder of a tool that unzips it. Forms
            # name their files by base name, which is how a package is read, too (two
            # files with one base name are then refused as ambiguous).
            base = name.replace("\\", "/").rsplit("/", 1)[-1]
            info = zipfile.ZipInfo(base, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def _check_sizes(members: list[zipfile.ZipInfo], label: str) -> None:
    if len(members) > MAX_FILES:
        raise _fail(
            tr("{label} holds {count} files; a form package may hold {limit}.",
               label=label, count=len(members), limit=MAX_FILES)
        )  # fmt: skip
    total = sum(m.file_size for m in members)
    if total > MAX_PACKAGE_BYTES:
        raise _fail(
            tr(
                "{label} unpacks to {size} MB; a form with its files may be at most {limit} "
                "MB. Leave out files the form does not use.",
                label=label,
                size=f"{total / 2**20:,.0f}",
                limit=MAX_PACKAGE_BYTES // 2**20,
            )
        )
    for member in members:
        if member.file_size > MAX_FILE_BYTES:
            raise _fail(
                tr(
                    "The file '{name}' in {label} is {size} MB; one file of a form may be at "
                    "most {limit} MB.",
                    name=_base(member.filename),
                    label=label,
                    size=f"{member.file_size / 2**20:,.0f}",
                    limit=MAX_FILE_BYTES // 2**20,
                )
            )


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def _ignored(name: str) -> bool:
    return any(part in name for part in _IGNORED) or _base(name).startswith("._")


def _fail(message: str) -> FormLoadError:
    return FormLoadError([error(message)])
