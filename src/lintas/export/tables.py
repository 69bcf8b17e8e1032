"""The standard tables T1-T8 (STANDARDS.md) as data, with C/D flags: the ``tables`` sheet.

``TableCounter`` takes the export's submissions one at a time (only ``final`` ones count:
a draft is not an interview yet) and keeps counts, never records; ``result()`` gives the
rows in the ILOSTAT-like long layout after primary and secondary suppression
(lintas.export.cube), and what was done. Other exporters (sav/dta/csv, the app) call the
same two methods. docs/workbook-format.md, section 9, is the specification.

Each block of a table is one REF_AREA (``collection_country``) and TIME_PERIOD (the year
of ``interview_period``) and is suppressed on its own: blocks share no published total.
A category of a dimension whose whole count in the block is below the table's threshold
is merged into ``_O`` (other) before suppression: hiding it cell by cell would cost more
cells and tell as much; so is every category beyond the 24 largest of a
dimension. Codes are the code lists' ILOSTAT codes where they have one.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lintas import codelists
from lintas.export import microbounds
from lintas.export import standard_tables as spec
from lintas.export.cube import suppress
from lintas.form.model import Form

HEADER = ["REF_AREA", "INDICATOR", "SEX", "CLASSIF1", "CLASSIF2", "TIME_PERIOD", "OBS_VALUE",
          "OBS_STATUS", "TABLE", "UNIT", "THRESHOLD"]  # fmt: skip
SEX_TOTAL, TOTAL, UNKNOWN, OTHER = "SEX_T", "_T", "_X", "_O"
UNIT = "respondents surveyed"
# A universe is who a table counts (STANDARDS.md): field -> the value that admits.
UNIVERSE: Mapping[str, tuple[str, str]] = {
    "T3": ("has_job", "yes"), "T4": ("has_job", "yes"), "T6": ("flow_type", "return"),
}  # fmt: skip
YES = "yes"
MAX_CATEGORIES = 24  # per dimension and block; the others are merged into _O

Key = tuple[str, ...]


@dataclass
class TablesReport:
    made: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> counts of cells
    left_out: dict[str, str] = field(default_factory=dict)  # table -> why
    records: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"records": self.records, "tables": self.made, "left_out": self.left_out}


class TableCounter:
    """Counts for T1-T8 over the submissions it is given; ``result`` suppresses them."""

    def __init__(self, form: Form) -> None:
        names = {q.key for q in form.questions() if form.is_stored(q.key)}
        self.report = TablesReport()
        self.tables: list[spec.TableSpec] = []
        indicators = spec.indicator_questions() if form.form_id == spec.FORM_ID else {}
        for table in spec.TABLES:
            needed = set(table.fields)
            if table.table_id == "T7":
                needed |= {"first_month_earnings", "recruitment_cost_total"}
            if table.table_id == "T8":
                needed |= set(indicators.values()) or {"(indicator questions)"}
            needed |= {UNIVERSE[table.table_id][0]} if table.table_id in UNIVERSE else set()
            missing = sorted(needed - names)
            if missing:
                self.report.left_out[table.table_id] = f"the form has no {', '.join(missing)}"
            else:
                self.tables.append(table)
        self.indicators = indicators
        self.counts: dict[str, Counter[Key]] = defaultdict(Counter)
        self.ratios: dict[Key, list[float]] = defaultdict(list)
        # What the file's own data sheet shows (restricted and public levels): the
        # suppression takes the cells it gives exactly as published (microbounds).
        self.microdata: microbounds.Microdata | None = None

    def fields(self) -> list[str]:
        """Every field the tables read: dimensions, universes and T8's indicators."""
        out = [f for table in self.tables for f in table.fields]
        out += [UNIVERSE[t.table_id][0] for t in self.tables if t.table_id in UNIVERSE]
        if any(t.table_id == "T8" for t in self.tables):
            out += list(self.indicators.values())
        return list(dict.fromkeys(out))

    def add(self, status: str, data: Mapping[str, Any]) -> None:
        if status != "final" or not self.tables:
            return
        self.report.records += 1
        block = (_code(data.get("collection_country")), _year(data.get("interview_period")))
        for table in self.tables:
            universe = UNIVERSE.get(table.table_id)
            if universe and data.get(universe[0]) != universe[1]:
                continue
            if table.table_id == "T8":
                age = _dimension(table.dimensions[1], data)
                sex = _dimension(table.dimensions[0], data)
                for code, question in self.indicators.items():
                    if data.get(question) == YES:
                        self.counts["T8:" + code][(*block, sex, age)] += 1
                continue
            key = (*block, *(_dimension(d, data) for d in table.dimensions))
            if table.table_id == "T7":
                ratio = spec.sdg_10_7_1_ratio(data)
                if ratio is None or _dimension(spec.table("T8").dimensions[1], data) != "18_plus":
                    continue
                self.ratios[key].append(ratio)
            self.counts[table.table_id][key] += 1

    def result(self) -> list[list[Any]]:
        """The rows of the tables sheet, suppressed; fills ``report.made``.

        Tables that publish the same number (T1's and T2's sex x citizenship margin, the
        sex totals of T1, T2 and T5, T5's returnees by sex and T6's, T3's and T4's sex x
        flow) must hide it alike, or one would give away what the other hides: a cell
        hidden in one is hidden in all, and those tables are suppressed again.
        """
        grids = self._suppressed()
        self.report.made = {}
        rows: list[list[Any]] = []
        for grid in grids:
            made = self.report.made.setdefault(grid.table.table_id, {"cells": 0, "C": 0, "D": 0})
            made["cells"] += len(grid.done.values)
            made["C"] += grid.done.primary
            made["D"] += grid.done.secondary
            labels = _totals(grid.table)
            for index, value in grid.done.values.items():
                codes = [labels[d] if i == len(grid.axes[d]) else grid.axes[d][i]
                         for d, i in enumerate(index)]  # fmt: skip
                rows += self._rows_for(grid, codes, (index, value, grid.done.flags[index]))
        return rows

    def _suppressed(self) -> list[_Grid]:
        """Every block of every table, suppressed, with the shared numbers hidden alike."""
        grids = [grid for table in self.tables for grid in self._grids(table)]
        self.grids = grids
        for _ in range(sum(len(g.done.values) for g in grids) + 1):
            hidden_keys = {k for g in grids for k, hidden in g.shared().items() if hidden}
            changed = False
            for grid in grids:
                wanted = grid.cells_with(hidden_keys) - grid.hidden() - grid.known
                if wanted:
                    grid.forced |= wanted
                    grid.run()
                    changed = True
            # A shared secondary cell that one table and the rows pin is known: every
            # table holding it takes it as known (published), and is suppressed again.
            pinned = {g.key(c) for g in grids if g.low is not None
                      for c in g.done.determined if g.done.flags[c] == "D"}  # fmt: skip
            for grid in grids:
                cells: frozenset[tuple[int, ...]] = frozenset()
                if grid.low is not None:
                    cells = grid.cells_with(pinned) - grid.known
                if cells:
                    grid.take_as_known(cells)
                    changed = True
            if not changed:
                break
        return grids

    def exposed(self) -> list[tuple[_Grid, tuple[int, ...], list[int]]]:
        """Cells below their threshold that the data sheet gives exactly, with the record
        positions that show them: the export blanks more of the microdata until none is
        (docs/workbook-format.md, section 9). Empty without ``microdata``."""
        if self.microdata is None:
            return []
        out = []
        for grid in self._suppressed():
            pinned = set(grid.known) | set(grid.done.determined)
            for cell in sorted(pinned):
                if 0 < grid.done.values[cell] < grid.table.suppress_below:
                    out.append((grid, cell, self.showing(grid, cell)))
        return out

    def showing(self, grid: _Grid, cell: tuple[int, ...]) -> list[int]:
        """The positions of the records whose rows show exactly ``cell`` of ``grid``."""
        assert self.microdata is not None
        ratio = grid.table.table_id == "T7"
        return microbounds.showing(self.microdata, grid.block, grid.bound_axes(), cell,
                                   grid.conditions(), ratio=ratio)  # fmt: skip

    def neighbours(self, grid: _Grid, cell: tuple[int, ...]) -> dict[int, list[int]]:
        """microbounds.neighbours for ``cell`` of ``grid``."""
        assert self.microdata is not None
        ratio = grid.table.table_id == "T7"
        return microbounds.neighbours(self.microdata, grid.block, grid.bound_axes(), cell,
                                      grid.conditions(), ratio=ratio)  # fmt: skip

    def _grids(self, table: spec.TableSpec) -> list[_Grid]:
        names = (
            [("T8:" + code, f"T8_{code.upper()}", f"ind:{code}") for code in self.indicators]
            if table.table_id == "T8"
            else [(table.table_id, "T7_N" if table.table_id == "T7" else table.table_id, "")]
        )
        universe = UNIVERSE.get(table.table_id)
        fields = [d.field or d.column for d in table.dimensions if d.column != "INDICATOR"]
        grids = []
        for name, indicator, extra in names:
            blocks: dict[Key, Counter[Key]] = defaultdict(Counter)
            for key, n in self.counts.get(name, Counter()).items():
                blocks[key[:2]][key[2:]] += n
            for block, cells in sorted(blocks.items()):
                # T7 counts a universe of its own (adults with a ratio): it shares nothing.
                scope = (*block, "T7" if table.table_id == "T7" else extra)
                grids.append(_Grid(table, indicator, (block[0], block[1]), cells=cells,
                                   fields=fields, universe=universe, scope=scope,
                                   extra=extra, indicators=self.indicators,
                                   microdata=self.microdata))  # fmt: skip
        return grids

    def _rows_for(
        self, grid: _Grid, codes: list[str], cell: tuple[tuple[int, ...], int, str]
    ) -> list[list[Any]]:
        table, (area, year), (index, value, flag) = grid.table, grid.block, cell
        sex, c1, c2 = [*codes, "", ""][:3]
        shown = None if flag else value
        out: list[list[Any]] = [[area, grid.indicator, sex, c1, c2, year, shown, flag,
                                 table.table_id, UNIT, table.suppress_below]]  # fmt: skip
        if table.table_id == "T7":
            ratios = self._ratios_in(area, year, index, grid.axes) if not flag else []
            for name, stat in (("T7_MEDIAN", statistics.median), ("T7_MEAN", statistics.fmean)):
                number = _number(stat(ratios)) if ratios else None
                out.append([area, name, sex, c1, c2, year, number, flag, "T7",
                            "cost / first-month earnings", table.suppress_below])  # fmt: skip
        return out

    def _ratios_in(
        self, area: str, year: str, index: tuple[int, ...], axes: list[list[str]]
    ) -> list[float]:
        out: list[float] = []
        for key, values in self.ratios.items():
            if key[:2] != (area, year):
                continue
            inner = key[2:]
            if all(i == len(a) or a[i] == _merged(v, a)
                   for v, i, a in zip(inner, index, axes, strict=True)):  # fmt: skip
                out += values
        return out


