"""benchmarks/run.py gathers the ratios every benchmark reports into one table.

Only the cheapest benchmark runs here: the figures are for people, never asserted.
What is checked is the runner itself: the ratio row with its aim and verdict, the
absolute figures behind it, and the machine line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), *args], check=False,
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


def test_one_benchmark_gives_a_ratio_row_figures_and_the_machine() -> None:
    done = run("--quick", "--only", "form_incremental")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    ratio_rows = [line for line in lines if line.startswith("| form engine ")]
    # Two measures (the synthetic form, and since issue 9 the largest corpus form),
    # each once in the ratio table and once in the absolute figures.
    assert len(ratio_rows) == 4, done.stdout
    assert "largest corpus form" in ratio_rows[1] and "largest corpus form" in ratio_rows[3]
    cells = [cell.strip() for cell in ratio_rows[0].strip("|").split("|")]
    assert cells[1] == "one answer change / whole-form re-evaluation"
    assert cells[2].endswith("x") and float(cells[2][:-1]) >= 0
    assert cells[3] == "<= 0.05"
    assert cells[4] in {"yes", "NO"}
    assert "whole-form re-evaluation" in ratio_rows[2] and " ms" in ratio_rows[2]
    assert any(line.startswith("machine: ") and "logical cores" in line for line in lines)
    assert "[1/1] form_incremental" in done.stderr


def test_a_crashing_benchmark_fails_the_run_and_shows_its_output(tmp_path: Path) -> None:
    # A benchmark that cannot start (an unknown option) is a failure, not a missing row.
    log = tmp_path / "bench.log"
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys; sys.path.insert(0, 'benchmarks'); import run;"
         "run.BENCHMARKS = (run.Benchmark('broken', 'bench_repeat_instances.py',"
         " quick=('--no-such-option',)),);"
         f"sys.exit(run.main(['--quick', '--log', {str(log)!r}]))"],
        check=False, capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 1
    assert "| broken " in done.stdout and "failed (exit 2)" in done.stdout
    assert "--no-such-option" in log.read_text()
