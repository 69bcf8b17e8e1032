"""Writing a .sav or .dta file of any length with flat memory, through pyreadstat.

pyreadstat writes a whole data frame at once: holding a 100,000-row sheet as a frame
costs memory in proportion to the rows. Both formats, as pyreadstat writes them, store
the rows as fixed-width records after a dictionary that depends only on the columns'
types, string widths and labels (SPSS uncompressed; Stata 119's ``<data>`` section).
So the rows are spooled to disk in chunks while the vault is read, and each chunk is
written by pyreadstat on its own, with one *padding row* first that carries every
column's final type and widest string; the chunks' rows (without the padding row) are
then joined under the first chunk's dictionary, and the row counts patched.

Every chunk's dictionary is checked to be the same bytes as the first's (the file's
timestamp and row count aside): if it ever differed, the join would be wrong, and the
export stops with an error instead. A Stata file whose strings need strL (longer than
2045 bytes) keeps them in a separate section that cannot be joined this way; such a
sheet is written whole, as before.
"""

from __future__ import annotations

import pickle
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

CHUNK_ROWS = 4096  # rows held in memory at once, per sheet
STATA_STR_LIMIT = 2045  # longest str# in bytes; longer text is a strL

# SPSS: header fields (system file format), and the 64-bit case count record (7.16).
_SAV_CASE_SIZE, _SAV_CASES, _SAV_HEADER = 68, 80, 176
_SAV_CASES_64 = struct.pack("<iiii", 7, 16, 8, 2)
# Stata 119: <map> holds 14 offsets; 9 is <data>, 10 <strls>, 11 on shift with the data.
_DTA_DATA, _DTA_STRLS = 9, 10


class JoinError(RuntimeError):
    """The chunks' dictionaries differ: the file cannot be joined (a Lintas bug)."""


class RowSpool:
    """Rows pickled to a file in chunks, read back chunk by chunk."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: BinaryIO | None = open(path, "wb")  # closed in finish()
        self.buffer: list[list[Any]] = []
        self.rows = 0

    def append(self, row: list[Any]) -> None:
        self.buffer.append(row)
        self.rows += 1
        if len(self.buffer) >= CHUNK_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.buffer and self.handle is not None:
            pickle.dump(self.buffer, self.handle, protocol=pickle.HIGHEST_PROTOCOL)
            self.buffer = []

    def finish(self) -> None:
        self._flush()
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def chunks(self) -> Iterator[list[list[Any]]]:
        self.finish()
        with open(self.path, "rb") as handle:
            while True:
                try:
                    yield pickle.load(handle)  # noqa: S301 (our own spool, written above)
                except EOFError:
                    return

    def close(self) -> None:
        """Close and remove the spool (also after a failure)."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None
        self.path.unlink(missing_ok=True)


def write_joined(
    spool: RowSpool,
    padding: list[Any],
    write_chunk: Callable[[list[list[Any]], Path], None],
    out: Path,
    file_format: str,
) -> bool:
    """Write ``out`` from the spool's chunks; False if the rows must be written whole.

    ``write_chunk(rows, path)`` writes a file of ``rows`` with pyreadstat.
    """
    part = out.with_name(out.name + ".part")
    join = _SavJoin(out) if file_format == "sav" else _DtaJoin(out)
    try:
        for rows in spool.chunks():
            write_chunk([padding, *rows], part)
            if not join.add(part.read_bytes(), len(rows)):
                join.abandon()
                return False
        join.finish()
    finally:
        part.unlink(missing_ok=True)
    return True


class _SavJoin:
    def __init__(self, out: Path) -> None:
        self.out, self.handle = out, open(out, "wb")  # closed in finish()
        self.dictionary: bytes | None = None
        self.rows = 0
        self.cases_64 = -1

    def add(self, data: bytes, rows: int) -> bool:
        case = struct.unpack_from("<i", data, _SAV_CASE_SIZE)[0] * 8
        written = struct.unpack_from("<i", data, _SAV_CASES)[0]
        start = len(data) - written * case
        if written != rows + 1 or start < _SAV_HEADER:
            raise JoinError("pyreadstat wrote an unexpected number of SPSS cases")
        head = bytearray(data[:start])
        found = head.find(_SAV_CASES_64, _SAV_HEADER)
        if found >= 0:
            head[found + 24 : found + 32] = bytes(8)
        if self.dictionary is None:
            self.dictionary = bytes(head[_SAV_HEADER:])
            self.cases_64 = found + 24 if found >= 0 else -1
            self.handle.write(data[:start])
        elif bytes(head[_SAV_HEADER:]) != self.dictionary:
            raise JoinError("the SPSS dictionary of two chunks differs")
        self.handle.write(data[start + case :])  # without the padding row
        self.rows += rows
        return True

    def finish(self) -> None:
        self.handle.seek(_SAV_CASES)
        self.handle.write(struct.pack("<i", self.rows))
        if self.cases_64 >= 0:
            self.handle.seek(self.cases_64)
            self.handle.write(struct.pack("<q", self.rows))
        self.handle.close()

    def abandon(self) -> None:
        self.handle.close()
        self.out.unlink(missing_ok=True)


class _DtaJoin:
    def __init__(self, out: Path) -> None:
        self.out, self.handle = out, open(out, "wb")  # closed in finish()
        self.head: bytes | None = None
        self.tail = b""
        self.offsets: list[int] = []
        self.rows = 0

    @staticmethod
    def _map(data: bytes) -> list[int]:
        at = data.index(b"<map>") + len(b"<map>")
        return list(struct.unpack_from("<14Q", data, at))

    def add(self, data: bytes, rows: int) -> bool:
        if not data.startswith(b"<stata_dta><header><release>119</release><byteorder>LSF"):
            raise JoinError("pyreadstat wrote a Stata format other than 119 (LSF)")
        offsets = self._map(data)
        if data[offsets[_DTA_STRLS] : offsets[_DTA_STRLS] + 15] != b"<strls></strls>":
            return False  # strL text lives outside the rows: write this sheet whole
        start, end = offsets[_DTA_DATA] + len(b"<data>"), offsets[_DTA_STRLS] - len(b"</data>")
        width = (end - start) // (rows + 1)
        # The dictionary after the header's row count and timestamp: <map> onwards.
        dictionary = data[data.index(b"<map>") + 5 + 14 * 8 : start]
        tail = data[end:]
        if self.head is None:
            self.head, self.tail, self.offsets = data[:start], tail, offsets
            self.dictionary = dictionary
            self.handle.write(self.head)
        elif dictionary != self.dictionary or tail != self.tail:
            raise JoinError("the Stata dictionary of two chunks differs")
        self.handle.write(data[start + width : end])  # without the padding row
        self.rows += rows
        return True

    def finish(self) -> None:
        assert self.head is not None
        self.handle.write(self.tail)
        shift = self.handle.tell() - (self.offsets[-1])
        n_at = self.head.index(b"<N>") + len(b"<N>")
        self.handle.seek(n_at)
        self.handle.write(struct.pack("<Q", self.rows))
        offsets = [o if i <= _DTA_DATA else o + shift for i, o in enumerate(self.offsets)]
        self.handle.seek(self.head.index(b"<map>") + len(b"<map>"))
        self.handle.write(struct.pack("<14Q", *offsets))
        self.handle.close()

    def abandon(self) -> None:
        self.handle.close()
        self.out.unlink(missing_ok=True)
