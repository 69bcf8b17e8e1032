"""String functions: XPath 1.0 section 4.2 plus the ODK XForms additions."""

from __future__ import annotations

import base64
import binascii
import math
import re
from typing import Any

from lintas.form.xpath.errors import XPathEvaluationError
from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.regex import PatternError, search
from lintas.form.xpath.values import Value, to_number, to_string


def _each_string(values: list[Value]) -> list[str]:
    """Argument strings, with every node of a node-set counted separately (ODK)."""
    out: list[str] = []
    for value in values:
        if isinstance(value, list):
            out.extend(node.string_value() for node in value)
        else:
            out.append(to_string(value))
    return out


@function("string", 0, 1)
def string(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    return to_string(args[0]) if args else node.string_value()


@function("concat", 0, None)
def concat(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    return "".join(_each_string(args))


@function("join", 1, None)
def join(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    return to_string(args[0]).join(_each_string(args[1:]))


@function("string-length", 1, 1)
def string_length(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """The argument is required in ODK (unlike XPath 1.0)."""
    return float(len(to_string(args[0])))


_XML_SPACE = re.compile(r"[ \t\r\n]+")  # XPath whitespace, not Unicode's


@function("normalize-space", 0, 1)
def normalize_space(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    text = to_string(args[0]) if args else node.string_value()
    return " ".join(_XML_SPACE.split(text)).strip(" ")


@function("contains", 2, 2)
def contains(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    return to_string(args[1]) in to_string(args[0])


@function("starts-with", 2, 2)
def starts_with(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    return to_string(args[0]).startswith(to_string(args[1]))


@function("ends-with", 2, 2)
def ends_with(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    return to_string(args[0]).endswith(to_string(args[1]))


@function("substring-before", 2, 2)
def substring_before(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    text, marker = to_string(args[0]), to_string(args[1])
    index = text.find(marker)
    return text[:index] if index >= 0 else ""


@function("substring-after", 2, 2)
def substring_after(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    text, marker = to_string(args[0]), to_string(args[1])
    index = text.find(marker)
    return text[index + len(marker) :] if index >= 0 else ""


def _xpath_round(number: float) -> float:
    if math.isnan(number) or math.isinf(number):
        return number
    return float(math.floor(number + 0.5))


@function("substring", 2, 3)
def substring(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    """XPath 1.0 substring(): 1-based, with its rounding rules for odd positions."""
    text = to_string(args[0])
    start = _xpath_round(to_number(args[1]))
    end = start + _xpath_round(to_number(args[2])) if len(args) > 2 else math.inf
    if math.isnan(start) or math.isnan(end):
        return ""
    return "".join(c for i, c in enumerate(text, start=1) if start <= i < end)


@function("substr", 2, 3)
def substr(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    """ODK substr(): 0-based start, exclusive end; negatives count from the end."""
    text = to_string(args[0])
    start = _index(to_number(args[1]), len(text))
    end = _index(to_number(args[2]), len(text)) if len(args) > 2 else len(text)
    return text[start:end] if start < end else ""


def _index(number: float, length: int) -> int:
    if math.isnan(number):
        return 0
    if math.isinf(number):
        return length if number > 0 else 0
    index = int(number)
    return max(0, length + index) if index < 0 else min(index, length)


@function("translate", 3, 3)
def translate(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    text, source, target = (to_string(a) for a in args)
    table: dict[int, int | None] = {}
    for index, char in enumerate(source):
        table.setdefault(ord(char), ord(target[index]) if index < len(target) else None)
    return text.translate(table)


@function("lower-case", 1, 1)
def lower_case(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    return to_string(args[0]).lower()


@function("upper-case", 1, 1)
def upper_case(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    return to_string(args[0]).upper()


@function("regex", 2, 2)
def regex(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    """ODK regex(): true when the pattern matches anywhere in the text (RE2, linear)."""
    try:
        return search(to_string(args[1]), to_string(args[0]))
    except PatternError as error:
        raise XPathEvaluationError(str(error)) from None


@function("base64-decode", 1, 1)
def base64_decode(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    """ODK base64-decode(): the UTF-8 text encoded in base64 ('' if it is not)."""
    try:
        return base64.b64decode(to_string(args[0]), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""
