"""Benchmark: the whole workbook export against bare openpyxl and xlsxwriter.

A 60-question form (integers, decimals, dates, select_one, select_multiple, text), N
submissions in a real vault. Timed in the same run, best of --rounds, interleaved:
- Lintas: ``export_workbook`` (reads the vault, types, checksums, codebook, atomic write);
- openpyxl write-only writing the same data sheet's cell values from a list in memory
  (no vault, no formatting): the aim is Lintas / openpyxl <= 1.3;
- xlsxwriter ``constant_memory`` writing the same cells (what KoboToolbox's exporter uses).
Then peak RSS of an export in a fresh process at 10k and at N records (aim: <= 1.5x).
Run: ``LINTAS_TEST_WEAK_KDF=1 python3 benchmarks/bench_export.py [--records 100000]
[--keep DIR]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from pathlib import Path

from results import report

QUESTIONS = 60
KINDS = ("integer", "decimal", "date", "select_one c", "select_multiple c", "text")


def form_markdown() -> str:
    rows = [f"|        | {KINDS[i % len(KINDS)]} | q{i} | Question {i} |" for i in range(QUESTIONS)]
    choices = [f"|         | c | {name} | {name.title()} |" for name in ("a", "b", "c", "d")]
    return "\n".join([
        "| survey |", "|        | type | name | label |", *rows,
        "| choices |", "|         | list_name | name | label |", *choices,
        "| settings |", "|          | form_id | version |", "|          | bench | 1 |",
    ])  # fmt: skip


def answers(rng: random.Random) -> dict[str, object]:
    data: dict[str, object] = {}
    for i in range(QUESTIONS):
        kind = KINDS[i % len(KINDS)]
        if kind == "integer":
            data[f"q{i}"] = rng.randint(0, 90)
        elif kind == "decimal":
            data[f"q{i}"] = round(rng.uniform(0, 1000), 2)
        elif kind == "date":
            data[f"q{i}"] = (
                dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 1500))
            ).isoformat()
        elif kind.startswith("select_one"):
            data[f"q{i}"] = rng.choice("abcd")
        elif kind.startswith("select_multiple"):
            data[f"q{i}"] = sorted(rng.sample("abcd", rng.randint(1, 3)))
        else:
            data[f"q{i}"] = rng.choice(["Mae Sot", "0812345", "farm work", "none"])
    return data


def build_vault(folder: Path, count: int) -> Path:
    from lintas.vault import KdfParams, Submission, Vault

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "vault"
    vault, _ = Vault.create(path, office="Bench", user="sup", passphrase="bench passphrase",
                            kdf=KdfParams(memory_kib=256, iterations=1, lanes=1))  # fmt: skip
    with vault:
        vault.install_form(form_markdown().encode(), filename="bench.md")
        rng = random.Random(7)
        pool = [answers(rng) for _ in range(200)]
        stamp = "2024-05-01T10:00:00.000000Z"
        records = (
            Submission(str(uuid_module.UUID(int=rng.getrandbits(128), version=4)), "bench", "1",
                       "final", 1, stamp, stamp, "sup", "sup", "Bench", "", pool[i % len(pool)])
            for i in range(count)
        )  # fmt: skip
        vault.import_submissions(records, source="benchmark")
    return path


def reuse_or_build(folder: Path, count: int) -> Path:
    """A vault of ``count`` records in ``folder``, built once (100,000 take minutes)."""
    path = folder / "vault"
    return path if path.exists() else build_vault(folder, count)


def export_once(path: Path, out: Path) -> float:
    from lintas.export.workbook import ExportOptions, export_workbook
    from lintas.vault import Vault

    start = time.perf_counter()
    with Vault.open(path, user="sup", passphrase="bench passphrase") as vault:
        export_workbook(vault, out, ExportOptions())
    return time.perf_counter() - start


def same_cells(path: Path) -> list[list[object]]:
    """The data sheet's values as Lintas writes them, read back (outside the timing)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(row) for row in book["data"].iter_rows(values_only=True)]
    book.close()
    return rows


