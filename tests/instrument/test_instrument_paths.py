"""Scripted interviews through the form engine: every path validates and every skip holds."""

import pytest
import survey_paths
from instrument_support import NOW

from lintas.export.standard_tables import consent_refused
from lintas.form import Privacy
from lintas.form.response import Response

COST_ITEMS = ("cost_agency_fee", "cost_documents", "cost_medical", "cost_training",
              "cost_transport", "cost_informal")  # fmt: skip


def run(form, answers):
    response = Response(form, now=NOW)
    for address, value in answers.items():
        response.set(address, value)
    return response


def relevant(response, *names):
    return {name: response.state(name).relevant for name in names}


@pytest.mark.parametrize("path", sorted(survey_paths.PATHS))
def test_each_path_validates_and_round_trips(form, path):
    response = run(form, survey_paths.PATHS[path])
    assert response.validate() == []
    data = response.to_json()
    identifiers = {q.name for q in form.questions_with(Privacy.IDENTIFIER)}
    assert not identifiers & set(data)
    again = Response.from_json(form, data)
    assert again.to_json() == data
    # Every scripted answer is one the respondent was actually asked.
    for name in survey_paths.PATHS[path]:
        assert response.state(name).relevant, (path, name)


def test_outbound_worker(form):
    response = run(form, survey_paths.OUTBOUND)
    assert relevant(response, "destination_country", "last_destination", "first_month_earnings",
                    "sends_remittances", "minor_travelling_with", *COST_ITEMS) == {
        "destination_country": True, "last_destination": False, "first_month_earnings": False,
        "sends_remittances": False, "minor_travelling_with": False,
        **dict.fromkeys(COST_ITEMS, True),
    }  # fmt: skip
    assert response.get("recruitment_cost_total") in (1850000, "1850000")
    assert response.get("corridor_destination") == "THA"
    assert response.get("fl_any_indicator") == "yes"
    assert response.state("fl_support_note").relevant
    assert response.state("referral_prompt").relevant
    assert response.identifier_answers()["document_number"] == "MA1234567"
    assert response.to_json()["interview_period"] == "2026-11"


def test_inbound_worker(form):
    response = run(form, survey_paths.INBOUND)
    assert relevant(response, "destination_country", "first_month_earnings", "earnings_currency",
                    "remittance_channel", "lender_type", "referral_prompt", "referral_service") == {
        "destination_country": False, "first_month_earnings": True, "earnings_currency": True,
        "remittance_channel": True, "lender_type": False, "referral_prompt": False,
        "referral_service": False,
    }  # fmt: skip
    # Inbound: the destination of the corridor is the country of the interview.
    assert response.get("corridor_destination") == "THA"
    assert response.get("education_aggregate") == "basic"


def test_returnee(form):
    response = run(form, survey_paths.RETURNEE)
    assert relevant(response, "last_destination", "months_abroad", "return_reason",
                    "destination_country", *COST_ITEMS) == {
        "last_destination": True, "months_abroad": True, "return_reason": True,
        "destination_country": False, **dict.fromkeys(COST_ITEMS, False),
    }  # fmt: skip
    assert response.get("corridor_destination") == "MYS"
    # Paid nothing: a cost of zero, which SDG 10.7.1 counts.
    assert response.get("recruitment_cost_total") in (0, "0")


def test_minor_follows_the_child_protection_path(form):
    answers = dict(survey_paths.MINOR)
    answers.pop("referred_to_services")
    answers.pop("referral_service")
    response = run(form, answers)
    assert response.get("age_group") == "under_18"
    assert relevant(response, "minor_note", "minor_travelling_with", "paid_recruitment_costs",
                    "borrowed_to_migrate", "first_month_earnings", "sends_remittances",
                    "fl_deceived", "referral_prompt") == {
        "minor_note": True, "minor_travelling_with": True, "paid_recruitment_costs": False,
        "borrowed_to_migrate": False, "first_month_earnings": False, "sends_remittances": False,
        "fl_deceived": True, "referral_prompt": True,
    }  # fmt: skip
    response.set("referred_to_services", "no")
    assert not response.state("referred_to_services").constraint_ok
    assert "under 18" in response.state("referred_to_services").constraint_message
    assert response.validate() != []
    response.set("referred_to_services", "yes")
    response.set("referral_service", ["shelter"])
    assert not response.state("referral_service").constraint_ok
    response.set("referral_service", ["child_protection", "shelter"])
    assert response.validate() == []


def test_refusal_leaves_nothing_to_save(form):
    response = run(form, survey_paths.REFUSAL)
    assert response.validate() == []
    shown = [a for a in response.addresses() if response.state(a).relevant]
    assert shown == ["consent_intro", "consent", "refusal_note"]
    assert response.to_json() == {"consent": "no"}
    assert consent_refused(response.to_json())
    assert not consent_refused(run(form, survey_paths.INBOUND).to_json())


def test_all_dont_know(form):
    response = run(form, survey_paths.ALL_DONT_KNOW)
    assert response.get("education_aggregate") == "unknown"
    assert response.get("recruitment_cost_total") in (None, "")
    assert relevant(response, "cost_currency", "lender_type", "industry", "first_month_earnings",
                    "prior_last_country", "remittance_channel", "sends_remittances") == {
        "cost_currency": False, "lender_type": False, "industry": False,
        "first_month_earnings": False, "prior_last_country": False, "remittance_channel": False,
        "sends_remittances": True,
    }  # fmt: skip
    assert response.get("fl_any_indicator") == "no"


@pytest.mark.parametrize(
    ("address", "value", "allowed"),
    [
        ("age_years", 9, False), ("age_years", 10, True), ("age_years", 99, True),
        ("age_years", 100, False), ("interview_date", "2026-11-29", False),
        ("interview_date", "2023-12-31", False), ("interview_date", "2026-11-28", True),
        ("year_of_departure_or_arrival", 2027, False),
        ("year_of_departure_or_arrival", 1980, False),
        ("year_of_departure_or_arrival", 2000, True), ("cost_agency_fee", -1, False),
        ("cost_agency_fee", 0, True), ("months_abroad", 400, False), ("months_abroad", 12, True),
        ("document_number", "A1", False), ("document_number", "AB-123456", False),
        ("date_of_birth", "2026-12-01", False),
    ],
)  # fmt: skip
def test_constraints_catch_impossible_values(form, address, value, allowed):
    answers = {"consent": "yes", "flow_type": "return", "age_years": 40,
               "paid_recruitment_costs": "yes"}  # fmt: skip
    response = run(form, answers if address != "age_years" else {"consent": "yes"})
    response.set(address, value)
    assert response.state(address).constraint_ok is allowed


def test_an_outbound_departure_may_be_next_year(form):
    response = run(form, {"consent": "yes", "flow_type": "outbound", "age_years": 30})
    response.set("year_of_departure_or_arrival", 2027)
    assert response.state("year_of_departure_or_arrival").constraint_ok


def test_transit_worker(form):
    response = run(form, survey_paths.TRANSIT)
    assert relevant(response, "destination_country", "last_destination", "first_month_earnings",
                    "prior_last_country") == {
        "destination_country": True, "last_destination": False, "first_month_earnings": False,
        "prior_last_country": False,
    }  # fmt: skip
    assert response.get("corridor_destination") == "SGP"
    assert response.identifier_answers() == {}
