"""Local suppression: blank the fewest quasi-identifier values to reach k.

Finding the minimum number of values to suppress for k-anonymity is NP-hard
(Meyerson and Williams, PODS 2004), so Lintas uses a greedy rule in the spirit
of the set-cover heuristic, which is what sdcMicro's ``localSuppression`` also
does in its own way:

1. The records *at risk* are those in classes smaller than k.
2. For every quasi-identifier j, imagine blanking j in each record at risk.
   A record is *rescued* when its new class (records already blank at j with the
   same other values, plus the others at risk that would join it) reaches k.
3. Blank j in the rescued records for the j that rescues the most (one value
   per rescued record, so this is the most records per suppressed value; ties
   go to the quasi-identifier with more distinct values, the more identifying).
4. If no j rescues anyone, blank the most varied j in every record at risk to
   make them coarser, and go on.
5. A record still at risk with every quasi-identifier blank cannot be helped by
   suppressing values; it is left out of the file (record suppression).

Blanking only joins records into classes that end at k or more, and a record
only ever leaves a class that was too small, so no class that had reached k
drops below it. Each step either rescues a record or blanks one more value of
every record at risk, so the loop ends.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass
from itertools import repeat

from lintas.privacy.equivalence import Key
from lintas.progress import Progress, report

SUPPRESSED = None  # what a blanked value becomes; the same as unanswered


@dataclass(frozen=True)
class LocalSuppression:
    values_by_position: tuple[int, ...]  # values blanked, per quasi-identifier position
    records_removed: tuple[int, ...]  # indices of records left out entirely


def suppress_to_k(keys: list[Key], k: int, progress: Progress | None = None) -> LocalSuppression:
    """Blank values in ``keys`` (changed in place) until every class has k records."""
    width = len(keys[0]) if keys else 0
    safe = Counter(keys)
    at_risk = [i for i, key in enumerate(keys) if safe[key] < k]
    for i in at_risk:
        safe[keys[i]] -= 1  # ``safe`` counts only records in classes of k or more
    safe += Counter()  # drops the zero counts
    risky_keys = [keys[i] for i in at_risk]
    blanked = [0] * width
    while risky_keys and width:
        report(progress, 0, 0, "Suppressing values")
        columns = list(zip(*risky_keys))
        trial = max(_Trial(columns, safe, j, k) for j in range(width))
        if not trial.rescued:
            position = max(range(width), key=lambda j: _variety(columns[j]))
            if not _variety(columns[position]):
                break  # every value of every record at risk is already blank
            trial = _Trial(columns, safe, position, k)
        blanked[trial.position] += trial.values_blanked()
        at_risk, risky_keys = _move(trial, at_risk, risky_keys, keys, safe)
    return LocalSuppression(tuple(blanked), tuple(at_risk))


def _move(
    trial: _Trial, at_risk: list[int], risky_keys: list[Key], keys: list[Key], safe: Counter[Key]
) -> tuple[list[int], list[Key]]:
    """Apply a trial: rescued records join safe classes, the rest stay at risk.

    With no rescue (the coarsening step) every record at risk takes its blanked key.
    """
    kept: list[int] = []
    kept_keys: list[Key] = []
    reached = trial.reached
    for i, old, new in zip(at_risk, risky_keys, trial.projected):
        if new in reached:
            keys[i] = new
            safe[new] += 1
        else:
            key = old if reached else new
            keys[i] = key
            kept.append(i)
            kept_keys.append(key)
    return kept, kept_keys


class _Trial:
    """What blanking one position in every record at risk would do."""

    def __init__(self, columns: list[tuple[Hashable, ...]], safe: Counter[Key], j: int, k: int):
        self.position = j
        self.column = columns[j]
        blank = repeat(SUPPRESSED, len(self.column))
        # zip and Counter run in C: one pass builds every projected key at once.
        self.projected: list[Key] = list(zip(*columns[:j], blank, *columns[j + 1 :]))
        joined = Counter(self.projected)
        self.reached = {key for key, n in joined.items() if n + safe.get(key, 0) >= k}
        self.rescued = sum(joined[key] for key in self.reached)
        self.variety = _variety(self.column)

    def values_blanked(self) -> int:
        """Values this trial blanks: rescued records (or all, if none) not already blank."""
        if not self.reached:
            return sum(1 for value in self.column if value is not SUPPRESSED)
        return sum(
            1
            for value, key in zip(self.column, self.projected)
            if value is not SUPPRESSED and key in self.reached
        )

    def __lt__(self, other: _Trial) -> bool:
        return (self.rescued, self.variety) < (other.rescued, other.variety)


def _variety(column: tuple[Hashable, ...]) -> int:
    values = set(column)
    values.discard(SUPPRESSED)
    return len(values)


def suppress_homogeneous(
    keys: list[Key], values: list[Hashable], l_target: int
) -> tuple[list[Hashable], int]:
    """Blank a sensitive attribute in classes with fewer than ``l_target`` distinct values.

    In such a class everyone shares the value (or almost), so knowing someone's
    quasi-identifiers reveals it. Blanking the attribute for the whole class
    hides it. Returns the new values and how many were blanked.
    """
    if l_target <= 1:
        return values, 0
    distinct: dict[Key, set[Hashable]] = {}
    for key, value in set(zip(keys, values)):
        if value is not SUPPRESSED:
            distinct.setdefault(key, set()).add(value)
    short = {key for key, seen in distinct.items() if len(seen) < l_target}
    if not short:
        return values, 0
    out = list(values)
    count = 0
    for i, key in enumerate(keys):
        if key in short and out[i] is not SUPPRESSED:
            out[i] = SUPPRESSED
            count += 1
    return out, count
