"""Issue 15, point 7a: regex() runs in linear time (RE2), whatever the pattern.

On main, ``regex(., '^(a+)+$')`` in a constraint took 36 s for 30 characters and
then '!' (Python's backtracking engine doubles the work with each 'a').
"""

from __future__ import annotations

import time

from form_helpers import markdown

from lintas.form import Response, check, load
from lintas.form.xpath import XPathEvaluationError, evaluate

CONSTRAINT_FORM = """
| survey |
| | type | name | label | constraint |
| | text | code | Code  | regex(., '^(a+)+$') |
"""


def test_a_catastrophic_pattern_in_a_constraint_answers_at_once():
    form = load(markdown(CONSTRAINT_FORM))
    response = Response(form)
    started = time.perf_counter()
    # 28 characters then '!': about 9 s with a backtracking engine, doubling per 'a'.
    response.set("code", "a" * 28 + "!")
    problems = response.validate()
    elapsed = time.perf_counter() - started
    assert [p.address for p in problems] == ["code"]  # the constraint still says no
    assert elapsed < 1.0, elapsed
    response.set("code", "a" * 100_000)
    assert response.validate() == []


def test_regex_keeps_its_meaning():
    assert evaluate("regex('AB-123', '^[A-Z]{2}-[0-9]+$')") is True
    assert evaluate("regex('ab-123', '^[A-Z]{2}-[0-9]+$')") is False
    assert evaluate("regex('x 42 y', '[0-9]+')") is True  # anywhere in the text


def test_a_pattern_that_cannot_run_in_linear_time_is_refused_clearly():
    try:
        evaluate("regex('aa', '(a)\\1')")
    except XPathEvaluationError as error:
        assert "linear time" in str(error) and "back-reference" in str(error)
    else:
        raise AssertionError("a back-reference was run")


def test_form_check_warns_on_a_pattern_it_cannot_run_in_linear_time():
    problems = check(
        markdown("""
    | survey |
    | | type | name | label | constraint |
    | | text | code | Code  | regex(., '^(?=A)[A-Z]+$') |
    | | text | ok   | OK    | regex(., '^[A-Z]+$') |
    """)
    )
    (problem,) = [p for p in problems if "linear time" in p.message]
    assert (problem.row, problem.column) == (2, "constraint")
    assert "look-around" in problem.message
