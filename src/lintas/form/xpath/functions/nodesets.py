"""Node-set functions: count, position, last, instance, current, indexed-repeat..."""

from __future__ import annotations

import math
import secrets
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
    """Nodes with a value or with child elements (XForms 1.0, 7.8.5)."""
    nodes = _nodes(args[0], "count-non-empty")
    return float(sum(1 for n in nodes if n.children or n.string_value()))


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


@function("indexed-repeat", 3, 7)
def indexed_repeat(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> list[Node]:
    """indexed-repeat(field, repeat1, index1[, repeat2, index2[, repeat3, index3]]):
    the field in the given (1-based) repeat instances, up to three levels deep."""
    if len(args) % 2 == 0:
        raise XPathEvaluationError(
            "indexed-repeat() takes a field then pairs of (repeat, index) arguments."
        )
    nodes = _nodes(args[0], "indexed-repeat")
    scope: Node | None = None
    for index in range(1, len(args), 2):
        repeats = _nodes(args[index], "indexed-repeat")
        if scope is not None:  # a nested repeat counts within the outer one chosen
            repeats = [r for r in repeats if _inside(r, scope)]
        wanted = to_number(args[index + 1])
        if math.isnan(wanted) or not wanted.is_integer() or not 1 <= wanted <= len(repeats):
            return []
        scope = repeats[int(wanted) - 1]
        nodes = [n for n in nodes if _inside(n, scope)]
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


@function("id", 1, 1)
def id_(ctx: Any, node: Node, pos: int, size: int, args: list[Value]) -> list[Node]:
    """XPath 1.0 id(): elements whose ``id`` attribute is one of the given ids."""
    value = args[0]
    texts = [n.string_value() for n in value] if isinstance(value, list) else [to_string(value)]
    wanted = {token for text in texts for token in text.split()}
    document = node.document()
    return [n for n in document.iter_descendants() if n.attributes.get("id") in wanted]


_PARK_MILLER_MODULUS = 2147483647


@function("randomize", 1, 2)
def randomize(ctx: Any, node: Node, pos: int, size: int, args: list[Value]) -> list[Node]:
    """ODK randomize(nodes[, seed]): an inside-out Fisher-Yates shuffle; with a seed,
    driven by a Park-Miller generator so the order is reproducible."""
    nodes = _nodes(args[0], "randomize")
    if len(args) > 1:
        seed = to_number(args[1])
        if math.isnan(seed) or math.isinf(seed):
            raise XPathTypeError("randomize() needs a number as its seed.")
        state = int(seed) % _PARK_MILLER_MODULUS
        if state <= 0:
            state += _PARK_MILLER_MODULUS - 1

        def draw() -> float:
            nonlocal state
            state = state * 16807 % _PARK_MILLER_MODULUS
            return (state - 1) / (_PARK_MILLER_MODULUS - 1)
    else:
        generator = ctx.random or secrets.SystemRandom()
        draw = generator.random
    shuffled: list[Node] = []
    for index, item in enumerate(nodes):
        target = int(draw() * (index + 1))
        if target == index:
            shuffled.append(item)
        else:
            shuffled.append(shuffled[target])
            shuffled[target] = item
    return shuffled


@function("lang", 1, 1)
def lang(ctx: Any, node: Node, pos: int, size: int, args: list[Value]) -> bool:
    """XPath 1.0 lang(): the nearest xml:lang is the given language or a sub-language."""
    wanted = to_string(args[0]).lower()
    current: Node | None = node
    while current is not None:
        if "lang" in current.attributes:
            value = current.attributes["lang"].lower()
            return value == wanted or value.startswith(wanted + "-")
        current = current.parent
    return False


@function("pulldata", 4, 4)
def pulldata(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    """pulldata('file', 'column', 'key column', key): one cell of an attached CSV file.

    The file is the instance of the same name (lintas.form.external); the first row
    whose key column equals ``key`` gives the column's text, and no row gives ''.
    """
    name, column, key_column = (to_string(a) for a in args[:3])
    key = to_string(args[3])
    tree = ctx.instances.get(name)
    if tree is None:
        raise XPathEvaluationError(
            f"pulldata() reads the file {name}.csv, which is not attached to this form."
        )
    for item in tree.children:
        found = next((c for c in item.children if c.name == key_column), None)
        if found is not None and found.string_value() == key:
            cell = next((c for c in item.children if c.name == column), None)
            return cell.string_value() if cell is not None else ""
    return ""
