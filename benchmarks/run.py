"""Run every Lintas benchmark and print one table.

The table gives each ratio against its baseline first (the aim beside it and whether
it is met), then the absolute figures behind each ratio, then the machine it ran on.
Every ratio is measured within one run of one benchmark, so a busy machine slows
both sides alike; the absolute figures are for context only.

    python3 benchmarks/run.py            # the full sizes (tens of minutes)
    python3 benchmarks/run.py --quick    # small sizes, under two minutes: a smoke check
    python3 benchmarks/run.py --only vault privacy

Each benchmark runs in its own process (a fresh heap, and Qt for the desktop one).
Ctrl+C stops the benchmark that is running and prints the table of what finished.
The figures are for people: nothing here asserts, and a missed aim exits 0.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from results import RESULTS_ENV  # noqa: E402


@dataclass(frozen=True)
class Benchmark:
    name: str
    script: str
    full: tuple[str, ...] = ()
    quick: tuple[str, ...] = ()


BENCHMARKS = (
    # Quick sizes keep each ratio's two sides measured alike; they are smaller than the
    # aims' own sizes, so the quick figures are a smoke check (README says so).
    Benchmark("form_load", "bench_form_load.py", quick=("--rounds", "1")),
    Benchmark("form_incremental", "bench_form_incremental.py"),
    Benchmark("repeats", "bench_repeat_instances.py", quick=("--largest", "20000")),
    Benchmark(
        "vault", "bench_vault.py", quick=("--bulk", "5000", "--saves", "20", "--rounds", "1")
    ),
    Benchmark("privacy", "bench_privacy.py", quick=("--records", "20000", "--repeat", "3")),
    Benchmark(
        "export", "bench_export.py", quick=("--small", "500", "--records", "2000", "--rounds", "1")
    ),
    Benchmark("exchange", "bench_exchange.py", quick=("--records", "1000")),
    Benchmark("desktop", "bench_gui.py", quick=("--sizes", "200", "2000")),
)


def run_one(bench: Benchmark, quick: bool, results: Path, log: Path) -> tuple[str, float]:
    """Run one benchmark; its output goes to ``log``. Returns (outcome, seconds)."""
    env = dict(os.environ, **{RESULTS_ENV: str(results), "QT_QPA_PLATFORM": "offscreen"})
    # The checkout's own code, when run from one; an installed lintas otherwise.
    src = HERE.parent / "src"
    if src.is_dir():
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    args = [sys.executable, str(HERE / bench.script), *(bench.quick if quick else bench.full)]
    started = time.perf_counter()
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n===== {bench.name}: {' '.join(args[1:])}\n")
        out.flush()
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            code = process.wait()
        except KeyboardInterrupt:
            process.terminate()
            process.wait()
            raise
    took = time.perf_counter() - started
    return ("ok" if code == 0 else f"failed (exit {code})"), took


def aim_text(row: dict) -> str:
    if row.get("at_most") is not None:
        return f"<= {row['at_most']:g}"
    if row.get("at_least") is not None:
        return f">= {row['at_least']:g}"
    return "-"


def met(row: dict) -> str:
    ratio = row["ratio"]
    if row.get("at_most") is not None:
        return "yes" if ratio <= row["at_most"] else "NO"
    if row.get("at_least") is not None:
        return "yes" if ratio >= row["at_least"] else "NO"
    return "-"


def figure(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:,.1f} {unit}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]  # fmt: skip
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    return "\n".join(lines)


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages * size / 2**30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = " (load average at the end: {:.1f} {:.1f} {:.1f})".format(*os.getloadavg())
    return [
        f"machine: {cpu}, {os.cpu_count()} logical cores{memory}{load}",
        f"system: {platform.platform()}; Python {platform.python_version()}",
        f"measured: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
    ]


def report(rows: list[dict], outcomes: dict[str, tuple[str, float]], quick: bool) -> str:
    ratio_rows = [
        [r["benchmark"], r["measure"], f"{r['ratio']:.2f}x", aim_text(r), met(r)] for r in rows
    ]
    figure_rows = [
        [r["benchmark"], r["measure"], figure(r["ours"], r["unit"]),
         f"{figure(r['baseline'], r['unit'])} ({r['baseline_name']})"]
        for r in rows
    ]  # fmt: skip
    run_rows = [[name, outcome, f"{took:.0f} s"] for name, (outcome, took) in outcomes.items()]
    parts = [
        "Lintas benchmarks "
        + ("(quick sizes: a smoke check, not the figures)" if quick else "(full sizes)"),
        "",
        "Ratios (ours / baseline, measured in the same run)",
        table(["benchmark", "measure", "ratio", "aim", "met"], ratio_rows),
        "",
        "Absolute figures",
        table(["benchmark", "measure", "ours", "baseline"], figure_rows),
        "",
        "Runs",
        table(["benchmark", "outcome", "took"], run_rows),
        "",
        *machine(),
    ]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (under two minutes)")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        choices=[b.name for b in BENCHMARKS], help="run only these")  # fmt: skip
    parser.add_argument("--log", type=Path, help="keep every benchmark's own output here")
    options = parser.parse_args(argv)
    chosen = [b for b in BENCHMARKS if not options.only or b.name in options.only]
    outcomes: dict[str, tuple[str, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        results = Path(scratch) / "results.jsonl"
        results.touch()
        log = options.log or Path(scratch) / "output.log"
        try:
            for number, bench in enumerate(chosen, 1):
                print(f"[{number}/{len(chosen)}] {bench.name} ...", file=sys.stderr, flush=True)
                outcomes[bench.name] = run_one(bench, options.quick, results, log)
                print(f"      {outcomes[bench.name][0]} in {outcomes[bench.name][1]:.0f} s",
                      file=sys.stderr, flush=True)  # fmt: skip
        except KeyboardInterrupt:
            print("stopped: the table holds the benchmarks that finished", file=sys.stderr)
        rows = [json.loads(line) for line in results.read_text().splitlines() if line.strip()]
        failed = [name for name, (outcome, _) in outcomes.items() if outcome != "ok"]
        if failed and not options.log:
            print(log.read_text(), file=sys.stderr)
    print(report(rows, outcomes, options.quick))
    # A missed aim is a figure, not a failure; a benchmark that crashed is one.
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
