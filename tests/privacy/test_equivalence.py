"""k, l and risk: our measures agree with pycanon, an independent implementation."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycanon import anonymity

from lintas.privacy.equivalence import (
    class_keys,
    class_sizes,
    individual_risk,
    k_anonymity,
    l_diversity,
    records_at_risk,
)

QUASI = ["sex", "age", "country"]
SENSITIVE = ["withheld", "debt"]

record = st.fixed_dictionaries(
    {
        "sex": st.sampled_from(["F", "M"]),
        "age": st.sampled_from(["15-17", "18-19", "20-24", "65+"]),
        "country": st.sampled_from(["MMR", "KHM", "LAO"]),
        "withheld": st.sampled_from(["yes", "no"]),
        "debt": st.sampled_from(["yes", "no", "dont_know"]),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(record, min_size=1, max_size=60), st.integers(1, 3))
def test_k_and_l_agree_with_pycanon(records, quasi_count):
    quasi = QUASI[:quasi_count]
    frame = pd.DataFrame.from_records(records)
    assert k_anonymity(records, quasi) == anonymity.k_anonymity(frame, quasi)
    assert l_diversity(records, quasi, SENSITIVE) == anonymity.l_diversity(frame, quasi, SENSITIVE)
    assert l_diversity(records, quasi, SENSITIVE[:1]) == anonymity.l_diversity(
        frame, quasi, SENSITIVE[:1]
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(record, min_size=2, max_size=60), st.data())
def test_a_planted_unique_record_is_always_caught(records, data):
    planted = {"sex": "X", "age": "40-44", "country": "BRN", "withheld": "yes", "debt": "no"}
    position = data.draw(st.integers(0, len(records)))
    records = [*records[:position], planted, *records[position:]]
    assert k_anonymity(records, QUASI) == 1
    assert position in records_at_risk(records, QUASI, 2)
    assert individual_risk(records, QUASI)[position] == 1.0


def test_risk_is_one_over_class_size():
    records = [{"a": 1}, {"a": 1}, {"a": 2}, {"a": 1}]
    assert individual_risk(records, ["a"]) == [1 / 3, 1 / 3, 1.0, 1 / 3]
    assert records_at_risk(records, ["a"], 3) == [2]
    assert class_sizes(class_keys(records, ["a"])) == {(1,): 3, (2,): 1}


def test_missing_answers_and_multiple_choice_values_form_classes():
    records = [
        {"sex": "F", "langs": ["th", "my"]},
        {"sex": "F", "langs": ["my", "th"]},
        {"langs": ["my"]},
        {"sex": None, "langs": ["my"]},
    ]
    assert class_keys(records, ["sex", "langs"]) == [
        ("F", ("my", "th")),
        ("F", ("my", "th")),
        (None, ("my",)),
        (None, ("my",)),
    ]
    assert k_anonymity(records, ["sex", "langs"]) == 2


def test_empty_data_and_no_sensitive_attribute():
    assert k_anonymity([], ["a"]) == 0
    with pytest.raises(ValueError, match="sensitive"):
        l_diversity([{"a": 1}], ["a"], [])
