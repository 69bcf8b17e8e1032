"""Whatever a form author types, the engine answers or raises an XPathError.

A traceback is never a user message, so any other exception is a bug.
"""

from __future__ import annotations

import itertools
import math
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintas.form.xpath import EvalContext, Node, XPathError, XPathSyntaxError, evaluate, parse
from lintas.form.xpath.functions import FUNCTIONS

ROOT = Node.from_xml("<data><a>1</a><b>x</b><d>2024-02-29</d><r><v>3</v></r><r><v/></r></data>")
CTX = EvalContext(
    ROOT,
    instances={"list": Node.from_xml("<root><item><name>n</name></item></root>")},
    now=datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")),
)
_PIECES = [
    "${a}", "${r}", "/data/", "a", "r", "v", "d", ".", "..", "@x", "*", "//", "[", "]", "(", ")",
    ",", "'x'", '"2024-01-01"', "1", "0", "-", "+", "div", "mod", "and", "or", "=", "!=", "<",
    ">=", "|", "count(", "if(", "date(", "round(", "substr(", "selected(", "concat(",
    "instance('list')", "current()", "today()", "format-date(", "sum(", "indexed-repeat(",
    "position(", "regex(", "'['", "digest(", "pow(", "nope(", " ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join))
def test_any_token_soup_parses_or_fails_cleanly(text: str) -> None:
    try:
        expression = parse(text)
    except XPathSyntaxError as error:
        assert 0 <= error.position <= len(text)
        return
    try:
        expression.evaluate(CTX)
    except XPathError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_arbitrary_text_parses_or_fails_cleanly(text: str) -> None:
    try:
        parse(text)
    except XPathSyntaxError as error:
        assert 0 <= error.position <= len(text)


_NUMBERS = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 3))


@given(_NUMBERS, _NUMBERS, st.sampled_from(["<", "<=", ">", ">=", "=", "!="]))
def test_comparisons_flip_consistently_over_node_sets(a: float, b: float, op: str) -> None:
    flipped = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}[op]
    xml = f"<data><n>{a!r}</n></data>"
    direct = evaluate(f"/data/n {op} {b!r}", xml)
    assert evaluate(f"{b!r} {flipped} /data/n", xml) is direct
    python = {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "=": a == b, "!=": a != b}
    assert direct is python[op]


@given(_NUMBERS, _NUMBERS)
def test_arithmetic_matches_ieee(a: float, b: float) -> None:
    assert evaluate(f"{a!r} + {b!r}") == a + b
    assert evaluate(f"{a!r} * {b!r}") == a * b
    quotient = evaluate(f"{a!r} div {b!r}")
    if b:
        assert quotient == a / b
    else:
        assert math.isnan(quotient) or math.isinf(quotient)


def test_absurdly_deep_expressions_are_refused_with_a_message() -> None:
    cases = [("(" * 2000 + "1" + ")" * 2000, 1.0), ("1" + " + 1" * 3000, 3001.0),
             ("-" * 3000 + "1", 1.0), ("1" + " + 1" * 200, 201.0)]  # fmt: skip
    refused = 0
    for text, expected in cases:
        try:
            value = parse(text).evaluate(CTX)
        except XPathError as error:
            assert "nested too deeply" in str(error)
            refused += 1
        else:
            assert value == expected
    assert refused >= 1


_EXTREMES = ["1e308", "(1 div 0)", "(0 div 0)", "-1", "''", "'x'", "'2024-01-01'", "/data/r",
             "today()"]  # fmt: skip


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_every_function_takes_extreme_arguments_without_a_traceback(name: str) -> None:
    spec = FUNCTIONS[name]
    counts = range(spec.min_args, min(spec.max_args or spec.min_args + 1, 2) + 1)
    answered = 0
    for count in counts:
        for args in itertools.product(_EXTREMES, repeat=count):
            try:
                parse(f"{name}({', '.join(args)})").evaluate(CTX)
                answered += 1
            except XPathError:
                pass
    # Each function answers for some argument list, unless it needs more than two
    # arguments or one specific valid value (an instance id, a loaded form, an
    # algorithm name, a geoshape), which these extremes never are.
    picky = {"instance", "jr:choice-name", "digest", "geofence"}
    assert answered or spec.min_args > 2 or name in picky
