"""A Pratt parser for ODK XPath (XPath 1.0 expressions plus ``${name}``).

Operator precedence follows XPath 1.0 section 3 (lowest first): ``or``,
``and``, equality, relational, additive, multiplicative, unary minus, union,
then paths and filter expressions.
"""

from __future__ import annotations

from lintas.form.xpath import lexer as lx
from lintas.form.xpath.ast import Ast, Binary, Call, FieldRef, Literal, Negate, Path, Step, Variable
from lintas.form.xpath.errors import XPathSyntaxError
from lintas.form.xpath.lexer import Token, tokenize

_BINDING = {
    "or": 1, "and": 2, "=": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
    "+": 5, "-": 5, "*": 6, "div": 6, "mod": 6, "|": 8,
}  # fmt: skip
_UNARY_BINDING = 7
_AXES = frozenset(
    {
        "ancestor", "ancestor-or-self", "attribute", "child", "descendant",
        "descendant-or-self", "following", "following-sibling", "namespace",
        "parent", "preceding", "preceding-sibling", "self",
    }
)  # fmt: skip
_STEP_START = frozenset({lx.NAME, lx.STAR, lx.AXIS, lx.NODE_TYPE})


def _describe(token: Token) -> str:
    if token.kind == lx.END:
        return "the end of the expression"
    if token.kind == lx.STRING:
        return "a text in quotes"
    if token.kind == lx.FIELD:
        return "${" + token.value + "}"
    return repr(token.value)


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0

    # -- token helpers ----------------------------------------------------------------
    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at(self, kind: str, value: str | None = None) -> bool:
        token = self.token
        return token.kind == kind and (value is None or token.value == value)

    def expect(self, kind: str, value: str, why: str) -> Token:
        if not self.at(kind, value):
            raise XPathSyntaxError(
                f"Expected {value!r} {why} but found {_describe(self.token)}", self.token.position
            )
        return self.advance()

    # -- expressions ------------------------------------------------------------------
    def parse(self) -> Ast:
        if self.at(lx.END):
            raise XPathSyntaxError("The expression is empty", 0)
        node = self.expression(0)
        if not self.at(lx.END):
            raise XPathSyntaxError(
                f"Unexpected {_describe(self.token)} (is an operator or a comma missing?)",
                self.token.position,
            )
        return node

    def expression(self, min_binding: int) -> Ast:
        left = self.prefix()
        while True:
            token = self.token
            if token.kind != lx.OPERATOR:
                break
            binding = _BINDING[token.value]
            if binding <= min_binding:
                break
            self.advance()
            if self.at(lx.END):
                raise XPathSyntaxError(
                    f"Expected a value after {token.value!r}", self.token.position
                )
            right = self.expression(binding)
            left = Binary(token.value, left, right, token.position)
        return left

    def prefix(self) -> Ast:
        token = self.token
        if token.kind == lx.OPERATOR and token.value == "-":
            self.advance()
            return Negate(self.expression(_UNARY_BINDING - 1), token.position)
        return self.path_expression()

    # -- paths ------------------------------------------------------------------------
    def path_expression(self) -> Ast:
        token = self.token
        if token.kind == lx.PUNCT and token.value in ("/", "//"):
            self.advance()
            steps: list[Step] = []
            if token.value == "//":
                steps.append(Step("descendant-or-self", "node()", [], token.position))
                steps.extend(self.relative_steps())
            elif self._step_starts():
                steps.extend(self.relative_steps())
            return Path("/", [], steps, token.position)
        if self._step_starts():
            return Path(".", [], self.relative_steps(), token.position)
        primary = self.primary()
        predicates = self.predicates()
        if not (self.at(lx.PUNCT, "/") or self.at(lx.PUNCT, "//")) and not predicates:
            return primary
        steps = []
        if self.at(lx.PUNCT, "/") or self.at(lx.PUNCT, "//"):
            steps = self.continue_steps()
        return Path(primary, predicates, steps, token.position)

    def _step_starts(self) -> bool:
        token = self.token
        if token.kind in _STEP_START:
            return True
        return token.kind == lx.PUNCT and token.value in (".", "..", "@")

    def relative_steps(self) -> list[Step]:
        steps = [self.step()]
        if self.at(lx.PUNCT, "/") or self.at(lx.PUNCT, "//"):
            steps.extend(self.continue_steps())
        return steps

    def continue_steps(self) -> list[Step]:
        steps: list[Step] = []
        while self.at(lx.PUNCT, "/") or self.at(lx.PUNCT, "//"):
            slash = self.advance()
            if slash.value == "//":
                steps.append(Step("descendant-or-self", "node()", [], slash.position))
            if not self._step_starts():
                raise XPathSyntaxError(
                    f"Expected a name after {slash.value!r} but found {_describe(self.token)}",
                    self.token.position,
                )
            steps.append(self.step())
        return steps

    def step(self) -> Step:
        token = self.advance()
        if token.kind == lx.PUNCT and token.value == ".":
            return Step("self", "node()", [], token.position)
        if token.kind == lx.PUNCT and token.value == "..":
            return Step("parent", "node()", [], token.position)
        axis = "child"
        if token.kind == lx.PUNCT and token.value == "@":
            axis = "attribute"
            token = self.advance()
        elif token.kind == lx.AXIS:
            if token.value not in _AXES:
                raise XPathSyntaxError(f"{token.value!r} is not an XPath axis", token.position)
            axis = token.value
            self.expect(lx.PUNCT, "::", "after the axis name")
            token = self.advance()
        test = self.node_test(token)
        return Step(axis, test, self.predicates(), token.position)

    def node_test(self, token: Token) -> str:
        if token.kind in (lx.NAME, lx.STAR):
            return token.value
        if token.kind == lx.NODE_TYPE:
            self.expect(lx.PUNCT, "(", f"after {token.value}")
            self.expect(lx.PUNCT, ")", f"after {token.value}(")
            return token.value + "()"
        raise XPathSyntaxError(f"Expected a name but found {_describe(token)}", token.position)

    def predicates(self) -> list[Ast]:
        predicates = []
        while self.at(lx.PUNCT, "["):
            self.advance()
            predicates.append(self.expression(0))
            self.expect(lx.PUNCT, "]", "to close the condition in [...]")
        return predicates

    # -- primaries --------------------------------------------------------------------
    def primary(self) -> Ast:
        token = self.advance()
        if token.kind == lx.NUMBER:
            return Literal(float(token.value), token.position)
        if token.kind == lx.STRING:
            return Literal(token.value, token.position)
        if token.kind == lx.FIELD:
            return FieldRef(token.value, token.position)
        if token.kind == lx.VARIABLE:
            return Variable(token.value, token.position)
        if token.kind == lx.FUNCTION:
            return self.call(token)
        if token.kind == lx.PUNCT and token.value == "(":
            inner = self.expression(0)
            self.expect(lx.PUNCT, ")", "to close '('")
            return inner
        if token.kind == lx.END:
            raise XPathSyntaxError("The expression ends too early", token.position)
        raise XPathSyntaxError(f"Unexpected {_describe(token)}", token.position)

    def call(self, name: Token) -> Call:
        self.expect(lx.PUNCT, "(", f"after {name.value}")
        args: list[Ast] = []
        if not self.at(lx.PUNCT, ")"):
            args.append(self.expression(0))
            while self.at(lx.PUNCT, ","):
                self.advance()
                args.append(self.expression(0))
        self.expect(lx.PUNCT, ")", f"after the arguments of {name.value}")
        return Call(name.value, args, name.position)


def parse_ast(text: str) -> Ast:
    """Parse ``text`` into a syntax tree; raises XPathSyntaxError."""
    return Parser(text).parse()
