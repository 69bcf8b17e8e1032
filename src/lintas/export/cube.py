"""Cell suppression for a two- or three-way count table published with all its margins.

A three-way table (SEX x CLASSIF1 x CLASSIF2) is published with every two-way margin
(SEX x CLASSIF1, SEX x CLASSIF2, CLASSIF1 x CLASSIF2), every one-way margin and the
total. Picture the *extended* array, each dimension with one more index for its total:
every published number is one of its cells, and every line of it (two coordinates fixed)
says that the interior cells add up to the line's total. Hiding cells must leave every
hidden cell undetermined by all those equations together, not one table at a time: a
cell safe in each two-way layer can still follow from the layers combined (Cox 1980).

Method (Hundepool et al., Statistical Disclosure Control, Wiley 2012, ch. 4 and 5):
1. primary: every cell, margins included, with 0 < value < threshold, flagged "C";
2. no line may hold exactly one hidden cell: hide the smallest non-zero published cell
   of that line (a total only when nothing else is left), flagged "D", until none does;
3. audit: a hidden cell is *determined* when its value (a sum of interior cells) is a
   linear combination of the published equations: found for all hidden cells at once as
   those orthogonal to the equations' null space. For each determined cell hide the
   smallest published cell of one of its lines, and go back to 2.
A table with more than WHOLE_AUDIT_LIMIT unknown cells is audited layer by layer only
(``_layer_audit``), a weaker check. The audit holds hidden interior cells whose true
value is 0 as known (an intruder may guess a zero), so it is stricter than needed;
with every unknown cell positive, a cell that is not determined can move both ways
along a direction that keeps every published number. ``audit`` is exposed so the tests
can check any table this produced.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

PRIMARY = "C"
SECONDARY = "D"
# Above this many unknown cells the whole-table audit (an eigen-decomposition of a square
# matrix that size) takes minutes; larger tables are audited layer by layer instead.
WHOLE_AUDIT_LIMIT = 500

Index = tuple[int, ...]  # a cell of the extended array; index n of a dimension is its total


@dataclass(frozen=True)
class Suppressed:
    shape: tuple[int, ...]  # interior sizes
    values: dict[Index, int]  # every cell of the extended array
    flags: dict[Index, str]  # "", "C" or "D"
    determined: tuple[Index, ...]  # hidden cells still determined (a table too small)

    @property
    def primary(self) -> int:
        return sum(1 for f in self.flags.values() if f == PRIMARY)

    @property
    def secondary(self) -> int:
        return sum(1 for f in self.flags.values() if f == SECONDARY)


def extended(counts: np.ndarray) -> dict[Index, int]:
    """Every cell of the extended array: interior counts and all margins."""
    shape = counts.shape
    values: dict[Index, int] = {}
    for cell in itertools.product(*(range(n + 1) for n in shape)):
        box = tuple(slice(None) if i == n else i for i, n in zip(cell, shape, strict=True))
        values[cell] = int(counts[box].sum())
    return values


def suppress(
    counts: np.ndarray,
    threshold: int,
    forced: frozenset[Index] = frozenset(),
    bounds: tuple[np.ndarray, np.ndarray] | None = None,
) -> Suppressed:
    """Primary and secondary suppression of ``counts`` (2 or 3 dimensions) and its margins.

    ``forced`` cells are hidden too (flagged "D"): another table hides the same number.
    ``bounds`` (L, U over the extended array): what else the reader has, the file's own
    microdata (lintas.export.microbounds), gives L <= cell <= U. A cell with L == U is
    known: hiding it is pointless, so it is published (unless below the threshold) and
    never chosen to protect another cell; the audit then takes every bound into account
    (``audit``).
    """
    shape = counts.shape
    values = extended(counts)
    limits = None if bounds is None else _limits(bounds)
    known = frozenset() if limits is None else frozenset(
        c for c in values if limits[0][c] == limits[1][c]
    )  # fmt: skip
    flags = {cell: PRIMARY if 0 < v < threshold else "" for cell, v in values.items()}
    for cell in forced - known:
        flags[cell] = flags[cell] or SECONDARY
    lines = _lines(shape)
    determined: list[Index] = []
    fixed = known
    if any(flags.values()):
        for _ in range(len(values) + 1):  # each round hides at least one more cell
            _pair_lonely(values, flags, lines, shape, fixed)
            determined = audit(shape, values, flags, limits)
            if limits is not None:
                # With the rows' bounds a secondary cell is often pinned by them; that
                # gives away nothing below the threshold, so only primary cells count,
                # and the forced ones (another table's cells rely on them being hidden).
                determined = [c for c in determined if flags[c] == PRIMARY or c in forced]
            if not determined:
                break
            # One new hidden cell beside each determined cell whose lines got none yet this
            # round: fewer rounds (each round is one audit) for a few more hidden cells.
            touched: set[Index] = set()
            hid = False
            for cell in determined:
                if cell in touched:
                    continue
                before = {c for c, f in flags.items() if f}
                if _hide_beside(values, flags, lines, shape, cell, fixed=fixed):
                    hid = True
                    new = {c for c, f in flags.items() if f} - before
                    touched |= {c for line in lines if new & set(line) for c in line}
            if not hid and limits is not None:
                break  # the rows pin it whatever the table hides: the export blanks more
            if not hid:
                choice = _cheapest(
                    values, flags, [c for c in values if not flags[c] and c not in known], shape
                )
                if choice is None:
                    break
                flags[choice] = SECONDARY
    if limits is not None and any(flags.values()):
        # A secondary cell that the published cells and the rows pin is known anyway:
        # publish it (its value adds no equation that was not already implied).
        for cell in audit(shape, values, flags, limits):
            if flags[cell] == SECONDARY and cell not in forced:
                flags[cell] = ""
    return Suppressed(shape, values, flags, tuple(determined))


def _lines(shape: tuple[int, ...]) -> list[list[Index]]:
    """Every line of the extended array: its interior cells, then its total."""
    out = []
    for d, n in enumerate(shape):
        others = [range(m + 1) for e, m in enumerate(shape) if e != d]
        for fixed in itertools.product(*others):
            line = []
            for i in range(n + 1):
                cell = list(fixed)
                cell.insert(d, i)
                line.append(tuple(cell))
            out.append(line)
    return out


def _is_total(cell: Index, shape: tuple[int, ...]) -> bool:
    return any(i == n for i, n in zip(cell, shape, strict=True))


def _cheapest(
    values: dict[Index, int], flags: dict[Index, str], candidates: list[Index],
    shape: tuple[int, ...], fixed: frozenset[Index] = frozenset(),
) -> Index | None:  # fmt: skip
    """The published cell that costs least to hide: interior, non-zero and small first."""
    usable = [c for c in candidates if not flags[c] and values[c] > 0 and c not in fixed]
    if not usable:
        return None
    return min(usable, key=lambda c: (_is_total(c, shape), values[c], c))


def _pair_lonely(
    values: dict[Index, int], flags: dict[Index, str], lines: list[list[Index]],
    shape: tuple[int, ...], fixed: frozenset[Index] = frozenset(),
) -> None:  # fmt: skip
    # A known cell counts as published: a line whose one other hidden cell is known
    # gives that cell away as surely as a line with one hidden cell.
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(1 for c in line if flags[c] and c not in fixed) == 1:
                choice = _cheapest(values, flags, line, shape, fixed)
                if choice is not None:
                    flags[choice] = SECONDARY
                    changed = True


def _hide_beside(
    values: dict[Index, int], flags: dict[Index, str], lines: list[list[Index]],
    shape: tuple[int, ...], cell: Index, *, fixed: frozenset[Index] = frozenset(),
) -> bool:  # fmt: skip
    candidates = [c for line in lines if cell in line for c in line if not flags[c]]
    choice = _cheapest(values, flags, candidates, shape, fixed)
    if choice is None:
        return False
    flags[choice] = SECONDARY
    return True


def _limits(bounds: tuple[np.ndarray, np.ndarray]) -> tuple[dict[Index, int], dict[Index, int]]:
    low, high = bounds
    cells = itertools.product(*(range(n) for n in low.shape))
    pairs = [(c, int(low[c]), int(high[c])) for c in cells]
    return {c: lo for c, lo, _ in pairs}, {c: hi for c, _, hi in pairs}


def audit(
    shape: tuple[int, ...], values: dict[Index, int], flags: dict[Index, str],
    limits: tuple[dict[Index, int], dict[Index, int]] | None = None,
) -> list[Index]:  # fmt: skip
    """The hidden cells whose value follows from the published cells (none when protected).

    With ``limits`` (L and U per cell of the extended array, ``suppress``'s bounds), a
    cell with L == U counts as a published equation, hidden or not, and is not reported
    (what is known elsewhere cannot be protected here); and the other bounds are taken
    into account too (``_tight_bounds``): a hidden cell at its lower bound cannot go down,
    and a few such cells can pin the others (issue 12: every hidden T1 cell of a public
    file was pinned that way while no cell had L == U).
    """
    if limits is not None:
        low, high = limits
        flags = {c: "" if low[c] == high[c] else f for c, f in flags.items()}
    hidden = [c for c, f in flags.items() if f]  # in the order of ``flags``, as targets are
    if not hidden:
        return []
    # Unknowns: hidden interior cells above zero. Every cell is a sum over its box.
    unknown = [c for c in hidden if not _is_total(c, shape) and values[c] > 0]
    if not unknown:
        return hidden
    if len(unknown) > WHOLE_AUDIT_LIMIT and len(shape) == 3:
        return _layer_audit(shape, values, flags)
    cells = list(flags)
    covers = _covers(np.array(cells), np.array(unknown), shape)  # cell x unknown, 0/1
    is_hidden = np.array([bool(flags[c]) for c in cells])
    equations = covers[~is_hidden]
    equations = equations[equations.any(axis=1)]
    targets = covers[is_hidden]
    if limits is not None:
        truth = np.array([values[c] for c in unknown], np.float64)
        shift = np.array([values[c] for c in cells], np.float64) - covers @ truth
        rows = covers[is_hidden]
        keep = rows.any(axis=1)
        hidden_cells = [c for c, h in zip(cells, is_hidden, strict=True) if h]
        low = np.array([limits[0][c] for c in hidden_cells], np.float64)[keep]
        high = np.array([limits[1][c] for c in hidden_cells], np.float64)[keep]
        truth_rows = np.array([values[c] for c in hidden_cells], np.float64)[keep]
        # The true values are a solution: a bound they do not meet is not tight.
        at = (truth_rows == low) | (truth_rows == high)
        tight = np.zeros((0, len(unknown)))
        if at.any():
            tight = _tight_bounds(
                covers[~is_hidden], np.array([values[c] for c in cells], np.float64)[~is_hidden]
                - shift[~is_hidden], rows[keep][at], (low - shift[is_hidden][keep])[at],
                (high - shift[is_hidden][keep])[at],
            )  # fmt: skip
        if len(tight):
            equations = np.vstack([equations, tight])
    if not len(equations):
        return [c for c, t in zip(hidden, targets, strict=True) if not t.any()]
    # A target is determined when it lies in the row space of the equations, i.e. when
    # it is orthogonal to their null space (eigenvectors of E'E with eigenvalue 0; E'E is
    # small and symmetric, which is several times faster than a least-squares solve).
    gram = equations.T @ equations
    eigenvalues, vectors = np.linalg.eigh(gram)
    null = vectors[:, eigenvalues < 1e-9 * max(float(eigenvalues.max()), 1.0)]
    if not null.shape[1]:
        return hidden
    free = np.abs(targets @ null).max(axis=1)
    return [c for c, f in zip(hidden, free, strict=True) if f < 1e-6]


def _tight_bounds(
    equal: np.ndarray, value: np.ndarray, rows: np.ndarray, low: np.ndarray, high: np.ndarray
) -> np.ndarray:
    """The bounds ``low <= rows @ x <= high`` that every solution meets with equality.

    x >= 0 with ``equal @ x == value``. These are the system's implicit equalities: a
    linear program maximises a slack t (0..1) on each bound at once; a bound whose slack
    can be positive is not tight, and the rest are tried again until none gains any
    (the last ones are tight: no solution leaves them). scipy's HiGHS solver.
    """
    from scipy.optimize import linprog

    n, m = rows.shape[1], len(rows)
    a_ub = np.vstack([np.hstack([-rows, np.eye(m), np.zeros((m, m))]),
                      np.hstack([rows, np.zeros((m, m)), np.eye(m)])])  # fmt: skip
    b_ub = np.concatenate([-low, high])
    used = equal.any(axis=1)
    a_eq = np.hstack([equal[used], np.zeros((int(used.sum()), 2 * m))])
    open_ = np.ones(2 * m, bool)  # bounds not yet shown to have room
    while open_.any():
        goal = np.concatenate([np.zeros(n), -open_.astype(np.float64)])
        limits = [(0, None)] * n + [(0, 1.0 if o else 0.0) for o in open_]
        result = linprog(goal, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq if len(a_eq) else None,
                         b_eq=value[used] if len(a_eq) else None, bounds=limits,
                         method="highs")  # fmt: skip
        if result.status != 0:
            break  # cannot happen (the true values are a solution): keep every bound tight
        room = result.x[n:] > 1e-7
        if not (room & open_).any():
            break
        open_ &= ~room
    tight = np.concatenate([rows[open_[:m]], rows[open_[m:]]])
    return tight


def _covers(cells: np.ndarray, inner: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """1.0 where a cell of the extended array (row) sums an interior cell (column)."""
    out = np.ones((len(cells), len(inner)), bool)
    for d, n in enumerate(shape):
        out &= (cells[:, d, None] == n) | (cells[:, d, None] == inner[None, :, d])
    return out.astype(np.float64)


def _layer_audit(
    shape: tuple[int, ...], values: dict[Index, int], flags: dict[Index, str]
) -> list[Index]:
    """The weaker audit of a large three-way table: each two-way layer on its own.

    Every layer of the extended array (one coordinate fixed, total included) is checked
    with its margins taken as published (lintas.privacy.tables.audit); a cell that only
    the layers together would give away is not found. Used above WHOLE_AUDIT_LIMIT.
    """
    from lintas.privacy.tables import audit as two_way_audit

    found: set[Index] = set()
    for d, n in enumerate(shape):
        rest = [e for e in range(3) if e != d]
        rows, cols = shape[rest[0]], shape[rest[1]]
        for fixed in range(n + 1):

            def cell(
                i: int, j: int, d: int = d, fixed: int = fixed, rest: list[int] = rest
            ) -> Index:
                index = [0, 0, 0]
                index[d], index[rest[0]], index[rest[1]] = fixed, i, j
                return (index[0], index[1], index[2])

            if not any(flags[cell(i, j)] for i in range(rows) for j in range(cols)):
                continue
            counts = [[values[cell(i, j)] for j in range(cols)] for i in range(rows)]
            layer = [[flags[cell(i, j)] for j in range(cols)] for i in range(rows)]
            found |= {cell(i, j) for i, j in two_way_audit(counts, layer)}
    return sorted(found)
