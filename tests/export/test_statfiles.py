"""SPSS, Stata and CSV exports: real vaults, the zip read back with pyreadstat and pandas."""

from __future__ import annotations

import csv
import datetime as dt
import math
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pyreadstat
import pytest
from export_helpers import ANSWERS, CHEAP_KDF, FORM_ID, FORM_MD, PASSPHRASE, make_vault

from lintas.errors import Cancelled, LintasError
from lintas.export.statfiles import export_statistics, file_names, guard_csv, unguard_csv
from lintas.export.workbook import ExportOptions
from lintas.form.xpath.values import number_to_string
from lintas.vault import Vault
from lintas.vault.errors import PermissionDeniedError

ROOT = Path(__file__).resolve().parents[2]

# A form whose choice lists carry the survey's shared "don't know" / "refused" codes.
MISSING_FORM = """
| survey |
|        | type                     | name     | label::English (en) | label::Thai (th) |
|        | select_one yes_no_dk_ref | withheld | Documents withheld  | ถูกยึดเอกสาร       |
|        | select_one level         | level    | Level               | ระดับ             |
|        | integer                  | hours    | Hours               | ชั่วโมง            |
| choices |
|         | list_name     | name    | label::English (en)   | label::Thai (th) |
|         | yes_no_dk_ref | yes     | Yes                   | ใช่               |
|         | yes_no_dk_ref | no      | No                    | ไม่ใช่            |
|         | yes_no_dk_ref | dk      | Don't know            | ไม่ทราบ           |
|         | yes_no_dk_ref | refused | Prefers not to answer | ไม่ประสงค์จะตอบ    |
|         | level         | 1       | Low                   | ต่ำ               |
|         | level         | 2       | High                  | สูง               |
| settings |
|          | form_id | version | form_title | default_language |
|          | dkform  | 1       | DK form    | English (en)     |
"""


@pytest.fixture
def vault(tmp_path: Path):
    with make_vault(tmp_path / "vault") as opened:
        opened.save_submission(FORM_ID, ANSWERS, status="final")
        opened.save_submission(FORM_ID, {"code": "0012", "age": 20, "sex": "m"}, status="draft")
        yield opened


def _unzip(path: Path, into: Path) -> dict[str, Path]:
    with zipfile.ZipFile(path) as archive:
        archive.extractall(into)
        return {name: into / name for name in archive.namelist()}


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _codebook(files: dict[str, Path]) -> list[dict[str, str]]:
    return _csv_rows(files["codebook.csv"])


