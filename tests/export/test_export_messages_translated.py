"""Workbook verify and password errors speak the user's language: every message of
lintas.export's reader, encrypted and disclosure_check modules is in every catalog with
its placeholders, and a real edited export verified with LANG=vi, and a wrong password
with LANG=lo, are refused in those languages (real vault, a real CLI in a subprocess)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from export_helpers import ANSWERS, FORM_ID, PASSPHRASE, make_vault

from lintas import i18n
from lintas.export.workbook import ExportOptions, export_workbook
from tests.i18n.catalog_checks import TRANSLATED, gaps_in, in_language, messages_from

ROOT = Path(__file__).resolve().parents[2]
GROUP = ("lintas/export/reader.py", "lintas/export/encrypted.py",
         "lintas/export/disclosure_check.py")  # fmt: skip


def _cli(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(ROOT / "src"), "LINTAS_PASSPHRASE": PASSPHRASE,
           "PATH": "/usr/bin:/bin", "LINTAS_TEST_WEAK_KDF": "1", "HOME": "/tmp",
           "LANG": lang}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "lintas", *args], capture_output=True,
                          text=True, env=env, check=False, timeout=120)  # fmt: skip


def test_the_export_check_group_is_marked():
    messages = messages_from(*GROUP)
    assert len(messages) >= 30
    assert "The password is wrong for '{path}'. Check the password file (first line only; " \
        "spaces count) and try again." in messages  # fmt: skip


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_export_check_message_is_in_every_catalog(code):
    assert gaps_in(code, messages_from(*GROUP)) == []


def test_an_edited_workbook_and_a_wrong_password_are_refused_in_the_language_of_lang(tmp_path):
    out, locked = tmp_path / "out.xlsx", tmp_path / "locked.xlsx"
    with make_vault(tmp_path / "vault") as vault:
        vault.save_submission(FORM_ID, ANSWERS, status="final")
        export_workbook(vault, out, ExportOptions())
        export_workbook(vault, locked, ExportOptions(), password="the right password")
    good = _cli("workbook", "verify", str(out), lang="vi_VN.UTF-8")
    assert good.returncode == 0, good.stderr
    assert in_language("vi", "Checksums match for {count} sheets: {sheets}.", count=5,
                       sheets="data, member, job, codebook, choices") in good.stdout  # fmt: skip
    book = openpyxl.load_workbook(out)
    book["data"]["J2"] = 99
    book.save(out)
    edited = _cli("workbook", "verify", str(out), lang="vi_VN.UTF-8")
    assert edited.returncode == 4
    head = in_language("vi", "'{path}' does not match the Lintas workbook standard:", path=out)
    changed = in_language(
        "vi", "The sheet '{name}' was changed after export: its content no longer matches "
        "the checksum in About.", name="data",
    )  # fmt: skip
    assert head in edited.stderr and changed in edited.stderr
    assert "was changed after export" not in edited.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    refused = _cli("workbook", "read", str(locked), "--password-file", str(wrong),
                   lang="lo_LA.UTF-8")  # fmt: skip
    assert refused.returncode == 1
    lao = in_language(
        "lo", "The password is wrong for '{path}'. Check the password file (first line only; "
        "spaces count) and try again.", path=locked,
    )  # fmt: skip
    assert refused.stderr.strip() == f"lintas: {lao}"


def test_the_disclosure_sentences_come_in_the_language_set():
    from lintas.export.disclosure_check import check_level
    from lintas.export.reader import Contents


    i18n.set_language("id")
    problems, _lines = check_level(None, Contents({"level": "secret"}))
    assert problems == [in_language(
        "id", "About gives the level '{level}', which is not internal, restricted or public.",
        level="secret",
    )]  # fmt: skip
