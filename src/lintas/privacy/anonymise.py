"""The disclosure-control pass over microdata: recode, suppress, measure, report.

``anonymise(records, policy)`` is what an export calls before it writes a
single row; ``assess`` is the same pass for a report that writes nothing.
Steps, in the order STANDARDS.md asks for: global recoding, local suppression
of quasi-identifier values to reach k, then blanking of sensitive attributes in
classes that are not l-diverse. Records are never changed in place: the result
holds the new values and gives out new record dicts on demand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from lintas.privacy.equivalence import Record, column, k_of
from lintas.privacy.policy import DisclosurePolicy
from lintas.privacy.recoding import recode_column, rule_named
from lintas.privacy.suppression import (
    SUPPRESSED,
    LocalSuppression,
    suppress_columns,
    suppress_homogeneous,
)
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
    report(progress, 0, 3, "Recoding")
    columns, recoding = _recoded_quasi(records, policy)
    report(progress, 1, 3, "Suppressing values")
    local = _suppress(list(columns.values()), len(records), policy.k, progress)
    removed = frozenset(local.records_removed)
    suppressed = [(n, c) for n, c in zip(policy.quasi, local.values_by_position) if c]
    report(progress, 2, 3, "Checking l-diversity")
    sensitive, l_reached = _protect_sensitive(records, policy, local.class_ids, removed)
    suppressed += [(name, count) for name, (_, count) in sensitive.items() if count]
    kept = [c for i, c in enumerate(local.class_ids) if i not in removed]
    sizes = Counter(kept)
    summary = DisclosureReport(
        level=policy.level,
        k_target=policy.k,
        l_target=policy.l,
        records=len(records),
        k_before=local.k_before,
        records_at_risk_before=local.at_risk_before,
        k_reached=k_of(sizes),
        l_reached=l_reached,
        classes=len(sizes),
        recoding=tuple(recoding),
        values_suppressed=tuple(suppressed),
        records_removed=len(removed),
    )
    report(progress, 3, 3, "Done")
    out_columns = {**columns, **{name: values for name, (values, _) in sensitive.items()}}
    return AnonymisedData(records, out_columns, removed, summary)


def _recoded_quasi(
    records: Sequence[Record], policy: DisclosurePolicy
) -> tuple[dict[str, list[Hashable]], list[tuple[str, str, int]]]:
    columns = {name: column(records, name) for name in policy.quasi}
    recoding = []
    for name, rule_name in policy.recoding.items():
        if name in columns:
            columns[name], changed = recode_column(columns[name], rule_named(rule_name))
            recoding.append((name, rule_name, changed))
    return columns, recoding


def _protect_sensitive(
    records: Sequence[Record],
    policy: DisclosurePolicy,
    ids: Sequence[int],
    removed: frozenset[int],
) -> tuple[dict[str, tuple[list[Hashable], int]], int | None]:
    """Each sensitive column (blanked where not l-diverse) with its count, and l reached."""
    left_out = frozenset(ids[i] for i in removed)
    kept = [c for i, c in enumerate(ids) if i not in removed] if removed else ids
    out: dict[str, tuple[list[Hashable], int]] = {}
    l_reached = None
    for name in policy.sensitive:
        values, count = column(records, name), 0
        if policy.enforce_l:
            values, count = suppress_homogeneous(ids, values, policy.l, left_out)
        out[name] = (values, count)
        kept_values = [v for i, v in enumerate(values) if i not in removed] if removed else values
        shown = _shown_diversity(kept, kept_values)
        l_reached = shown if l_reached is None else min(l_reached, shown)
    return out, l_reached


def _suppress(
    columns: list[list[Hashable]], count: int, k: int, progress: Progress | None
) -> LocalSuppression:
    if columns:
        return suppress_columns(columns, k, progress)
    # No quasi-identifier: everyone is in one class, which is either big enough or not.
    removed = tuple(range(count)) if count < k else ()
    at_risk = count if count < k else 0
    return LocalSuppression((), removed, (0,) * count, count, at_risk)


def assess(records: Sequence[Record], policy: DisclosurePolicy) -> DisclosureReport:
    """What ``anonymise`` would do, without keeping the new values."""
    return anonymise(records, policy).report


def _shown_diversity(class_ids: Sequence[int], values: Sequence[Hashable]) -> int:
    # Classes whose sensitive value is blank for everyone disclose nothing and do
    # not count; elsewhere count the distinct values an intruder would see.
    pairs = set(zip(class_ids, values))
    by_class = Counter(map(itemgetter(0), pairs))  # counted in C
    if SUPPRESSED in values:
        for class_id, value in pairs:
            if value is SUPPRESSED:
                by_class[class_id] -= 1
    return min((n for n in by_class.values() if n), default=0)