def _back(value, cell_type: str, kind: str):
    """A value read from a .sav/.dta/.csv cell, as the vault holds it (None = unanswered)."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if value is pd.NaT:
        return None
    if cell_type == "integer":
        return int(value)
    if cell_type == "decimal":
        return float(value)
    if cell_type == "indicator":
        return int(float(value))
    if cell_type == "calculated":
        return number_to_string(value) if isinstance(value, float) else str(value)
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _records(files, reader, sheet_file: str, decode=None) -> dict:
    """{uuid: {variable: value}} from one data file, using codebook.csv to map names."""
    frame, meta = reader(str(files[sheet_file]), user_missing=True)
    columns = [row for row in _codebook(files) if row["file"] == sheet_file]
    out = {}
    for record in frame.to_dict("records"):
        answers = {}
        for column in columns:
            if column["type"] == "metadata" or "/" in column["variable"]:
                continue
            value = record[column["file_variable"]]
            if decode is not None and column["type"].startswith("select_one"):
                value = decode(column, value)
            value = _back(value, column["cell_type"], column["file_type"])
            if value is not None and column["type"].startswith("select_multiple"):
                value = value.split()
            if value is not None:
                answers[column["variable"]] = value
        out[record["meta_uuid"]] = answers
    return out, meta


def _top(data: dict) -> dict:
    return {
        k: v
        for k, v in data.items()
        if not isinstance(v, list) or not v or not isinstance(v[0], dict)
    }


def test_sav_round_trip_with_variable_and_value_labels(vault, tmp_path):
    result = export_statistics(vault, tmp_path / "out.zip", ExportOptions(labels="th"), "sav")
    files = _unzip(result.path, tmp_path / "x")
    assert set(files) == {
        "README.txt", "data.sav", "member.sav", "job.sav", "codebook.csv", "choices.csv",
        "about.csv",
    }  # fmt: skip
    back, meta = _records(files, pyreadstat.read_sav, "data.sav")
    for submission in vault.submissions(form_id=FORM_ID):
        assert back[submission.uuid] == _top(dict(submission.data))
    labels = meta.column_names_to_labels
    assert labels["sex"] == "เพศ" and labels["reasons_kin"] == "เหตุผล: ครอบครัว"
    assert labels["meta_uuid"] == "Submission id"
    # Codes stay codes (no renumbering), the labels are in the chosen language.
    assert meta.variable_value_labels["sex"] == {"f": "หญิง", "m": "ชาย"}
    assert meta.original_variable_types["arrived"].startswith("DATE")
    assert "passport" not in meta.column_names and "pass_tail" not in meta.column_names


def test_dta_round_trip_through_the_choices_file(vault, tmp_path):
    result = export_statistics(vault, tmp_path / "out.zip", ExportOptions(), "dta")
    files = _unzip(result.path, tmp_path / "x")
    choices = _csv_rows(files["choices.csv"])
    by_value = {(c["list_name"], c["file_value"]): c["name"] for c in choices}

    def decode(column, value):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        shown = f".{value}" if isinstance(value, str) else str(int(value))
        return by_value[(column["choice_list"], shown)]

    back, meta = _records(files, pyreadstat.read_dta, "data.dta", decode)
    for submission in vault.submissions(form_id=FORM_ID):
        assert back[submission.uuid] == _top(dict(submission.data))
    assert meta.variable_value_labels["sex"] == {1: "Female", 2: "Male"}
    assert meta.column_names_to_labels["age"] == "Age"


def test_repeats_are_files_keyed_as_in_the_workbook(vault, tmp_path):
    result = export_statistics(vault, tmp_path / "out.zip", ExportOptions(status="final"), "sav")
    files = _unzip(result.path, tmp_path / "x")
    data, _ = pyreadstat.read_sav(str(files["data.sav"]))
    members, _ = pyreadstat.read_sav(str(files["member.sav"]))
    jobs, _ = pyreadstat.read_sav(str(files["job.sav"]))
    (uuid,) = data["meta_uuid"]
    assert list(members["m_name"]) == ['=HYPERLINK("http://x")', "+66 81"]
    assert list(members["meta_index"]) == [1, 2] and set(members["meta_parent_uuid"]) == {uuid}
    triples = list(zip(jobs["meta_parent_index"], jobs["meta_index"], jobs["job_years"]))
    assert triples == [(1, 1, 2), (1, 2, 5), (2, 3, 1)]


def test_missing_value_codes_from_the_form(tmp_path):
    with make_vault(tmp_path / "vault") as vault:
        vault.install_form(MISSING_FORM.encode("utf-8"), filename="dk.md")
        for withheld, level in (("yes", "1"), ("dk", "2"), ("refused", "1"), ("no", "2")):
            vault.save_submission("dkform", {"withheld": withheld, "level": level, "hours": 9})
        sav = _unzip(
            export_statistics(
                vault, tmp_path / "s.zip", ExportOptions(form_id="dkform"), "sav"
            ).path,
            tmp_path / "s",
        )
        dta = _unzip(
            export_statistics(
                vault, tmp_path / "d.zip", ExportOptions(form_id="dkform"), "dta"
            ).path,
            tmp_path / "d",
        )
    frame, meta = pyreadstat.read_sav(str(sav["data.sav"]), user_missing=True)
    assert list(frame["withheld"]) == ["yes", "dk", "refused", "no"]
    assert meta.missing_ranges["withheld"] == [
        {"lo": "dk", "hi": "dk"}, {"lo": "refused", "hi": "refused"},
    ]  # fmt: skip
    # Without user_missing, SPSS's reading: the missing codes are missing.
    plain, _ = pyreadstat.read_sav(str(sav["data.sav"]))
    assert [v if isinstance(v, str) else None for v in plain["withheld"]] == [
        "yes", None, None, "no",
    ]  # fmt: skip
    frame, meta = pyreadstat.read_dta(str(dta["data.dta"]), user_missing=True)
    assert list(frame["withheld"]) == [1, "d", "r", 2]
    assert meta.missing_user_values["withheld"] == ["d", "r"]
    assert meta.variable_value_labels["withheld"] == {1: "Yes", 2: "No"}
    # Codes that are whole numbers keep their value in Stata.
    assert list(frame["level"]) == [1, 2, 1, 2]
    assert meta.variable_value_labels["level"] == {1: "Low", 2: "High"}
    codebook = {r["variable"]: r for r in _codebook(dta)}
    assert codebook["withheld"]["missing_codes"] == "dk=.d refused=.r"
    choices = [r for r in _csv_rows(dta["choices.csv"]) if r["list_name"] == "yes_no_dk_ref"]
    assert [(r["name"], r["file_value"], r["missing"]) for r in choices] == [
        ("yes", "1", ""), ("no", "2", ""), ("dk", ".d", "yes"), ("refused", ".r", "yes"),
    ]  # fmt: skip


def test_csv_round_trip_with_pandas(vault, tmp_path):
    result = export_statistics(vault, tmp_path / "out.zip", ExportOptions(), "csv")
    files = _unzip(result.path, tmp_path / "x")
    frame = pd.read_csv(files["data.csv"], dtype=str, keep_default_na=False)
    types = {r["variable"]: r["cell_type"] for r in _codebook(files) if r["file"] == "data.csv"}
    for submission in vault.submissions(form_id=FORM_ID):
        row = frame[frame["_uuid"] == submission.uuid].iloc[0].to_dict()
        answers = {}
        for name, field in row.items():
            if name.startswith("_") or "/" in name or field == "":
                continue
            text = unguard_csv(field)
            kind = types[name]
            value = int(text) if kind == "integer" else float(text) if kind == "decimal" else text
            answers[name] = value.split() if name == "reasons" else value
        assert answers == _top(dict(submission.data))
    assert frame.loc[frame["_status"] == "final", "code"].item() == "007"
    members = pd.read_csv(files["member.csv"], dtype=str, keep_default_na=False)
    assert [unguard_csv(t) for t in members["m_name"]] == ['=HYPERLINK("http://x")', "+66 81"]


@pytest.mark.parametrize("text", ["=1+1", "+66 81", "-2", "@SUM(A1)", "\tx", "\rx", "'quoted"])
def test_csv_text_that_looks_like_a_formula_is_guarded(vault, tmp_path, text):
    saved = vault.save_submission(FORM_ID, {"code": text, "member": [{"m_name": text}]})
    vault.void(saved.uuid, "kept apart for this test")
    result = export_statistics(vault, tmp_path / "out.zip", ExportOptions(status="void"), "csv")
    files = _unzip(result.path, tmp_path / "x")
    for name in ("data.csv", "member.csv", "codebook.csv", "choices.csv", "about.csv"):
        with open(files[name], encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                assert not any(field.startswith(("=", "+", "-", "@", "\t", "\r")) for field in row)
    (row,) = _csv_rows(files["data.csv"])
    assert row["code"] == "'" + text and unguard_csv(row["code"]) == text
    assert guard_csv(text) == "'" + text and guard_csv("007") == "007"


def test_csv_labels_mode_writes_labels_in_the_cells(vault, tmp_path):
    result = export_statistics(
        vault, tmp_path / "out.zip", ExportOptions(labels="th", status="final"), "csv"
    )
    files = _unzip(result.path, tmp_path / "x")
    (row,) = _csv_rows(files["data.csv"])
    assert (row["sex"], row["reasons"], row["reasons/kin"]) == ("หญิง", "งาน; ครอบครัว", "1")


def test_names_are_valid_for_spss_and_stata():
    names = file_names(["_uuid", "reasons/work", "reasons_work", "by", "1st", "a" * 40, "A" * 40])
    assert names == {
        "_uuid": "meta_uuid", "reasons/work": "reasons_work", "reasons_work": "reasons_work_1",
        "by": "by_1", "1st": "v1st", "a" * 40: "a" * 32, "A" * 40: "A" * 30 + "_1",
    }  # fmt: skip


def test_the_output_must_be_a_zip_and_nothing_is_written(vault, tmp_path):
    with pytest.raises(LintasError, match=r"name the output 'out\.zip'"):
        export_statistics(vault, tmp_path / "out.sav", ExportOptions(), "sav")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_cancelled_export_leaves_no_file_no_spool_and_no_audit_entry(vault, tmp_path):
    before = len(vault.audit_entries(limit=1000))
    for file_format in ("sav", "dta", "csv"):
        with pytest.raises(Cancelled):
            export_statistics(
                vault, tmp_path / "out.zip", ExportOptions(), file_format,
                progress=lambda d, t, w: d == 0,
            )  # fmt: skip
        assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]
    assert len(vault.audit_entries(limit=1000)) == before


def test_every_export_is_audited_and_an_enumerator_cannot(vault, tmp_path):
    result = export_statistics(vault, tmp_path / "out.zip", ExportOptions(), "dta")
    (entry,) = [e for e in vault.audit_entries(limit=1000) if e.action == "export"]
    assert entry.detail["format"] == "dta" and entry.detail["sha256"] == result.sha256
    vault.add_user("bee", PASSPHRASE, role="enumerator")
    folder = vault.folder
    vault.close()
    with Vault.open(folder, user="bee", passphrase=PASSPHRASE) as as_enumerator:
        with pytest.raises(PermissionDeniedError):
            export_statistics(as_enumerator, tmp_path / "e.zip", ExportOptions(), "sav")
    assert not (tmp_path / "e.zip").exists()


def test_about_lists_each_file_with_its_checksum(vault, tmp_path):
    import hashlib

    result = export_statistics(vault, tmp_path / "out.zip", ExportOptions(), "sav")
    files = _unzip(result.path, tmp_path / "x")
    about = {r["key"]: r["value"] for r in _csv_rows(files["about.csv"])}
    assert about["format"] == "Lintas statistical export" and about["file_format"] == "sav"
    for name in ("data.sav", "member.sav", "job.sav"):
        assert about[f"sha256:{name}"] == hashlib.sha256(files[name].read_bytes()).hexdigest()
    readme = files["README.txt"].read_text(encoding="utf-8")
    assert "meta_uuid" in readme and "user_missing" in readme


def test_cli_exports_each_format(vault, tmp_path):
    folder = vault.folder
    vault.close()
    for file_format in ("sav", "dta", "csv"):
        out = tmp_path / f"cli-{file_format}.zip"
        result = _cli("export", str(folder), str(out), "--format", file_format)
        assert result.returncode == 0, result.stderr
        assert f"Wrote 2 records of {FORM_ID}" in result.stdout and result.stderr == ""
        assert zipfile.ZipFile(out).testzip() is None
    refused = _cli("export", str(folder), str(tmp_path / "x.sav"), "--format", "sav")
    assert refused.returncode == 1 and "name the output 'x.zip'" in refused.stderr
    assert "Traceback" not in refused.stderr


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PYTHONPATH": str(ROOT / "src"), "LINTAS_PASSPHRASE": PASSPHRASE,
        "PATH": "/usr/bin:/bin", "LINTAS_TEST_WEAK_KDF": "1", "HOME": "/tmp",
    }  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "lintas", *args], capture_output=True, text=True, env=env,
        check=False,
    )  # fmt: skip


def _varied(i: int) -> dict:
    """Answers that differ by record: widths, scripts, blanks, an old code."""
    data = {
        "code": "0" * (i % 3) + str(i) + ("ผู้หญิง" * (i % 5) if i % 7 else "x" * 300),
        "age": 18 + i % 40,
        "wage": None if i % 4 == 0 else 10 + i / 8,
        "arrived": f"2024-03-{1 + i % 28:02d}",
        "sex": ["f", "m", "x_old"][i % 3],  # x_old: only version 2's list has it
        "reasons": [["work"], ["debt", "kin"], []][i % 3],
        "member": [{"m_name": f"m{i}", "job": [{"job_years": i % 9}]}] if i % 2 else [],
    }
    return {k: v for k, v in data.items() if v not in (None, [])}


@pytest.mark.parametrize("kind", ["sav", "dta"])
def test_a_file_written_in_chunks_is_the_file_written_whole(tmp_path, monkeypatch, kind):
    """The chunked writer (flat memory) gives the same rows and labels as one frame."""
    import lintas.export.chunked as chunked

    reader = pyreadstat.read_sav if kind == "sav" else pyreadstat.read_dta
    opened, _ = Vault.create(
        tmp_path / "vault", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    with opened:
        older = FORM_MD.replace("| all_kind | 3 ", "| all_kind | 2 ").replace(
            "|         | sex       | m    | Male                | ชาย               |\n",
            "|         | sex       | m    | Male                | ชาย               |\n"
            "|         | sex       | x_old | Old                | เก่า               |\n",
        )
        assert "x_old" in older and "| all_kind | 2 " in older
        opened.install_form(older.encode("utf-8"), filename="all_kind_v2.md")
        opened.install_form(FORM_MD.encode("utf-8"), filename="all_kind.md")
        for i in range(23):
            version = "2" if i % 3 == 2 else "3"
            opened.save_submission(FORM_ID, _varied(i), status="final", form_version=version)
        frames = {}
        for rows in (3, 10_000):  # eight chunks of three, and one chunk
            monkeypatch.setattr(chunked, "CHUNK_ROWS", rows)
            result = export_statistics(opened, tmp_path / f"{rows}.zip", ExportOptions(), kind)
            files = _unzip(result.path, tmp_path / str(rows))
            frames[rows] = {
                name: reader(str(files[name]), user_missing=True)
                for name in files if name.endswith(kind)
            }  # fmt: skip
        for name, (frame, meta) in frames[10_000].items():
            chunked_frame, chunked_meta = frames[3][name]
            assert len(chunked_frame) == len(frame) > 0
            pd.testing.assert_frame_equal(chunked_frame, frame)
            assert chunked_meta.variable_value_labels == meta.variable_value_labels
            assert chunked_meta.column_names_to_labels == meta.column_names_to_labels
            assert chunked_meta.original_variable_types == meta.original_variable_types
        data, meta = frames[3][f"data.{kind}"]
        assert len(data) == 23 and meta.number_rows == 23
        assert sorted(data["age"]) == sorted(float(18 + i % 40) for i in range(23))
        assert "x" * 300 in set(data["code"].map(lambda v: v[-300:]))
        if kind == "dta":  # the old code got one number of its own in every chunk
            assert meta.variable_value_labels["sex"] == {1: "Female", 2: "Male", 3: "x_old"}
