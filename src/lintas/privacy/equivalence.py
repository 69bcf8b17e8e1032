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

The functions on records use plain dicts, tuples and ``collections.Counter``;
they are the reference the tests hold the fast path to. The disclosure-control
pass itself works on integer codes with numpy (``factorise``, ``KeyIndex``):
each value is looked up in a dict once, and everything after that is array work.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from itertools import count
from operator import itemgetter
from typing import Any

import numpy as np

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


# --- integer codes for the disclosure-control pass -------------------------------------


def factorise(
    values: Sequence[Hashable] | np.ndarray,
) -> tuple[np.ndarray, list[Hashable], Sequence[Hashable] | np.ndarray]:
    """Each value's integer code (0 for None), the values by code, and the values used.

    Codes follow set and dict equality, as ``Counter`` does (1, 1.0 and True are
    one value, shown as the first of them seen), so classes are exactly those of
    ``class_keys``. Unhashable answers (multiple choices) are made hashable first;
    the third item is the values actually coded. A one-dimensional numpy array (a
    column of a DataFrame) comes back as it is when its values hash; an integer
    array is coded with array operations.
    """
    source = None  # a one-dimensional array, handed back as it is when its values hash
    if isinstance(values, np.ndarray):
        if values.ndim == 1 and values.dtype.kind in "iu":
            return _factorise_integers(values)
        source = values if values.ndim == 1 else None
    items: Sequence[Hashable] = values.tolist() if isinstance(values, np.ndarray) else values
    try:
        codes, found = _lookup(items)
    except TypeError:
        items = [_hashable(value) for value in items]
        codes, found = _lookup(items)
        source = None
    table: list[Hashable] = list(codes)
    used = source if source is not None else items
    # Small codes travel as bytes, the fastest way from Python ints to an array.
    if len(table) <= 256:
        array = np.frombuffer(bytes(found), np.uint8).astype(np.int64)
    else:
        array = np.fromiter(found, np.int64, len(items))
    return array, table, used


def _lookup(values: Sequence[Hashable]) -> tuple[dict[Hashable, int], Sequence[int]]:
    """Codes in order of first appearance, and each value's code, in one C-level pass."""
    # A defaultdict numbers each new value as itemgetter meets it, so no separate
    # pass is needed to find the distinct values first.
    codes: defaultdict[Hashable, int] = defaultdict(count().__next__)
    codes[None]  # code 0: unanswered and blanked look alike
    if len(values) < 2:  # itemgetter needs two keys to return a tuple
        return codes, [codes[value] for value in values]
    return codes, itemgetter(*values)(codes)


def _factorise_integers(values: np.ndarray) -> tuple[np.ndarray, list[Hashable], np.ndarray]:
    """Codes for an integer array: by direct addressing over its range when it is small."""
    if not len(values):
        return np.zeros(0, np.int64), [None], values
    low, high = int(values.min()), int(values.max())
    if high - low > 4 * len(values) + 1024:
        distinct, inverse = np.unique(values, return_inverse=True)
        return inverse.astype(np.int64) + 1, [None, *distinct.tolist()], values
    offset = (values - low).astype(np.int64)
    present = np.zeros(high - low + 1, bool)
    present[offset] = True
    found = np.flatnonzero(present)
    lookup = np.zeros(high - low + 1, np.int64)
    lookup[found] = np.arange(1, len(found) + 1)
    return lookup[offset], [None, *(found + low).tolist()], values


# Keys are mixed-radix numbers over the codes of several columns; one int64 word
# holds columns while the product of their sizes stays below 2**62, further
# columns start a new word, so any number of quasi-identifiers fits exactly.
_WORD_LIMIT = 1 << 62
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing (Knuth, TAOCP 6.4)


def radix_layout(sizes: Sequence[int]) -> list[tuple[int, int]]:
    """For each column with ``sizes[j]`` codes: (word, radix) of its digit."""
    layout, word, radix = [], 0, 1
    for size in sizes:
        if radix * max(size, 1) >= _WORD_LIMIT and radix > 1:
            word, radix = word + 1, 1
        layout.append((word, radix))
        radix *= max(size, 1)
    return layout


def key_words(codes: Sequence[np.ndarray], layout: Sequence[tuple[int, int]]) -> list[np.ndarray]:
    """The records' class keys as int64 words (see ``radix_layout``)."""
    count = len(codes[0]) if len(codes) else 0
    words = [np.zeros(count, np.int64) for _ in range(layout[-1][0] + 1 if layout else 1)]
    for column, (word, radix) in zip(codes, layout):
        words[word] += column * radix
    return words


class KeyIndex:
    """Equal keys found by hashing, in bulk: a vectorised open-addressing table.

    ``owner[i]`` is the index of one element with the same key as element i (the
    class's representative), so ``np.bincount(owner)`` gives class sizes. A sort
    (``np.unique``) would do the same in O(n log n); probing linearly from a
    multiplicative hash at load factor <= 1/4 takes a handful of array passes.
    """

    def __init__(self, words: Sequence[np.ndarray]):
        self.words = list(words)
        count = len(self.words[0])
        self.bits = max(3, (4 * count).bit_length())  # load <= 1/4: short probe runs
        self.mask = (1 << self.bits) - 1
        # int32 slots while indices fit: half the memory to clear and to probe.
        index_type = np.int32 if count < 1 << 31 else np.int64
        self.table = np.full(self.mask + 1, -1, index_type)
        slot = self._slots(self.words)
        self.table[slot] = np.arange(count, dtype=index_type)  # one element per slot wins
        owner = self.table[slot].astype(np.int64)
        pending = np.flatnonzero(self._differ(owner, None))
        while pending.size:  # elements whose slot holds another key probe onwards
            slot[pending] = step = (slot[pending] + 1) & self.mask
            occupant = self.table[step]
            free = occupant < 0
            self.table[step[free]] = pending[free]
            owner[pending] = occupant = self.table[step]
            pending = pending[self._differ(occupant, pending)]
        self.owner = owner

    def _slots(self, words: Sequence[np.ndarray]) -> np.ndarray:
        # Array arithmetic on uint64 wraps modulo 2**64, which is what hashing wants.
        mixed = words[0].view(np.uint64) * _MULTIPLIER
        for word in words[1:]:
            mixed = (mixed ^ word.view(np.uint64)) * _MULTIPLIER
        return (mixed >> np.uint64(64 - self.bits)).view(np.int64)

    def _differ(self, occupant: np.ndarray, pending: np.ndarray | None) -> np.ndarray:
        mine = [word if pending is None else word[pending] for word in self.words]
        different = self.words[0][occupant] != mine[0]
        for word, own in zip(self.words[1:], mine[1:]):
            different |= word[occupant] != own
        return different

    def find(self, words: Sequence[np.ndarray]) -> np.ndarray:
        """For each query key, the index of an element with that key, or -1."""
        found = np.full(len(words[0]), -1, np.int64)
        if not len(self.words[0]) or not len(found):
            return found
        slot = self._slots(words)
        pending = np.arange(len(found))
        while pending.size:
            occupant = self.table[slot]
            empty = occupant < 0
            same = ~empty
            for mine, query in zip(self.words, words):
                same &= mine[np.where(empty, 0, occupant)] == query[pending]
            found[pending[same]] = occupant[same]
            going = ~(same | empty)
            pending, slot = pending[going], (slot[going] + 1) & self.mask
        return found
