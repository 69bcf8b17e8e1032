"""Integer codes for the disclosure pass: the same classes as comparing the values."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from lintas.privacy.equivalence import factorise

answers = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from([1.0, 2.5, float("inf")]),
    st.text(max_size=3),
    st.lists(st.sampled_from(["a", "b", "c"]), max_size=3),  # select_multiple
)


def _check(values, codes, table):
    assert len(codes) == len(values)
    assert table[0] is None
    assert len(set(table)) == len(table)  # one code per distinct value
    for value, code in zip(values, codes.tolist()):
        if value is None:
            assert code == 0
        elif isinstance(value, list):
            assert table[code] == tuple(sorted(value))
        else:
            assert table[code] == value


@given(st.lists(answers, max_size=60))
def test_codes_name_the_values_they_stand_for(values):
    codes, table, _used = factorise(values)
    _check(values, codes, table)


def test_a_column_of_many_distinct_values_is_coded_too():
    # More distinct values than small integer codes hold (256, 65,536) still code exactly.
    values = [f"id{n % 70_000}" for n in range(90_000)] + [None]
    codes, table, used = factorise(np.array(values, dtype=object))
    assert len(table) == 70_001
    assert codes.dtype == np.int64
    assert codes.max() == 70_000
    _check(values, codes, table)
    assert isinstance(used, np.ndarray)  # a DataFrame column comes back as it is


def test_one_true_and_one_point_zero_are_one_value_shown_as_the_first_seen():
    codes, table, _used = factorise([1.0, True, 1, None, "1"])
    assert codes.tolist() == [1, 1, 1, 0, 2]
    assert table == [None, 1.0, "1"]