class _Grid:
    """One block of one table (one indicator of T8) as an array, and its suppression."""

    def __init__(
        self, table: spec.TableSpec, indicator: str, block: tuple[str, str], *,
        cells: Counter[Key], fields: list[str], universe: tuple[str, str] | None,
        scope: tuple[str, ...], extra: str = "", indicators: Mapping[str, str] | None = None,
        microdata: microbounds.Microdata | None = None,
    ) -> None:  # fmt: skip
        self.table, self.indicator, self.block = table, indicator, block
        self.axes = _axes(cells, table.suppress_below)
        self.array = np.zeros(tuple(len(a) for a in self.axes), np.int64)
        for key, n in cells.items():
            where = tuple(a.index(_merged(v, a)) for v, a in zip(key, self.axes, strict=True))
            self.array[where] += n
        self.fields, self.universe, self.scope = fields, universe, scope
        self.extra, self.indicators = extra, indicators or {}
        self.forced: frozenset[tuple[int, ...]] = frozenset()
        self.known: frozenset[tuple[int, ...]] = frozenset()
        self.low: np.ndarray | None = None
        self.high: np.ndarray | None = None
        # Only a block whose rows a reader can tell apart from the others' (an office's
        # file, one country and year) is bounded by them; rows spread over several
        # blocks bound only their sums (docs/workbook-format.md, section 9, what is left).
        if microdata is not None and microdata.in_block(block)[0]:
            self.low, self.high = microbounds.bounds(
                microdata, block, self.bound_axes(), self.conditions(),
                ratio=table.table_id == "T7",
            )  # fmt: skip
            self.known = frozenset(tuple(int(i) for i in c)
                                   for c in np.argwhere(self.low == self.high))  # fmt: skip
        self.run()

    def run(self) -> None:
        bounds = None if self.low is None or self.high is None else (self.low, self.high)
        self.done = suppress(self.array, self.table.suppress_below, self.forced, bounds)

    def take_as_known(self, cells: frozenset[tuple[int, ...]]) -> None:
        assert self.low is not None and self.high is not None
        for cell in cells:
            self.low[cell] = self.high[cell] = self.done.values[cell]
        self.known |= cells
        self.forced -= cells
        self.run()

    def bound_axes(self) -> list[microbounds.Axis]:
        dimensions = [d for d in self.table.dimensions if d.column != "INDICATOR"]
        return [microbounds.Axis(d, a) for d, a in zip(dimensions, self.axes, strict=True)]

    def conditions(self) -> list[microbounds.Condition]:
        """Who the table counts, as conditions on fields the data sheet may show."""
        out = []
        if self.universe:
            out.append(microbounds.Condition(self.universe[0], frozenset({self.universe[1]})))
        if self.extra.startswith("ind:"):
            question = self.indicators.get(self.extra[4:], "")
            out.append(microbounds.Condition(question, frozenset({YES})))
        if self.table.table_id == "T7":
            out.append(microbounds.Condition("age_years", frozenset({"18_plus"}), "age_group"))
        return out

    def hidden(self) -> frozenset[tuple[int, ...]]:
        return frozenset(c for c, f in self.done.flags.items() if f)

    def key(self, index: tuple[int, ...]) -> frozenset[tuple[str, str]]:
        """What the cell counts, whatever table it is in: universe and fixed values."""
        fixed = {(f, a[i]) for f, a, i in zip(self.fields, self.axes, index, strict=True)
                 if i < len(a)}  # fmt: skip
        if self.universe:
            fixed.add(self.universe)
        return frozenset({("scope", "/".join(self.scope)), *fixed})

    def shared(self) -> dict[frozenset[tuple[str, str]], bool]:
        return {self.key(c): bool(f) for c, f in self.done.flags.items()}

    def cells_with(self, keys: set[frozenset[tuple[str, str]]]) -> frozenset[tuple[int, ...]]:
        return frozenset(c for c in self.done.flags if self.key(c) in keys)


