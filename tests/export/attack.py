"""An intruder's view of a public workbook: T1 from its tables sheet and its data rows.

Written from the file alone (the tables sheet, the data sheet and the code lists), apart
from the export code, so that the tests attack what a reader really has:

- the counting attack: for each T1 cell, L = the rows that show exactly its sex, age band
  and citizenship, U = L + the rows whose blanks (or "other") could put them in it;
- the linear program: every interior cell of the block as a variable >= 0, every
  published cell as an equation, and L <= cell <= U for every cell (margins too); a
  hidden cell is recovered when its smallest and largest values differ by less than 1.
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import numpy as np
import openpyxl
from scipy import optimize

from lintas import codelists
from lintas.privacy.recoding import ASEAN
from lintas.privacy.recoding import age_band as microdata_band

TOTALS = {"SEX": "SEX_T", "CLASSIF1": "_T", "CLASSIF2": "_T"}
OTHER, UNKNOWN = "_O", "_X"


def _sex_codes() -> dict[str, str]:
    return {k: v for k, v in codelists.load("sex").column("ilostat").items() if v}


def _band_of_microdata() -> dict[str, set[str]]:
    """Microdata band ("15-17") -> the T1 bands (ILOSTAT codes) an age in it falls in."""
    ilostat = codelists.load("age_band").column("ilostat")
    out: dict[str, set[str]] = {}
    for code in codelists.load("age_band").codes:
        low, high = int(code.extra["min_age"]), int(code.extra["max_age"])
        for age in range(low, min(high, 120) + 1):
            out.setdefault(str(microdata_band(age)), set()).add(ilostat[code.code] or code.code)
    return out


class T1Block:
    """One REF_AREA and year of T1: its axes, published cells and hidden cells."""

    def __init__(self, lines: list[dict]) -> None:
        self.axes = []
        for column in ("SEX", "CLASSIF1", "CLASSIF2"):
            codes = sorted({line[column] for line in lines} - {TOTALS[column]})
            self.axes.append(codes)
        self.cells: dict[tuple[int, ...], tuple[int | None, str]] = {}
        for line in lines:
            index = tuple(
                len(axis) if line[c] == TOTALS[c] else axis.index(line[c])
                for c, axis in zip(("SEX", "CLASSIF1", "CLASSIF2"), self.axes, strict=True)
            )
            self.cells[index] = (line["OBS_VALUE"], line["OBS_STATUS"] or "")
        self.shape = tuple(len(a) for a in self.axes)

    def hidden(self) -> list[tuple[int, ...]]:
        return [c for c, (_, flag) in self.cells.items() if flag]

    def fits(self, dimension: int, shown) -> set[int]:
        """The axis positions a row's shown value could be in (the total not included)."""
        axis = self.axes[dimension]
        if shown is None or shown == "":
            return set(range(len(axis)))
        if dimension == 0:
            code = _sex_codes().get(str(shown), str(shown))
            return {axis.index(code)} if code in axis else (
                {axis.index(OTHER)} if OTHER in axis else set())  # fmt: skip
        if dimension == 1:
            bands = _band_of_microdata().get(str(shown), set())
            out = {axis.index(b) for b in bands if b in axis}
            if OTHER in axis and bands - set(axis):
                out.add(axis.index(OTHER))
            return out
        if shown == "other":
            out = {i for i, c in enumerate(axis) if c not in ASEAN and c not in (OTHER, UNKNOWN)}
        else:
            out = {axis.index(shown)} if shown in axis else set()
        if OTHER in axis and (shown == "other" or shown not in axis):
            out.add(axis.index(OTHER))  # a country merged into _O
        return out

    def bounds(self, rows: list[dict], removed: int = 0) -> tuple[dict, dict]:
        """L and U of every cell of the extended array from the block's final rows."""
        patterns = Counter(
            (r["sex"], r["age_years"], r["citizenship"]) for r in rows if r["_status"] == "final"
        )
        low: Counter = Counter()
        high: Counter = Counter()
        for shown, n in patterns.items():
            fits = [self.fits(d, v) for d, v in enumerate(shown)]
            wide = [[*sorted(f), len(a)] for f, a in zip(fits, self.axes, strict=True)]
            for cell in itertools.product(*wide):
                high[cell] += n
            exact = [(sorted(f) if len(f) == 1 else []) + [len(a)]
                     for f, a in zip(fits, self.axes, strict=True)]  # fmt: skip
            for cell in itertools.product(*exact):
                low[cell] += n
        for cell in self.cells:
            high[cell] += removed  # a record left out of the file could be anywhere
        return low, high

    def _row(self, cell: tuple[int, ...]) -> np.ndarray:
        grid = np.ones(self.shape, bool)
        for d, i in enumerate(cell):
            if i < self.shape[d]:
                mask = np.zeros(self.shape[d], bool)
                mask[i] = True
                grid &= mask.reshape([-1 if e == d else 1 for e in range(len(self.shape))])
        return grid.ravel().astype(float)

    def ranges(self, low: dict | None = None, high: dict | None = None) -> dict:
        """Hidden cell -> (smallest, largest) value the published cells (and bounds) allow."""
        published = [(c, v) for c, (v, flag) in self.cells.items() if not flag]
        a_eq = np.array([self._row(c) for c, _ in published])
        b_eq = np.array([float(v) for _, v in published])
        a_ub, b_ub = [], []
        for cell in self.cells if low is not None else ():
            row = self._row(cell)
            a_ub += [row, -row]
            b_ub += [float(high.get(cell, 0)), -float(low.get(cell, 0))]
        extra = {"A_ub": np.array(a_ub), "b_ub": np.array(b_ub)} if a_ub else {}
        out = {}
        for cell in self.hidden():
            goal = self._row(cell)
            ends = []
            for sign in (1, -1):
                result = optimize.linprog(sign * goal, A_eq=a_eq, b_eq=b_eq, bounds=(0, None),
                                          method="highs", **extra)  # fmt: skip
                assert result.status == 0, result.message  # the truth is feasible
                ends.append(sign * result.fun)
            out[cell] = (ends[0], ends[1])
        return out


def t1_blocks(path: Path) -> dict[tuple[str, str], T1Block]:
    rows = list(openpyxl.load_workbook(path, read_only=True)["tables"].iter_rows(values_only=True))
    head = rows[0]
    lines: dict[tuple[str, str], list[dict]] = {}
    for row in rows[1:]:
        line = dict(zip(head, row, strict=False))
        if line["TABLE"] == "T1":
            lines.setdefault((line["REF_AREA"], line["TIME_PERIOD"]), []).append(line)
    return {block: T1Block(found) for block, found in lines.items()}


def recovered(ranges: dict) -> list:
    """Hidden cells that take only one whole value."""
    return [c for c, (low, high) in ranges.items()
            if np.floor(high + 1e-6) - np.ceil(low - 1e-6) < 1]  # fmt: skip
