"""A parsed, compiled expression: parse once, evaluate many times."""

from __future__ import annotations

from functools import lru_cache

from lintas.form.xpath import ast
from lintas.form.xpath.context import EvalContext
from lintas.form.xpath.errors import XPathEvaluationError, XPathSyntaxError
from lintas.form.xpath.evaluator import compile_ast
from lintas.form.xpath.functions import FUNCTIONS
from lintas.form.xpath.parser import parse_ast
from lintas.form.xpath.values import Value


class Expression:
    """One ODK XPath expression, parsed and compiled.

    Evaluate it with :meth:`evaluate`; inspect it with :meth:`field_refs` and
    :meth:`functions` (for dependency graphs and load-time checks).
    """

    __slots__ = ("_compiled", "_fields", "_functions", "text", "tree")

    def __init__(self, text: str, tree: ast.Ast) -> None:
        self.text = text
        self.tree = tree
        self._compiled = compile_ast(tree)
        walked = list(tree.walk())
        self._fields = frozenset(n.name for n in walked if isinstance(n, ast.FieldRef))
        self._functions = frozenset(n.name for n in walked if isinstance(n, ast.Call))

    def __repr__(self) -> str:
        return f"Expression({self.text!r})"

    def evaluate(self, ctx: EvalContext) -> Value:
        """The value of the expression at ``ctx.node``.

        Raises XPathEvaluationError (or a subclass) when a function is unknown,
        has the wrong number of arguments, or gets a value it cannot use.
        """
        try:
            return self._compiled(ctx, ctx.node, 1, 1)
        except RecursionError:
            raise XPathEvaluationError(_TOO_DEEP) from None
        except (ArithmeticError, ValueError) as error:
            # A numeric corner no function foresaw: still a message, never a traceback.
            raise XPathEvaluationError(
                f"The expression {self.text!r} could not be worked out ({error})."
            ) from None

    def field_refs(self) -> frozenset[str]:
        """The names of every ``${name}`` the expression mentions."""
        return self._fields

    def functions(self) -> frozenset[str]:
        """The names of every function the expression calls."""
        return self._functions

    def to_text(self) -> str:
        """The expression printed back from its syntax tree (fully parenthesised)."""
        return ast.to_text(self.tree)


def parse(text: str) -> Expression:
    """Parse ``text``; raises XPathSyntaxError with the position of the problem."""
    return _parse_cached(text)


@lru_cache(maxsize=4096)
def _parse_cached(text: str) -> Expression:
    # Expressions are immutable, so forms that repeat an expression share it.
    try:
        return Expression(text, parse_ast(text))
    except RecursionError:
        raise XPathSyntaxError(_TOO_DEEP, 0) from None


_TOO_DEEP = (
    "The expression is nested too deeply to work out; split it into smaller "
    "calculations (calculate fields) and combine those"
)


def check_functions(expression: Expression) -> list[str]:
    """Messages for unknown functions, wrong argument counts and ``$name``
    variables (ODK forms have none; usually a mistyped ``${name}``), in text order."""
    problems: list[str] = []
    for node in expression.tree.walk():
        if isinstance(node, ast.Variable):
            problems.append(
                f"${node.name} at character {node.position + 1} is not a field reference; "
                f"write ${{{node.name}}}."
            )
        if not isinstance(node, ast.Call):
            continue
        spec = FUNCTIONS.get(node.name)
        if spec is None:
            problems.append(f"Unknown function {node.name}() at character {node.position + 1}.")
            continue
        problem = spec.arity_problem(len(node.args))
        if problem:
            problems.append(f"{problem[:-1]} (at character {node.position + 1}).")
    return problems
