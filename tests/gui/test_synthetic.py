"""The demo's synthetic interviews are ones the vault itself would accept."""

from lintas.form import load
from lintas.form.consent import consent_given
from lintas.gui.demo_form import demo_form_bytes
from lintas.gui.synthetic import synthetic_records
from lintas.vault.validation import check_submission
from tests.conftest import ROOT

SURVEY = ROOT / "forms" / "asean_migrant_worker_survey.xlsx"


def test_synthetic_interviews_pass_the_vaults_own_checks():
    for form in (load(SURVEY), load(demo_form_bytes(), filename="demo.md")):
        records = [
            record
            for seed in (1, 2, 3)
            for record in synthetic_records(
                form, 40, users=("anan",), office="Mae Sot", distinct=40, seed=seed
            )
        ]
        assert len(records) == 120
        assert {record.status for record in records} == {"draft", "final"}
        for record in records:
            # A refusal leaves no record at all, so the demo holds none either.
            assert consent_given(form, record.data)
            check_submission(form, record.data, final=record.status == "final")
