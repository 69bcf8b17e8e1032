"""Benchmark: loading, serialising and validating a response is linear in its repeat instances.

A saved response with n instances of one repeat (a text question each, a
question after the repeat) is loaded with Response.from_json, written back with
to_json and validated, for n = 10k, 20k, 40k, 80k (the form raises its
max_repeat_instances to 100,000). Each doubling of n should about double the
time: the ratios printed should stay near 2 (quadratic would be 4). On main
before issue 15 they were 2.9 and 3.7 (10k: 3.3 s, 20k: 9.5 s, 40k: 35 s).
Run: PYTHONPATH=src python3 benchmarks/bench_repeat_instances.py
"""

from __future__ import annotations

import argparse
import time

from results import report

from lintas.form import Response, load

FORM = b"""
| survey |
| | type | name | label |
| | begin repeat | trip | Trips |
| | text | note | Note |
| | end repeat | | |
| | text | after | After |
| settings |
| | form_id | max_repeat_instances |
| | bench_repeats | 100000 |
"""
SIZES = (10_000, 20_000, 40_000, 80_000)


def seconds_for(form, count: int) -> float:
    data = {"trip": [{"note": f"n{i}"} for i in range(count)], "after": "x"}
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        response = Response.from_json(form, data)
        response.to_json()
        response.validate()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--largest", type=int, default=SIZES[-1], help="stop at this many")
    largest = parser.parse_args().largest
    form = load(FORM, filename="bench_repeats.md")
    previous = None
    for count in (size for size in SIZES if size <= largest):
        took = seconds_for(form, count)
        ratio = (
            f"{took / previous:4.2f}x the previous (2 is linear, 4 quadratic)" if previous else ""
        )
        print(f"{count:>7,} instances: {took:6.2f} s  {ratio}")
        if previous:
            report("repeats", f"{count // 2:,} -> {count:,} instances", took, previous,
                   baseline_name=f"{count // 2:,} instances", at_most=2.5)  # fmt: skip
        previous = took


if __name__ == "__main__":
    main()
