"""Issue 15, point 7c: a workbook that unpacks to far more than it weighs is refused.

On main a 1.5 MB .xlsx bomb took 1.65 GB of memory in ``form check``. The zip's
central directory declares each member's uncompressed size; a workbook declaring
more than the limit is refused before any sheet is opened.
"""

from __future__ import annotations

import io
import re
import resource
import zipfile

import openpyxl
import pytest

from lintas.form import check, load
from lintas.form.errors import FormLoadError
from lintas.form.reading import MAX_UNCOMPRESSED_BYTES


def bomb(uncompressed: int) -> bytes:
    """A real workbook (openpyxl's) whose survey sheet is ``uncompressed`` bytes of rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(["type", "name", "label"])
    sheet.append(["text", "q", "Q"])
    plain = io.BytesIO()
    book.save(plain)
    cell = b'<c t="inlineStr"><is><t>text</t></is></c>'
    row = b"<row>" + cell * 2 + b"</row>"
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
    ):
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                archive.writestr(item, source.read(item))
                continue
            # Without <dimension>, readers cannot know the size before reading it all.
            xml = re.sub(rb"<dimension [^>]*/>", b"", source.read(item))
            head, tail = xml.split(b"</sheetData>")
            with archive.open(item.filename, "w", force_zip64=True) as out:
                out.write(head)
                written, chunk = len(head), row * 16384
                while written < uncompressed:
                    out.write(chunk)
                    written += len(chunk)
                out.write(b"</sheetData>" + tail)
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    data = bomb(4 * MAX_UNCOMPRESSED_BYTES)
    assert len(data) < MAX_UNCOMPRESSED_BYTES // 50  # small on disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    (problem,) = check(data, filename="bomb.xlsx")
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert problem.is_error
    assert "bomb.xlsx" in problem.message and "unpacks to" in problem.message
    assert f"{MAX_UNCOMPRESSED_BYTES // 2**20} MB" in problem.message
    assert grown_kib < 64 * 1024  # never unpacked (main used 1.65 GB on 1.5 MB)
    with pytest.raises(FormLoadError):
        load(data, filename="bomb.xlsx")


def test_the_shipped_survey_is_well_under_the_limit():
    from pathlib import Path

    survey = Path(__file__).parents[2] / "forms" / "asean_migrant_worker_survey.xlsx"
    with zipfile.ZipFile(survey) as archive:
        declared = sum(item.file_size for item in archive.infolist())
    assert declared * 4 < MAX_UNCOMPRESSED_BYTES
    assert load(survey).form_id
