"""Benchmark: one answer change versus re-evaluating the whole form.

A synthetic XLSForm (a real .xlsx written with openpyxl) has 500 integer
questions, 100 with a relevance condition and 50 with a constraint, each
reading an earlier answer. We time ``Response.set()`` of one answer (which
re-evaluates only what depends on it, through the dependency graph) against a
full re-evaluation of every expression, in the same run. Aim: ratio <= 0.05.
Run: python3 benchmarks/bench_form_incremental.py
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

from openpyxl import Workbook
from results import report

from lintas.errors import LintasError
from lintas.form import Response, load

QUESTIONS = 500
CHANGES = 2000
FULL_RUNS = 40


def synthetic_form() -> bytes:
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "relevant", "constraint", "constraint_message"])
    relevances = constraints = 0
    for i in range(QUESTIONS):
        relevant = constraint = ""
        if i % 5 == 1:
            relevant = f"${{q{i - 1}}} != 7"
            relevances += 1
        if i % 10 == 3:
            constraint = f". >= 0 and . < ${{q{i - 2}}} + 1000"
            constraints += 1
        survey.append(["integer", f"q{i}", f"Question {i}", relevant, constraint,
                       "Too large" if constraint else ""])  # fmt: skip
    assert (relevances, constraints) == (100, 50)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["bench", "1"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> int:
    form = load(synthetic_form(), filename="synthetic.xlsx")
    response = Response(form)
    for i in range(QUESTIONS):
        if response.state(f"q{i}").relevant:
            response.set(f"q{i}", i % 13)

    change_times = []
    # Questions q0, q5, q10... have no condition of their own, so they can always be
    # answered; each change moves the relevance of the next question (7 hides it)
    # and the constraint of a question two further on.
    for n in range(CHANGES):
        address = f"q{(n * 35) % QUESTIONS}"
        value = 7 if n % 2 else n % 11
        start = time.perf_counter()
        response.set(address, value)
        change_times.append(time.perf_counter() - start)

    full_times = []
    for _ in range(FULL_RUNS):
        start = time.perf_counter()
        response.evaluate_all()
        full_times.append(time.perf_counter() - start)

    one = statistics.median(change_times)
    full = statistics.median(full_times)
    print(f"form: {QUESTIONS} questions, 100 relevance and 50 constraint expressions")
    print(f"one answer change (median of {CHANGES}): {one * 1e6:9.1f} µs")
    print(f"  mean change                       : {statistics.mean(change_times) * 1e6:9.1f} µs")
    print(f"  worst change                      : {max(change_times) * 1e6:9.1f} µs")
    print(f"whole-form re-evaluation (median of {FULL_RUNS}): {full * 1e3:7.2f} ms")
    print(
        f"ratio change/whole: {one / full:.4f} (aim <= 0.05); "
        f"with the mean change: {statistics.mean(change_times) / full:.4f}"
    )
    report("form engine", "one answer change / whole-form re-evaluation", one, full,
           baseline_name="whole-form re-evaluation", at_most=0.05)  # fmt: skip
    largest_corpus_form()
    return 0


def largest_corpus_form() -> None:
    """The same ratio on the largest corpus form, which Lintas refused before issue 9."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "xlsforms"
    forms = sorted(corpus.glob("*.xls*"), key=lambda p: p.stat().st_size, reverse=True)
    if not forms:
        print("corpus not found; skipped the corpus form")
        return
    form = load(forms[0])
    response = Response(form)
    # Every answerable select_one / integer that is relevant at the start, set in turn.
    targets = []
    for address in response.addresses():
        question = form.question(address.rsplit("/", 1)[-1].split("[")[0])
        state = response.state(address)
        if question.type == "select_one" and state.relevant and state.choices:
            targets.append((address, [c.name for c in state.choices]))
    change_times = []
    for n in range(CHANGES):
        address, names = targets[n % len(targets)]
        start = time.perf_counter()
        try:
            response.set(address, names[n % len(names)])
        except LintasError:
            continue  # a choice filter may have moved on; not a timing
        change_times.append(time.perf_counter() - start)
    full_times = []
    for _ in range(FULL_RUNS // 4):
        start = time.perf_counter()
        response.evaluate_all()
        full_times.append(time.perf_counter() - start)
    one, full = statistics.median(change_times), statistics.median(full_times)
    print(f"corpus form {forms[0].name}: {sum(1 for _ in form.questions())} questions")
    print(f"  one answer change (median of {len(change_times)}): {one * 1e6:9.1f} µs")
    print(f"  whole-form re-evaluation: {full * 1e3:7.2f} ms; ratio {one / full:.4f} (aim <= 0.05)")
    report("form engine", "one answer change / whole form, largest corpus form", one, full,
           baseline_name="whole-form re-evaluation", at_most=0.05)  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
