"""Benchmark: loading an XLSForm with Lintas against pyxform's own convert().

Prints absolute times and the ratio ours / pyxform for the largest corpus form
(all of our stages: reading, pyxform's sheet checks, building the model and
checking every expression, and since issue 9 the engine's dependency graph too:
that form has geo questions and device metadata, which Lintas refused before, so
it used to be timed through ``check()``; now it loads), and for the corpus form
with the most questions (``load()``). Aim: ratio <= 1.5.
Run: python3 benchmarks/bench_form_load.py [--rounds 5]  (run.py --quick passes --rounds 1)
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
import warnings
from pathlib import Path

from pyxform.xls2xform import convert
from results import report

from lintas.form import FormLoadError, check, load

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "xlsforms"
ROUNDS = 5
# pyxform's time per form, measured once: the two largest-form comparisons share it
# (pyxform's convert() takes seconds there, and it was timed twice in the same run).
_PYXFORM: dict[Path, float] = {}


def best_of(action, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def compare(label: str, path: Path, ours, rounds: int = ROUNDS) -> float:
    data = path.read_bytes()
    ours(data)  # warm imports and caches for both sides alike
    if path not in _PYXFORM:
        convert(data)
        _PYXFORM[path] = best_of(lambda: convert(data), rounds)
    pyxform_time = _PYXFORM[path]
    our_time = best_of(lambda: ours(data), rounds)
    ratio = report("form load", label, our_time, pyxform_time,
                   baseline_name="pyxform convert()", at_most=1.5)  # fmt: skip
    print(f"{label}: {path.name} ({len(data) / 1024:.0f} KiB)")
    print(f"  pyxform convert(): {pyxform_time * 1000:8.1f} ms (best of {rounds})")
    print(f"  lintas           : {our_time * 1000:8.1f} ms (best of {rounds})")
    print(f"  ratio lintas/pyxform: {ratio:.2f} (aim <= 1.5)")
    return ratio


def question_count(path: Path) -> int:
    with open(CORPUS / "EXPECTED.tsv", encoding="utf-8") as handle:
        rows = {r["file"]: r for r in csv.DictReader(handle, delimiter="\t")}
    return int(rows.get(path.name, {}).get("n_questions") or 0)


def loads(path: Path) -> bool:
    try:
        load(path)
    except FormLoadError:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="best of this many runs")
    rounds = parser.parse_args().rounds
    warnings.simplefilter("ignore")
    forms = sorted(CORPUS.glob("*.xls*"), key=lambda p: p.stat().st_size, reverse=True)
    largest = forms[0]
    by_questions = sorted(forms, key=question_count, reverse=True)
    largest_loaded = next(p for p in by_questions if loads(p))
    ratios = [
        compare("Largest corpus form, formerly refused (load)", largest, load, rounds),
        compare("Largest corpus form, every stage (check)", largest, check, rounds),
        compare("Most questions among forms that load (load)", largest_loaded, load, rounds),
    ]
    print(f"worst ratio: {max(ratios):.2f}; median {statistics.median(ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
