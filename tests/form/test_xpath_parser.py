"""The XPath parser: precedence, ${field} tokens, errors a form author can act on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lintas.form.xpath import XPathSyntaxError, check_functions, evaluate, parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),
        ("2 * 3 mod 4", 2.0),
        ("-2 * 3", -6.0),
        ("- - 2", 2.0),
        ("7 div 2", 3.5),
        ("1 = 1 or 1 = 2 and 1 = 2", True),
        ("1 < 2 = 1", True),  # relational binds tighter than equality
        ("1mod1", 0.0),
        ("1 and1", True),
        ("2.5e2", 250.0),
    ],
)
def test_operator_precedence(text: str, expected: object) -> None:
    assert evaluate(text) == expected


@pytest.mark.parametrize(
    ("text", "reason", "position"),
    [
        ("concat('a', 'b'", "Expected ')' after the arguments of concat", 15),
        ("1 +", "Expected a value after '+'", 3),
        ("", "The expression is empty", 0),
        ("'unclosed", "never closed", 0),
        ("${age", "never closed", 0),
        ("${} > 1", "not a valid field reference", 0),
        ("/data/[1]", "Expected a name after '/'", 6),
        ("1 2", "Unexpected '2'", 2),
        ("a[1", "Expected ']'", 3),
        ("foo::bar", "not an XPath axis", 0),
        ("1 # 2", "Unexpected character '#'", 2),
    ],
)
def test_syntax_errors_say_what_and_where(text: str, reason: str, position: int) -> None:
    with pytest.raises(XPathSyntaxError) as caught:
        parse(text)
    assert reason in str(caught.value)
    assert caught.value.position == position
    assert str(caught.value).endswith(f"at character {position + 1}")


def test_field_references_are_tokens_of_their_own() -> None:
    expression = parse("${age} >= 18 and selected(${consent}, 'yes') or ${ age }")
    assert expression.field_refs() == frozenset({"age", "consent"})
    assert expression.functions() == frozenset({"selected"})


def test_field_reference_can_take_predicates_and_steps() -> None:
    expression = parse("${member}[2]/age + count(${member}[age > 18])")
    assert expression.field_refs() == frozenset({"member"})


def test_extra_functions_of_the_spec() -> None:
    assert evaluate("base64-decode('4LiB4Liy4Lij')") == "การ"
    assert evaluate("lang('en')", "<data lang='en-GB'/>", context="/data") is True


def test_dollar_brace_inside_a_string_is_only_text() -> None:
    assert parse("jr:choice-name(${q}, '${q}')").field_refs() == frozenset({"q"})
    assert evaluate("'${q}'") == "${q}"


def test_check_functions_reports_unknown_names_and_argument_counts() -> None:
    problems = check_functions(parse("pullfata('a', 'b', 'c', 'd') + round() + concat('x')"))
    assert problems == [
        "Unknown function pullfata() at character 1.",
        "round() takes 1 to 2 arguments but was given 0 (at character 32).",
    ]
    assert check_functions(parse("if(${a} = 1, today(), now())")) == []
    assert check_functions(parse("$age > 3")) == [
        "$age at character 1 is not a field reference; write ${age}."
    ]


def test_operator_names_are_names_where_a_name_is_expected() -> None:
    # "div" after "/" is an element name, not the operator (XPath 1.0, 3.7).
    xml = "<data><div>6</div><mod>3</mod></data>"
    assert evaluate("/data/div div /data/mod", xml) == 2.0


_NAMES = st.sampled_from(["age", "sex", "member", "q1", "x_y", "a.b"])
_LEAVES = st.one_of(
    st.integers(min_value=0, max_value=10**6).map(str),
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(repr),
    st.text(alphabet="abc xyz", max_size=5).map(lambda s: f"'{s}'"),
    _NAMES.map(lambda n: "${" + n + "}"),
    _NAMES.map(lambda n: f"/data/{n}"),
    _NAMES.map(lambda n: f"../{n}[1]"),
)


def _combine(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    operators = st.sampled_from(["+", "-", "*", "div", "mod", "=", "!=", "<", ">=", "and", "or"])
    return st.one_of(
        st.tuples(children, operators, children).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        children.map(lambda c: f"-({c})"),
        st.lists(children, min_size=1, max_size=3).map(lambda a: f"concat({', '.join(a)})"),
        children.map(lambda c: f"({c})"),
    )


@given(st.recursive(_LEAVES, _combine, max_leaves=12))
def test_printing_the_tree_parses_back_to_the_same_tree(text: str) -> None:
    printed = parse(text).to_text()
    assert parse(printed).to_text() == printed
    assert parse(printed).field_refs() == parse(text).field_refs()
