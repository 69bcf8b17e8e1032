"""One way for every benchmark to hand its ratios to ``benchmarks/run.py``.

A benchmark prints its own figures for people, and also calls :func:`report` for each
ratio it measures. When ``run.py`` starts it, the environment names a file; each
report is one JSON line appended there, and ``run.py`` builds its single table from
those lines. Run by hand, the environment names no file and nothing is written.
"""

from __future__ import annotations

import json
import os

RESULTS_ENV = "LINTAS_BENCH_RESULTS"


def report(
    benchmark: str,
    measure: str,
    ours: float,
    baseline: float,
    *,
    baseline_name: str,
    at_most: float | None = None,
    at_least: float | None = None,
    unit: str = "s",
) -> float:
    """Record ``ours / baseline`` with its aim; returns the ratio.

    ``ours`` and ``baseline`` are absolute figures in ``unit`` (seconds unless told),
    both measured in the same run, so that a noisy machine moves both alike.
    """
    ratio = ours / baseline if baseline else float("inf")
    path = os.environ.get(RESULTS_ENV)
    if path:
        line = {
            "benchmark": benchmark,
            "measure": measure,
            "ratio": ratio,
            "ours": ours,
            "baseline": baseline,
            "baseline_name": baseline_name,
            "unit": unit,
            "at_most": at_most,
            "at_least": at_least,
        }
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")
    return ratio
