"""Node-set functions: count, position, last, instance, current, indexed-repeat..."""

from __future__ import annotations

import math
from typing import Any

from lintas.form.xpath.errors import XPathEvaluationError, XPathTypeError
from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.nodes import Node
from lintas.form.xpath.values import Value, to_number, to_string


def _nodes(value: Value, name: str) -> list[Node]:
    if not isinstance(value, list):
        raise XPathTypeError(f"{name}() needs a node-set: a path to a field or a repeat.")
    return value


@function("count", 1, 1)
def count(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    return float(len(_nodes(args[0], "count")))


@function("count-non-empty", 1, 1)
def count_non_empty(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    return float(sum(1 for n in _nodes(args[0], "count-non-empty") if n.string_value()))


@function("position", 0, 1)
def position(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """position(): the context position; position(node): its 1-based repeat index (ODK)."""
    if not args:
        return float(pos)
    nodes = _nodes(args[0], "position")
    if not nodes:
        raise XPathEvaluationError("position() was given an empty node-set.")
    target = nodes[0]
    if target.parent is None:
        return 1.0
    same = [c for c in target.parent.children if c.name == target.name]
    return float(next(i for i, c in enumerate(same, start=1) if c is target))


@function("last", 0, 0)
def last(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    return float(size)


@function("current", 0, 0)
def current(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> list[Node]:
    return [ctx.current]


@function("instance", 1, 1)
def instance(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> list[Node]:
    """The document of the secondary instance with this id (ODK choice lists)."""
    name = to_string(args[0])
    tree = ctx.instances.get(name)
    if tree is None:
        raise XPathEvaluationError(
            f"There is no instance called {name!r}. Check the instance('...') name."
        )
    return [tree.document()]


@function("indexed-repeat", 3, None)
def indexed_repeat(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> list[Node]:
    """indexed-repeat(field, repeat1, index1[, repeat2, index2...]): the field in
    the given (1-based) repeat instances."""
    if len(args) % 2 == 0:
        raise XPathEvaluationError(
            "indexed-repeat() takes a field then pairs of (repeat, index) arguments."
        )
    nodes = _nodes(args[0], "indexed-repeat")
    for index in range(1, len(args), 2):
        repeats = _nodes(args[index], "indexed-repeat")
        wanted = to_number(args[index + 1])
        if math.isnan(wanted) or not wanted.is_integer() or not 1 <= wanted <= len(repeats):
            return []
        chosen = repeats[int(wanted) - 1]
        nodes = [n for n in nodes if _inside(n, chosen)]
    return nodes[:1]


def _inside(node: Node, ancestor: Node) -> bool:
    current: Node | None = node
    while current is not None:
        if current is ancestor:
            return True
        current = current.parent
    return False


def _name_of(args: list[Value], node: Node, function_name: str) -> Node | None:
    if not args:
        return node
    nodes = _nodes(args[0], function_name)
    return nodes[0] if nodes else None


@function("name", 0, 1)
def name(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    found = _name_of(args, node, "name")
    return "" if found is None or found.name.startswith("#") else found.name


@function("local-name", 0, 1)
def local_name(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    found = _name_of(args, node, "local-name")
    return "" if found is None or found.name.startswith("#") else found.name.rsplit(":", 1)[-1]


@function("namespace-uri", 0, 1)
def namespace_uri(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    _name_of(args, node, "namespace-uri")
    return ""  # instance trees are read without namespaces