def _number(value: float) -> float | int:
    # A whole number is written as an integer cell (0, not 0.0): it reads back the same.
    rounded = round(value, 6)
    return int(rounded) if rounded.is_integer() else rounded


def _axes(cells: Counter[Key], threshold: int) -> list[list[str]]:
    """Each dimension's categories in the block, small ones merged into OTHER.

    At most MAX_CATEGORIES per dimension, the largest: a corridor matrix of 250 x 250
    countries would be almost all hidden cells, and costs the suppression its speed.
    """
    width = len(next(iter(cells)))
    axes = []
    for d in range(width):
        totals: Counter[str] = Counter()
        for key, n in cells.items():
            totals[key[d]] += n
        largest = [v for v, n in totals.most_common(MAX_CATEGORIES) if n >= threshold]
        kept = sorted(largest)
        if len(kept) < len(totals):
            kept.append(OTHER)
        axes.append(kept)
    return axes


def _merged(value: str, axis: list[str]) -> str:
    return value if value in axis else OTHER


def _totals(table: spec.TableSpec) -> list[str]:
    return [SEX_TOTAL if d.column == "SEX" else TOTAL for d in table.dimensions
            if d.column != "INDICATOR"]  # fmt: skip


def block_of(data: Mapping[str, Any]) -> tuple[str, str]:
    """The (REF_AREA, TIME_PERIOD) block a record is counted in."""
    return _code(data.get("collection_country")), _year(data.get("interview_period"))


def _code(value: Any) -> str:
    return UNKNOWN if value in (None, "") else str(value)


def _year(period: Any) -> str:
    text = str(period or "")
    return text[:4] if len(text) >= 4 and text[:4].isdigit() else UNKNOWN


def _dimension(dimension: spec.Dimension, data: Mapping[str, Any]) -> str:
    value = data.get(dimension.field)
    if value in (None, ""):
        return UNKNOWN
    if dimension.recode:
        try:
            value = spec.RECODES[dimension.recode](int(value))
        except (TypeError, ValueError):
            return UNKNOWN
    return _ilostat(dimension.codelists[0], str(value))


def _ilostat(list_name: str, code: str) -> str:
    mapping = _ILOSTAT.get(list_name)
    if mapping is None:
        found = codelists.load(list_name).column("ilostat")
        mapping = _ILOSTAT[list_name] = {k: v for k, v in found.items() if v}
    return mapping.get(code, code)


_ILOSTAT: dict[str, dict[str, str]] = {}
