"""Every standard table T1-T8 finds its variables and codes in the shipped survey."""

import pytest
import survey_paths
from instrument_support import NOW

from lintas import codelists
from lintas.export import standard_tables
from lintas.export.standard_tables import TABLES, sdg_10_7_1_ratio
from lintas.form.response import Response


def allowed_codes(dimension):
    codes = set()
    for name in dimension.codelists:
        codes |= set(codelists.load(name).names())
    return codes


def test_there_are_eight_tables_t1_to_t8():
    assert [t.table_id for t in TABLES] == [f"T{n}" for n in range(1, 9)]
    assert all(t.dimensions[0].column == "SEX" and t.dimensions[0].field == "sex" for t in TABLES)


@pytest.mark.parametrize("spec", TABLES, ids=lambda t: t.table_id)
def test_each_dimension_is_a_form_field_with_matching_codes(form, spec):
    columns = [d.column for d in spec.dimensions]
    assert len(set(columns)) == len(columns)
    for dimension in spec.dimensions:
        if dimension.column == "INDICATOR":
            questions = standard_tables.indicator_questions()
            assert set(questions) == allowed_codes(dimension)
            for question in questions.values():
                assert form.question(question).choice_list == "yes_no_dk_ref"
            continue
        question = form.question(dimension.field)
        codes = allowed_codes(dimension)
        if dimension.recode:
            assert question.type == "integer"
            recode = standard_tables.RECODES[dimension.recode]
            assert {recode(age) for age in range(10, 100)} == codes
        elif question.is_select:
            offered = set(form.choice_lists[question.choice_list].names())
            # The form may add "don't know" or "refused"; every code of the list is offered.
            assert codes <= offered
            assert offered - codes <= set(standard_tables.RESPONSE_CODES)
        else:
            assert question.type == "calculate", dimension.field


def derived_values(form, field):
    values = set()
    for answers in survey_paths.PATHS.values():
        response = Response(form, now=NOW)
        for address, value in answers.items():
            response.set(address, value)
        value = response.to_json().get(field)
        if value is not None:
            values.add(value)
    return values


@pytest.mark.parametrize(
    ("field", "codelist"),
    [("corridor_destination", "country"), ("education_aggregate", "education_aggregate")],
)
def test_derived_dimensions_take_code_list_values(form, field, codelist):
    values = derived_values(form, field)
    assert values
    assert values <= set(codelists.load(codelist).names())


def test_sex_codes_carry_their_ilostat_codes():
    assert codelists.load("sex").column("ilostat") == {
        "F": "SEX_F", "M": "SEX_M", "not_stated": "SEX_O",
    }  # fmt: skip


def test_t7_ratio_uses_cost_and_earnings_of_the_same_person(form):
    response = Response(form, now=NOW)
    for address, value in survey_paths.INBOUND.items():
        response.set(address, value)
    data = response.to_json()
    assert sdg_10_7_1_ratio(data) == pytest.approx(10800 / 9000)
    returnee = Response(form, now=NOW)
    for address, value in survey_paths.RETURNEE.items():
        returnee.set(address, value)
    assert sdg_10_7_1_ratio(returnee.to_json()) == 0
    assert sdg_10_7_1_ratio({**data, "earnings_currency": "USD"}) is None
    assert sdg_10_7_1_ratio({**data, "first_month_earnings": 0}) is None


def test_t8_is_stricter_than_the_counts():
    t8 = standard_tables.table("T8")
    assert t8.includes_trafficking_indicators and t8.suppress_below == 10
    assert standard_tables.table("T1").suppress_below == 5
    assert standard_tables.age_group(17) == "under_18"
    assert standard_tables.age_group(18) == "18_plus"
    assert standard_tables.age_band(64) == "Y60-64"
    assert standard_tables.age_band(70) == "YGE65"
