"""Equivalence classes over quasi-identifiers, and the risk measures on them.

Records are mappings (question name -> value), as ``Response.to_json()`` gives
them. A record without a quasi-identifier answer has ``None`` there, which is
also what a suppressed value becomes: a published file shows both as blank, so
they are one category for an intruder and are counted as one here.

Definitions (Sweeney 2002; Machanavajjhala et al. 2007; sdcMicro):
- an *equivalence class* is the set of records sharing every quasi-identifier;
- *k* is the size of the smallest class (k-anonymity);
- *l* is the smallest number of distinct values of any sensitive attribute
  within any class (distinct l-diversity, as pycanon computes it);
- a record's *individual risk* is 1 / the size of its class (the chance that an
  intruder who knows the record's key picks it out);
- a record is *at risk* for a target k when its class is smaller than k.

Plain dicts, tuples and ``collections.Counter`` keep this fast without numpy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from operator import itemgetter
from typing import Any

Record = Mapping[str, object]
Key = tuple[Hashable, ...]


def _hashable(value: object) -> Hashable:
    # select_multiple answers are lists; their order carries no meaning.
    if isinstance(value, list | set | tuple):
        return tuple(sorted(map(str, value)))
    return value  # type: ignore[return-value]


def column(records: Sequence[Record], name: str) -> list[Hashable]:
    """The values of one question over all records (None where unanswered)."""
    try:
        values = list(map(itemgetter(name), records))
    except KeyError:
        values = [record.get(name) for record in records]
    try:
        set(values)
    except TypeError:
        values = [_hashable(value) for value in values]
    return values  # type: ignore[return-value]


def class_keys(records: Sequence[Record], quasi: Sequence[str]) -> list[Key]:
    """Each record's quasi-identifier values as one tuple, in record order."""
    if not quasi:
        return [()] * len(records)
    return list(zip(*(column(records, name) for name in quasi)))


def class_sizes(keys: Sequence[Key]) -> Counter[Key]:
    return Counter(keys)


def k_of(sizes: Mapping[Any, int]) -> int:
    """The k reached: the smallest class size (0 for no records)."""
    return min(sizes.values(), default=0)


def k_anonymity(records: Sequence[Record], quasi: Sequence[str]) -> int:
    """The largest k for which the records are k-anonymous over ``quasi``."""
    return k_of(class_sizes(class_keys(records, quasi)))


def diversity_by_class(keys: Sequence[Key], values: Sequence[Hashable]) -> Counter[Key]:
    """For each class, how many distinct values ``values`` takes in it."""
    # Counting distinct (class, value) pairs stays in C; only the pairs are looped.
    pairs = Counter(zip(keys, values))
    return Counter(key for key, _ in pairs)


def l_of(keys: Sequence[Key], sensitive_columns: Sequence[Sequence[Hashable]]) -> int | None:
    """Distinct l over several sensitive attributes; None if there are none."""
    if not sensitive_columns:
        return None
    if not keys:
        return 0
    return min(min(diversity_by_class(keys, col).values()) for col in sensitive_columns)


def l_diversity(records: Sequence[Record], quasi: Sequence[str], sensitive: Sequence[str]) -> int:
    """The distinct l of ``records``: the fewest values of any sensitive attribute in a class."""
    keys = class_keys(records, quasi)
    result = l_of(keys, [column(records, name) for name in sensitive])
    if result is None:
        raise ValueError("l-diversity needs at least one sensitive attribute")
    return result


def individual_risk(records: Sequence[Record], quasi: Sequence[str]) -> list[float]:
    """1 / class size for each record, in record order."""
    keys = class_keys(records, quasi)
    sizes = class_sizes(keys)
    return [1.0 / sizes[key] for key in keys]


def records_at_risk(records: Sequence[Record], quasi: Sequence[str], k: int) -> list[int]:
    """Indices of the records whose class is smaller than ``k``."""
    keys = class_keys(records, quasi)
    sizes = class_sizes(keys)
    return [i for i, key in enumerate(keys) if sizes[key] < k]


def expected_reidentifications(sizes: Counter[Key]) -> float:
    """The sum of individual risks: one per class (sdcMicro's global risk count)."""
    return float(len(sizes))