def bare_openpyxl(rows: list[list[object]], out: Path) -> float:
    from openpyxl import Workbook

    start = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("data")
    for row in rows:
        sheet.append(row)
    book.save(out)
    return time.perf_counter() - start


def bare_xlsxwriter(rows: list[list[object]], out: Path) -> float:
    import xlsxwriter

    start = time.perf_counter()
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    sheet = book.add_worksheet("data")
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.datetime | dt.date):
                sheet.write_datetime(r, c, value, dates)
            elif value is not None:
                sheet.write(r, c, value)
    book.close()
    return time.perf_counter() - start


def peak_rss_mib(path: Path, out: Path) -> float:
    code = (
        "import sys, resource; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "import bench_export as b; b.export_once(Path(sys.argv[2]), Path(sys.argv[3]));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    here = str(Path(__file__).parent)
    done = subprocess.run([sys.executable, "-c", code, here, str(path), str(out)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--small", type=int, default=10_000, help="the memory baseline's size")
    parser.add_argument("--keep", type=Path, help="build the vaults here, or reuse them")
    args = parser.parse_args()
    os.environ.setdefault("LINTAS_TEST_WEAK_KDF", "1")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        kept = args.keep or folder
        small = reuse_or_build(kept / f"bench{args.small}", args.small)
        big = reuse_or_build(kept / f"bench{args.records}", args.records)
        out = folder / "out.xlsx"
        # The peak-memory export (a fresh process) also writes the file whose cells the
        # two baselines write: no separate warm-up export (it was a third of the time).
        rss_big = peak_rss_mib(big, out)
        rows = same_cells(out)
        import lintas.export.workbook  # noqa: F401 - imports are not what is timed
        times: dict[str, list[float]] = {"lintas": [], "openpyxl": [], "xlsxwriter": []}
        for _ in range(args.rounds):
            times["lintas"].append(export_once(big, folder / "a.xlsx"))
            times["openpyxl"].append(bare_openpyxl(rows, folder / "b.xlsx"))
            times["xlsxwriter"].append(bare_xlsxwriter(rows, folder / "c.xlsx"))
        best = {name: min(values) for name, values in times.items()}
        report("export", f"{args.records:,} records, vs openpyxl", best["lintas"],
               best["openpyxl"], baseline_name="bare openpyxl write-only", at_most=1.3)  # fmt: skip
        report("export", f"{args.records:,} records, vs xlsxwriter", best["lintas"],
               best["xlsxwriter"], baseline_name="xlsxwriter constant_memory",
               at_most=1)  # fmt: skip
        print(
            f"{args.records} submissions x {QUESTIONS} questions ({len(rows[0])} columns), "
            f"best of {args.rounds}:"
        )
        for name, seconds in best.items():
            print(f"  {name:10} {seconds:7.2f} s")
        print(
            f"  Lintas / openpyxl write-only   = {best['lintas'] / best['openpyxl']:.2f}x "
            "(aim <= 1.3)"
        )
        print(
            f"  Lintas / xlsxwriter const_mem  = {best['lintas'] / best['xlsxwriter']:.2f}x "
            "(aim < 1)"
        )
        rss_small = peak_rss_mib(small, folder / "s.xlsx")
        print(f"  peak RSS: {args.small:,} {rss_small:.0f} MiB, "
              f"{args.records:,} {rss_big:.0f} MiB, "
              f"ratio {rss_big / rss_small:.2f} (aim <= 1.5)")  # fmt: skip
        report("export", f"peak memory, {args.small:,} -> {args.records:,} records", rss_big,
               rss_small, baseline_name=f"{args.small:,} records", at_most=1.5,
               unit="MiB")  # fmt: skip


if __name__ == "__main__":
    main()
