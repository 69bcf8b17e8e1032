"""The consent rule at the vault: without a 'yes', nothing is stored, not even a draft."""

from __future__ import annotations

import pytest
from vault_helpers import form_bytes

from lintas.form import load
from lintas.form.consent import consent_given, consent_question
from lintas.vault.errors import ConsentNotGivenError

CONSENT_FORM = """
| survey |
| | type | name | label | relevant |
| | select_one yn | consent | Do you agree to take part? | |
| | integer | age | Age | ${consent} = 'yes' |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
| settings |
| | form_id | version |
| | consent_demo | 1 |
"""


@pytest.fixture
def consent_vault(make_vault):
    vault, _ = make_vault(with_form=False)
    vault.install_form(form_bytes(CONSENT_FORM), filename="consent.md")
    return vault


@pytest.mark.parametrize("data", [{"consent": "no"}, {}, {"age": 30}])
@pytest.mark.parametrize("status", ["draft", "final"])
def test_no_record_without_consent(consent_vault, data, status):
    before = consent_vault.count()
    with pytest.raises(ConsentNotGivenError) as error:
        consent_vault.save_submission("consent_demo", data, status=status)
    assert "Nothing was saved" in error.value.message
    assert consent_vault.count() == before


def test_a_refusal_leaves_no_trace_in_the_decrypted_vault(consent_vault):
    with pytest.raises(ConsentNotGivenError):
        consent_vault.save_submission("consent_demo", {"consent": "no"}, status="draft")
    assert list(consent_vault.submissions()) == []
    assert consent_vault.count() == 0


def test_consent_given_saves(consent_vault):
    saved = consent_vault.save_submission(
        "consent_demo", {"consent": "yes", "age": 30}, status="final"
    )
    assert consent_vault.submission(saved.uuid).data["age"] == 30


def test_a_draft_cannot_be_edited_into_a_refusal(consent_vault):
    saved = consent_vault.save_submission("consent_demo", {"consent": "yes"}, status="draft")
    with pytest.raises(ConsentNotGivenError):
        consent_vault.update_submission(saved.uuid, {"consent": "no"})
    assert consent_vault.submission(saved.uuid).data == {"consent": "yes"}


def test_forms_without_a_consent_question_are_not_affected(vault):
    assert consent_question(vault.form(vault.forms()[0].form_id)) is None


def test_the_settings_can_name_another_consent_question():
    form = load(
        form_bytes(
            CONSENT_FORM.replace("consent |", "agree |")
            .replace("${consent}", "${agree}")
            .replace("| | form_id | version |", "| | form_id | version | consent_question |")
            .replace("| | consent_demo | 1 |", "| | consent_demo | 1 | agree |")
        ),
        filename="agree.md",
    )
    assert consent_question(form).name == "agree"
    assert not consent_given(form, {"agree": "no"})
    assert consent_given(form, {"agree": "yes"})
