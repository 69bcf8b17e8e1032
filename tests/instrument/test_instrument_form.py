"""The shipped survey workbook: clean in the checker, in step with its code lists and source."""

import json
import subprocess
import sys

import build_survey
import choice_lists
import pytest
import survey_paths
import survey_rows
from instrument_support import NOW, RENDERING, WORKBOOK, ZAWGYI_ORDER
from openpyxl import load_workbook
from render_survey import render
from survey_common import LANGUAGES

from lintas import codelists
from lintas.form import Privacy, check
from lintas.form.response import Response

LANGUAGE_NAMES = [name for _, name in LANGUAGES]


def expected_choices(list_name):
    """(name, {language: label}, extra) for every choice the code lists give ``list_name``."""
    extra_columns = choice_lists.CHOICE_COLUMNS.get(list_name, ())
    rows = []
    for part in choice_lists.CHOICE_LISTS[list_name]:
        source, _, only = part.partition(":")
        for code in codelists.load(source).codes:
            if only and code.code != only:
                continue
            labels = {name: code.label(lang) for lang, name in LANGUAGES}
            rows.append((code.code, labels, {c: code.extra.get(c, "") for c in extra_columns}))
    return rows


def test_the_checker_reports_no_errors_and_no_warnings():
    assert check(WORKBOOK) == []


