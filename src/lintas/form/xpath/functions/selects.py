"""select_one / select_multiple helpers: selected, count-selected, selected-at,
jr:choice-name. A select_multiple answer is its choice names separated by spaces."""

from __future__ import annotations

import math
import re
from typing import Any

from lintas.form.xpath.errors import XPathEvaluationError
from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.values import Value, to_number, to_string


@function("selected", 2, 2)
def selected(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    wanted = to_string(args[1]).strip()
    return wanted in to_string(args[0]).split()


@function("count-selected", 1, 1)
def count_selected(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    return float(len(to_string(args[0]).split()))


@function("selected-at", 2, 2)
def selected_at(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    """The choice at 0-based ``index`` of a select_multiple answer ('' if none)."""
    choices = to_string(args[0]).split()
    index = to_number(args[1])
    if math.isnan(index) or math.isinf(index) or not 0 <= int(index) < len(choices):
        return ""
    return choices[int(index)]


_FIELD = re.compile(r"^\s*\$\{\s*([^}\s]+)\s*\}\s*$")


def question_name(reference: str) -> str:
    """The question a jr:choice-name() reference names: ``${q}`` or ``/data/q`` gives q."""
    match = _FIELD.match(reference)
    if match:
        return match.group(1)
    return reference.strip().rstrip("/").rsplit("/", 1)[-1]


@function("jr:choice-name", 2, 2)
def choice_name(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> str:
    """The label of choice ``value`` of the select question named by the second argument."""
    value = to_string(args[0])
    reference = args[1]
    if isinstance(reference, list):
        name = reference[0].name if reference else ""
    else:
        name = question_name(to_string(reference))
    if ctx.choice_name is None:
        raise XPathEvaluationError("jr:choice-name() needs a loaded form to look up choice labels.")
    if not value:
        return ""
    return str(ctx.choice_name(value, name))
