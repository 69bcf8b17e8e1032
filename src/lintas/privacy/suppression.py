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
    blanked = [0] * width
    sizes = Counter(keys)
    at_risk = [i for i, key in enumerate(keys) if sizes[key] < k]
    while at_risk and width:
        report(progress, 0, 0, "Suppressing values")
        position, rescued = _best_position(keys, at_risk, sizes, k)
        if not rescued:
            varied = _most_varied(keys, at_risk)
            if varied is None:
                break  # every value of every record at risk is already blank
            position = varied
            rescued = [i for i in at_risk if keys[i][position] is not SUPPRESSED]
        for i in rescued:
            _blank(keys, sizes, i, position)
        blanked[position] += len(rescued)
        at_risk = [i for i in at_risk if sizes[keys[i]] < k]
    return LocalSuppression(tuple(blanked), tuple(at_risk))


def _blank(keys: list[Key], sizes: Counter[Key], index: int, position: int) -> None:
    old = keys[index]
    new = (*old[:position], SUPPRESSED, *old[position + 1 :])
    sizes[old] -= 1
    if not sizes[old]:
        del sizes[old]
    sizes[new] += 1
    keys[index] = new


def _best_position(
    keys: list[Key], at_risk: list[int], sizes: Counter[Key], k: int
) -> tuple[int, list[int]]:
    best_position, best_variety = 0, -1
    best_rescued: list[int] = []
    for position in range(len(keys[at_risk[0]])):
        joining: dict[Key, list[int]] = {}
        for i in at_risk:
            key = keys[i]
            if key[position] is not SUPPRESSED:
                projected = (*key[:position], SUPPRESSED, *key[position + 1 :])
                joining.setdefault(projected, []).append(i)
        rescued = [
            i for projected, members in joining.items()
            if sizes.get(projected, 0) + len(members) >= k
            for i in members
        ]  # fmt: skip
        variety = len({keys[i][position] for i in at_risk})
        if (len(rescued), variety) > (len(best_rescued), best_variety):
            best_position, best_rescued, best_variety = position, rescued, variety
    return best_position, best_rescued


def _most_varied(keys: list[Key], at_risk: list[int]) -> int | None:
    best: tuple[int, int] | None = None
    for position in range(len(keys[at_risk[0]])):
        values: set[Hashable] = {keys[i][position] for i in at_risk}
        values.discard(SUPPRESSED)
        if values and (best is None or len(values) > best[0]):
            best = (len(values), position)
    return None if best is None else best[1]


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
