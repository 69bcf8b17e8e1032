"""Number functions: XPath 1.0 section 4.4 plus ODK's int, round(x, n), pow, math."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from lintas.form.xpath.errors import XPathTypeError
from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.values import NAN, Value, to_number

INF = math.inf


@function("number", 0, 1)
def number(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    return to_number(args[0] if args else [node], ctx.tz)


@function("int", 1, 1)
def int_(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """ODK int(): truncate towards zero."""
    value = to_number(args[0], ctx.tz)
    if math.isnan(value) or math.isinf(value):
        return value
    return math.copysign(float(math.trunc(value)), value)


@function("round", 1, 2)
def round_(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """XPath 1.0 round(): halves go towards positive infinity (round(-1.5) is -1).

    ODK adds round(x, decimals), rounding the same way at that decimal place.
    Decimal arithmetic keeps 2.675 (stored as 2.67499...) from rounding down.
    """
    value = to_number(args[0], ctx.tz)
    if math.isnan(value) or math.isinf(value) or value == 0:
        return value
    places = 0
    if len(args) > 1:
        digits = to_number(args[1], ctx.tz)
        if math.isnan(digits):
            return NAN
        places = int(max(-400.0, min(400.0, digits)))  # beyond that a float has no digits
    mode = ROUND_HALF_UP if value > 0 else ROUND_HALF_DOWN
    try:
        rounded = float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), mode))
    except InvalidOperation:
        return value
    return math.copysign(rounded, value) if rounded == 0 else rounded


@function("pow", 2, 2)
def pow_(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    base, exponent = to_number(args[0], ctx.tz), to_number(args[1], ctx.tz)
    try:
        result = math.pow(base, exponent)
    except (ValueError, ZeroDivisionError):
        return NAN if not math.isnan(base) and base >= 0 else (INF if base == 0 else NAN)
    except OverflowError:
        return INF
    return result


def _unary(name: str, operation: Callable[[float], float]) -> None:
    def impl(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
        value = to_number(args[0], ctx.tz)
        try:
            return float(operation(value))
        except (ValueError, OverflowError):
            return NAN

    function(name, 1, 1)(impl)


def _log(value: float) -> float:
    if value == 0:
        return -INF
    return math.log(value)


def _log10(value: float) -> float:
    if value == 0:
        return -INF
    return math.log10(value)


def _exp(value: float) -> float:
    try:
        return math.exp(value)
    except OverflowError:
        return INF


def _whole(operation: Callable[[float], int]) -> Callable[[float], float]:
    def apply(value: float) -> float:
        if math.isnan(value) or math.isinf(value):
            return value
        return math.copysign(float(operation(value)), value)

    return apply


_unary("abs", abs)
_unary("floor", _whole(math.floor))
_unary("ceiling", _whole(math.ceil))
_unary("sqrt", math.sqrt)
_unary("exp", _exp)
_unary("exp10", lambda v: math.pow(10, v))
_unary("log", _log)
_unary("log10", _log10)
_unary("sin", math.sin)
_unary("cos", math.cos)
_unary("tan", math.tan)
_unary("asin", math.asin)
_unary("acos", math.acos)
_unary("atan", math.atan)


@function("atan2", 2, 2)
def atan2(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    return math.atan2(to_number(args[0], ctx.tz), to_number(args[1], ctx.tz))


@function("pi", 0, 0)
def pi(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    return math.pi


def numbers_of(values: list[Value], tz: Any) -> list[float]:
    """Every argument as a number, each node of a node-set on its own."""
    out: list[float] = []
    for value in values:
        if isinstance(value, list):
            out.extend(to_number(node.string_value(), tz) for node in value)
        else:
            out.append(to_number(value, tz))
    return out


@function("min", 1, None)
def min_(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    values = numbers_of(args, ctx.tz)
    if not values or any(math.isnan(v) for v in values):
        return NAN
    return min(values)


@function("max", 1, None)
def max_(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    values = numbers_of(args, ctx.tz)
    if not values or any(math.isnan(v) for v in values):
        return NAN
    return max(values)


@function("sum", 1, 1)
def sum_(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    if not isinstance(args[0], list):
        raise XPathTypeError("sum() needs a node-set: a path to a field, such as a repeat.")
    return math.fsum(numbers_of(args, ctx.tz)) if args[0] else 0.0


@function("random", 0, 0)
def random_(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    import random as _random

    generator = ctx.random or _random
    return generator.random()
