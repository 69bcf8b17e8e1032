"""Password-protected workbooks: Office agile encryption, never a plaintext copy on disk.

openpyxl spools every write-only sheet to a temporary file and zips those files on save.
For an encrypted workbook the sheets are spooled in memory instead (deflated as they are
written, so a large export costs about its compressed size), the workbook is zipped into
memory, and msoffcrypto-tool writes only the encrypted package to the destination's
temporary file. Excel and LibreOffice open the result after asking for the password.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl.worksheet._writer import WorksheetWriter

from lintas.errors import EXIT_USER_ERROR, LintasError
from lintas.i18n import tr

# Set while an encrypted workbook is written: the writer then spools in memory.
_PASSWORD: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "lintas_export_password", default=None
)
_CHUNK = 1 << 20
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


class PasswordError(LintasError):
    exit_code = EXIT_USER_ERROR


def read_password_file(path: Path | str) -> str:
    """The password in the first line of ``path`` (its line ending removed)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PasswordError(tr("There is no password file '{path}'.", path=path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise PasswordError(
            tr("Cannot read the password file '{path}': {reason}.", path=path, reason=error)
        ) from None
    lines = text.splitlines()
    password = lines[0] if lines else ""
    check_password(password)
    return password


def check_password(password: str) -> None:
    if not password.strip():
        raise PasswordError(tr("The password is empty. Write it on the first line of the file."))
    if len(password) > 255:
        # Excel refuses a longer password, so the file could never be opened.
        raise PasswordError(tr("The password is longer than 255 characters, Excel's limit."))


@contextlib.contextmanager
def encrypting(password: str | None) -> Iterator[None]:
    """Within this block, workbooks are spooled in memory and saved encrypted."""
    if password is not None:
        check_password(password)
    token = _PASSWORD.set(password)
    try:
        yield
    finally:
        _PASSWORD.reset(token)


def in_memory() -> bool:
    return _PASSWORD.get() is not None


class MemorySpool:
    """A sheet's XML kept in memory, deflated as openpyxl writes it."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj(6)
        self._out = io.BytesIO()
        self.closed = False

    def write(self, data: bytes | str) -> int:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        self._out.write(self._compressor.compress(raw))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if not self.closed:
            self._out.write(self._compressor.flush())
            self.closed = True

    def chunks(self) -> Iterator[bytes]:
        self.close()
        inflater = zlib.decompressobj()
        view = self._out.getbuffer()
        for start in range(0, len(view), _CHUNK):
            yield inflater.decompress(view[start : start + _CHUNK])
        yield inflater.flush()
        del view


class MemorySheetWriter(WorksheetWriter):
    """openpyxl's sheet writer with a :class:`MemorySpool` in place of a temporary file."""

    def __init__(self, ws: Any) -> None:
        super().__init__(ws, out=MemorySpool())

    def read(self) -> bytes:
        self.close()
        return b"".join(self.out.chunks())

    def cleanup(self) -> None:
        pass  # nothing on disk


class _MemoryZip(zipfile.ZipFile):
    """A ZipFile that also takes a :class:`MemorySpool` where openpyxl passes a file name."""

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        if not isinstance(filename, MemorySpool):
            super().write(filename, arcname, *args, **kwargs)
            return
        with self.open(arcname, "w", force_zip64=True) as target:
            for chunk in filename.chunks():
                target.write(chunk)


def save_encrypted(book: Any, path: Path) -> None:
    """Zip ``book`` in memory and write it to ``path`` with Office agile encryption."""
    import datetime as dt

    import msoffcrypto
    from openpyxl.writer.excel import ExcelWriter

    password = _PASSWORD.get()
    assert password is not None
    plain = io.BytesIO()
    archive = _MemoryZip(plain, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    book.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    ExcelWriter(book, archive).save()
    plain.seek(0)
    with open(path, "wb") as handle:
        msoffcrypto.OfficeFile(plain).encrypt(password, handle)
    plain.close()


def is_encrypted(path: Path) -> bool:
    """An encrypted OOXML file is an OLE compound file, not a zip."""
    try:
        with open(path, "rb") as handle:
            return handle.read(8) == _OLE_MAGIC
    except OSError:
        return False


def decrypted(path: Path, password: str) -> io.BytesIO:
    """The plaintext workbook of an encrypted ``path``, in memory only."""
    import msoffcrypto
    from msoffcrypto import exceptions

    out = io.BytesIO()
    with open(path, "rb") as handle:
        try:
            office = msoffcrypto.OfficeFile(handle)
            office.load_key(password=password, verify_password=True)
            office.decrypt(out)
        except exceptions.InvalidKeyError:
            raise PasswordError(
                tr("The password is wrong for '{path}'. Check the password file (first line "
                   "only; spaces count) and try again.", path=path)
            ) from None
        except (exceptions.FileFormatError, exceptions.DecryptionError, ValueError) as error:
            raise PasswordError(
                tr("'{path}' has a password but cannot be decrypted as an Office file "
                   "({reason}).", path=path, reason=error)
            ) from None
    out.seek(0)
    return out
