"""Benchmark: how responsive the desktop app stays (issue 5, "Proof").

1. Keypress -> updated relevance on a long form: a real entry view, offscreen;
   each key is typed with QTest into an integer question that switches the
   relevance of questions all over the form. Reports p50/p95/max in ms, for a
   generated 450-question form and for the standard ASEAN form when shipped.
2. Opening a vault to a populated Records view, for 2,000 and 20,000 records:
   unlock in the main window (Home refreshes first, as in real use), switch to
   Records, stop when rows show. Records load lazily (one page, then more on
   scroll), so the ratio 20,000 / 2,000 should stay under 2.

Run: QT_QPA_PLATFORM=offscreen python3 benchmarks/bench_gui.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Unlock cost is not measured here: allow the fast test KDF below the vault's floor.
os.environ.setdefault("LINTAS_TEST_WEAK_KDF", "1")

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from results import report

from lintas.form import Response, load
from lintas.gui.app import application, build_window
from lintas.gui.entry.view import EntryView
from lintas.gui.synthetic import synthetic_records
from lintas.paths import forms_dir
from lintas.vault import KdfParams, Vault

FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # unlock cost is not measured here
PASSPHRASE = "benchmark passphrase"
SECTIONS, PER_SECTION = 30, 15
KEYS = 200
SIZES = (2_000, 20_000)
ROUNDS = 3


def long_form() -> bytes:
    """A markdown XLSForm: an age that switches relevance in every section."""
    rows = ["| survey |", "| | type | name | label | relevant | constraint | required |"]
    rows.append("| | integer | age | Age | | . >= 0 and . < 120 | yes |")
    for s in range(SECTIONS):
        rows.append(f"| | begin group | s{s} | Section {s} | | | |")
        rows.append(f"| | select_one yn | gate{s} | Gate {s} | | | |")
        for q in range(PER_SECTION - 2):
            relevant = "${age} >= 18" if q % 2 == 0 else f"${{gate{s}}} = 'yes'"
            rows.append(f"| | integer | q{s}_{q} | Question {s}.{q} | {relevant} | . >= 0 | |")
        rows.append("| | end group | | | | | |")
    rows += ["", "| choices |", "| | list_name | name | label |",
             "| | yn | yes | Yes |", "| | yn | no | No |"]  # fmt: skip
    rows += ["", "| settings |", "| | form_id | version |", "| | bench_long | 1 |"]
    return "\n".join(rows).encode()


def keypress_latencies(form, address: str, prerequisites=()) -> list[float]:
    view = EntryView(form, Response(form), form.default_language, autosave_seconds=3600)
    view.resize(1366, 768)
    view.show()
    for name, value in prerequisites:
        view._on_committed(name, value)  # answers that make the measured question relevant
    view.jump_to(address)
    edit = view.fields[address].focus_target()
    if view.fields[address].isHidden():
        raise SystemExit(f"{address} is not relevant: the benchmark would measure nothing.")
    edit.setFocus()
    times = []
    for n in range(KEYS):
        # "1" then "9" makes 19 (adult: questions appear); Backspace leaves 1 (they hide).
        key = (Qt.Key.Key_1, Qt.Key.Key_9, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace)[n % 4]
        start = time.perf_counter()
        QTest.keyClick(edit, key)
        times.append((time.perf_counter() - start) * 1000)
    view.close()
    # Gone for good: a closed view left alive kept its form's widgets and slowed every
    # later unlock in this process about fivefold (54 s instead of 11 s for six opens).
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return times


def report_keys(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"{label}: keypress -> relevance p50 {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms, max {max(times):.1f} ms ({len(times)} keys)")  # fmt: skip


def make_vault(folder: Path, count: int, form_bytes: bytes) -> Path:
    path = folder / f"vault-{count}"
    vault, _key = Vault.create(path, office="Bench", user="boss", passphrase=PASSPHRASE,
                               kdf=FAST_KDF)  # fmt: skip
    with vault:
        installed = vault.install_form(form_bytes, filename="form.xlsx")
        form = vault.form(installed.form_id)
        records = synthetic_records(form, count, users=("a", "b", "c"), office="Bench", days=730)
        vault.import_submissions(list(records), source="benchmark")
    return path


def open_to(path: Path, scratch: Path, page: str) -> float:
    """Seconds from unlocking to ``page`` ("records" or "home") showing its data."""
    prefs = QSettings(str(scratch / "bench.ini"), QSettings.Format.IniFormat)
    window = build_window("en", prefs=prefs, autosave_seconds=3600)
    window.resize(1366, 768)
    window.show()
    app = application()
    start = time.perf_counter()
    window.session.open(path, "boss", PASSPHRASE, on_success=lambda _r: None,
                        on_failure=print)  # fmt: skip
    while not window.session.is_open:
        app.processEvents()
    app.processEvents()  # the opened signal: Home shows and starts its refresh
    if page == "records":
        window.show_page("records")
        while window.records.model.rowCount() == 0:
            app.processEvents()
    else:
        while window.home.stats.total == 0:
            app.processEvents()
    elapsed = time.perf_counter() - start
    window.session.operations.wait()
    window.session.close()
    window.close()
    # Gone for good, so that windows of earlier rounds do not slow later ones.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=SIZES, metavar=("SMALL", "LARGE"))
    sizes = tuple(parser.parse_args().sizes)
    application("en")
    form = load(long_form(), filename="long.md")
    report_keys(f"Generated form ({len(list(form.questions()))} questions)",
                keypress_latencies(form, "age"))  # fmt: skip
    standard = forms_dir() / "asean_migrant_worker_survey.xlsx"
    form_bytes = long_form()
    if standard.is_file():
        form_bytes = standard.read_bytes()
        asean = load(form_bytes, filename=standard.name)
        latencies = keypress_latencies(asean, "age_years", [("consent", "yes")])
        report_keys("Standard ASEAN form", latencies)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        results = {}
        for count in sizes:
            started = time.perf_counter()
            path = make_vault(folder, count, form_bytes)
            print(f"(made a {count:,}-record vault in {time.perf_counter() - started:.1f} s)")
            runs = [open_to(path, folder, "records") for _ in range(ROUNDS)]
            results[count] = statistics.median(runs)
            home = statistics.median(open_to(path, folder, "home") for _ in range(ROUNDS))
            print(f"{count:,} records: unlock -> populated Records view "
                  f"{results[count] * 1000:.0f} ms; unlock -> Home with counts and charts "
                  f"{home * 1000:.0f} ms (medians of {ROUNDS})")  # fmt: skip
        small, large = sizes
        ratio = report("desktop", f"unlock -> Records view, {small:,} -> {large:,} records",
                       results[large], results[small], baseline_name=f"{small:,} records",
                       at_most=2)  # fmt: skip
        verdict = "OK" if ratio < 2 else "TOO SLOW"
        print(f"Ratio {large:,} / {small:,}: {ratio:.2f} (target < 2) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
