"""What a file's own microdata tell about each cell of its tables: bounds L <= cell <= U.

A restricted or public workbook carries both a ``data`` sheet and a ``tables`` sheet. The
tables count the true answers; the data sheet shows the same respondents, recoded and
with some values blanked. Counting the data rows gives, for every table cell (margins
included):

- L, the rows that show exactly the cell's values (and certainly fall in its universe);
- U, L plus the rows whose blanks (or coarser codes) leave open that they belong to it,
  and the records left out of the file, which could be anywhere.

A hidden cell with L == U is known exactly, whatever the tables hide (issue 12: on a
public file 37 hidden T1 cells came back this way). The tables' suppression therefore
takes those cells as published equations (lintas.export.cube, ``known``), and a cell
below its threshold that the rows give exactly makes the export blank a little more of
the microdata (``exposed_primaries``). docs/workbook-format.md, section 9.

The bounds are worked out with every row placed in its true block (REF_AREA and year):
a reader who cannot tell the blocks apart knows less, so protecting against this reader
protects against every reader of the file. A cell whose dimension or universe the file
does not show gets L = 0 and the U that the shown fields allow.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lintas import codelists
from lintas.export import standard_tables as spec
from lintas.privacy.recoding import rule_named

YES, NO, MAYBE = 2, 0, 1  # a record's place in a table's universe, as the rows show it
AGES = range(131)  # the ages a recoded age field can hold (the domain of its blanks)
BLANK: Hashable = None
# What a row shows of the block it is counted in (docs/workbook-format.md, section 9).
GROUPED_BY = ("_office", "collection_country")


@dataclass
class Microdata:
    """What the data sheet shows, per record position of the export's first pass."""

    values: Mapping[str, Sequence[Any]]  # published field -> shown value (None: blank)
    rules: Mapping[str, str | None]  # published field -> recoding rule
    final: Sequence[bool]  # the row's _status is final (the sheet shows it)
    blocks: Sequence[tuple[str, str]]  # the record's true (REF_AREA, year)
    removed: frozenset[int]  # positions left out of the file: every value unknown
    seen: Mapping[str, set[Any]] = field(default_factory=dict)  # field -> true values met
    form_choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    _columns: dict[str, list[Hashable]] = field(default_factory=dict)
    _blocks: dict[tuple[str, str], tuple[list[int], list[tuple[Hashable, ...]]]] | None = None
    _groups: dict[tuple[Hashable, ...], list[int]] = field(default_factory=dict)
    _spread_patterns: dict[Any, Counter[tuple[Hashable, ...]]] = field(default_factory=dict)
    _cache: dict[Any, Any] = field(default_factory=dict)  # worked out from the rules only

    def shown(self, name: str, position: int) -> Hashable:
        """The value the reader sees, in the recoded form (None when blank or unpublished)."""
        column = self._columns.get(name)
        if column is None:
            column = self._columns[name] = self._shown_column(name)
        return column[position]

    def _shown_column(self, name: str) -> list[Hashable]:
        values = self.values.get(name)
        if values is None:
            return [BLANK] * len(self.final)
        to_shown = _micro_of(self, name)
        out = [to_shown(v) for v in values]
        for position in self.removed:
            out[position] = BLANK
        return out

    def in_block(
        self, block: tuple[str, str]
    ) -> tuple[list[int], list[tuple[Hashable, ...]]]:
        """(sure, groups): the positions a reader can place in ``block``, and the groups
        of rows that could be in it (``group``).

        A reader tells blocks apart only by what the rows show: the office (and the
        collection country where the file has it). The rows of a group whose records
        all lie in one block are that block's; the rows of a group spread over several
        blocks could be in any of them, and so could a record left out of the file.
        """
        if self._blocks is None:
            spread: dict[tuple[Hashable, ...], set[tuple[str, str]]] = {}
            members: dict[tuple[Hashable, ...], list[int]] = {}
            for position, (final, where) in enumerate(zip(self.final, self.blocks, strict=True)):
                if position in self.removed:
                    continue
                key = tuple(self.shown(n, position) for n in GROUPED_BY)
                spread.setdefault(key, set()).add(where)
                if final:  # a draft row says it is one: no table counts it
                    members.setdefault(key, []).append(position)
            self._groups = members
            self._blocks = {}
            for key, wheres in spread.items():
                for where in wheres:
                    sure, groups = self._blocks.setdefault(where, ([], []))
                    if len(wheres) == 1:
                        sure += members.get(key, [])
                    else:
                        groups.append(key)
        return self._blocks.get(block, ([], []))

    def group(self, key: tuple[Hashable, ...]) -> list[int]:
        return self._groups.get(key, [])

    def changed(self) -> None:
        """``values`` were blanked further: forget what was worked out from them."""
        self._columns.clear()
        self._blocks = None
        self._spread_patterns.clear()

    def published(self, name: str) -> bool:
        return name in self.values


