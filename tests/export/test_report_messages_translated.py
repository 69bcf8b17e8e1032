"""The privacy report speaks the user's language: every sentence of
lintas.export.report_text is in every catalog with its placeholders, and a real report
of a real vault (in process and through 'lintas privacy report' with LANG=km) comes in
that language, level names included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from export_helpers import ANSWERS, FORM_ID, PASSPHRASE, make_vault

from lintas import i18n
from lintas.export.level_report import level_report
from tests.i18n.catalog_checks import TRANSLATED, gaps_in, in_language, messages_from

ROOT = Path(__file__).resolve().parents[2]
GROUP = ("lintas/export/report_text.py", "lintas/export/level_report.py")


def test_the_report_group_is_marked():
    from lintas.export.report_text import LEVEL_NAMES, META_LABELS, TEXT

    messages = messages_from(*GROUP)
    assert {*TEXT.values(), *LEVEL_NAMES.values(), *META_LABELS.values()} <= messages
    assert len(messages) >= 50


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_report_sentence_is_in_every_catalog(code):
    assert gaps_in(code, messages_from(*GROUP)) == []


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    with make_vault(tmp_path / "vault") as vault:
        for age in (20, 30, 40):
            vault.save_submission(FORM_ID, {**ANSWERS, "age": age}, status="final")
    return tmp_path / "vault"


def test_a_real_report_comes_in_burmese(folder: Path):
    from lintas.vault import Vault

    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as vault:
        english = level_report(vault, FORM_ID, "restricted")
        i18n.set_language("my")
        report = level_report(vault, FORM_ID, "restricted")
    level = i18n.translated_in("my", "restricted")
    assert report.title == in_language("my", "Privacy report: {form}, {level} level",
                                       form=english.form_title, level=level)  # fmt: skip
    assert report.answer != english.answer and "interviews" not in report.answer
    assert (report.shared, report.records) == (english.shared, english.records)


def test_lintas_privacy_report_speaks_khmer_with_lang_km(folder: Path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}  # fmt: skip
    env.update(PYTHONPATH=str(ROOT / "src"), LINTAS_PASSPHRASE=PASSPHRASE, LANG="km_KH.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "lintas", "privacy", "report", str(folder), "--form", FORM_ID,
         "--level", "internal"], capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith(in_language("km", "Privacy report: {form}, {level} level",
                                        form="", level="")[:12])  # fmt: skip
    assert i18n.translated_in("km", "internal") in first
    internal = in_language(
        "km", "The internal level is for this office only: {records} final interviews with "
        "every answer except identifiers, nothing blanked or grouped. Do not share it outside "
        "the office.", records=3,
    )  # fmt: skip
    assert internal in done.stdout
    assert i18n.translated_in("km", "The form's own privacy roles, checked as declared (every "
                              "quasi-identifier and sensitive question of the form, not the "
                              "level's published set):") in done.stdout  # fmt: skip
