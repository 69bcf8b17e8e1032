"""The disclosure-control pass over microdata: recode, suppress, measure, report.

``anonymise(records, policy)`` is what an export calls before it writes a
single row; ``assess`` is the same pass for a report that writes nothing.
Steps, in the order STANDARDS.md asks for: global recoding, local suppression
of quasi-identifier values to reach k, then blanking of sensitive attributes in
classes that are not l-diverse. Records are never changed in place: the result
holds the new values and gives out new record dicts on demand.

``anonymise_columns`` is the same pass on columns (question -> values, one per
record) for callers that hold their data by column. Both work on integer codes:
each value is looked up once (``factorise``), recoding rules run once per
distinct value, and classes, k, l and suppression are numpy array work.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from lintas.privacy.equivalence import KeyIndex, Record, column, factorise
from lintas.privacy.policy import DisclosurePolicy
from lintas.privacy.recoding import recode_codes, rule_named
from lintas.privacy.suppression import SUPPRESSED, LocalSuppression, suppress_codes
from lintas.progress import Progress, report


@dataclass(frozen=True)
class DisclosureReport:
    """What the pass found and did, for an export's About sheet or a report."""

    level: str
    k_target: int
    l_target: int
    records: int
    k_before: int  # after recoding, before suppression
    records_at_risk_before: int
    k_reached: int
    l_reached: int | None  # None without sensitive attributes
    classes: int
    recoding: tuple[tuple[str, str, int], ...]  # (question, rule, values changed)
    values_suppressed: tuple[tuple[str, int], ...]  # (question, count) for every blanked column
    records_removed: int

    @property
    def target_met(self) -> bool:
        l_ok = self.l_reached is None or self.l_reached >= self.l_target
        return self.k_reached >= self.k_target and l_ok

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "k_target": self.k_target,
            "l_target": self.l_target,
            "records": self.records,
            "k_before_suppression": self.k_before,
            "records_at_risk_before_suppression": self.records_at_risk_before,
            "k_reached": self.k_reached,
            "l_reached": self.l_reached,
            "classes": self.classes,
            "target_met": self.target_met,
            "recoding": [
                {"question": q, "rule": r, "values_changed": n} for q, r, n in self.recoding
            ],
            "values_suppressed": dict(self.values_suppressed),
            "records_removed": self.records_removed,
        }


@dataclass(frozen=True)
class AnonymisedData:
    """The pass's result: new values for the protected columns, and the report."""

    source: Sequence[Record]
    columns: dict[str, list[Hashable]]  # replaced columns, by question name
    removed: frozenset[int]
    report: DisclosureReport

    def records(self) -> Iterator[dict[str, object]]:
        """The records to publish, with recoded and blanked values, removed ones left out."""
        names = list(self.columns)
        for i, record in enumerate(self.source):
            if i in self.removed:
                continue
            out = dict(record)
            for name in names:
                value = self.columns[name][i]
                if value is SUPPRESSED:
                    out.pop(name, None)
                elif isinstance(value, tuple):
                    out[name] = list(value)  # a multiple choice, made hashable to compare
                else:
                    out[name] = value
            yield out


def anonymise(
    records: Sequence[Record], policy: DisclosurePolicy, progress: Progress | None = None
) -> AnonymisedData:
    """Recode and suppress ``records`` until they meet ``policy``; say what was done.

    Records that cannot reach k even with every quasi-identifier blank are left
    out and counted (``records_removed``), so ``target_met`` holds whenever any
    record is left. The caller decides what to do with the report.
    """
    names = dict.fromkeys((*policy.quasi, *policy.sensitive))
    columns = {name: column(records, name) for name in names}
    protected = anonymise_columns(columns, policy, progress, count=len(records))
    return AnonymisedData(records, protected.columns, protected.removed, protected.report)


@dataclass(frozen=True)
class ProtectedColumns:
    """``anonymise_columns``' result: the new quasi and sensitive columns, and the report."""

    columns: dict[str, list[Hashable]]
    removed: frozenset[int]
    report: DisclosureReport


def anonymise_columns(
    columns: Mapping[str, Sequence[Hashable] | np.ndarray],
    policy: DisclosurePolicy,
    progress: Progress | None = None,
    *,
    count: int | None = None,
) -> ProtectedColumns:
    """``anonymise`` on columns: every quasi and sensitive question of ``policy``.

    A column is a list of values, one per record, or a one-dimensional numpy
    array (a DataFrame's column: integers are then coded with array operations).
    A question missing from ``columns`` is unanswered everywhere. Raises
    ``ValueError`` if the columns differ in length.
    """
    lengths = {len(values) for values in columns.values()}
    if count is None:
        count = lengths.pop() if len(lengths) == 1 else 0
    if lengths - {count}:
        raise ValueError("Every column must hold one value per record.")
    report(progress, 0, 3, "Recoding")
    quasi = [_QuasiColumn(columns.get(name, [None] * count), policy.recoding.get(name))
             for name in policy.quasi]  # fmt: skip
    by_name = dict(zip(policy.quasi, quasi))
    recoding = [(name, rule, by_name[name].changed)
                for name, rule in policy.recoding.items() if name in by_name]  # fmt: skip
    report(progress, 1, 3, "Suppressing values")
    limits = [policy.suppression_limits.get(name, 1.0) for name in policy.quasi]
    local = _suppress(
        [q.codes for q in quasi], [q.size for q in quasi], count, policy.k, progress, limits=limits
    )
    removed = np.zeros(count, bool)
    removed[list(local.records_removed)] = True
    labels = np.asarray(local.class_ids, np.int64)
    out = {name: q.published(blank) for name, q, blank in zip(policy.quasi, quasi, local.blanked)}
    suppressed = [(n, c) for n, c in zip(policy.quasi, local.values_by_position) if c]
    report(progress, 2, 3, "Checking l-diversity")
    l_reached = None
    for name in policy.sensitive:
        values, blanked, shown = _protect_sensitive(
            columns.get(name, [None] * count), labels, removed, policy
        )
        out[name] = values
        suppressed += [(name, blanked)] if blanked else []
        l_reached = shown if l_reached is None else min(l_reached, shown)
    sizes = np.bincount(labels[~removed], minlength=count)
    summary = DisclosureReport(
        level=policy.level,
        k_target=policy.k,
        l_target=policy.l,
        records=count,
        k_before=local.k_before,
        records_at_risk_before=local.at_risk_before,
        k_reached=int(sizes[sizes > 0].min()) if sizes.any() else 0,
        l_reached=l_reached,
        classes=int(np.count_nonzero(sizes)),
        recoding=tuple(recoding),
        values_suppressed=tuple(suppressed),
        records_removed=len(local.records_removed),
    )
    report(progress, 3, 3, "Done")
    return ProtectedColumns(out, frozenset(local.records_removed), summary)