def _hashable(value: Any) -> Hashable:
    if isinstance(value, list):
        return tuple(value)
    return str(value) if not isinstance(value, str) else value


@dataclass(frozen=True)
class Axis:
    """One dimension of a grid as the bounds need it."""

    dimension: spec.Dimension
    categories: list[str]  # the grid's axis (without the total)


@dataclass(frozen=True)
class Condition:
    """One part of a table's universe: ``field`` (recoded by ``recode``) is in ``accepted``."""

    field: str
    accepted: frozenset[str]
    recode: str = ""  # "age_group": an age in years to under-18/18+


def bounds(
    micro: Microdata,
    block: tuple[str, str],
    axes: Sequence[Axis],
    universe: Sequence[Condition],
    *,
    ratio: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """(L, U) over the extended array of one block of one table (index n: the total).

    ``universe``: the conditions a record must meet to be counted; ``ratio``: T7's
    SDG 10.7.1 ratio must be computable from the shown amounts.
    """
    shape = tuple(len(a.categories) + 1 for a in axes)
    low, high = np.zeros(shape, np.int64), np.zeros(shape, np.int64)
    patterns: Counter[tuple[Hashable, ...]] = Counter()
    sure, groups = micro.in_block(block)
    for position in sure:
        status = _status(micro, position, universe, ratio)
        if status != NO:
            patterns[(status, *_pattern(micro, axes, position))] += 1
    for key in groups:
        patterns.update(_spread(micro, key, axes, universe, ratio))
    if micro.removed:
        patterns[(MAYBE, *[BLANK] * len(axes))] += len(micro.removed)
    if not patterns:
        return low, high
    maps = [_compatible(micro, a) for a in axes]
    keys = list(patterns)
    counts = np.array([patterns[k] for k in keys], np.int64)
    sure = counts * np.array([k[0] == YES for k in keys])
    wide, exact = [], []
    for d, (axis, mapping) in enumerate(zip(axes, maps, strict=True)):
        # One vector per distinct shown value, then one row per pattern.
        values = list({k[1 + d] for k in keys})
        vectors = [_vectors([v], [axis], [mapping]) for v in values]
        where = {v: i for i, v in enumerate(values)}
        rows = [where[k[1 + d]] for k in keys]
        wide.append(np.array([vectors[i][0][0] for i in rows], np.int64))
        exact.append(np.array([vectors[i][1][0] for i in rows], np.int64))
    letters = "abcdefgh"[: len(axes)]
    formula = "p," + ",".join(f"p{x}" for x in letters) + "->" + letters
    high += np.einsum(formula, counts, *wide)
    low += np.einsum(formula, sure, *exact)
    return low, high


def _spread(
    micro: Microdata, key: tuple[Hashable, ...], axes: Sequence[Axis],
    universe: Sequence[Condition], ratio: bool,
) -> Counter[tuple[Hashable, ...]]:  # fmt: skip
    """The patterns of a group spread over several blocks: each row only may be in one."""
    cache = (key, tuple(a.dimension.field for a in axes), tuple(universe), ratio)
    found = micro._spread_patterns.get(cache)
    if found is None:
        found = Counter()
        for position in micro.group(key):
            if _status(micro, position, universe, ratio) != NO:
                found[(MAYBE, *_pattern(micro, axes, position))] += 1
        micro._spread_patterns[cache] = found
    return found


def showing(
    micro: Microdata,
    block: tuple[str, str],
    axes: Sequence[Axis],
    cell: tuple[int, ...],
    universe: Sequence[Condition],
    *,
    ratio: bool = False,
) -> list[int]:
    """The positions whose rows show exactly ``cell`` (those L counts)."""
    maps = [_compatible(micro, a) for a in axes]
    out = []
    for position in micro.in_block(block)[0]:
        if _status(micro, position, universe, ratio) != YES:
            continue
        _, exact = _vectors(_pattern(micro, axes, position), axes, maps)
        if all(vector[i] for vector, i in zip(exact, cell, strict=True)):
            out.append(position)
    return out


def neighbours(
    micro: Microdata,
    block: tuple[str, str],
    axes: Sequence[Axis],
    cell: tuple[int, ...],
    universe: Sequence[Condition],
    *,
    ratio: bool = False,
) -> dict[int, list[int]]:
    """Dimension d -> positions of rows that could be in ``block`` and show ``cell``'s
    values exactly except in d, where they show another category: a blank in d would
    let them be in ``cell`` (raising its U) and leave their own cell (lowering its L)."""
    maps = [_compatible(micro, a) for a in axes]
    sure, groups = micro.in_block(block)
    positions = sure + [p for key in groups for p in micro.group(key)]
    out: dict[int, list[int]] = {}
    fixed = [d for d, (i, a) in enumerate(zip(cell, axes, strict=True)) if i < len(a.categories)]
    for position in positions:
        if _status(micro, position, universe, ratio) == NO:
            continue
        _, exact = _vectors(_pattern(micro, axes, position), axes, maps)
        wrong = [d for d in fixed if not exact[d][cell[d]]]
        if len(wrong) == 1 and exact[wrong[0]][: len(axes[wrong[0]].categories)].any():
            out.setdefault(wrong[0], []).append(position)
    return out


def _pattern(micro: Microdata, axes: Sequence[Axis], position: int) -> tuple[Hashable, ...]:
    return tuple(micro.shown(a.dimension.field, position) for a in axes)


def _vectors(
    shown: Sequence[Hashable], axes: Sequence[Axis], maps: Sequence[dict[Hashable, np.ndarray]]
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Per dimension: the categories the row could be in (U), and the one it shows (L)."""
    wide, exact = [], []
    for value, axis, mapping in zip(shown, axes, maps, strict=True):
        size = len(axis.categories)
        fits = mapping.get(value)
        if fits is None:  # a code the rules do not know: it could be anything
            fits = np.ones(size + 1, bool)
        wide.append(fits)
        one = _total_only(size)
        if fits[:size].sum() == 1:
            one = one | fits
        exact.append(one)
    return wide, exact


def _status(
    micro: Microdata, position: int, universe: Sequence[Condition], ratio: bool
) -> int:
    if position in micro.removed:
        return MAYBE
    status = YES
    for condition in universe:
        if not micro.published(condition.field):
            status = MAYBE
            continue
        shown = micro.shown(condition.field, position)
        could = _condition_values(micro, condition).get(shown)
        if could is None:
            status = MAYBE
        elif not could & condition.accepted:
            return NO
        elif not could <= condition.accepted:
            status = MAYBE
    if ratio:
        status = min(status, _ratio_status(micro, position))
    return status


def _ratio_status(micro: Microdata, position: int) -> int:
    """Whether the shown amounts give T7's ratio (top-coding keeps a positive amount positive)."""
    names = ("first_month_earnings", "recruitment_cost_total", "cost_currency",
             "earnings_currency")  # fmt: skip
    if not all(micro.published(n) for n in names):
        return MAYBE
    shown: dict[str, Any] = {n: micro.shown(n, position) for n in names}
    if shown["first_month_earnings"] is BLANK or shown["recruitment_cost_total"] is BLANK:
        return MAYBE
    if any(v is BLANK for v in shown.values()):
        try:
            if float(str(shown["recruitment_cost_total"])) > 0:
                return MAYBE  # the currencies decide
        except ValueError:
            return MAYBE
    return YES if spec.sdg_10_7_1_ratio(shown) is not None else NO


def _domain(micro: Microdata, name: str, codes: Sequence[str], ages: bool) -> set[Any]:
    """Every true value a field could hold (a blank may hide any of them, or no answer)."""
    out: set[Any] = set(micro.seen.get(name, ())) | {None}
    if ages:
        out |= set(AGES)
    else:
        out |= set(codes) | set(micro.form_choices.get(name, ()))
    return out


def _micro_of(micro: Microdata, name: str) -> Callable[[Any], Hashable]:
    rule = micro.rules.get(name)
    apply = rule_named(rule).apply if rule else (lambda v: v)

    def shown(value: Any) -> Hashable:
        if value is None or value == "":
            return BLANK
        return _hashable(apply(value))

    return shown


def _compatible(micro: Microdata, axis: Axis) -> dict[Hashable, np.ndarray]:
    """Shown value -> the axis categories (and the total) a row showing it could be in."""
    key = ("axis", axis.dimension, tuple(axis.categories))
    if key not in micro._cache:
        micro._cache[key] = _work_out_compatible(micro, axis)
    return micro._cache[key]  # type: ignore[no-any-return]


def _work_out_compatible(micro: Microdata, axis: Axis) -> dict[Hashable, np.ndarray]:
    from lintas.export.tables import _dimension, _merged

    dimension, categories = axis.dimension, axis.categories
    size = len(categories)
    codes = [c.code for name in dimension.codelists for c in codelists.load(name).codes]
    domain = _domain(micro, dimension.field, codes, ages=bool(dimension.recode))
    to_shown = _micro_of(micro, dimension.field)
    out: dict[Hashable, np.ndarray] = {}
    everything = np.ones(size + 1, bool)
    for value in domain:
        category = _merged(_dimension(dimension, {dimension.field: value}), categories)
        if category not in categories:
            continue  # no such record in the block (the axis has no _O)
        shown = to_shown(value) if micro.published(dimension.field) else BLANK
        fits = out.setdefault(shown, _total_only(size))
        fits[categories.index(category)] = True
    # A blank may hide any value, and a row of a field the file does not show is blank.
    out[BLANK] = everything
    return out


def _total_only(size: int) -> np.ndarray:
    vector = np.zeros(size + 1, bool)
    vector[size] = True
    return vector


def _condition_values(micro: Microdata, condition: Condition) -> dict[Hashable, frozenset[str]]:
    """Shown value -> the universe values (recoded) a row showing it could have."""
    key = ("condition", condition)
    if key not in micro._cache:
        micro._cache[key] = _work_out_condition(micro, condition)
    return micro._cache[key]  # type: ignore[no-any-return]


def _work_out_condition(micro: Microdata, condition: Condition) -> dict[Hashable, frozenset[str]]:
    ages = condition.recode == "age_group"
    domain = _domain(micro, condition.field, (), ages=ages)
    to_shown = _micro_of(micro, condition.field)
    out: dict[Hashable, set[str]] = {}
    for value in domain:
        if value is None:
            truth = ""
        elif ages:
            try:
                truth = spec.age_group(int(value))
            except (TypeError, ValueError):
                truth = ""
        else:
            truth = str(value)
        out.setdefault(to_shown(value), set()).add(truth)
    every = {t for values in out.values() for t in values}
    out[BLANK] = every
    return {k: frozenset(v) for k, v in out.items()}
