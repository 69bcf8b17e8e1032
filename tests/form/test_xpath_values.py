"""Coercions and comparisons: XPath 1.0 section 3.4 and 4, with ODK's rules."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lintas.form.xpath import Node, evaluate, to_boolean, to_number, to_string
from lintas.form.xpath.values import number_to_string

INSTANCE = "<data><age>30</age><empty/><list>a b c</list><n>1</n><n>5</n><n>9</n></data>"


def test_unanswered_field_is_empty_text_and_nan() -> None:
    assert evaluate("string(/data/empty)", INSTANCE) == ""
    assert math.isnan(evaluate("number(/data/empty)", INSTANCE))
    assert math.isnan(evaluate("number('')"))
    assert evaluate("/data/empty = ''", INSTANCE) is True
    # ODK: '' > 0 is false, as is '' < 0 (NaN compares false), and a missing node too.
    assert evaluate("/data/empty > 0", INSTANCE) is False
    assert evaluate("/data/empty < 0", INSTANCE) is False
    assert evaluate("/data/missing != 1", INSTANCE) is False


def test_node_sets_compare_existentially() -> None:
    assert evaluate("/data/n = 5", INSTANCE) is True
    assert evaluate("/data/n != 5", INSTANCE) is True
    assert evaluate("/data/n > 8", INSTANCE) is True
    assert evaluate("/data/n > 9", INSTANCE) is False
    assert evaluate("/data/n = /data/age", INSTANCE) is False
    assert evaluate("/data/n = '9'", INSTANCE) is True


def test_boolean_against_node_set_uses_its_emptiness() -> None:
    assert evaluate("/data/n = true()", INSTANCE) is True
    assert evaluate("/data/missing = false()", INSTANCE) is True


def test_equality_picks_the_type_by_xpath_rules() -> None:
    assert evaluate("1 = '1'") is True
    assert evaluate("1 = '1.0'") is True
    assert evaluate("'1' = '1.0'") is False  # two strings compare as strings
    assert evaluate("true() = 'false'") is True  # non-empty string is true
    assert evaluate("0 = false()") is True


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (0.0, "0"),
        (-0.0, "0"),
        (3.0, "3"),
        (0.5, "0.5"),
        (1e21, "1000000000000000000000"),
        (1.5e-7, "0.00000015"),
        (float("nan"), "NaN"),
        (float("inf"), "Infinity"),
        (float("-inf"), "-Infinity"),
    ],
)
def test_numbers_print_without_exponents(number: float, text: str) -> None:
    assert number_to_string(number) == text


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_number_text_reads_back_as_the_same_number(number: float) -> None:
    text = to_string(number)
    assert "e" not in text.lower()
    assert to_number(text) == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" 12 ", 12.0),
        ("-3.5", -3.5),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e3", math.nan),
        ("abc", math.nan),
    ],
)
def test_string_to_number_follows_xpath_syntax(text: str, expected: float) -> None:
    result = to_number(text)
    assert (math.isnan(result) and math.isnan(expected)) or result == expected


def test_boolean_conversion() -> None:
    assert to_boolean("false") is True  # the ODK spec's note: boolean('false') is true
    assert to_boolean("") is False
    assert to_boolean(float("nan")) is False
    assert to_boolean([]) is False
    assert to_boolean([Node("x")]) is True
    assert evaluate("boolean-from-string('true')") is True
    assert evaluate("boolean-from-string('yes')") is False


def test_arithmetic_follows_ieee_and_xpath_mod() -> None:
    assert evaluate("1 div 0") == math.inf
    assert evaluate("-1 div 0") == -math.inf
    assert math.isnan(evaluate("0 div 0"))
    assert evaluate("-7 mod 3") == -1.0  # truncating, unlike Python's %
    assert math.isnan(evaluate("5 mod 0"))


def test_round_int_and_friends() -> None:
    assert evaluate("round(2.5)") == 3.0
    assert evaluate("round(-2.5)") == -2.0
    assert evaluate("round(2.675, 2)") == 2.68
    assert evaluate("round(1234.5, -2)") == 1200.0
    assert evaluate("int(-3.9)") == -3.0
    assert evaluate("pow(2, 10)") == 1024.0
    assert evaluate("max(/data/n)", INSTANCE) == 9.0
    assert evaluate("sum(/data/n)", INSTANCE) == 15.0
    assert math.isnan(evaluate("min(/data/n, 'x')", INSTANCE))


def test_select_functions() -> None:
    assert evaluate("selected(/data/list, 'b')", INSTANCE) is True
    assert evaluate("selected(/data/list, 'd')", INSTANCE) is False
    assert evaluate("count-selected(/data/list)", INSTANCE) == 3.0
    assert evaluate("selected-at(/data/list, 2)", INSTANCE) == "c"
    assert evaluate("selected-at(/data/list, 3)", INSTANCE) == ""


def test_string_functions() -> None:
    assert evaluate("substr('abcdef', 1, 3)") == "bc"
    assert evaluate("substring('abcdef', 2, 3)") == "bcd"
    assert evaluate("join(', ', /data/n)", INSTANCE) == "1, 5, 9"
    assert evaluate("concat(/data/n, '!')", INSTANCE) == "159!"
    assert evaluate("normalize-space('  a \t b  ')") == "a b"
    assert evaluate("translate('abc', 'ab', 'B')") == "Bc"
    assert evaluate("regex('AB-123', '^[A-Z]{2}-[0-9]+$')") is True
    assert evaluate("coalesce(/data/empty, 'fallback')", INSTANCE) == "fallback"
    assert evaluate("digest('abc', 'SHA-256', 'hex')").startswith("ba7816bf")
    assert len(evaluate("uuid()")) == 36
    assert len(evaluate("uuid(12)")) == 12
