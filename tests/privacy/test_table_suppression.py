"""Table suppression: proof by exhaustive search that no hidden cell is recoverable.

The search below is independent of the graph argument in lintas.privacy.tables:
for every hidden cell it looks for another table, with whole non-negative
counts, the same published cells and the same row, column and grand totals,
in which that cell has a different value. A cell for which none exists is
recoverable from the margins.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintas.privacy.errors import TableShapeError
from lintas.privacy.tables import PRIMARY, SECONDARY, audit, suppress_table


def recoverable_cells(counts, flags):
    """Hidden cells whose value every consistent table shares (exhaustive search)."""
    hidden = [(i, j) for i, row in enumerate(flags) for j, f in enumerate(row) if f]
    rows = [sum(counts[i][j] for j in range(len(counts[0])) if (i, j) in hidden)
            for i in range(len(counts))]  # fmt: skip
    cols = [sum(counts[i][j] for i in range(len(counts)) if (i, j) in hidden)
            for j in range(len(counts[0]))]  # fmt: skip
    return [
        cell
        for cell in hidden
        if not _other_value_exists(hidden, rows, cols, cell, counts[cell[0]][cell[1]])
    ]


def _other_value_exists(hidden, rows, cols, target, true_value):
    rows, cols = list(rows), list(cols)

    def search(index):
        if index == len(hidden):
            return all(r == 0 for r in rows) and all(c == 0 for c in cols)
        i, j = hidden[index]
        last_in_row = all(h[0] != i for h in hidden[index + 1 :])
        last_in_col = all(h[1] != j for h in hidden[index + 1 :])
        top = min(rows[i], cols[j])
        choices = [rows[i]] if last_in_row else range(top + 1)
        for value in choices:
            if value > top or (last_in_col and value != cols[j]):
                continue
            if (i, j) == target and value == true_value:
                continue
            rows[i] -= value
            cols[j] -= value
            found = search(index + 1)
            rows[i] += value
            cols[j] += value
            if found:
                return True
        return False

    return search(0)


cell_values = st.sampled_from([0, 0, 0, 1, 2, 3, 4, 5, 7, 9, 12])
tables = st.integers(1, 4).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda cols: st.lists(
            st.lists(cell_values, min_size=cols, max_size=cols), min_size=rows, max_size=rows
        )
    )
)


def _nonzero_lines(counts):
    rows = sum(1 for row in counts if sum(row))
    cols = sum(1 for col in zip(*counts) if sum(col))
    return rows, cols


@settings(max_examples=400, deadline=None)
@given(tables, st.booleans())
def test_no_hidden_cell_can_be_recovered_from_the_margins(counts, sensitive):
    result = suppress_table(counts, sensitive=sensitive)
    threshold = 10 if sensitive else 5
    for i, row in enumerate(counts):
        for j, value in enumerate(row):
            assert (result.flags[i][j] == PRIMARY) == (0 < value < threshold)
    recoverable = recoverable_cells(counts, result.flags)
    # What the module says it could not protect is exactly what the search recovers.
    assert sorted(result.unprotected) == sorted(recoverable)
    rows, cols = _nonzero_lines(counts)
    if rows >= 2 and cols >= 2:
        assert recoverable == []


@settings(max_examples=300, deadline=None)
@given(tables, st.data())
def test_audit_agrees_with_exhaustive_search_on_any_hiding(counts, data):
    flags = [[data.draw(st.sampled_from(["", "", PRIMARY])) for _ in row] for row in counts]
    assert sorted(audit(counts, flags)) == sorted(recoverable_cells(counts, flags))


def test_a_single_small_cell_gets_three_complements():
    result = suppress_table([[20, 30, 40], [25, 2, 35], [30, 40, 50]])
    assert result.flags[1][1] == PRIMARY
    assert result.primary == 1 and result.secondary == 3
    assert result.unprotected == ()
    assert result.published()[1][1] is None


def test_sensitive_tables_use_ten():
    assert suppress_table([[9, 20], [20, 20]], sensitive=True).flags[0][0] == PRIMARY
    assert suppress_table([[9, 20], [20, 20]]).primary == 0
    assert suppress_table([[0, 20], [20, 20]], sensitive=True).primary == 0


def test_zero_cells_are_published_and_zero_lines_are_never_used():
    result = suppress_table([[0, 0, 0], [3, 10, 12], [8, 0, 15]])
    assert result.flags[0] == ("", "", "")
    assert result.unprotected == ()
    assert SECONDARY in {f for row in result.flags for f in row}


def test_a_single_row_cannot_be_protected_and_says_so():
    result = suppress_table([[3, 20, 30]])
    assert result.unprotected  # the column totals are the cells themselves


@pytest.mark.parametrize("bad", [[], [[]], [[1, 2], [3]], [[-1]], [[1.5]], [[True]]])
def test_bad_tables_are_refused(bad):
    with pytest.raises(TableShapeError):
        suppress_table(bad)
