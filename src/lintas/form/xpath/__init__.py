"""Lintas's own ODK XPath engine: parse once, evaluate many times.

Follows XPath 1.0 and the ODK XForms specification (getodk/xforms-spec), plus
XLSForm ``${name}`` field references as a token of their own::

    expression = parse("${age} >= 18 and selected(${consent}, 'yes')")
    expression.field_refs()                  # frozenset({'age', 'consent'})
    check_functions(expression)              # [] (else messages for the form author)
    ctx = EvalContext(node, resolve_field=resolver, instances={"list": tree})
    to_boolean(expression.evaluate(ctx))     # ctx.node / ctx.current may be reassigned

Values are ``str``, ``float``, ``bool``, node-sets (``list[Node]``) and
:class:`DateValue`; convert with ``to_string`` / ``to_number`` / ``to_boolean``.
Every error is an :class:`XPathError` (a LintasError) with a message for people.
Conformance: tests/form/test_xpath_conformance.py runs the shared corpus.
"""

from lintas.form.xpath.api import evaluate, format_value, instance_tree
from lintas.form.xpath.context import EvalContext
from lintas.form.xpath.dates import DateValue
from lintas.form.xpath.errors import (
    ArgumentCountError,
    UnknownFunctionError,
    XPathError,
    XPathEvaluationError,
    XPathSyntaxError,
    XPathTypeError,
)
from lintas.form.xpath.evaluator import default_field_resolver
from lintas.form.xpath.expression import Expression, check_functions, parse
from lintas.form.xpath.nodes import Node
from lintas.form.xpath.values import Value, to_boolean, to_number, to_string

__all__ = [
    "ArgumentCountError",
    "DateValue",
    "EvalContext",
    "Expression",
    "Node",
    "UnknownFunctionError",
    "Value",
    "XPathError",
    "XPathEvaluationError",
    "XPathSyntaxError",
    "XPathTypeError",
    "check_functions",
    "default_field_resolver",
    "evaluate",
    "format_value",
    "instance_tree",
    "parse",
    "to_boolean",
    "to_number",
    "to_string",
]
