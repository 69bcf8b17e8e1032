"""tests/vectors/workbook/: example workbooks of the standard, regenerated and compared.

Run with LINTAS_REGENERATE_VECTORS=1 to rewrite them after a deliberate format change
(and say so in docs/workbook-format.md).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import openpyxl
from export_helpers import ANSWERS, FORM_ID, make_vault

from lintas.export.reader import verify_workbook
from lintas.export.workbook import ExportOptions, export_workbook
from lintas.vault import Submission

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "workbook"
STAMP = "2024-05-01T10:00:00.000000Z"
# About keys that differ from run to run (the moment of the export).
VOLATILE = {"exported_at"}


def _records() -> list[Submission]:
    second = {"code": "=cmd|' /C calc'!A0", "age": 19, "reasons": ["debt"]}
    return [
        Submission(f"vector-{n}", FORM_ID, "3", "final", 1, STAMP, STAMP, "anan", "anan",
                   "Mae Sot", "", data)
        for n, data in enumerate((ANSWERS, second), start=1)
    ]  # fmt: skip


def _cells(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path)
    sheets = {ws.title: list(ws.iter_rows(values_only=True)) for ws in book}
    sheets["About"] = [row for row in sheets["About"] if row[0] not in VOLATILE]
    return sheets


def test_example_workbooks_are_regenerated_identically(tmp_path):
    with make_vault(tmp_path / "vault") as vault:
        vault.import_submissions(_records(), source="vector")
        for name, options in (
            ("all_kind_codes.xlsx", ExportOptions()),
            ("all_kind_labels_th.xlsx", ExportOptions(labels="th")),
        ):
            made = tmp_path / name
            export_workbook(vault, made, options)
            vector = VECTORS / name
            if os.environ.get("LINTAS_REGENERATE_VECTORS"):
                shutil.copyfile(made, vector)
            assert vector.is_file(), f"{vector} is missing: run with LINTAS_REGENERATE_VECTORS=1"
            assert _cells(made) == _cells(vector)
            assert "Checksums match for 5 sheets" in verify_workbook(vector)[1]


def test_restricted_example_is_regenerated_identically(tmp_path):
    # Eight records, so that k = 3 is reached with some values suppressed.
    extra = [
        Submission(f"vector-r{n}", FORM_ID, "3", "final", 1, STAMP, STAMP, "anan", "anan",
                   "Mae Sot", "", {**ANSWERS, "age": age, "sex": sex})
        for n, (age, sex) in enumerate([(34, "f"), (36, "f"), (31, "m"), (32, "m"), (33, "m"),
                                        (61, "f")], start=1)
    ]  # fmt: skip
    with make_vault(tmp_path / "vault") as vault:
        vault.import_submissions([*_records(), *extra], source="vector")
        made = tmp_path / "all_kind_restricted.xlsx"
        export_workbook(vault, made, ExportOptions(level="restricted"))
    vector = VECTORS / made.name
    if os.environ.get("LINTAS_REGENERATE_VECTORS"):
        shutil.copyfile(made, vector)
    assert vector.is_file(), f"{vector} is missing: run with LINTAS_REGENERATE_VECTORS=1"
    assert _cells(made) == _cells(vector)
    lines = verify_workbook(vector)
    assert "Checksums match for 3 sheets" in lines[1] and "k = 3" in lines[2]
