"""The privacy report says, in plain words, exactly what an export at the level publishes.

Each test compares the report with a real export of the same vault: the figures come
from the export's own first pass, so they must equal the About sheet's, number for number.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from export_helpers import CHEAP_KDF, FIXED_TODAY, FORM_ID, PASSPHRASE, make_vault

from lintas.export.level_report import level_report
from lintas.export.plan import META_COLUMNS
from lintas.export.report_text import share
from lintas.export.workbook import ExportOptions, export_workbook

ROOT = Path(__file__).resolve().parents[2]
STANDARD = ROOT / "forms" / "asean_migrant_worker_survey.xlsx"


@pytest.fixture(scope="module")
def standard(tmp_path_factory):
    """The standard survey with 400 independent synthetic interviews (some stand out)."""
    from lintas.gui.synthetic import synthetic_records
    from lintas.vault import Vault

    folder = tmp_path_factory.mktemp("report")
    vault, _ = Vault.create(folder / "vault", office="Mae Sot", user="sup",
                            passphrase=PASSPHRASE, kdf=CHEAP_KDF)  # fmt: skip
    installed = vault.install_form(STANDARD.read_bytes(), filename=STANDARD.name)
    form = vault.form(installed.form_id, installed.version)
    records = list(synthetic_records(form, 400, users=("sup",), office="Mae Sot", seed=3,
                                     distinct=400, days=200, today=FIXED_TODAY))  # fmt: skip
    vault.import_submissions(records, source="test")
    yield vault, folder, form
    vault.close()


def _about(path: Path) -> dict[str, str]:
    rows = openpyxl.load_workbook(path, read_only=True)["About"].iter_rows(values_only=True)
    return {str(k): str(v) for k, v in list(rows)[1:]}


def _header(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path, read_only=True)["data"]
    return [str(c) for c in next(sheet.iter_rows(values_only=True))]


@pytest.mark.parametrize("level", ["public", "restricted"])
def test_every_figure_is_the_exports_own(standard, level):
    vault, folder, form = standard
    report = level_report(vault, form.form_id, level, "en")
    out = folder / f"{level}.xlsx"
    export_workbook(vault, out, ExportOptions(form_id=form.form_id, level=level, status="final"))
    about = _about(out)
    disclosure = json.loads(about["disclosure"])
    assert report.disclosure == disclosure
    # What the answer says: interviews shared, questions, left out.
    assert report.shared == int(about["records"])
    header = _header(out)
    questions = [n for n in header if n not in META_COLUMNS]
    assert report.columns == len(questions)
    assert f"{report.shared} of the {report.records} final interviews" in report.answer
    assert f"with {len(questions)} question" in report.answer
    removed = disclosure["records_removed"]
    # These interviews are dated from a fixed day, so the figures are the same every day;
    # when a level leaves interviews out, the answer says how many (and see
    # test_interviews_left_out_are_counted_in_the_answer, where it must).
    if removed:
        assert f"{removed} interview" in report.answer
    dropped = [n for n in about["dropped_variables"].split() if n not in META_COLUMNS]
    assert sorted(report.not_published) == sorted(dropped)
    # Each question the export left out for its blanks is named, by label, in the answer.
    for name in disclosure["dropped_by_suppression"]:
        assert report.labels[name] in report.answer
        assert name not in questions
    # Each blanked question's loss is the About sheet's kept share and its count.
    texts = "\n".join(report.lines())
    for name, count in disclosure["values_suppressed"].items():
        if name in disclosure["kept"]:
            lost = share(1 - disclosure["kept"][name])
            assert f"{report.labels[name]} loses {lost} of its answers: {count} blanked" in texts
    for item in disclosure["recoding"]:
        assert f"({item['values_changed']} answers changed)" in texts
    # Every finding says what to do, or why nothing needs doing.
    assert all(finding.advice for finding in report.findings)
    assert any(finding.act for finding in report.findings)


def test_a_longer_period_is_advised_only_for_an_export_with_a_period(standard):
    vault, _folder, form = standard
    every = level_report(vault, form.form_id, "public")
    dated = level_report(vault, form.form_id, "public", since="2000-01-01")
    assert dated.disclosure == every.disclosure  # the same interviews
    advice = [f.advice for f in every.findings if f.kind in ("left_out", "dropped")]
    assert advice and not any("longer period" in a for a in advice)
    assert all(
        "check a longer period" in f.advice
        for f in dated.findings if f.kind in ("left_out", "dropped")
    )  # fmt: skip


def test_the_answer_comes_first_and_names_questions_in_the_app_language(standard):
    vault, _folder, form = standard
    english = level_report(vault, form.form_id, "public", "en")
    thai = level_report(vault, form.form_id, "public", "th")
    lines = english.lines()
    assert lines[0] == "Privacy report: ASEAN migrant-worker survey, public level"
    assert lines[2] == english.answer and english.answer.startswith("At the public level, ")
    citizenship = form.question("citizenship").label
    assert english.labels["citizenship"] == f"'{citizenship.get('English (en)')}'"
    assert thai.labels["citizenship"] == f"'{citizenship.get('Thai (th)')}'"
    assert thai.labels["citizenship"] in thai.answer
    assert "age_years" not in english.answer  # the label, not the variable name
    # A language the form lacks falls back to English.
    assert level_report(vault, form.form_id, "public", "zz").labels == english.labels
    assert "'Office of origin'" in "\n".join(lines)


def test_internal_nothing_yet_and_a_form_without_a_public_set(tmp_path):
    with make_vault(tmp_path / "vault") as vault:
        empty = level_report(vault, FORM_ID, "public")
        assert empty.answer.startswith("There are no final interviews")
        assert empty.findings[0].text == "Finalise interviews, then check again."
        for age in (30, 31, 32):
            vault.save_submission(FORM_ID, {"age": age, "sex": "f"}, status="final")
        internal = level_report(vault, FORM_ID, "internal")
        assert internal.answer.startswith("The internal level is for this office only: 3 final")
        assert "Do not share it" in internal.answer
        # This form declares no sdc_level: the public file carries no question.
        public = level_report(vault, FORM_ID, "public", "th")
        assert public.columns == 0
        assert "publishes no question" in public.answer
        assert "sdc_level" in public.findings[0].text
        restricted = level_report(vault, FORM_ID, "restricted", "th")
        assert restricted.labels["age"] == "'อายุ'"
        # A calculation with no label is named by its name.
        assert restricted.labels["double_age"] == "'double_age'"


def test_interviews_left_out_are_counted_in_the_answer(tmp_path):
    with make_vault(tmp_path / "vault") as vault:
        for age in (30, 31):
            vault.save_submission(FORM_ID, {"age": age, "sex": "f"}, status="final")
        report = level_report(vault, FORM_ID, "restricted")
        out = tmp_path / "restricted.xlsx"
        export_workbook(vault, out, ExportOptions(level="restricted", status="final"))
    disclosure = json.loads(_about(out)["disclosure"])
    # Two interviews cannot make a group of three: both are left out, and the report
    # says so with the export's own count.
    assert disclosure["records_removed"] == 2 == report.disclosure["records_removed"]
    assert report.answer.startswith("At the restricted level, 0 of the 2 final interviews")
    assert "2 interviews would be left out" in report.answer
    rule = report.findings[0].text
    # Nothing is published: the rule is stated, not claimed as met by zero interviews.
    assert rule.startswith("No interview can be shared yet") and "at least 3" in rule
    assert "at least 0" not in "\n".join(report.lines())


def test_an_enumerator_gets_a_clear_refusal(tmp_path):
    from lintas.errors import LintasError

    with make_vault(tmp_path / "vault") as vault:
        vault.add_user("ena", "another horse battery", role="enumerator")
    from lintas.vault import Vault

    with Vault.open(tmp_path / "vault", user="ena", passphrase="another horse battery") as vault:
        with pytest.raises(LintasError, match="supervisor"):
            level_report(vault, FORM_ID, "public")
