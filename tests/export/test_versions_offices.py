"""Several versions of a form in one data sheet, and records of several offices (a hub)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from export_helpers import FORM_ID, FORM_MD, make_vault

from lintas.export.reader import read_workbook, verify_workbook
from lintas.export.workbook import ExportOptions, export_workbook
from lintas.vault import Submission

# Version 4 drops the wage question and adds a district after the code.
VERSION_4 = (
    FORM_MD.replace("|        | decimal                | wage       | Wage                | ค่าจ้าง           |            |               |\n", "")  # noqa: E501
    .replace("| all_kind | 3       |", "| all_kind | 4       |")
    .replace(
        "|        | integer                | age        |",
        "|        | integer                | district   | District            | อำเภอ             |            |               |\n"  # noqa: E501
        "|        | integer                | age        |",
        1,
    )
    .replace("${wage} div 2", "${age} div 2")
)
STAMP = "2024-05-01T10:00:00.000000Z"


def _about(path: Path) -> dict[str, str]:
    rows = openpyxl.load_workbook(path, read_only=True)["About"].iter_rows(values_only=True)
    return {str(k): str(v) for k, v in list(rows)[1:]}


def test_two_versions_share_one_data_sheet_and_two_offices_are_named(tmp_path):
    with make_vault(tmp_path / "vault") as vault:
        assert "| wage " not in VERSION_4 and "| district " in VERSION_4
        vault.install_form(VERSION_4.encode("utf-8"), filename="all_kind_v4.md")
        records = [
            Submission("old-1", FORM_ID, "3", "final", 1, STAMP, STAMP, "anan", "anan",
                       "Mae Sot", "", {"code": "007", "wage": 12.5, "age": 30}),
            Submission("new-1", FORM_ID, "4", "final", 1, STAMP, STAMP, "anan", "anan",
                       "Ranong", "", {"code": "0012", "district": 4, "age": 41}),
        ]  # fmt: skip
        vault.import_submissions(records, source="hub test")
        out = tmp_path / "out.xlsx"
        export_workbook(vault, out, ExportOptions())
        held = {s.uuid: dict(s.data) for s in vault.submissions(form_id=FORM_ID)}
    header = next(openpyxl.load_workbook(out, read_only=True)["data"].iter_rows(values_only=True))
    questions = [h for h in header if not h.startswith("_")]
    # The newest version's order, then the older version's extra column at the end.
    assert questions.index("district") < questions.index("age")
    assert questions[-1] == "wage"
    about = _about(out)
    assert about["form_versions"] == "4 3"
    lacking = json.loads(about["missing_columns"])
    assert lacking["4"] == ["wage"] and lacking["3"] == ["district"]
    assert about["offices_of_origin"] == "Mae Sot; Ranong"
    back = {r["_uuid"]: r for r in read_workbook(out)}
    assert back["old-1"]["data"] == held["old-1"] and back["new-1"]["data"] == held["new-1"]
    assert back["old-1"]["_office"] == "Mae Sot" and back["new-1"]["_office"] == "Ranong"
    verify_workbook(out)
