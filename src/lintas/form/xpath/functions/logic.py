"""Boolean and conditional functions: true, false, not, boolean, if, coalesce..."""

from __future__ import annotations

from typing import Any

from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.values import Value, to_boolean, to_number, to_string


@function("true", 0, 0)
def true(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    return True


@function("false", 0, 0)
def false(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    return False


@function("not", 1, 1)
def not_(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    return not to_boolean(args[0])


@function("boolean", 1, 1)
def boolean(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    return to_boolean(args[0])


@function("boolean-from-string", 1, 1)
def boolean_from_string(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    """ODK: 'true' and '1' are true, everything else false (XML Schema booleans)."""
    return to_string(args[0]).strip() in ("true", "1")


@function("if", 3, 3, lazy=True)
def if_(ctx: Any, node: Any, pos: int, size: int, args: list[Any]) -> Value:
    chosen = args[1] if to_boolean(args[0](ctx, node, pos, size)) else args[2]
    return chosen(ctx, node, pos, size)


@function("coalesce", 2, 2, lazy=True)
def coalesce(ctx: Any, node: Any, pos: int, size: int, args: list[Any]) -> Value:
    """The first argument whose string value is not empty, else the second."""
    first = args[0](ctx, node, pos, size)
    if to_string(first):
        return first
    return args[1](ctx, node, pos, size)


@function("once", 1, 1, lazy=True)
def once(ctx: Any, node: Any, pos: int, size: int, args: list[Any]) -> Value:
    """ODK once(): keep the current node's value if it has one, else compute it."""
    existing = ctx.current.string_value()
    if existing:
        return existing
    return args[0](ctx, node, pos, size)


def _answers(values: list[Value]) -> list[bool]:
    """Each answer (every node of a node-set counts) as XPath boolean(): both ODK
    reference engines count any non-empty text, such as 'no', as true."""
    answers: list[bool] = []
    for value in values:
        if isinstance(value, list):
            answers.extend(bool(node.string_value()) for node in value)
        else:
            answers.append(to_boolean(value))
    return answers


def _within(count: float, low: float, high: float) -> bool:
    return (low < 0 or count >= low) and (high < 0 or count <= high)


@function("checklist", 2, None)
def checklist(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    """True when the number of 'yes' answers is between min and max (-1: no limit)."""
    low, high = to_number(args[0]), to_number(args[1])
    return _within(sum(_answers(args[2:])), low, high)


@function("weighted-checklist", 2, None)
def weighted_checklist(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    """Like checklist(), with (answer, weight) pairs summing the weights of 'yes'."""
    low, high = to_number(args[0]), to_number(args[1])
    pairs = args[2:]
    answers: list[bool] = []
    weights: list[float] = []
    for index in range(0, len(pairs) - 1, 2):
        answer, weight = pairs[index], pairs[index + 1]
        found = _answers([answer])
        answers.extend(found)
        if isinstance(weight, list):
            weights.extend(to_number(n.string_value()) for n in weight)
        else:
            weights.extend([to_number(weight)] * len(found))
    total = sum(w for a, w in zip(answers, weights) if a)
    return _within(total, low, high)
