"""Real programs read the workbook: headless LibreOffice (CSV) and pandas agree with the vault."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from export_helpers import ANSWERS, FORM_ID, make_vault

from lintas.export.workbook import ExportOptions, export_workbook

# LibreOffice's CSV filter options: comma, double quote, UTF-8, line 1, -, locale en-GB,
# ..., sheet 2 (data). The locale matters: in en-US, LibreOffice writes an hh:mm:ss time
# as "08:30:00 AM" whatever the cell's format says (measured with LibreOffice 7.4).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true,false,false,2"


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    with make_vault(tmp_path / "vault") as vault:
        vault.save_submission(FORM_ID, ANSWERS, status="final")
        out = tmp_path / "out.xlsx"
        export_workbook(vault, out, ExportOptions())
    return out


def test_libreoffice_converts_the_data_sheet_to_csv(workbook, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is missing: .ci/run installs libreoffice-calc.")
    profile = tmp_path / "lo-profile"  # its own profile: no clash with another soffice
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", CSV_FILTER, "--outdir", str(tmp_path / "csv"), str(workbook)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    with open(tmp_path / "csv" / "out-data.csv", encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["code"] == "007"
    assert (row["age"], row["wage"]) == ("34", "12.5")
    assert (row["arrived"], row["at"], row["seen"]) == (
        "2024-03-01",
        "08:30:00",
        "2024-03-01 08:30:00",
    )
    assert (row["reasons"], row["reasons/work"], row["reasons/debt"]) == ("work kin", "1", "0")
    assert (row["double_age"], row["half_wage"]) == ("68", "6.25")


def test_pandas_reads_the_types_the_codebook_gives(workbook):
    codebook = pd.read_excel(workbook, sheet_name="codebook")
    text = codebook.loc[codebook["cell_type"] == "text", "variable"].tolist()
    data = pd.read_excel(workbook, sheet_name="data", dtype={name: str for name in text})
    row = data.iloc[0]
    assert row["code"] == "007"
    assert (row["age"], row["wage"]) == (34, 12.5)
    assert row["arrived"] == pd.Timestamp(2024, 3, 1)
    assert row["at"] == dt.time(8, 30)
    assert row["seen"] == pd.Timestamp(2024, 3, 1, 8, 30)
    assert (row["sex"], row["reasons/kin"]) == ("f", 1)
    members = pd.read_excel(workbook, sheet_name="member")
    assert members["m_name"].tolist() == [m["m_name"] for m in ANSWERS["member"]]
