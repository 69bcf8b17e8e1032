"""Recoding, local suppression and the disclosure report."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintas.privacy.anonymise import anonymise, assess
from lintas.privacy.equivalence import k_anonymity
from lintas.privacy.errors import UnknownLevelError, UnknownRecodingRule
from lintas.privacy.policy import DisclosurePolicy, target_k
from lintas.privacy.recoding import (
    age_band,
    asean_or_other,
    isced_aggregate,
    isco_major,
    parse_form_setting,
)
from lintas.privacy.suppression import suppress_to_k


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "0-14"), (14, "0-14"), (15, "15-17"), (17, "15-17"), (18, "18-19"),
        (19, "18-19"), (20, "20-24"), (24, "20-24"), (37, "35-39"), (64, "60-64"),
        (65, "65+"), (99, "65+"), ("23", "20-24"), (23.0, "20-24"),
        ("unknown", "unknown"), (None, None), (-1, -1),
    ],
)  # fmt: skip
def test_age_bands_keep_minors_separable_and_top_code_at_65(age, band):
    assert age_band(age) == band


def test_no_age_band_mixes_minors_and_adults():
    for age in range(0, 100):
        band = age_band(age)
        assert all((other < 18) == (age < 18) for other in range(100) if age_band(other) == band)


def test_isco_asean_isced():
    assert [isco_major(v) for v in ["7112", "71", "0110", 5223, "x", None]] == [
        "7", "7", "0", "5", "x", None,
    ]  # fmt: skip
    assert [asean_or_other(v) for v in ["THA", "tls", "CHN", "", None]] == [
        "THA", "TLS", "other", "", None,
    ]  # fmt: skip
    assert [isced_aggregate(v) for v in [0, 1, "2", 3, 4, 5, 8, 9, "x"]] == [
        "less_than_basic", "basic", "basic", "intermediate", "intermediate",
        "advanced", "advanced", 9, "x",
    ]  # fmt: skip


def test_form_setting_and_unknown_rules():
    assert parse_form_setting("age_years=age_5y; occupation = isco_major") == {
        "age_years": "age_5y",
        "occupation": "isco_major",
    }
    with pytest.raises(UnknownRecodingRule, match="age_10y"):
        parse_form_setting("age=age_10y")
    with pytest.raises(UnknownRecodingRule, match="question=rule"):
        parse_form_setting("age_years")


def test_targets_by_level():
    assert target_k("public", False) == 5
    assert target_k("restricted", False) == 3
    assert target_k("public", True) == 11
    assert target_k("restricted", True) == 11
    assert target_k("internal", True) == 1
    with pytest.raises(UnknownLevelError, match="public, restricted or internal"):
        target_k("open", False)
    policy = DisclosurePolicy("public", ("sex",), ("withheld",))
    assert (policy.k, policy.l) == (11, 2)
    assert DisclosurePolicy("restricted", ("sex",)).l == 1


def _population(count, seed=1):
    rng = random.Random(seed)
    return [
        {
            "sex": rng.choice("FM"),
            "age": rng.randint(15, 70),
            "country": rng.choice(["MMR", "KHM", "LAO", "CHN", "IND"]),
            "occupation": str(rng.randint(1000, 9999)),
            "withheld": rng.choice(["yes", "no"]),
            "note": "kept",
        }
        for _ in range(count)
    ]


RECODING = {"age": "age_5y", "country": "asean_or_other", "occupation": "isco_major"}


@pytest.mark.parametrize(("level", "sensitive", "k"), [("public", (), 5), ("restricted", (), 3),
                                                       ("public", ("withheld",), 11)])  # fmt: skip
def test_anonymise_reaches_the_target_and_reports_what_it_did(level, sensitive, k):
    records = _population(1500)
    policy = DisclosurePolicy(level, ("sex", "age", "country", "occupation"), sensitive, RECODING)
    result = anonymise(records, policy)
    published = list(result.records())
    report = result.report
    assert report.k_target == k and report.target_met
    assert k_anonymity(published, policy.quasi) >= k == report.k_target
    assert report.k_reached == k_anonymity(published, policy.quasi)
    assert len(published) == 1500 - report.records_removed
    assert {r for r, _, _ in [(q, n, c) for q, n, c in report.recoding]} == set(RECODING)
    assert sum(n for _, n in report.values_suppressed if n) > 0
    assert all(r["note"] == "kept" for r in published)
    assert records[0]["age"] in range(15, 71)  # the input is never changed
    assert report.to_dict()["k_reached"] == report.k_reached
    if sensitive:
        assert report.l_reached is not None and report.l_reached >= 2


def test_values_suppressed_matches_what_is_blank_in_the_output():
    records = _population(800, seed=3)
    policy = DisclosurePolicy("public", ("sex", "age", "country", "occupation"), (), RECODING)
    result = anonymise(records, policy)
    counted = dict(result.report.values_suppressed)
    blank = {
        name: sum(1 for i, v in enumerate(result.columns[name]) if v is None and i not in
                  result.removed)
        for name in policy.quasi
    }  # fmt: skip
    removed_values = {name: sum(1 for i in result.removed if result.columns[name][i] is None)
                      for name in policy.quasi}  # fmt: skip
    for name in policy.quasi:
        assert counted.get(name, 0) == blank[name] + removed_values[name]


def test_already_safe_data_is_left_untouched():
    records = [{"sex": s, "site": t} for s in "FM" for t in "ab" for _ in range(6)]
    result = anonymise(records, DisclosurePolicy("public", ("sex", "site")))
    assert result.report.values_suppressed == () and result.report.records_removed == 0
    assert list(result.records()) == records


def test_a_planted_unique_record_is_suppressed():
    records = [{"sex": s, "site": t} for s in "FM" for t in "ab" for _ in range(6)]
    records.insert(7, {"sex": "X", "site": "a"})
    result = anonymise(records, DisclosurePolicy("public", ("sex", "site")))
    assert result.report.k_before == 1 and result.report.records_at_risk_before == 1
    published = list(result.records())
    # A blank is its own category (what a reader of the file sees), so one record
    # with a blank sex cannot hide among 5 others: it is left out.
    assert all(r.get("sex") != "X" for r in published)
    assert result.report.records_removed == 1
    assert k_anonymity(published, ["sex", "site"]) >= 5


def test_blanking_rescues_records_that_then_share_a_class():
    records = [{"sex": s, "site": t} for s in "FM" for t in "ab" for _ in range(6)]
    records += [{"sex": "X", "site": "c"}, {"sex": "Y", "site": "c"}, {"sex": "Z", "site": "c"}]
    result = anonymise(records, DisclosurePolicy("restricted", ("sex", "site")))
    assert list(result.records())[-3:] == [{"site": "c"}] * 3
    assert result.report.values_suppressed == (("sex", 3),)
    assert result.report.records_removed == 0


def test_too_few_records_are_removed_not_published():
    records = [{"sex": "F"}, {"sex": "M"}]
    result = anonymise(records, DisclosurePolicy("public", ("sex",)))
    assert list(result.records()) == []
    assert result.report.records_removed == 2


def test_homogeneous_classes_hide_their_sensitive_value():
    records = [{"site": "a", "withheld": "yes"} for _ in range(12)]
    records += [{"site": "b", "withheld": v} for v in ["yes", "no"] * 6]
    result = anonymise(records, DisclosurePolicy("public", ("site",), ("withheld",)))
    published = list(result.records())
    assert all("withheld" not in r for r in published[:12])
    assert [r["withheld"] for r in published[12:]] == ["yes", "no"] * 6
    assert dict(result.report.values_suppressed) == {"withheld": 12}
    assert result.report.l_reached == 2
    assert assess(records, DisclosurePolicy("public", ("site",), ("withheld",))).l_reached == 2


keys_strategy = st.lists(
    st.tuples(st.sampled_from("ab"), st.sampled_from("xyz"), st.integers(0, 3)),
    min_size=0,
    max_size=80,
)


@settings(max_examples=120, deadline=None)
@given(keys_strategy, st.integers(1, 6))
def test_local_suppression_always_reaches_k_or_removes(keys, k):
    original = list(keys)
    work = list(keys)
    outcome = suppress_to_k(work, k)
    kept = [key for i, key in enumerate(work) if i not in set(outcome.records_removed)]
    sizes = {key: kept.count(key) for key in kept}
    assert all(size >= k for size in sizes.values())
    # Values only ever become blank, never change, and the count is exact.
    changed = 0
    for before, after in zip(original, work):
        for b, a in zip(before, after):
            assert a == b or a is None
            changed += a is None and b is not None
    assert changed == sum(outcome.values_by_position)
    # Removal happens only when blanking everything could not help.
    for i in outcome.records_removed:
        assert work[i] == (None, None, None)
    if len(keys) >= k:
        assert len(outcome.records_removed) < k


def test_multiple_choice_answers_come_back_as_lists():
    records = [{"site": "a", "issues": ["debt", "threats"]} for _ in range(12)]
    result = anonymise(records, DisclosurePolicy("public", ("site",), ("issues",), enforce_l=False))
    assert list(result.records()) == [{"site": "a", "issues": ["debt", "threats"]}] * 12


published_record = st.fixed_dictionaries(
    {
        "sex": st.sampled_from(["F", "M"]),
        "age": st.integers(15, 70),
        "country": st.sampled_from(["MMR", "KHM", "CHN", "IND"]),
        "site": st.sampled_from(["border", "centre", "return"]),
        "withheld": st.sampled_from(["yes", "no"]),
    }
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(published_record, min_size=1, max_size=120),
    st.sampled_from(["public", "restricted"]),
    st.booleans(),
)
def test_published_file_meets_its_report_by_pycanon(records, level, sensitive):
    import pandas as pd
    from pycanon import anonymity

    quasi = ("sex", "age", "country", "site")
    policy = DisclosurePolicy(
        level, quasi, ("withheld",) if sensitive else (), {"age": "age_5y",
                                                         "country": "asean_or_other"}
    )  # fmt: skip
    result = anonymise(records, policy)
    published = list(result.records())
    report = result.report
    assert len(published) == len(records) - report.records_removed
    if not published:
        return
    # A blank is one category for a reader of the file; pycanon sees it as "*".
    frame = pd.DataFrame.from_records(
        [{name: r.get(name, "*") for name in (*quasi, "withheld")} for r in published]
    )
    assert anonymity.k_anonymity(frame, list(quasi)) == report.k_reached >= policy.k
    if sensitive:
        shown = frame[frame["withheld"] != "*"].reset_index(drop=True)
        if len(shown):
            assert anonymity.l_diversity(shown, list(quasi), ["withheld"]) == report.l_reached
            assert report.l_reached >= 2


def test_records_left_out_do_not_count_as_suppressed_sensitive_values():
    records = [{"site": "a", "withheld": v} for v in ["yes", "no"] * 6]
    records.append({"site": "z", "withheld": "yes"})  # alone, so left out
    result = anonymise(records, DisclosurePolicy("public", ("site",), ("withheld",)))
    assert result.report.records_removed == 1
    assert dict(result.report.values_suppressed) == {"site": 1}
