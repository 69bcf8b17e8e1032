"""${field} references through a resolver, current(), choice filters and repeats."""

from __future__ import annotations

import pytest

from lintas.form.xpath import (
    EvalContext,
    Node,
    UnknownFunctionError,
    XPathEvaluationError,
    parse,
    to_string,
)

RESPONSE = """
<data>
  <district>north</district>
  <household>
    <member><name>Ann</name><age>34</age></member>
    <member><name>Bo</name><age>9</age></member>
    <member><name>Cy</name><age></age></member>
  </household>
  <count>3</count>
</data>
"""
CHOICES = """
<root>
  <item><name>v1</name><label>Village 1</label><district>north</district></item>
  <item><name>v2</name><label>Village 2</label><district>south</district></item>
  <item><name>v3</name><label>Village 3</label><district>north</district></item>
</root>
"""


class Resolver:
    """Resolves ${name} like the response engine: nearest match, counting lookups."""

    def __init__(self, root: Node) -> None:
        self.root = root
        self.calls: list[tuple[str, str]] = []

    def __call__(self, name: str, current: Node) -> list[Node]:
        self.calls.append((name, current.name))
        scope: Node | None = current
        while scope is not None:
            found = [n for n in scope.iter_descendants() if n.name == name]
            if found:
                return found
            scope = scope.parent
        return []


@pytest.fixture
def root() -> Node:
    return Node.from_xml(RESPONSE)


def ctx_at(root: Node, path: str, **extra: object) -> EvalContext:
    node = parse(path).evaluate(EvalContext(root))
    assert isinstance(node, list) and node
    return EvalContext(node[0], resolve_field=Resolver(root), **extra)  # type: ignore[arg-type]


def test_field_reference_goes_through_the_resolver(root: Node) -> None:
    ctx = ctx_at(root, "/data/count")
    assert parse("${district} = 'north'").evaluate(ctx) is True
    assert ctx.resolve_field.calls == [("district", "count")]  # type: ignore[union-attr]


def test_field_reference_in_a_predicate_keeps_the_question_node(root: Node) -> None:
    # choice_filter: ${district} must be resolved from the question, not from each item.
    filter_ = parse("instance('villages')/root/item[district = ${district}]/name")
    ctx = ctx_at(root, "/data/count", instances={"villages": Node.from_xml(CHOICES)})
    names = filter_.evaluate(ctx)
    assert [n.string_value() for n in names] == ["v1", "v3"]  # type: ignore[union-attr]
    assert {current for _, current in ctx.resolve_field.calls} == {"count"}  # type: ignore[union-attr]


def test_current_refers_to_the_original_context_node(root: Node) -> None:
    ctx = ctx_at(root, "/data/district", instances={"villages": Node.from_xml(CHOICES)})
    labels = parse("instance('villages')/root/item[district = current()]/label").evaluate(ctx)
    assert [n.string_value() for n in labels] == ["Village 1", "Village 3"]  # type: ignore[union-attr]


def test_relative_paths_inside_a_repeat(root: Node) -> None:
    ctx = ctx_at(root, "/data/household/member[2]/age")
    assert parse("../name").evaluate(ctx)[0].string_value() == "Bo"  # type: ignore[index]
    assert parse(". < 18").evaluate(ctx) is True
    assert parse("position(..)").evaluate(ctx) == 2.0
    assert parse("${name}").evaluate(ctx)[0].string_value() == "Bo"  # type: ignore[index]


def test_repeat_aggregates_and_indexed_repeat(root: Node) -> None:
    ctx = ctx_at(root, "/data/count")
    assert parse("count(${member})").evaluate(ctx) == 3.0
    assert parse("count(${member}[age >= 18])").evaluate(ctx) == 1.0
    assert parse("count-non-empty(/data/household/member/age)").evaluate(ctx) == 2.0
    assert parse("sum(${member}/age[. != ''])").evaluate(ctx) == 43.0
    value = parse("indexed-repeat(${name}, ${member}, 3)").evaluate(ctx)
    assert to_string(value) == "Cy"
    assert parse("${member}[last()]/name = 'Cy'").evaluate(ctx) is True
    assert parse("/data/household/member[2]/name | /data/district").evaluate(ctx)[0].name == (  # type: ignore[index]
        "district"
    )


def test_once_keeps_an_existing_value(root: Node) -> None:
    assert parse("once('new')").evaluate(ctx_at(root, "/data/count")) == "3"
    empty = ctx_at(root, "/data/household/member[3]/age")
    assert parse("once('new')").evaluate(empty) == "new"


def test_choice_name_asks_the_form_for_the_label(root: Node) -> None:
    labels = {("district", "north"): "North district"}
    ctx = ctx_at(root, "/data/count", choice_name=lambda value, q: labels[(q, value)])
    assert parse("jr:choice-name(${district}, '${district}')").evaluate(ctx) == "North district"
    assert parse("jr:choice-name(/data/district, '/data/district')").evaluate(ctx) == (
        "North district"
    )
    with pytest.raises(XPathEvaluationError, match="needs a loaded form"):
        parse("jr:choice-name('x', '${q}')").evaluate(ctx_at(root, "/data/count"))


def test_evaluation_errors_are_typed_and_readable(root: Node) -> None:
    ctx = ctx_at(root, "/data/count")
    with pytest.raises(UnknownFunctionError, match="no function called pullfata"):
        parse("pullfata('a', 'b', 'c', 'd')").evaluate(ctx)
    with pytest.raises(XPathEvaluationError, match=r"reads the file a\.csv, which is not attached"):
        parse("pulldata('a', 'b', 'c', 'd')").evaluate(ctx)
    with pytest.raises(XPathEvaluationError, match="no instance called 'nope'"):
        parse("instance('nope')/root/item").evaluate(ctx)
    with pytest.raises(XPathEvaluationError, match="takes exactly 2 arguments"):
        parse("selected(${district})").evaluate(ctx)


def test_missing_field_is_an_empty_node_set(root: Node) -> None:
    ctx = ctx_at(root, "/data/count")
    assert parse("${nowhere}").evaluate(ctx) == []
    assert parse("string(${nowhere}) = ''").evaluate(ctx) is True


def test_absolute_paths_in_a_secondary_instance_predicate_stay_in_the_primary(
    root: Node,
) -> None:
    # ODK XForms spec, instance(): "/data/district" is the form's own field here.
    ctx = ctx_at(root, "/data/count", instances={"villages": Node.from_xml(CHOICES)})
    found = parse("instance('villages')/root/item[district = /data/district]/name").evaluate(ctx)
    assert [n.string_value() for n in found] == ["v1", "v3"]  # type: ignore[union-attr]


def test_nested_indexed_repeat_counts_within_the_outer_instance() -> None:
    root = Node.from_dict(
        {"member": [
            {"child": [{"cage": 1}, {"cage": 2}]},
            {"child": [{"cage": 11}, {"cage": 12}, {"cage": 13}]},
        ]},
        "data",
    )  # fmt: skip
    ctx = EvalContext(root, resolve_field=Resolver(root))
    value = parse("indexed-repeat(${cage}, ${member}, 2, ${child}, 3)").evaluate(ctx)
    assert to_string(value) == "13"
    assert parse("indexed-repeat(${cage}, ${member}, 1, ${child}, 3)").evaluate(ctx) == []
