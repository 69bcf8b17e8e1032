"""A name in two groups, exported: workbook columns by key (household/name), SPSS and
Stata names made legal (household_name, and _1 when a question already has that name),
and the workbook read back into exactly the JSON the vault holds."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pyreadstat
import pytest
from export_helpers import CHEAP_KDF, PASSPHRASE

from lintas.export.reader import read_workbook, verify_workbook
from lintas.export.statfiles import export_statistics
from lintas.export.workbook import ExportOptions, export_workbook
from lintas.vault import Vault

FORM = b"""
| survey |
| | type | name | label | privacy |
| | text | household_name | Household name as told | |
| | begin group | household | Household | |
| | text | name | Village name | quasi |
| | select_multiple reason | why | Why here | |
| | end group | | | |
| | begin repeat | member | Member | |
| | text | name | First name | |
| | select_multiple reason | why | Why moved | |
| | end repeat | | | |
| choices |
| | list_name | name | label |
| | reason | work | Work |
| | reason | kin | Family |
| settings |
| | form_id | version |
| | dup_export | 1 |
"""

ANSWERS = {
    "household_name": "Mr Lee's house",
    "household/name": "Ban Mai",
    "household/why": ["work"],
    "member": [{"member/name": "Aye", "member/why": ["kin", "work"]}],
}


@pytest.fixture
def vault(tmp_path: Path):
    opened, _ = Vault.create(
        tmp_path / "vault", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    with opened:
        opened.install_form(FORM, filename="dup_export.md")
        opened.save_submission("dup_export", ANSWERS, status="final")
        yield opened


def test_workbook_columns_are_the_keys_and_read_back_exactly(vault, tmp_path):
    out = tmp_path / "dup.xlsx"
    export_workbook(vault, out, ExportOptions(form_id="dup_export"))
    book = openpyxl.load_workbook(out, read_only=True)
    data_header = next(book["data"].iter_rows(values_only=True))
    member_header = next(book["member"].iter_rows(values_only=True))
    assert [h for h in data_header if not h.startswith("_")] == [
        "household_name",
        "household/name",
        "household/why",
        "household/why/work",
        "household/why/kin",
    ]
    assert [h for h in member_header if not h.startswith("_")] == [
        "member/name",
        "member/why",
        "member/why/work",
        "member/why/kin",
    ]
    checked = verify_workbook(out)[1]  # raises on a file that breaks the standard
    assert checked == "Checksums match for 4 sheets: data, member, codebook, choices."
    (record,) = read_workbook(out)
    assert record["data"] == ANSWERS


@pytest.mark.parametrize("file_format", ["sav", "dta"])
def test_spss_and_stata_names_are_legal_and_mapped_in_the_codebook(vault, tmp_path, file_format):
    out = tmp_path / f"dup-{file_format}.zip"
    export_statistics(vault, out, ExportOptions(form_id="dup_export"), file_format)
    with zipfile.ZipFile(out) as archive:
        archive.extractall(tmp_path / file_format)
        codebook = list(csv.DictReader(io.TextIOWrapper(archive.open("codebook.csv"), "utf-8")))
    mapping = {row["variable"]: row["file_variable"] for row in codebook}
    assert mapping["household_name"] == "household_name"
    assert mapping["household/name"] == "household_name_1"  # taken: numbered, not merged
    assert mapping["household/why/work"] == "household_why_work"
    assert mapping["member/name"] == "member_name"
    read = pyreadstat.read_sav if file_format == "sav" else pyreadstat.read_dta
    frame, meta = read(str(tmp_path / file_format / f"data.{file_format}"))
    assert frame.loc[0, "household_name"] == "Mr Lee's house"
    assert frame.loc[0, "household_name_1"] == "Ban Mai"
    members, _ = read(str(tmp_path / file_format / f"member.{file_format}"))
    assert members.loc[0, "member_name"] == "Aye"
    assert meta.column_names_to_labels["household_name_1"] == "Village name"


LEVELS_FORM = b"""
| survey |
| | type | name | label | privacy | sdc_level |
| | begin group | household | Household | | |
| | select_one size | size | Household size | quasi | public |
| | integer | rooms | Rooms | | restricted |
| | end group | | | | |
| | begin group | head | Head | | |
| | select_one size | size | Head's household size | quasi | public |
| | end group | | | | |
| choices |
| | list_name | name | label |
| | size | s | Small |
| | size | l | Large |
| settings |
| | form_id | version |
| | dup_levels | 1 |
"""


@pytest.mark.parametrize(
    ("level", "columns"),
    [
        ("restricted", ["household/size", "rooms", "head/size"]),
        ("public", ["household/size", "head/size"]),
    ],
)
def test_levels_publish_and_protect_each_repeated_name_as_its_own_quasi(tmp_path, level, columns):
    opened, _ = Vault.create(
        tmp_path / "vault", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    with opened:
        opened.install_form(LEVELS_FORM, filename="dup_levels.md")
        for i in range(30):
            answers = {"household/size": "sl"[i % 2], "rooms": i % 3, "head/size": "s"}
            opened.save_submission("dup_levels", answers, status="final")
        out = tmp_path / f"{level}.xlsx"
        result = export_workbook(opened, out, ExportOptions(form_id="dup_levels", level=level))
    header = next(openpyxl.load_workbook(out, read_only=True)["data"].iter_rows(values_only=True))
    assert [h for h in header if not h.startswith("_")] == columns
    assert result.disclosure["quasi_identifiers"] == ["_office", "household/size", "head/size"]
    assert result.disclosure["k_reached"] >= 11
