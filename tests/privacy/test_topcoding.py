"""Top-coding money amounts within corridors."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lintas.privacy.topcoding import nearest_rank, top_code


def test_the_tail_of_each_corridor_is_lowered_to_its_threshold():
    fees = [*range(1, 201), 100_000]  # one extreme fee in MMR->THA
    groups = [("MMR", "THA")] * len(fees)
    fees += [5, 6, 7]
    groups += [("KHM", "THA")] * 3
    result = top_code(fees, groups)
    assert result.thresholds[("MMR", "THA")] == 199  # ceil(0.99 * 201) = 199th smallest
    assert result.values[200] == 199 and result.values[199] == 199 and result.values[198] == 199
    assert result.changed == 2
    assert result.values[-3:] == [5, 6, 7]  # a small group keeps its own maximum


def test_blanks_and_text_are_left_alone():
    result = top_code([None, "n/a", 10, 20.5, True], quantile=0.5)
    assert result.values == [None, "n/a", 10, 10.0, True]
    assert result.changed == 1


def test_bad_quantile():
    with pytest.raises(ValueError, match="quantile"):
        top_code([1], quantile=0)


@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=300), st.floats(0.5, 1.0))
def test_top_coding_properties(amounts, quantile):
    result = top_code(amounts, quantile=quantile)
    threshold = nearest_rank(amounts, quantile)
    assert threshold in amounts  # never an invented figure
    assert max(result.values) == threshold
    assert result.changed == sum(1 for a in amounts if a > threshold)
    assert [min(a, threshold) for a in amounts] == result.values
