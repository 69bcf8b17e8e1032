"""Benchmark: every export format of the same vault, time and peak RSS in fresh processes.

The 60-question form of bench_export.py, N submissions. For each of xlsx, xlsx with a
password (in-memory spool + agile encryption), sav, dta and csv: the whole export's wall
time and the exporting process's peak RSS, at two sizes, so that the memory cost of
pyreadstat's whole-frame write (sav, dta) and of the encrypted spool shows against the
streaming formats. Printed, not asserted (benchmarks/README).
Run: ``LINTAS_TEST_WEAK_KDF=1 python3 benchmarks/bench_export_formats.py [--records 10000 20000]
[--formats sav dta] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_export import reuse_or_build

FORMATS = ("xlsx", "xlsx+password", "sav", "dta", "csv")
CHILD = """
import resource, sys, time
from pathlib import Path
from lintas.export.run import export
from lintas.export.workbook import ExportOptions
from lintas.vault import Vault
path, out, kind = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
start = time.perf_counter()
with Vault.open(path, user="sup", passphrase="bench passphrase") as vault:
    export(vault, out, ExportOptions(), file_format=kind.split("+")[0],
           password="bench password" if "password" in kind else None)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run_once(vault: Path, folder: Path, kind: str) -> tuple[float, float, int]:
    suffix = ".xlsx" if kind.startswith("xlsx") else ".zip"
    out = folder / f"out-{kind.replace('+', '-')}{suffix}"
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault), str(out), kind],
                          capture_output=True, text=True, check=True)  # fmt: skip
    seconds, rss_kib = done.stdout.split()[-2:]
    return float(seconds), int(rss_kib) / 1024, out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=FORMATS)
    parser.add_argument("--keep", type=Path, help="build the vaults here, or reuse them")
    args = parser.parse_args()
    kinds = args.formats
    results: dict[int, dict[str, tuple[float, float, int]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for count in args.records:
            folder = Path(scratch) / str(count)
            folder.mkdir(parents=True)
            vault = reuse_or_build((args.keep or Path(scratch)) / f"bench{count}", count)
            results[count] = {kind: run_once(vault, folder, kind) for kind in kinds}
    print(f"{'format':<15}" + "".join(f"{n:>12,} s  {'MiB':>7}  {'file MiB':>8}" for n in results))
    for kind in kinds:
        cells = "".join(
            f"{results[n][kind][0]:>14.1f}  {results[n][kind][1]:>7.0f}  "
            f"{results[n][kind][2] / 2**20:>8.1f}"
            for n in results
        )
        print(f"{kind:<15}{cells}")
    if len(results) >= 2:
        small, large = sorted(results)[0], sorted(results)[-1]
        for kind in kinds:
            ratio = results[large][kind][1] / results[small][kind][1]
            print(f"peak RSS {kind} at {large:,} / {small:,}: {ratio:.2f}x")


if __name__ == "__main__":
    main()
