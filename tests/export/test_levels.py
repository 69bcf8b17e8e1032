"""Restricted and public levels, and checks on real vaults (docs/workbook-format.md, 8 and 11)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from export_helpers import FORM_ID, make_vault

from lintas.export.reader import TamperedWorkbookError, read_workbook, verify_workbook
from lintas.export.workbook import ExportOptions, export_workbook


def _about(path: Path) -> dict[str, str]:
    rows = openpyxl.load_workbook(path, read_only=True)["About"].iter_rows(values_only=True)
    return {str(k): str(v) for k, v in list(rows)[1:]}


def test_a_whole_number_decimal_verifies(tmp_path):
    # Found on the demo vault: a decimal answer 1957.0 is written as the cell "1957",
    # which reads back as an integer, and the checksum had hashed "1957.0".
    with make_vault(tmp_path / "vault") as vault:
        vault.save_submission(FORM_ID, {"wage": 1957.0, "age": 30}, status="final")
        out = tmp_path / "out.xlsx"
        export_workbook(vault, out, ExportOptions())
    assert "Checksums match" in verify_workbook(out)[1]
    assert next(read_workbook(out))["data"]["wage"] == 1957.0
