"""The greedy of local suppression (``suppression.py``), computed on numpy arrays.

It works on integer codes with numpy, on classes rather than
records (every record of a class moves alike). Records at risk are grouped
into *units* (one per class at risk); a trial for position j groups the units
by their key with j blanked, once per *epoch* (an epoch ends when step 4
coarsens everyone, the only step that changes the keys of records still at
risk) and kept current as records leave and safe classes grow; a trial looks
only at the groups that can still reach k (``_Grouping``). Class keys are
mixed-radix numbers over the codes (code 0 being blank), so blanking position j
is one subtraction. Equal keys are found with ``KeyIndex`` (a hash table built
in bulk). The result is the same, value for value, as applying the steps of
``suppression.py`` record by record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from lintas.privacy.equivalence import KeyIndex
from lintas.progress import Progress, report


@dataclass(frozen=True)
class _Trial:
    position: int
    rescued: int  # records at risk that blanking ``position`` would rescue
    groups: np.ndarray  # the groups (classes) that would reach k
    sizes: np.ndarray  # records at risk that would join each of them


class _Grouping:
    """The units at risk grouped by their key with one position blank.

    Groups are named by a representative. Within an epoch records at risk only
    leave and safe classes only grow, so the records joining a group are kept up
    to date by subtraction, and only *candidates* (groups that reach k with what
    they hold now) are looked at: a group that falls short stays short until a
    safe class of its key grows, which ``add_safe`` hears of.
    """

    def __init__(self, index: KeyIndex, weight: np.ndarray, safe_size: np.ndarray, k: int):
        self.index, self.k, self.safe_size = index, k, safe_size
        self.owner = index.owner[: len(weight)]
        self.joined = np.bincount(self.owner, weights=weight, minlength=len(index.owner))
        self.need = np.maximum(k - safe_size, 1.0)  # joined >= need: reaches k
        self.is_candidate = self.joined >= self.need
        self.candidates = np.flatnonzero(self.is_candidate)

    def leave(self, units: np.ndarray, weight: np.ndarray, weight_after: np.ndarray) -> None:
        """Units at risk left (their weight now 0): fewer records join their groups."""
        if 4 * len(units) > len(self.owner):  # many: counting again is cheaper
            self.joined = np.bincount(self.owner, weights=weight_after, minlength=len(self.joined))
        else:
            np.subtract.at(self.joined, self.owner[units], weight)

    def add_safe(self, groups: np.ndarray, sizes: np.ndarray) -> None:
        np.add.at(self.safe_size, groups, sizes)
        self.need[groups] = np.maximum(self.k - self.safe_size[groups], 1.0)
        new = groups[(self.joined[groups] >= self.need[groups]) & ~self.is_candidate[groups]]
        if new.size:
            new = np.unique(new)
            self.is_candidate[new] = True
            self.candidates = np.concatenate((self.candidates, new))

    def reached(self) -> np.ndarray:
        candidates = self.candidates
        short = self.joined[candidates] < self.need[candidates]
        if short.any():
            self.is_candidate[candidates[short]] = False
            candidates = self.candidates = candidates[~short]
        return candidates


class Greedy:
    """The state of the greedy: origins (classes at risk) and the current epoch's units."""

    def __init__(
        self,
        codes: Sequence[np.ndarray],
        sizes: Sequence[int],
        k: int,
        *,
        layout: list[tuple[int, int]],
        words: list[np.ndarray],
        owner: np.ndarray,
        class_size: np.ndarray,
    ):
        self.k, self.layout, self.positions = k, layout, len(codes)
        self.sizes = [max(n, 1) for n in sizes]
        self.limit = [float("inf")] * len(codes)  # values each position may lose first
        self.spent = [0.0] * len(codes)  # values blanked so far, per position
        self.version = 0  # bumped whenever the state changes; trials are cached per version
        self.cache: dict[tuple[str, int], tuple[int, object]] = {}
        self.words, self.owner = words, owner
        origins = np.flatnonzero((class_size > 0) & (class_size < k))
        safe = np.flatnonzero(class_size >= k)
        self.safe_words = [[word[safe]] for word in words]  # chunks; the same key may repeat
        self.safe_sizes = [class_size[safe].astype(np.float64)]
        self.origin_of = np.full(len(owner), -1, np.int64)
        self.origin_of[origins] = np.arange(len(origins))
        self.origin_of = self.origin_of[owner]  # each record's origin, -1 if safe
        self.at_risk_before = int(np.count_nonzero(self.origin_of >= 0))
        self.o_bits = np.zeros(len(origins), np.int64)
        self.o_alive = np.ones(len(origins), bool)
        self.o_final = [word[origins] for word in words]
        self.live = np.arange(len(origins))  # origins still at risk
        self.live_unit = np.arange(len(origins))  # and their unit in this epoch
        self._start_epoch(
            [word[origins] for word in words],
            np.stack(codes)[:, origins],  # measured faster than stacking 8 gathers
            class_size[origins].astype(np.float64),
        )

    # -- epochs: units, and per position a grouping of the units with that position blank
    def _start_epoch(self, words: list[np.ndarray], codes: np.ndarray, weight: np.ndarray) -> None:
        self.u_words, self.u_codes, self.weight = words, codes, weight
        self.u_moved = np.zeros(len(weight), bool)
        self.u_bits = np.zeros(len(weight), np.int64)
        self.u_final = [word.copy() for word in words]
        self.projections: dict[int, _Grouping] = {}
        # The safe classes so far (a key may repeat: sizes add up). The epoch's
        # groupings take them in once, and hear of later additions from apply().
        self.safe_words = [[np.concatenate(chunks)] for chunks in self.safe_words]
        self.safe_sizes = [np.concatenate(self.safe_sizes)]
        self.safe_index: tuple[KeyIndex, np.ndarray] | None = None

    def _projection(self, j: int) -> _Grouping:
        """The units grouped by their key with position j blank, and each group's safe size.

        Groups are numbered by a representative: a unit, or (when safe classes are
        fewer than units, and are indexed along with them) a safe class.
        """
        if j not in self.projections:
            word, radix = self.layout[j]
            projected = list(self.u_words)
            projected[word] = projected[word] - self.u_codes[j] * radix
            units, safe_sizes = len(self.weight), self.safe_sizes[0]
            if len(safe_sizes) <= units:
                # Only safe classes blank at j can share a key with these groups.
                safe_words = [chunks[0] for chunks in self.safe_words]
                here = (safe_words[word] // radix) % self.sizes[j] == 0
                safe_words, safe_sizes = [w[here] for w in safe_words], safe_sizes[here]
                if len(safe_sizes):
                    index = KeyIndex([np.concatenate(p) for p in zip(projected, safe_words)])
                else:  # no safe class can share a key: the units alone
                    index = KeyIndex(projected)
                safe_size = np.bincount(
                    index.owner[units:], weights=safe_sizes, minlength=len(index.owner)
                )
            else:
                index = KeyIndex(projected)
                safe_index, total = self._safe_index()
                found = safe_index.find(projected)
                safe_size = np.where(found >= 0, total[found], 0.0)
            self.projections[j] = _Grouping(index, self.weight, safe_size, self.k)
        return self.projections[j]

    def _safe_index(self) -> tuple[KeyIndex, np.ndarray]:
        """The safe classes at the start of the epoch, by key (built once per epoch)."""
        if self.safe_index is None:
            index = KeyIndex([chunks[0] for chunks in self.safe_words])
            total = np.bincount(index.owner, weights=self.safe_sizes[0], minlength=len(index.owner))
            self.safe_index = (index, total)
        return self.safe_index

    def _add_safe(self, j: int, words: list[np.ndarray], sizes: np.ndarray) -> None:
        """Count safe classes in the groups of projection j that they match."""
        index = self.projections[j].index
        word, radix = self.layout[j]
        blank_here = (words[word] // radix) % self.sizes[j] == 0  # only these can match
        if not blank_here.all():
            words, sizes = [w[blank_here] for w in words], sizes[blank_here]
        if not len(sizes):
            return
        found = index.find(words)
        hit = found >= 0
        if hit.any():
            self.projections[j].add_safe(found[hit], sizes[hit])

    def _cached(self, kind: str, j: int, compute: Callable[[int], Any]) -> Any:
        version, value = self.cache.get((kind, j), (-1, None))
        if version != self.version:
            value = compute(j)
            self.cache[kind, j] = (self.version, value)
        return value

    def trial(self, j: int) -> _Trial:
        """Records rescued by blanking j in every unit at risk, and the classes reached."""
        return self._cached("trial", j, self._trial)  # type: ignore[no-any-return]

    def variety(self, j: int) -> int:
        """How many distinct values position j still shows among the records at risk."""
        return self._cached("variety", j, self._variety)  # type: ignore[no-any-return]

    def _trial(self, j: int) -> _Trial:
        grouping = self._projection(j)
        groups = grouping.reached()
        sizes = grouping.joined[groups]
        return _Trial(j, int(sizes.sum()), groups, sizes)

    def _variety(self, j: int) -> int:
        present = np.bincount(self.u_codes[j], weights=self.weight)
        return int(np.count_nonzero(present[1:]))

    def alive(self) -> bool:
        return bool(self.weight.any())

    def apply(self, trial: _Trial) -> None:
        """Rescued units join the classes they reach, which become (or stay) safe."""
        j, groups, new_sizes = trial.position, trial.groups, trial.sizes
        grouping = self.projections[j]
        reached = np.zeros(len(grouping.joined), bool)
        reached[groups] = True
        moving = np.flatnonzero(reached[grouping.owner] & (self.weight > 0))
        word, radix = self.layout[j]
        codes = self.u_codes[j][moving]
        self.spent[j] += float(self.weight[moving][codes != 0].sum())
        self.u_moved[moving] = True
        self.u_bits[moving[codes != 0]] = 1 << j
        self.u_final[word][moving] -= codes * radix
        new_words = [w[groups] for w in grouping.index.words]
        left = self.weight[moving]
        self.weight[moving] = 0.0
        for each in self.projections.values():
            each.leave(moving, left, self.weight)
        for chunks, w in zip(self.safe_words, new_words):
            chunks.append(w)
        self.safe_sizes.append(new_sizes)
        for position in self.projections:
            self._add_safe(position, new_words, new_sizes)
        self.version += 1

    def _end_epoch(self) -> None:
        """Hand what the epoch's units did down to their origins."""
        moved = self.u_moved[self.live_unit]
        live, unit = self.live[moved], self.live_unit[moved]
        self.o_bits[live] |= self.u_bits[unit]
        for final, u_final in zip(self.o_final, self.u_final):
            final[live] = u_final[unit]
        self.o_alive[live] = False
        self.live, self.live_unit = self.live[~moved], self.live_unit[~moved]

    def coarsen(self, j: int) -> None:
        """Nobody can be rescued: blank j in every unit at risk; units that now agree merge."""
        self._end_epoch()
        self.version += 1
        blanked = self.u_codes[j][self.live_unit] != 0
        self.spent[j] += float(self.weight[self.u_codes[j] != 0].sum())
        self.o_bits[self.live[blanked]] |= 1 << j
        keep = np.flatnonzero(self.weight > 0)
        word, radix = self.layout[j]
        words = [w[keep] for w in self.u_words]
        words[word] = words[word] - self.u_codes[j][keep] * radix
        owner = KeyIndex(words).owner
        units = np.flatnonzero(owner == np.arange(len(owner)))
        codes = self.u_codes[:, keep[units]]  # one gather of the survivors' codes
        codes[j] = 0
        number = np.zeros(len(owner), np.int64)
        number[units] = np.arange(len(units))
        weight = np.bincount(number[owner], weights=self.weight[keep], minlength=len(units))
        renumber = np.full(len(self.weight), -1, np.int64)
        renumber[keep] = number[owner]
        self.live_unit = renumber[self.live_unit]
        self._start_epoch([w[units] for w in words], codes, weight)

    def run(self, progress: Progress | None) -> None:
        while self.alive():
            report(progress, 0, 0, "Suppressing values")
            trials = [self._capped(self.trial(j)) for j in range(self.positions)]
            rescued = [trial.rescued for trial in trials]
            tied = {r for r in rescued if rescued.count(r) > 1}
            rank = [(r, self.variety(j) if r in tied else 0) for j, r in enumerate(rescued)]
            order = sorted(range(self.positions), key=rank.__getitem__, reverse=True)
            if not rescued[order[0]]:
                # Within their limits nobody can be rescued: the limits give way.
                trials = [self.trial(j) for j in range(self.positions)]
                rescued = [trial.rescued for trial in trials]
                order = sorted(range(self.positions), key=rescued.__getitem__, reverse=True)
            if rescued[order[0]]:
                # The best first; then the others in the order of their gain, each
                # recomputed against what the previous one left (one round, fewer passes).
                self.apply(trials[order[0]])
                for j in order[1:]:
                    if not rescued[j] or not self.alive():
                        break
                    trial = self._capped(self.trial(j))
                    if trial.rescued:
                        self.apply(trial)
                continue
            position = max(
                range(self.positions), key=lambda j: (self._within(j, 0) and self.variety(j) > 0,
                                                      self.variety(j))
            )  # fmt: skip
            if not self.variety(position):
                break  # every value of every record at risk is already blank
            self.coarsen(position)

    def _capped(self, trial: _Trial) -> _Trial:
        """The trial cut to the classes that fit within its position's limit, largest first."""
        room = self.limit[trial.position] - self.spent[trial.position]
        if trial.rescued <= room:
            return trial
        if room < 1:
            return _Trial(trial.position, 0, trial.groups[:0], trial.sizes[:0])
        order = np.argsort(-trial.sizes, kind="stable")
        fits = order[np.cumsum(trial.sizes[order]) <= room]
        fits.sort()
        sizes = trial.sizes[fits]
        return _Trial(trial.position, int(sizes.sum()), trial.groups[fits], sizes)

    def _within(self, j: int, more: float) -> bool:
        """Whether blanking ``more`` values of position j keeps it within its limit."""
        return self.spent[j] + more <= self.limit[j]

    def result(self) -> tuple[tuple[int, ...], tuple[int, ...], np.ndarray, tuple[np.ndarray, ...]]:
        """Values blanked per position, records left out, final class ids, blanked masks."""
        self._end_epoch()
        self.version += 1
        for final, u_words in zip(self.o_final, self.u_words):
            final[self.live] = u_words[self.live_unit]
        at_risk = np.flatnonzero(self.origin_of >= 0)
        origin = self.origin_of[at_risk]
        bits = np.zeros(len(self.owner), np.int64)
        bits[at_risk] = self.o_bits[origin]
        final_words = [word.copy() for word in self.words]
        for word, o_final in zip(final_words, self.o_final):
            word[at_risk] = o_final[origin]
        if self.positions <= 8:  # one unpacking for all positions
            unpacked = np.unpackbits(bits.astype(np.uint8)[:, None], axis=1, bitorder="little")
            blanked = tuple(unpacked[:, j].view(bool) for j in range(self.positions))
        else:
            blanked = tuple((bits >> j) & 1 == 1 for j in range(self.positions))
        removed = at_risk[self.o_alive[origin]]
        return (
            tuple(int(np.count_nonzero(mask)) for mask in blanked),
            tuple(removed.tolist()),
            KeyIndex(final_words).owner,
            blanked,
        )
