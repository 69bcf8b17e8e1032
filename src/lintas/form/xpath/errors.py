"""Errors of the ODK XPath engine, written for form authors."""

from __future__ import annotations

from lintas.errors import LintasError


class XPathError(LintasError):
    """Any problem with an XPath expression (syntax or evaluation)."""


class XPathSyntaxError(XPathError):
    """The expression text cannot be parsed.

    ``position`` is the 0-based offset into the expression text; the message
    counts characters from 1, as a person reading the expression would.
    """

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at character {position + 1}")
        self.position = position
        self.reason = message


class XPathEvaluationError(XPathError):
    """The expression parsed but cannot be evaluated (wrong arguments, bad date...)."""


class UnknownFunctionError(XPathEvaluationError):
    """The expression calls a function that ODK XForms does not define."""


class ArgumentCountError(XPathEvaluationError):
    """A function is called with too few or too many arguments."""


class XPathTypeError(XPathEvaluationError):
    """A value cannot be converted to the type a function or operator needs."""
