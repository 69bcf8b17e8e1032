"""The standard workbook: real vaults, real files reopened with openpyxl."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from export_helpers import ANSWERS, FORM_ID, PASSPHRASE, make_vault

from lintas.errors import Cancelled
from lintas.export.plan import _sheet_name
from lintas.export.reader import read_workbook, verify_workbook
from lintas.export.workbook import ExportOptions, export_workbook
from lintas.vault import Vault
from lintas.vault.errors import PermissionDeniedError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vault(tmp_path: Path):
    with make_vault(tmp_path / "vault") as opened:
        opened.save_submission(FORM_ID, ANSWERS, status="final")
        opened.save_submission(FORM_ID, {"code": "0012", "age": 20}, status="draft")
        yield opened


def _rows(path: Path, sheet: str) -> list[dict]:
    ws = openpyxl.load_workbook(path)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_round_trip_gives_back_what_the_vault_holds(vault, tmp_path):
    out = tmp_path / "out.xlsx"
    result = export_workbook(vault, out, ExportOptions())
    assert result.records == 2
    back = {record["_uuid"]: record for record in read_workbook(out)}
    for submission in vault.submissions(form_id=FORM_ID):
        record = back[submission.uuid]
        assert record["data"] == dict(submission.data)
        assert record["_status"] == submission.status
        assert record["_revision"] == submission.revision


def test_cells_have_real_types_and_text_stays_text(vault, tmp_path):
    out = tmp_path / "out.xlsx"
    export_workbook(vault, out, ExportOptions(status="final"))
    ws = openpyxl.load_workbook(out)["data"]
    header = [cell.value for cell in ws[1]]
    row = {name: cell for name, cell in zip(header, ws[2], strict=True)}
    assert row["code"].value == "007" and row["code"].data_type == "s"
    assert row["age"].value == 34 and row["age"].data_type == "n"
    assert row["wage"].value == 12.5
    assert row["arrived"].is_date and row["arrived"].value == dt.datetime(2024, 3, 1)
    assert row["at"].value == dt.time(8, 30)
    assert row["seen"].value == dt.datetime(2024, 3, 1, 8, 30)
    assert row["double_age"].value == 68 and row["half_wage"].value == 6.25
    assert (row["reasons"].value, row["reasons/work"].value, row["reasons/debt"].value) == (
        "work kin", 1, 0,
    )  # fmt: skip
    # Identifiers and what is worked out from them never leave the vault, not even empty.
    assert "passport" not in header and "pass_tail" not in header
    codebook = [
        row[2] for row in openpyxl.load_workbook(out)["codebook"].iter_rows(values_only=True)
    ]
    assert "passport" not in codebook and "pass_tail" not in codebook
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:U2"


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+66 81", "-2", "@SUM(A1)", "\tx", '=HYPERLINK("a")', "#N/A", "#DIV/0!", " a & <b> "],
)
def test_text_that_looks_like_a_formula_is_written_as_text(vault, tmp_path, text):
    saved = vault.save_submission(FORM_ID, {"code": text}, uuid="inject")
    vault.void(saved.uuid, "kept apart for this test")
    out = tmp_path / "out.xlsx"
    export_workbook(vault, out, ExportOptions(status="void"))
    cell = openpyxl.load_workbook(out)["data"]["I2"]
    assert (cell.value, cell.data_type) == (text, "s")
    with zipfile.ZipFile(out) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet2.xml")


def test_labels_mode_and_nested_repeat_keys(vault, tmp_path):
    out = tmp_path / "out.xlsx"
    export_workbook(vault, out, ExportOptions(labels="th", status="final"))
    data = _rows(out, "data")[0]
    assert (data["sex"], data["reasons"]) == ("หญิง", "งาน; ครอบครัว")
    members = _rows(out, "member")
    assert [(m["_parent_index"], m["_index"]) for m in members] == [(None, 1), (None, 2)]
    jobs = _rows(out, "job")
    assert [(j["_parent_index"], j["_index"], j["job_years"]) for j in jobs] == [
        (1, 1, 2), (1, 2, 5), (2, 3, 1),
    ]  # fmt: skip
    assert {j["_parent_uuid"] for j in jobs} == {data["_uuid"]}


def test_sheet_names_are_cut_to_31_characters_without_collisions():
    taken = {"data"}
    first = _sheet_name("a" * 40, taken)
    second = _sheet_name("a" * 40, taken)
    assert len(first) == 31 and len(second) == 31 and first != second
    assert _sheet_name("DATA", taken) == "DATA~1"


def test_verify_detects_an_edited_cell(vault, tmp_path):
    out = tmp_path / "out.xlsx"
    export_workbook(vault, out, ExportOptions())
    assert "Checksums match" in verify_workbook(out)[1]
    book = openpyxl.load_workbook(out)
    book["data"]["J2"] = 99
    book.save(out)
    result = _cli("workbook", "verify", str(out))
    assert result.returncode == 4
    assert "The sheet 'data' was changed after export" in result.stderr


def test_verify_says_when_a_file_is_not_a_lintas_workbook(tmp_path):
    plain = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "hello"
    book.save(plain)
    (tmp_path / "text.xlsx").write_text("not a zip")
    for path in (plain, tmp_path / "text.xlsx"):
        result = _cli("workbook", "verify", str(path))
        assert result.returncode == 1
        assert "is not a Lintas workbook" in result.stderr


def test_cancelled_export_leaves_no_file_and_no_audit_entry(vault, tmp_path):
    out = tmp_path / "out.xlsx"
    before = len(vault.audit_entries(limit=1000))
    with pytest.raises(Cancelled):
        export_workbook(vault, out, ExportOptions(), progress=lambda d, t, w: False)
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]
    assert len(vault.audit_entries(limit=1000)) == before


def test_every_export_is_audited_with_the_file_hash(vault, tmp_path):
    result = export_workbook(vault, tmp_path / "out.xlsx", ExportOptions(level="internal"))
    (entry,) = [e for e in vault.audit_entries(limit=1000) if e.action == "export"]
    assert (entry.action, entry.subject, entry.user) == ("export", FORM_ID, "anan")
    assert entry.detail["sha256"] == result.sha256 and entry.detail["level"] == "internal"


def test_an_enumerator_cannot_export(vault, tmp_path):
    vault.add_user("bee", PASSPHRASE, role="enumerator")
    folder = vault.folder
    vault.close()
    with Vault.open(folder, user="bee", passphrase=PASSPHRASE) as as_enumerator:
        with pytest.raises(PermissionDeniedError):
            export_workbook(as_enumerator, tmp_path / "out.xlsx", ExportOptions())
    assert not (tmp_path / "out.xlsx").exists()


def test_cli_export_then_read(vault, tmp_path):
    folder = vault.folder
    vault.close()
    out = tmp_path / "cli.xlsx"
    result = _cli("export", str(folder), str(out), "--status", "final")
    assert result.returncode == 0, result.stderr
    assert "Wrote 1 records" in result.stdout and result.stderr == ""
    lines = _cli("workbook", "read", str(out)).stdout.splitlines()
    assert len(lines) == 1 and '"code": "007"' in lines[0]
    public = _cli("export", str(folder), str(tmp_path / "p.xlsx"), "--level", "public")
    assert public.returncode == 0, public.stderr
    # Two records cannot reach k = 5: both are left out, and the command says so.
    assert "Wrote 0 records" in public.stdout and "2 records left out" in public.stdout
    checked = _cli("workbook", "verify", str(tmp_path / "p.xlsx"))
    assert checked.returncode == 0 and "level public" in checked.stdout


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PYTHONPATH": str(ROOT / "src"), "LINTAS_PASSPHRASE": PASSPHRASE,
        "PATH": "/usr/bin:/bin", "LINTAS_TEST_WEAK_KDF": "1", "HOME": "/tmp",
    }  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "lintas", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
