"""Cell suppression for frequency tables published with their margins.

A table is a rectangle of non-negative counts, published with every row
total, every column total and the grand total. Primary suppression hides
non-zero cells below the threshold (5, or 10 for the sensitive tables T7/T8),
flagged "C". Secondary suppression hides more cells, flagged "D", so that no
hidden cell can be worked out from the published cells and margins.

Soundness. Given the published numbers, the hidden cells x_e >= 0 must add up
to each row's and column's remainder: a transportation polytope. A hidden cell
(i, j) is determined exactly when it lies on no cycle of the residual graph of
the true table: arcs row -> column for every hidden cell (it may grow) and
column -> row for every hidden cell above zero (it may shrink). Moving one unit
round such a cycle keeps every margin and every cell >= 0, and any other
feasible table differs from the true one by a sum of such cycles (flow
decomposition). The constraint matrix is totally unimodular, so the range of
every hidden cell has integer ends: a hidden cell on a cycle can take at least
two integer values. ``audit`` checks exactly this for every hidden cell.

Method: (1) primary cells; (2) while some row or column holds exactly one
hidden cell, hide the smallest non-zero published cell in that line (a zero
only when nothing else is left; never a cell in a line whose total is 0, which
would itself be known); (3) ``audit``; for a hidden cell still determined,
hide the smallest published cell in its row or column (or, if they are all
hidden, anywhere) and go back to (2). Once every cell is hidden, a table
whose non-zero rows and columns number at least two each is protected (every
cell then lies on a cycle), so
``unprotected`` is empty for every table except those that cannot be protected
by hiding cells at all: a single non-zero row or column. Those need their
categories merged or their margins withheld by the caller.
This is the classical hypercube-style heuristic for two-way tables
(Hundepool et al., Statistical Disclosure Control, Wiley 2012, ch. 4).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lintas.privacy.errors import TableShapeError

PRIMARY = "C"
SECONDARY = "D"
THRESHOLD = 5
SENSITIVE_THRESHOLD = 10

Cell = tuple[int, int]


@dataclass(frozen=True)
class SuppressedTable:
    counts: tuple[tuple[int, ...], ...]
    flags: tuple[tuple[str, ...], ...]  # "", "C" or "D" per cell
    unprotected: tuple[Cell, ...]  # hidden cells still determined (a table too small)

    @property
    def primary(self) -> int:
        return sum(row.count(PRIMARY) for row in self.flags)

    @property
    def secondary(self) -> int:
        return sum(row.count(SECONDARY) for row in self.flags)

    def published(self) -> list[list[int | None]]:
        """The counts with hidden cells as None."""
        return [
            [None if flag else value for value, flag in zip(row, flags)]
            for row, flags in zip(self.counts, self.flags)
        ]


def suppress_table(counts: Sequence[Sequence[int]], *, sensitive: bool = False) -> SuppressedTable:
    """Primary and secondary suppression of a two-way table with its margins."""
    table = _checked(counts)
    threshold = SENSITIVE_THRESHOLD if sensitive else THRESHOLD
    flags = [["" for _ in row] for row in table]
    for i, row in enumerate(table):
        for j, value in enumerate(row):
            if 0 < value < threshold:
                flags[i][j] = PRIMARY
    if any(PRIMARY in row for row in flags):
        _secondary(table, flags)
    return SuppressedTable(
        tuple(tuple(row) for row in table),
        tuple(tuple(row) for row in flags),
        tuple(audit(table, flags)),
    )


def audit(counts: Sequence[Sequence[int]], flags: Sequence[Sequence[str]]) -> list[Cell]:
    """The hidden cells whose value follows from the margins (none, if protected)."""
    hidden = [(i, j) for i, row in enumerate(flags) for j, flag in enumerate(row) if flag]
    return [cell for cell in hidden if not _on_cycle(counts, hidden, cell)]


def _on_cycle(counts: Sequence[Sequence[int]], hidden: list[Cell], cell: Cell) -> bool:
    # Nodes: ("r", i) rows and ("c", j) columns. The cell may grow if its column
    # reaches its row without using the cell itself; it may shrink (when above 0)
    # if its row reaches its column.
    arcs: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for other in hidden:
        if other == cell:
            continue
        i, j = other
        arcs.setdefault(("r", i), []).append(("c", j))
        if counts[i][j] > 0:
            arcs.setdefault(("c", j), []).append(("r", i))
    i, j = cell
    if _reaches(arcs, ("c", j), ("r", i)):
        return True
    return counts[i][j] > 0 and _reaches(arcs, ("r", i), ("c", j))


def _reaches(arcs: dict, start: tuple[str, int], goal: tuple[str, int]) -> bool:
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        for nxt in arcs.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def _secondary(table: list[list[int]], flags: list[list[str]]) -> None:
    while True:
        _pair_lonely_cells(table, flags)
        determined = audit(table, flags)
        if not determined:
            return
        if not any(_hide_next_to(table, flags, cell) for cell in determined):
            # Nothing left in those lines: widen to any published cell. Hiding a
            # whole table whose non-empty lines form at least 2 x 2 protects every
            # cell, so this only stops short on tables that cannot be protected.
            everywhere = [(i, j) for i, j in _all_cells(table) if not flags[i][j]]
            choice = _cheapest(table, everywhere)
            if choice is None:
                return
            flags[choice[0]][choice[1]] = SECONDARY


def _all_cells(table: list[list[int]]) -> list[Cell]:
    return [(i, j) for i in range(len(table)) for j in range(len(table[0]))]


def _lines(table: list[list[int]]) -> list[list[Cell]]:
    rows = [[(i, j) for j in range(len(table[0]))] for i in range(len(table))]
    columns = [[(i, j) for i in range(len(table))] for j in range(len(table[0]))]
    return rows + columns


def _pair_lonely_cells(table: list[list[int]], flags: list[list[str]]) -> None:
    changed = True
    while changed:
        changed = False
        for line in _lines(table):
            if sum(1 for i, j in line if flags[i][j]) == 1:
                candidates = [(i, j) for i, j in line if not flags[i][j]]
                choice = _cheapest(table, candidates)
                if choice is not None:
                    flags[choice[0]][choice[1]] = SECONDARY
                    changed = True


def _hide_next_to(table: list[list[int]], flags: list[list[str]], cell: Cell) -> bool:
    # One more hidden cell in the determined cell's row or column opens a cycle.
    i, j = cell
    candidates = [(i, c) for c in range(len(table[0])) if not flags[i][c]]
    candidates += [(r, j) for r in range(len(table)) if not flags[r][j]]
    choice = _cheapest(table, candidates)
    if choice is None:
        return False
    flags[choice[0]][choice[1]] = SECONDARY
    return True


def _cheapest(table: list[list[int]], candidates: list[Cell]) -> Cell | None:
    """The published cell that costs least to hide: non-zero and small first."""
    row_totals = [sum(row) for row in table]
    column_totals = [sum(col) for col in zip(*table)]
    usable = [(i, j) for i, j in candidates if row_totals[i] and column_totals[j]]
    if not usable:
        return None
    return min(usable, key=lambda c: (table[c[0]][c[1]] == 0, table[c[0]][c[1]], c))


def _checked(counts: Sequence[Sequence[int]]) -> list[list[int]]:
    table = [list(row) for row in counts]
    if not table or not table[0]:
        raise TableShapeError("A table to suppress needs at least one row and one column.")
    if any(len(row) != len(table[0]) for row in table):
        raise TableShapeError("Every row of a table to suppress must have the same length.")
    if any(not isinstance(v, int) or isinstance(v, bool) or v < 0 for row in table for v in row):
        raise TableShapeError("Table cells must be whole counts of 0 or more.")
    return table
