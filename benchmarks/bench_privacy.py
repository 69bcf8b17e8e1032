"""Benchmark: the whole disclosure-control pass against pandas groupby().size().

The pass (global recoding, equivalence classes, k, l, local suppression to k,
l-diversity blanking, the published columns and the report) over 100,000
synthetic records with 8 quasi-identifiers and one sensitive attribute, divided
by the time pandas takes for ``groupby(<the 8 columns>).size()`` over the same
data, measured in the same run. The aim is at most 3x.
Run: ``python3 benchmarks/bench_privacy.py``.

What is timed on each side (like with like):
- the aim's ratio: pandas runs on a built DataFrame; Lintas runs
  ``anonymise_columns`` on that same DataFrame's columns (``to_numpy()``: int64
  arrays for ages and years, object arrays of str for codes). Neither side reads
  the records; both must still code the object columns themselves.
- for reference, Lintas from plain Python lists of the same values (it then
  also codes the integer columns value by value), against the same groupby;
- end to end: ``anonymise(records)`` (reads the 9 columns out of the record
  dicts) against ``DataFrame.from_records(records)`` + the groupby.
Interleaved, best of N: the machine is shared, so each side gets the same chances.
Both sides run with glibc's malloc tuned as the ``lintas`` command tunes it
(``lintas.allocator``).
"""

from __future__ import annotations

import argparse
import random
import time

import pandas as pd
from results import report as report_ratio

from lintas.allocator import keep_freed_memory
from lintas.privacy.anonymise import anonymise, anonymise_columns
from lintas.privacy.policy import DisclosurePolicy

QUASI = (
    "sex",
    "age_years",
    "citizenship",
    "destination_country",
    "site_type",
    "education",
    "occupation",
    "year_of_departure",
)
COUNTRIES = ["MMR", "KHM", "LAO", "VNM", "IDN", "PHL", "THA", "MYS", "SGP", "CHN", "IND", "BGD"]


def synthetic_records(count: int, seed: int = 7) -> list[dict[str, object]]:
    """Records skewed the way real corridors are (a few big flows, long tails)."""
    rng = random.Random(seed)
    weights = [30, 20, 12, 10, 8, 6, 4, 4, 2, 2, 1, 1]
    records = []
    for _ in range(count):
        records.append(
            {
                "sex": rng.choice("FFMMM") if rng.random() > 0.01 else "not_stated",
                "age_years": min(80, max(14, int(rng.gauss(32, 10)))),
                "citizenship": rng.choices(COUNTRIES, weights)[0],
                "destination_country": rng.choices(COUNTRIES[::-1], weights)[0],
                "site_type": rng.choice(["border", "recruitment", "predeparture", "return"]),
                "education": rng.choices(range(9), [5, 20, 25, 25, 10, 8, 5, 1, 1])[0],
                "occupation": f"{rng.choices(range(10), [1, 1, 2, 3, 4, 8, 10, 12, 14, 45])[0]}"
                f"{rng.randint(1, 3)}{rng.randint(1, 4)}{rng.randint(1, 5)}",
                "year_of_departure": rng.randint(2015, 2026),
                "documents_withheld": rng.choice(["yes", "no", "no", "no"]),
            }
        )
    return records


RECODING = {
    "age_years": "age_5y",
    "citizenship": "asean_or_other",
    "destination_country": "asean_or_other",
    "education": "isced_aggregate",
    "occupation": "isco_major",
}
SCENARIOS = {
    # The brief's case: public file with a trafficking indicator, so k = 11 and l = 2.
    # Synthetic data with 8 quasi-identifiers is sparse: ~99% of records start at risk.
    "public + sensitive (k=11, l=2)": DisclosurePolicy(
        "public", QUASI, ("documents_withheld",), RECODING
    ),
    "restricted (k=3)": DisclosurePolicy("restricted", QUASI, (), RECODING),
    # Classes, k, l, risk and recoding only: nothing to suppress at the internal level.
    "measures only (internal)": DisclosurePolicy(
        "internal", QUASI, ("documents_withheld",), RECODING
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    # As the lintas command does at start-up; pandas runs under the same setting.
    # Without it, glibc's moving mmap threshold left about one process in four
    # ~25% slower on this pass (lintas/allocator.py).
    tuned = keep_freed_memory()
    records = synthetic_records(args.records)
    names = [*QUASI, "documents_withheld"]
    lists = {name: [record[name] for record in records] for name in names}
    frame = pd.DataFrame(lists)
    arrays = {name: frame[name].to_numpy() for name in names}
    timed = {
        "groupby": lambda: frame.groupby(list(QUASI)).size(),
        "from_records+groupby": lambda: (
            pd.DataFrame.from_records(records).groupby(list(QUASI)).size()
        ),
    }
    for name, policy in SCENARIOS.items():
        timed[name] = lambda policy=policy: anonymise_columns(arrays, policy)
        timed[name + " (lists)"] = lambda policy=policy: anonymise_columns(lists, policy)
        timed[name + " (records)"] = lambda policy=policy: anonymise(records, policy)
    best = dict.fromkeys(timed, float("inf"))
    for _ in range(args.repeat):
        for name, run in timed.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    baseline, end_to_end = best["groupby"], best["from_records+groupby"]
    print(
        f"records: {args.records:,}, quasi-identifiers: {len(QUASI)}, best of {args.repeat}, "
        f"malloc keeps freed memory: {tuned}"
    )
    print(f"pandas groupby().size() on a built DataFrame: {baseline * 1000:7.1f} ms")
    print(f"pandas from_records + groupby().size():       {end_to_end * 1000:7.1f} ms")
    print(f"{'':32s} {'DataFrame columns':>20s} {'Python lists':>20s} {'records':>20s}")
    for name, policy in SCENARIOS.items():
        report = anonymise(records, policy).report
        suppressed = sum(count for _, count in report.values_suppressed)
        ours, lists_time = best[name], best[name + " (lists)"]
        report_ratio("privacy", f"{name}, {args.records:,} records", ours, baseline,
               baseline_name="pandas groupby().size()", at_most=3)  # fmt: skip
        from_records = best[name + " (records)"]
        print(
            f"{name:32s} {ours * 1000:7.1f} ms ({ours / baseline:4.1f}x)"
            f" {lists_time * 1000:7.1f} ms ({lists_time / baseline:4.1f}x)"
            f" {from_records * 1000:7.1f} ms ({from_records / end_to_end:4.1f}x)"
        )
        print(
            f"{'':32s} at risk before: {report.records_at_risk_before:,}, values suppressed: "
            f"{suppressed:,}, records removed: {report.records_removed}, "
            f"k reached: {report.k_reached}, l: {report.l_reached}"
        )
    print("aim: the full pass on the DataFrame's columns at most 3x the groupby")


if __name__ == "__main__":
    main()
