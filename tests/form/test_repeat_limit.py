"""Issue 15, point 7b: repeat instances cost linear time, and their number is limited.

On main, loading a saved response cost quadratic time in its repeat instances
(each new instance was placed by scanning all its siblings): 10k took 3.3 s, 20k
9.5 s, 40k 35 s, 200k did not finish in 10 min. benchmarks/repeat_instances.py
shows the ratios now; this test checks the limit.
"""

from __future__ import annotations

import pytest
from form_helpers import markdown

from lintas.form import Response, check, load
from lintas.form.errors import ResponseError
from lintas.form.limits import DEFAULT_MAX_REPEAT_INSTANCES, repeat_limit

FORM = """
| survey |
| | type | name | label |
| | begin repeat | trip | Trips |
| | text | note | Note |
| | end repeat | | |
| | text | after | After |
"""


def with_limit(value: str) -> str:
    return FORM + f"| settings |\n| | form_id | max_repeat_instances |\n| | trips | {value} |\n"


def saved(count: int) -> dict:
    return {"trip": [{"note": f"n{i}"} for i in range(count)], "after": "x"}


def test_a_count_over_the_limit_is_refused_with_a_clear_message():
    form = load(markdown(FORM))
    assert repeat_limit(form) == DEFAULT_MAX_REPEAT_INSTANCES
    with pytest.raises(ResponseError) as refused:
        Response.from_json(form, saved(DEFAULT_MAX_REPEAT_INSTANCES + 1))
    message = str(refused.value)
    assert "'trip'" in message and f"{DEFAULT_MAX_REPEAT_INSTANCES + 1:,}" in message
    assert f"{DEFAULT_MAX_REPEAT_INSTANCES:,}" in message and "max_repeat_instances" in message


def test_the_limit_is_set_in_the_settings_sheet():
    form = load(markdown(with_limit("3")))
    assert repeat_limit(form) == 3
    response = Response.from_json(form, saved(3))
    assert response.repeat_count("trip") == 3
    assert response.to_json()["after"] == "x"  # instances stay before later questions
    with pytest.raises(ResponseError):
        Response.from_json(form, saved(4))
    with pytest.raises(ResponseError):
        response.add_repeat("trip")


@pytest.mark.parametrize("value", ["0", "many", "100001"])
def test_a_bad_limit_is_an_error_in_the_settings(value):
    problems = check(markdown(with_limit(value)))
    (problem,) = [p for p in problems if p.is_error]
    assert (problem.sheet, problem.column) == ("settings", "max_repeat_instances")
