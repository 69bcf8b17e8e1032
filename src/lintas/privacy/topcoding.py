"""Top-coding of money amounts within groups (STANDARDS.md: the 99th percentile
within a corridor).

A very large recruitment fee or wage is rare, and rare values identify people.
Top-coding replaces every amount above the group's threshold by the threshold
itself, so the distribution below it is kept and the tail no longer points at
one person. The threshold is the nearest-rank percentile (the ceil(q * n)-th
smallest amount of the group; Hyndman and Fan 1996, definition 1), which is
always an amount that occurs, so no invented figure is published.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class TopCoding:
    values: list[object]  # the amounts, top-coded; everything else unchanged
    changed: int  # how many amounts were lowered
    thresholds: dict[Hashable, float]  # the threshold of each group


def _amount(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if math.isnan(value) else float(value)


def nearest_rank(amounts: Sequence[float], quantile: float) -> float:
    """The nearest-rank percentile of a non-empty list of amounts."""
    ordered = sorted(amounts)
    rank = max(1, math.ceil(quantile * len(ordered)))
    return ordered[rank - 1]


def top_code(
    values: Sequence[object],
    groups: Sequence[Hashable] | None = None,
    quantile: float = 0.99,
) -> TopCoding:
    """Top-code ``values`` at ``quantile`` within each group (one group if None).

    Values that are not numbers (blank, text) are left as they are and do not
    count towards the percentile.
    """
    if not 0 < quantile <= 1:
        raise ValueError("quantile must be in (0, 1]")
    keys: Sequence[Hashable] = groups if groups is not None else [None] * len(values)
    by_group: dict[Hashable, list[float]] = {}
    for key, value in zip(keys, values):
        amount = _amount(value)
        if amount is not None:
            by_group.setdefault(key, []).append(amount)
    thresholds = {key: nearest_rank(amounts, quantile) for key, amounts in by_group.items()}
    out: list[object] = []
    changed = 0
    for key, value in zip(keys, values):
        amount = _amount(value)
        if amount is not None and amount > thresholds[key]:
            limit = thresholds[key]
            out.append(int(limit) if isinstance(value, int) and limit.is_integer() else limit)
            changed += 1
        else:
            out.append(value)
    return TopCoding(out, changed, thresholds)
