"""Compiling a syntax tree into nested closures, once per expression.

A compiled node is ``fn(ctx, node, position, size) -> Value``: the evaluation
context plus the XPath focus (context node, position and size). Closures
avoid walking the tree and dispatching on node types at every evaluation,
which matters because expressions run on every keypress.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from lintas.form.xpath import ast
from lintas.form.xpath.context import EvalContext
from lintas.form.xpath.errors import (
    ArgumentCountError,
    UnknownFunctionError,
    XPathEvaluationError,
    XPathTypeError,
)
from lintas.form.xpath.functions.registry import FUNCTIONS
from lintas.form.xpath.nodes import Node
from lintas.form.xpath.paths import (
    AXES,
    REVERSE_AXES,
    UNORDERED_AXES,
    name_test,
    sort_document_order,
    text_nodes,
)
from lintas.form.xpath.values import Value, compare, subtract, to_boolean, to_number

Compiled = Callable[[EvalContext, Node, int, int], Value]


def compile_ast(node: ast.Ast) -> Compiled:
    if isinstance(node, ast.Literal):
        value = node.value
        return lambda ctx, n, p, s: value
    if isinstance(node, ast.FieldRef):
        return _field(node.name)
    if isinstance(node, ast.Variable):
        return _variable(node.name)
    if isinstance(node, ast.Call):
        return _call(node)
    if isinstance(node, ast.Negate):
        operand = compile_ast(node.operand)
        return lambda ctx, n, p, s: -to_number(operand(ctx, n, p, s), ctx.tz)
    if isinstance(node, ast.Binary):
        return _binary(node)
    if isinstance(node, ast.Path):
        return _path(node)
    raise XPathEvaluationError(f"Cannot evaluate {type(node).__name__}")  # pragma: no cover


def _field(name: str) -> Compiled:
    def field(ctx: EvalContext, n: Node, p: int, s: int) -> Value:
        resolve = ctx.resolve_field or default_field_resolver
        return resolve(name, ctx.current)

    return field


def default_field_resolver(name: str, current: Node) -> list[Node]:
    """Find ``${name}`` nearest to ``current``: in its own subtree, then its ancestors'.

    Used when no form is loaded (``lintas form eval``); the response engine
    passes its own resolver that knows the form's structure.
    """
    scope: Node | None = current
    while scope is not None:
        if scope.name == name and not scope.is_attribute:
            return [scope]
        found = [node for node in scope.iter_descendants() if node.name == name]
        if found:
            return found
        scope = scope.parent
    return []


def _variable(name: str) -> Compiled:
    def variable(ctx: EvalContext, n: Node, p: int, s: int) -> Value:
        if name not in ctx.variables:
            raise XPathEvaluationError(f"The variable ${name} is not defined.")
        return ctx.variables[name]  # type: ignore[return-value]

    return variable


def _call(node: ast.Call) -> Compiled:
    spec = FUNCTIONS.get(node.name)
    name = node.name
    if spec is None:

        def unknown(ctx: EvalContext, n: Node, p: int, s: int) -> Value:
            raise UnknownFunctionError(f"There is no function called {name}() in ODK XForms.")

        return unknown
    problem = spec.arity_problem(len(node.args))
    if problem:

        def wrong_count(ctx: EvalContext, n: Node, p: int, s: int) -> Value:
            raise ArgumentCountError(problem)

        return wrong_count
    args = [compile_ast(arg) for arg in node.args]
    impl = spec.impl
    if spec.lazy:
        return lambda ctx, n, p, s: impl(ctx, n, p, s, args)
    if len(args) == 1:
        only = args[0]
        return lambda ctx, n, p, s: impl(ctx, n, p, s, [only(ctx, n, p, s)])
    return lambda ctx, n, p, s: impl(ctx, n, p, s, [arg(ctx, n, p, s) for arg in args])


def _binary(node: ast.Binary) -> Compiled:
    left, right, op = compile_ast(node.left), compile_ast(node.right), node.op
    if op == "or":
        return lambda ctx, n, p, s: (
            to_boolean(left(ctx, n, p, s)) or to_boolean(right(ctx, n, p, s))
        )
    if op == "and":
        return lambda ctx, n, p, s: (
            to_boolean(left(ctx, n, p, s)) and to_boolean(right(ctx, n, p, s))
        )
    if op in ("=", "!=", "<", "<=", ">", ">="):
        return lambda ctx, n, p, s: compare(op, left(ctx, n, p, s), right(ctx, n, p, s), ctx.tz)
    if op == "|":
        return _union(left, right)
    if op == "-":
        return lambda ctx, n, p, s: subtract(left(ctx, n, p, s), right(ctx, n, p, s), ctx.tz)
    arithmetic = _ARITHMETIC[op]
    return lambda ctx, n, p, s: arithmetic(
        to_number(left(ctx, n, p, s), ctx.tz), to_number(right(ctx, n, p, s), ctx.tz)
    )


def _divide(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _modulo(a: float, b: float) -> float:
    # XPath mod truncates towards zero (like Java's %), unlike Python's %.
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    return math.fmod(a, b)


_ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "*": lambda a, b: a * b,
    "div": _divide,
    "mod": _modulo,
}


def _union(left: Compiled, right: Compiled) -> Compiled:
    def union(ctx: EvalContext, n: Node, p: int, s: int) -> Value:
        a, b = left(ctx, n, p, s), right(ctx, n, p, s)
        if not isinstance(a, list) or not isinstance(b, list):
            raise XPathTypeError("Both sides of '|' must be node-sets (paths to fields).")
        return sort_document_order(a + b)

    return union


# -- paths ----------------------------------------------------------------------------

Predicate = Callable[[EvalContext, list[Node]], list[Node]]


def _predicate(node: ast.Ast) -> Predicate:
    if isinstance(node, ast.Literal) and isinstance(node.value, float):
        index = node.value

        def positional(ctx: EvalContext, nodes: list[Node]) -> list[Node]:
            if index.is_integer() and 1 <= index <= len(nodes):
                return [nodes[int(index) - 1]]
            return []

        return positional
    test = compile_ast(node)

    def predicate(ctx: EvalContext, nodes: list[Node]) -> list[Node]:
        size = len(nodes)
        kept = []
        for position, candidate in enumerate(nodes, start=1):
            result = test(ctx, candidate, position, size)
            if isinstance(result, float | int) and not isinstance(result, bool):
                if result == position:
                    kept.append(candidate)
            elif to_boolean(result):
                kept.append(candidate)
        return kept

    return predicate


def _step(step: ast.Step) -> Callable[[EvalContext, list[Node]], list[Node]]:
    axis = AXES[step.axis]
    matches = name_test(step.test)
    predicates = [_predicate(p) for p in step.predicates]
    text_step = step.test == "text()" and step.axis == "child"
    simple_child = step.axis == "child" and matches is not None and not text_step
    local = step.test.rsplit(":", 1)[-1]
    by_name = simple_child and step.test != "*" and not step.test.endswith(":*")
    reverse = step.axis in REVERSE_AXES

    def candidates(node: Node) -> list[Node]:
        if by_name:
            return [c for c in node.children if c.name == local]
        if text_step:
            return text_nodes(node)
        found = axis(node)
        return [c for c in found if matches(c)] if matches is not None else list(found)

    def run(ctx: EvalContext, nodes: list[Node]) -> list[Node]:
        result: list[Node] = []
        for node in nodes:
            found = candidates(node)
            for predicate in predicates:
                if not found:
                    break
                found = predicate(ctx, found)
            # Predicates count along the axis (nearest ancestor first); the
            # resulting node-set is in document order, as string() etc. expect.
            result.extend(reversed(found) if reverse else found)
        if len(nodes) > 1 and step.axis in UNORDERED_AXES:
            return sort_document_order(result)
        return result

    return run


def _path(node: ast.Path) -> Compiled:
    shortcut = _simple_path(node)
    if shortcut is not None:
        return shortcut
    steps = [_step(step) for step in node.steps]
    predicates = [_predicate(p) for p in node.predicates]
    start = node.start
    primary = compile_ast(start) if isinstance(start, ast.Ast) else None

    def path(ctx: EvalContext, n: Node, p: int, s: int) -> Value:
        if start == "/":
            # ODK XForms spec, instance(): "/" stays the primary instance even in a
            # predicate over a secondary instance, so it is the document of current().
            nodes = [ctx.current.document()]
        elif primary is None:
            nodes = [n]
        else:
            value = primary(ctx, n, p, s)
            if not isinstance(value, list):
                raise XPathTypeError(
                    "Only a path to fields can be followed by [...] or /steps; "
                    f"this part gives {type(value).__name__} instead."
                )
            nodes = value
            for predicate in predicates:
                nodes = predicate(ctx, nodes)
        for step in steps:
            if not nodes:
                return nodes
            nodes = step(ctx, nodes)
        return nodes

    return path


def _simple_path(node: ast.Path) -> Compiled | None:
    """Closures for "." and "..", the commonest paths in constraints and relevance."""
    if node.start != "." or len(node.steps) != 1 or node.steps[0].predicates:
        return None
    step = node.steps[0]
    if step.test != "node()":
        return None
    if step.axis == "self":
        return lambda ctx, n, p, s: [n]
    if step.axis == "parent":
        return lambda ctx, n, p, s: [n.parent] if n.parent is not None else []
    return None
