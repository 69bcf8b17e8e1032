"""The real-world XLSForm corpus: every form pyxform accepts loads and runs, except
the features Lintas refuses on purpose (listed below with their reasons), and
every form pyxform rejects is rejected by Lintas with a clear message.
"""

import csv

import pytest

from lintas.form import FormLoadError, Response, check, load

# Forms pyxform accepts that Lintas refuses on purpose, each with the reason.
# The test checks that each one is refused for exactly this reason.
REFUSED_ON_PURPOSE = {
    "XLSForm__pyxform__UCL_Biomass_Plot_Form.xlsx": "external select",
    "XLSForm__pyxform__attribute_columns_test.xlsx": "media",
    "XLSForm__pyxform__bad_calc.xlsx": "not a valid expression",  # prose in a calculation
    "XLSForm__pyxform__case_insensitivity.xls": "entities",
    "XLSForm__pyxform__case_insensitivity.xlsx": "entities",
    "XLSForm__pyxform__choice_name_as_type.xls": "external select",
    "XLSForm__pyxform__flat_xlsform_test.xlsx": "media",
    "XLSForm__pyxform__gps.xls": "geographic",
    "XLSForm__pyxform__loop.xls": "loop",
    "XLSForm__pyxform__loop.xlsx": "loop",
    "XLSForm__pyxform__pull_data.xlsx": "pulldata",
    "XLSForm__pyxform__repeat_date_test.xls": "media",  # images on choices
    "XLSForm__pyxform__simple_loop.xls": "loop",
    "XLSForm__pyxform__sms_info.xls": "media question",
    "XLSForm__pyxform__table-list.xls": "media",  # images on choices
    "XLSForm__pyxform__widgets.xls": "geographic",
    # choice_filter "label::English != ''" is not XPath (ODK Validate rejects it too)
    "XLSForm__pyxform__xl_date_ambiguous.xlsx": "not a valid expression",
    "XLSForm__pyxform__xlsform_spec_test.xlsx": "media",
    "XLSForm__pyxform__xml_escaping.xls": "media",  # images on choices
    "getodk__pyodk__fav_color.xlsx": "geographic",
    "impact-initiatives__cleaningtools__form.xlsx": "geographic",
    "impact-initiatives__cleaningtools__kobo_tool.xlsx": "geographic",
}


def expected_rows(corpus_dir):
    with open(corpus_dir / "xlsforms" / "EXPECTED.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_the_corpus_is_all_accounted_for(corpus_dir):
    rows = expected_rows(corpus_dir)
    accepted = [r["file"] for r in rows if r["pyxform_ok"] == "yes"]
    rejected = [r["file"] for r in rows if r["pyxform_ok"] == "no"]
    assert len(rows) == 63
    assert set(REFUSED_ON_PURPOSE) <= set(accepted)
    # The counts reported for the form engine: 63 forms = 33 + 22 + 8.
    assert (len(accepted) - len(REFUSED_ON_PURPOSE), len(REFUSED_ON_PURPOSE), len(rejected)) == (
        33, 22, 8,
    )  # fmt: skip


@pytest.mark.slow
def test_every_accepted_form_loads_and_runs_unless_refused_on_purpose(corpus_dir):
    loaded, refused = [], []
    for row in expected_rows(corpus_dir):
        if row["pyxform_ok"] != "yes":
            continue
        path = corpus_dir / "xlsforms" / row["file"]
        if row["file"] in REFUSED_ON_PURPOSE:
            with pytest.raises(FormLoadError) as caught:
                load(path)
            reason = REFUSED_ON_PURPOSE[row["file"]]
            assert any(reason in p.message for p in caught.value.problems), row["file"]
            assert all(p.row or p.sheet for p in caught.value.problems if p.is_error)
            refused.append(row["file"])
            continue
        form = load(path)
        response = Response(form)
        response.validate(final=False)
        again = Response.from_json(form, response.to_json())
        assert again.to_json() == response.to_json(), row["file"]
        loaded.append(row["file"])
    assert (len(loaded), len(refused)) == (33, 22)


@pytest.mark.slow
def test_every_form_pyxform_rejects_is_rejected_clearly(corpus_dir):
    for row in expected_rows(corpus_dir):
        if row["pyxform_ok"] != "no":
            continue
        problems = check(corpus_dir / "xlsforms" / row["file"])
        errors = [p for p in problems if p.is_error]
        assert errors, row["file"]
        for problem in errors:
            assert "Traceback" not in problem.message
            assert len(problem.message) >= 10 and "object at 0x" not in problem.message
