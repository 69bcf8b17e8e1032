"""The one-call API: ``evaluate(expression, instance, context)``, and value printing.

Used by ``lintas form eval`` so form authors can try an expression, and by
tests. The response engine uses :class:`Expression` and :class:`EvalContext`
directly instead, to parse once and evaluate many times.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from lintas.form.xpath.context import EvalContext
from lintas.form.xpath.dates import DateValue
from lintas.form.xpath.errors import XPathEvaluationError
from lintas.form.xpath.expression import parse
from lintas.form.xpath.nodes import DOCUMENT, Node
from lintas.form.xpath.values import Value, number_to_string, to_string


def instance_tree(instance: str | bytes | Mapping[str, Any] | Node | None) -> Node:
    """The root element for ``instance`` (XML text, a nested dict, a Node or nothing)."""
    if instance is None:
        return Node(DOCUMENT)
    if isinstance(instance, Node):
        return instance
    if isinstance(instance, Mapping):
        if len(instance) == 1:
            ((name, body),) = instance.items()
            if isinstance(body, Mapping):
                return Node.from_dict(body, name)
        return Node.from_dict(instance, "data")
    return Node.from_xml(instance)


def evaluate(
    expression: str,
    instance: str | bytes | Mapping[str, Any] | Node | None = None,
    context: str | None = None,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    instances: Mapping[str, Node] | None = None,
) -> Value:
    """Evaluate ``expression`` against ``instance`` with ``context`` as context node.

    ``instance`` is XML text or a nested dict (``{"data": {"age": 30}}``);
    ``context`` is a path (``/data/member[2]``) picking the context node, by
    default the root element. Raises XPathSyntaxError or XPathEvaluationError.
    """
    root = instance_tree(instance)
    node = root
    if context:
        found = parse(context).evaluate(EvalContext(root, now=now, tz=tz))
        if not isinstance(found, list) or not found:
            raise XPathEvaluationError(f"The context path {context!r} matches no node.")
        node = found[0]
    ctx = EvalContext(node, instances=instances, now=now, tz=tz)
    return parse(expression).evaluate(ctx)


def format_value(value: Value) -> str:
    """A value as ``lintas form eval`` prints it: text as is, numbers the XPath way,
    booleans as true/false, dates in ISO 8601, node-sets as their nodes' text."""
    if isinstance(value, list):
        return "\n".join(node.string_value() for node in value)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number_to_string(float(value))
    if isinstance(value, DateValue):
        return value.text()
    return to_string(value)