class _QuasiColumn:
    """One quasi-identifier as codes, recoded on its distinct values."""

    def __init__(self, values: Sequence[Hashable] | np.ndarray, rule: str | None):
        self.rule = rule
        self.original, table, self.values = factorise(values)
        self.table = table
        self.codes, self.size = self.original, len(table)
        self.shown: list[Hashable] | None = None  # recoded values by original code
        self.changed = 0
        if rule is not None:
            recoded = recode_codes(self.original, table, rule_named(rule))
            self.codes, self.size, self.shown, self.changed = recoded

    def published(self, blank: np.ndarray) -> list[Hashable]:
        """The values to publish: recoded, and None where blanked."""
        if self.shown is None:
            if isinstance(self.values, np.ndarray) and self.values.dtype.kind in "iu":
                # The table's few Python ints rather than a new one per record;
                # its code 0 is None, which is what a blank is published as.
                table = np.fromiter(self.table, dtype=object, count=len(self.table))
                return table[np.where(blank, 0, self.original)].tolist()  # type: ignore[no-any-return]
            return _blanked(self.values, blank)
        # The recoded value of each original code, and None after them for blanks.
        shown = np.fromiter([*self.shown, SUPPRESSED], dtype=object, count=len(self.shown) + 1)
        return shown[np.where(blank, len(self.shown), self.original)].tolist()  # type: ignore[no-any-return]


def _blanked(values: Sequence[Hashable] | np.ndarray, blank: np.ndarray) -> list[Hashable]:
    """A copy of ``values`` (as Python objects) with None where ``blank`` is set."""
    if isinstance(values, np.ndarray):  # one array pass instead of a loop over the blanks
        out_array = values.astype(object)  # a copy, of Python objects
        out_array[blank] = SUPPRESSED
        return out_array.tolist()  # type: ignore[no-any-return]
    out = list(values)
    for i in np.flatnonzero(blank).tolist():
        out[i] = SUPPRESSED
    return out


def _suppress(
    codes: list[np.ndarray],
    sizes: list[int],
    count: int,
    k: int,
    progress: Progress | None,
    *,
    limits: Sequence[float],
) -> LocalSuppression:
    if codes:
        return suppress_codes(codes, sizes, k, progress, limits=limits)
    # No quasi-identifier: everyone is in one class, which is either big enough or not.
    removed = tuple(range(count)) if count < k else ()
    at_risk = count if count < k else 0
    return LocalSuppression((), removed, np.zeros(count, np.int64), count, at_risk)


def _protect_sensitive(
    values: Sequence[Hashable] | np.ndarray,
    labels: np.ndarray,
    removed: np.ndarray,
    policy: DisclosurePolicy,
) -> tuple[list[Hashable], int, int]:
    """The column blanked in classes that are not l-diverse, the count, and the l shown.

    Classes of records left out of the file are not touched. Classes whose value
    is blank for everyone disclose nothing and do not count towards l.
    """
    codes, _, coded = factorise(values)
    blank = np.zeros(len(codes), bool)
    if policy.enforce_l and policy.l > 1:
        skip = np.zeros(len(codes), bool)
        skip[labels[removed]] = True
        distinct = _distinct_shown(labels, codes)
        short = (distinct >= 1) & (distinct < policy.l) & ~skip
        blank = short[labels] & (codes != 0)
    count = int(np.count_nonzero(blank))
    kept = ~removed
    shown = _distinct_shown(labels[kept], np.where(blank, 0, codes)[kept], len(codes))
    l_shown = int(shown[shown > 0].min()) if shown.any() else 0
    return _blanked(coded, blank), count, l_shown


def _distinct_shown(labels: np.ndarray, codes: np.ndarray, size: int | None = None) -> np.ndarray:
    """Per class label, how many distinct non-blank values ``codes`` takes in it."""
    width = int(codes.max(initial=0)) + 1
    size = len(labels) if size is None else size
    if width <= 8:  # few values (yes/no/don't know): one count of classes per value
        counts = np.zeros(size, np.int64)
        for code in range(1, width):
            counts += np.bincount(labels[codes == code], minlength=size) > 0
        return counts
    pairs = KeyIndex([labels * width + codes]).owner
    first = np.flatnonzero((pairs == np.arange(len(pairs))) & (codes != 0))
    return np.bincount(labels[first], minlength=size)


def assess(records: Sequence[Record], policy: DisclosurePolicy) -> DisclosureReport:
    """What ``anonymise`` would do, without keeping the new values."""
    return anonymise(records, policy).report
