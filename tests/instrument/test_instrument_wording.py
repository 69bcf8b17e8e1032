"""Consent texts never use a word that can mean the opposite of their promise (Filipino "itago")."""

import dataclasses
import xml.etree.ElementTree as ET

import build_survey
import consent_wording
import pytest
import survey_rows
from instrument_support import ROOT, WORKBOOK
from openpyxl import load_workbook
from survey_common import LANGUAGES

TRANSLATIONS = ROOT / "resources" / "translations"


def test_every_conjugation_of_a_forbidden_stem_is_caught():
    text = "Nakatago habang tina-type at hindi kailanman itinatago; Itago ito."
    assert [word for word, _ in consent_wording.forbidden_in("fil", text)] == [
        "Nakatago", "itinatago", "Itago",
    ]  # fmt: skip
    assert consent_wording.forbidden_in("fil", "Walang ise-save. Itatala lamang.") == []
    # The list is per language: the same letters in another language are not refused.
    assert consent_wording.forbidden_in("id", "tago") == []


def test_the_consent_texts_are_the_consent_group_and_the_identifier_questions():
    names = {row.name for row in consent_wording.consent_rows(survey_rows.ROWS)}
    assert {"consent_intro", "consent", "refusal_note"} <= names
    assert {"respondent_name", "document_number", "date_of_birth", "interview_date"} <= names
    assert "age" not in names and "flow_type" not in names


def test_no_survey_consent_text_uses_a_forbidden_word():
    assert consent_wording.problems(survey_rows.ROWS) == []


def test_the_shipped_workbook_says_store_not_hide_in_filipino():
    sheet = load_workbook(WORKBOOK, read_only=True)["survey"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    by_name = {row[1]: dict(zip(header, row, strict=True)) for row in rows[1:] if row[1]}
    fil = dict(LANGUAGES)["fil"]
    texts = [
        ("consent_intro", "label"), ("consent", "hint"), ("refusal_note", "label"),
        ("respondent_name", "hint"), ("document_number", "hint"), ("date_of_birth", "hint"),
        ("interview_date", "hint"),
    ]  # fmt: skip
    for name, column in texts:
        text = by_name[name][f"{column}::{fil}"]
        assert text and "tago" not in text.lower(), (name, column, text)
    assert "Hindi kailanman itatala ang inyong" in by_name["consent_intro"][f"label::{fil}"]


def test_the_build_refuses_a_consent_text_with_a_forbidden_word(monkeypatch, tmp_path, capsys):
    rows = list(survey_rows.ROWS)
    index = next(i for i, row in enumerate(rows) if row.name == "refusal_note")
    label = dataclasses.replace(rows[index].label, fil="Tapusin na: walang itatago mula rito.")
    rows[index] = dataclasses.replace(rows[index], label=label)
    monkeypatch.setattr(survey_rows, "ROWS", rows)
    monkeypatch.setattr(build_survey, "WORKBOOK", tmp_path / "survey.xlsx")
    monkeypatch.setattr(build_survey, "RENDERING", tmp_path / "survey.md")
    assert build_survey.main([]) == 1
    assert "refusal_note label (fil): 'itatago'" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.parametrize("language", sorted(consent_wording.FORBIDDEN))
def test_app_strings_about_what_is_stored_use_no_forbidden_word(language):
    tree = ET.parse(TRANSLATIONS / f"lintas_{language}.ts")
    checked = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not consent_wording.STORAGE_PROMISE.search(source):
                continue
            translation = message.findtext("translation") or ""
            checked.append(source)
            found = consent_wording.forbidden_in(language, translation)
            assert found == [], (context.findtext("name"), source, translation)
    assert "Hidden while typed, and never stored: only a pseudonym is kept." in checked


@pytest.mark.parametrize("language", sorted(consent_wording.FORBIDDEN))
def test_the_core_messages_use_no_forbidden_word(language):
    # The core's own catalog (errors, summaries, self-test: lintas.i18n), every entry:
    # its messages say what is stored and what is never stored.
    from lintas.i18n_tool import po_path, read_po

    entries = read_po(po_path(language))
    assert entries
    for entry in entries:
        found = consent_wording.forbidden_in(language, entry.msgstr)
        assert found == [], (entry.msgid, entry.msgstr)