def test_the_command_line_check_reports_zero_errors_and_zero_warnings():
    result = subprocess.run(
        [sys.executable, "-m", "lintas", "form", "check", "--json", str(WORKBOOK)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert (report["errors"], report["warnings"], report["problems"]) == (0, 0, [])


def test_settings(form):
    assert form.form_id == "asean_mw_survey"
    assert form.version == survey_rows.SETTINGS["version"]
    assert form.title == "ASEAN migrant-worker survey"
    assert form.default_language == "English (en)"
    assert list(form.languages) == LANGUAGE_NAMES


@pytest.mark.parametrize("list_name", sorted(choice_lists.CHOICE_LISTS))
def test_form_choices_agree_with_the_code_lists(form, list_name):
    in_form = form.choice_lists[list_name].choices
    expected = expected_choices(list_name)
    assert [c.name for c in in_form] == [name for name, _, _ in expected]
    for choice, (name, labels, extra) in zip(in_form, expected):
        assert dict(choice.label.by_language) == labels, name
        for column, value in extra.items():
            assert choice.extra.get(column, "") == value  # an empty cell is no column


def test_every_select_uses_a_generated_list_and_every_list_is_used(form):
    used = {q.choice_list for q in form.questions() if q.is_select}
    assert used == set(choice_lists.CHOICE_LISTS)
    assert set(form.choice_lists) == set(choice_lists.CHOICE_LISTS)


def test_the_education_aggregate_follows_the_isced_mapping(form):
    mapping = codelists.load("isced_level").column("ilo_aggregate") | {"dk": "unknown"}
    response = Response(form, now=NOW)
    for address, value in {"consent": "yes", "age_years": 30}.items():
        response.set(address, value)
    for level, aggregate in mapping.items():
        response.set("education", level)
        assert response.get("education_aggregate") == aggregate, level
    assert set(mapping.values()) == set(codelists.load("education_aggregate").names())


def test_the_sub_major_group_list_is_filtered_by_the_major_group(form):
    response = Response(form, now=NOW)
    for address, value in {"consent": "yes", "age_years": 30, "has_job": "yes"}.items():
        response.set(address, value)
    response.set("occupation_major", "6")
    assert [c.name for c in response.state("occupation_submajor").choices] == ["61", "62", "63"]
    response.set("occupation_major", "dk")
    assert not response.state("occupation_submajor").relevant


def test_sections_come_in_the_standard_order(form):
    groups = [element.name for element in form.children]
    assert groups == [
        "consent_section", "background", "child_protection", "recruitment", "work",
        "exploitation", "after_migration",
    ]  # fmt: skip
    assert form.children[0].children[1].name == "consent"


def test_the_workbook_is_what_the_source_builds():
    # Byte for byte: the build is reproducible and nobody edited the workbook by hand.
    assert build_survey.build_workbook() == WORKBOOK.read_bytes()


def test_the_text_rendering_matches_the_workbook(workbook_bytes):
    assert render(workbook_bytes, survey_paths.PATHS) == RENDERING.read_text(encoding="utf-8")


def test_the_rendering_shows_every_question_and_code(form):
    text = RENDERING.read_text(encoding="utf-8")
    for question in form.questions():
        assert f"**{question.name}** `" in text
    for choice_list in form.choice_lists.values():
        assert f"### {choice_list.name}\n" in text
        for choice in choice_list.choices:
            assert f"- `{choice.name}` {choice.label.get('English (en)')}" in text


def test_every_text_is_given_in_every_language(form):
    for question in form.questions():
        for text in (question.label, question.hint, question.constraint_message,
                     question.required_message):  # fmt: skip
            if text:
                assert sorted(text.by_language) == sorted(LANGUAGE_NAMES), question.name
                assert all(value.strip() for value in text.by_language.values())


def test_every_non_english_text_is_listed_for_native_speaker_review(form):
    sheet = load_workbook(WORKBOOK, read_only=True)["translation_status"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("sheet", "row", "column", "language", "status")
    listed = {(r[0], r[1], r[2], r[3]) for r in rows[1:]}
    assert all("native speaker" in r[4] for r in rows[1:])
    assert not any("reviewed" in r[4] and "needs" not in r[4] for r in rows[1:])
    columns = ("label", "hint", "constraint_message", "required_message")
    for question in form.questions():
        for column in columns:
            if getattr(question, column):
                for language in LANGUAGE_NAMES[1:]:
                    assert ("survey", question.name, column, language) in listed
    for choice_list in form.choice_lists.values():
        for choice in choice_list.choices:
            for language in LANGUAGE_NAMES[1:]:
                key = ("choices", f"{choice_list.name}/{choice.name}", "label", language)
                assert key in listed


def test_missing_translations_are_marked_not_hidden():
    sheet = load_workbook(WORKBOOK, read_only=True)["translation_status"]
    statuses = {(r[1], r[3]): r[4] for r in sheet.iter_rows(min_row=2, values_only=True)}
    # iso-codes lacks most Burmese currency names: each gap says so, and English is shown.
    assert statuses[("currency/EUR", "Burmese (my)")].startswith("missing")
    # ... except the ASEAN and corridor ones, which the Lintas team drafted
    # (supplements/corridor_names.csv, overriding iso-codes).
    assert statuses[("currency/MMK", "Burmese (my)")].startswith("draft")
    assert statuses[("country/THA", "Thai (th)")].startswith("draft")
    assert statuses[("country/FRA", "Thai (th)")].startswith("iso-codes")
    assert statuses[("flow_type/outbound", "Lao (lo)")].startswith("draft")


STANDARD_CLASSES = {
    Privacy.IDENTIFIER: {"respondent_name", "document_number", "date_of_birth"},
    Privacy.SENSITIVE: {
        "paid_recruitment_costs", "cost_agency_fee", "cost_documents", "cost_medical",
        "cost_training", "cost_transport", "cost_informal", "recruitment_cost_total",
        "borrowed_to_migrate", "lender_type", "first_month_earnings", "documented_status",
        "fl_documents_withheld", "fl_deceived", "fl_movement_restricted", "fl_debt_bondage",
        "fl_threats_violence", "fl_wages_withheld", "fl_excessive_overtime", "fl_any_indicator",
        "minor_travelling_with", "minor_guardian_knows",
    },
    Privacy.QUASI: {
        "site_type", "interview_date", "interview_period", "sex", "age_years", "age_group",
        "citizenship", "country_of_birth", "previous_residence", "destination_country",
        "last_destination", "corridor_destination", "marital_status", "dependent_children",
        "education", "education_aggregate", "year_of_departure_or_arrival", "prior_work_abroad",
        "prior_last_country", "industry", "occupation_major", "occupation_submajor",
    },
}  # fmt: skip


def test_the_privacy_column_follows_the_standards_classes(form):
    for privacy, names in STANDARD_CLASSES.items():
        assert {q.name for q in form.questions_with(privacy)} == names, privacy
    ordinary = {q.name for q in form.questions_with(Privacy.ORDINARY)}
    for name in ("consent", "flow_type", "collection_country", "main_reason",
                 "worker_category", "status_in_employment", "written_contract",
                 "recruitment_channel", "sends_remittances", "referred_to_services"):  # fmt: skip
        assert name in ordinary


def test_no_stored_value_is_computed_from_an_identifier(form):
    identifiers = {q.name for q in form.questions_with(Privacy.IDENTIFIER)}
    for question in form.questions():
        for expression in (question.calculation, question.default):
            assert not any(f"${{{name}}}" in expression for name in identifiers), question.name
        assert question.privacy is not Privacy.IDENTIFIER or not question.required


def test_burmese_question_texts_are_unicode_not_zawgyi(form):
    from myanmartools import ZawgyiDetector

    texts = [
        text.by_language["Burmese (my)"]
        for question in form.questions()
        for text in (question.label, question.hint, question.constraint_message)
        if text
    ]
    assert len(texts) > 60
    for text in texts:
        assert not ZAWGYI_ORDER.search(text), text
    assert ZawgyiDetector().get_zawgyi_probability(" ".join(texts)) < 0.01
