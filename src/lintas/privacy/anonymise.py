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
from typing import Any

from lintas.privacy.equivalence import Key, Record, column, diversity_by_class, k_of
from lintas.privacy.policy import DisclosurePolicy
from lintas.privacy.recoding import recode_column, rule_named
from lintas.privacy.suppression import SUPPRESSED, suppress_homogeneous, suppress_to_k
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
    columns = {name: column(records, name) for name in policy.quasi}
    recoding = []
    for name, rule_name in policy.recoding.items():
        if name in columns:
            columns[name], changed = recode_column(columns[name], rule_named(rule_name))
            recoding.append((name, rule_name, changed))
    keys: list[Key] = list(zip(*columns.values())) if policy.quasi else [()] * len(records)
    before = _class_sizes_summary(keys, policy.k)
    report(progress, 1, 3, "Suppressing values")
    local = suppress_to_k(keys, policy.k, progress)
    removed = frozenset(local.records_removed)
    kept = [key for i, key in enumerate(keys) if i not in removed] if removed else keys
    out_columns = _columns_from_keys(policy.quasi, keys)
    suppressed = [(n, c) for n, c in zip(policy.quasi, local.values_by_position) if c]
    report(progress, 2, 3, "Checking l-diversity")
    l_reached = None
    for name in policy.sensitive:
        values = column(records, name)
        if policy.enforce_l:
            values, count = suppress_homogeneous(keys, values, policy.l)
            if count:
                suppressed.append((name, count))
        out_columns[name] = values
        kept_values = [v for i, v in enumerate(values) if i not in removed] if removed else values
        shown = _shown_diversity(kept, kept_values)
        l_reached = shown if l_reached is None else min(l_reached, shown)
    summary = DisclosureReport(
        level=policy.level,
        k_target=policy.k,
        l_target=policy.l,
        records=len(records),
        k_before=before[0],
        records_at_risk_before=before[1],
        k_reached=k_of(_sizes(kept)),
        l_reached=l_reached,
        classes=len(_sizes(kept)),
        recoding=tuple(recoding),
        values_suppressed=tuple(suppressed),
        records_removed=len(removed),
    )
    report(progress, 3, 3, "Done")
    return AnonymisedData(records, out_columns, removed, summary)


def assess(records: Sequence[Record], policy: DisclosurePolicy) -> DisclosureReport:
    """What ``anonymise`` would do, without keeping the new values."""
    return anonymise(records, policy).report


def _sizes(keys: Sequence[Key]) -> Counter[Key]:
    return Counter(keys)


def _class_sizes_summary(keys: Sequence[Key], k: int) -> tuple[int, int]:
    sizes = _sizes(keys)
    at_risk = sum(size for size in sizes.values() if size < k)
    return k_of(sizes), at_risk


def _columns_from_keys(quasi: Sequence[str], keys: Sequence[Key]) -> dict[str, list[Hashable]]:
    if not keys:
        return {name: [] for name in quasi}
    return {name: list(values) for name, values in zip(quasi, zip(*keys))}


def _shown_diversity(keys: Sequence[Key], values: Sequence[Hashable]) -> int:
    # Classes whose sensitive value is blank for everyone disclose nothing and do
    # not count; elsewhere count the distinct values an intruder would see.
    shown = [(key, value) for key, value in zip(keys, values) if value is not SUPPRESSED]
    if not shown:
        return 0
    by_class = diversity_by_class([key for key, _ in shown], [value for _, value in shown])
    return min(by_class.values())
