"""Instance trees and the one-call API used by ``lintas form eval``."""

from __future__ import annotations

import pytest

import lintas.form
from lintas.form.xpath import Node, XPathError, evaluate, format_value


def test_from_xml_builds_a_tree_under_a_document() -> None:
    root = Node.from_xml("<data a='1'><x>1</x><g><y>two</y></g></data>")
    assert root.name == "data" and root.parent is not None
    assert root.parent.name == "#document"
    assert root.attributes == {"a": "1"}
    assert root.string_value() == "1two"
    assert root.child("g").child("y").path() == "/data/g/y"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "xml",
    [
        '<!DOCTYPE d [<!ENTITY e "boom">]><d>&e;</d>',
        "<d><unclosed></d>",
        "<d>&undeclared;</d>",
    ],
)
def test_from_xml_refuses_entities_and_broken_xml(xml: str) -> None:
    with pytest.raises(XPathError):
        Node.from_xml(xml)


def test_from_dict_makes_repeats_from_lists_of_objects() -> None:
    root = Node.from_dict(
        {"age": 30, "ok": True, "langs": ["th", "my"], "none": None,
         "member": [{"age": 3}, {"age": 40.0}]},
        "data",
    )  # fmt: skip
    assert [c.name for c in root.children] == ["age", "ok", "langs", "none", "member", "member"]
    assert root.child("langs").text == "th my"  # type: ignore[union-attr]
    assert root.children[-1].child("age").text == "40"  # type: ignore[union-attr]
    assert evaluate("count(/data/member)", root) == 2.0


def test_evaluate_takes_xml_or_a_dict_and_a_context_path() -> None:
    xml = "<data><member><age>3</age></member><member><age>40</age></member></data>"
    assert evaluate("../../member[2]/age - .", xml, context="/data/member[1]/age") == 37.0
    assert evaluate("${age} + 1", {"data": {"age": 41}}) == 42.0
    assert lintas.form.evaluate("1 + 1") == 2.0
    with pytest.raises(XPathError, match="matches no node"):
        evaluate(".", xml, context="/data/nothing")


@pytest.mark.parametrize(
    ("value", "text"),
    [(2.0, "2"), (0.1, "0.1"), (True, "true"), ("x", "x"), (float("nan"), "NaN")],
)
def test_format_value(value: object, text: str) -> None:
    assert format_value(value) == text  # type: ignore[arg-type]


def test_format_value_of_node_sets_and_dates() -> None:
    xml = "<data><n>1</n><n>2</n></data>"
    assert format_value(evaluate("/data/n", xml)) == "1\n2"
    assert format_value(evaluate("date('2024-02-29')")) == "2024-02-29"


def test_entities_are_refused_in_any_encoding() -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>'
    with pytest.raises(XPathError, match="DOCTYPE or entities"):
        Node.from_xml(xml.encode("utf-16"))


def test_mixed_content_keeps_its_order_and_namespaces_are_dropped() -> None:
    root = Node.from_xml('<a xmlns="urn:x" xmlns:j="urn:j" j:t="1">x<b>1</b>y<!-- c -->z</a>')
    assert root.string_value() == "x1yz"
    assert root.attributes == {"t": "1"}
    assert evaluate("/a/b + 1", root) == 2.0


@pytest.mark.parametrize(
    ("expression", "context", "expected"),
    [
        ("name(ancestor::*[1])", "/a/b/c/d", "c"),  # predicates count nearest first
        ("name(ancestor::*)", "/a/b/c/d", "a"),  # the node-set is in document order
        ("name(preceding-sibling::*[1])", "/a/f", "e"),
        ("name(preceding::*[1])", "/a/e", "d"),
        ("name(following::*[1])", "/a/b/c/d", "e"),
        ("count(//*)", "/a", 6.0),
        ("count(/a/descendant-or-self::node()/f)", "/a", 1.0),
        ("name((//d | /a/e | /a/b)[2])", "/a", "d"),
    ],
)
def test_axes_and_document_order(expression: str, context: str, expected: object) -> None:
    assert evaluate(expression, "<a><b><c><d/></c></b><e/><f/></a>", context) == expected
