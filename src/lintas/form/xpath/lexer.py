"""Tokenising XPath 1.0 text, plus XLSForm ``${name}`` field references.

Follows XPath 1.0 section 3.7 (lexical structure), including its rule for
telling ``*`` and ``and``/``or``/``div``/``mod`` as operators apart from name
tests: they are operators only when a preceding token exists and is not one of
``@ :: ( [ ,`` or another operator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lintas.form.xpath.errors import XPathSyntaxError

# Token kinds.
NUMBER = "number"
STRING = "string"
NAME = "name"  # a name test: QName, prefix:* (a bare * is kind STAR)
FUNCTION = "function"  # a QName followed by "("
NODE_TYPE = "node-type"  # node(), text(), comment(), processing-instruction()
AXIS = "axis"  # an axis name followed by "::"
FIELD = "field"  # ${name}
VARIABLE = "variable"  # $name
OPERATOR = "operator"  # and or div mod * (as operators) and symbol operators
PUNCT = "punct"  # ( ) [ ] . .. @ , ::  / //
STAR = "star"
END = "end"

NODE_TYPES = frozenset({"node", "text", "comment", "processing-instruction"})
OPERATOR_NAMES = frozenset({"and", "or", "div", "mod"})
# "/" and "//" count as operators in XPath 1.0's rule; they are PUNCT tokens here.
_NO_OPERATOR_AFTER = frozenset({"@", "::", "(", "[", ",", "/", "//"})

_NCNAME = r"[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*"
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<string>"[^"]*"|'[^']*')
  | (?P<field>\$\{{(?P<field_name>[^}}]*)\}})
  | (?P<variable>\$(?P<variable_name>{_NCNAME}(?::{_NCNAME})?))
  | (?P<name>{_NCNAME}(?::(?:{_NCNAME}|\*))?)
  | (?P<symbol>//|::|\.\.|!=|<=|>=|[/()\[\].@,|+\-=<>*])
    """,
    re.VERBOSE,
)
_GLUED_OPERATOR = re.compile(r"(and|or|div|mod)(?=[\d.])")
_FIELD_NAME = re.compile(rf"{_NCNAME}$")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    value: str
    position: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens, ending with an END token."""
    tokens: list[Token] = []
    index = 0
    while index < len(text):
        match = _TOKEN.match(text, index)
        if match is None:
            raise XPathSyntaxError(_unexpected(text, index), index)
        kind = match.lastgroup
        if kind in ("field_name", "variable_name"):
            kind = kind.split("_")[0]
        end = match.end()
        glued = _GLUED_OPERATOR.match(match.group(0)) if kind == "name" else None
        if glued and _operator_context(tokens):
            # "1mod1", "1 and1": an operator name glued to a number (accepted by ODK tools).
            tokens.append(Token(OPERATOR, glued.group(1), index))
            end = index + len(glued.group(1))
        elif kind == "field" and match.group("field_name").strip().startswith(LAST_SAVED_PREFIX):
            tokens.extend(_last_saved_tokens(match))
        elif kind != "space":
            tokens.append(_classify(text, match, kind or "", tokens))
        index = end
    tokens.append(Token(END, "", len(text)))
    return tokens


# ODK's ${last-saved#name}: the answer in the last saved record of this form. It reads
# as instance('__last-saved')/last/name, which each Response provides (lintas.form.response).
LAST_SAVED_PREFIX = "last-saved#"
LAST_SAVED_INSTANCE = "__last-saved"
LAST_SAVED_ROOT = "last"


def _last_saved_tokens(match: re.Match[str]) -> list[Token]:
    start = match.start()
    name = match.group("field_name").strip()[len(LAST_SAVED_PREFIX) :]
    if not _FIELD_NAME.match(name):
        raise XPathSyntaxError(f"{match.group(0)} is not a valid field reference", start)
    return [
        Token(FUNCTION, "instance", start), Token(PUNCT, "(", start),
        Token(STRING, LAST_SAVED_INSTANCE, start), Token(PUNCT, ")", start),
        Token(PUNCT, "/", start), Token(NAME, LAST_SAVED_ROOT, start),
        Token(PUNCT, "/", start), Token(NAME, name, start),
    ]  # fmt: skip


def _unexpected(text: str, index: int) -> str:
    char = text[index]
    if char in "\"'":
        return f"The text starting with {char} is never closed (missing {char})"
    if text.startswith("${", index):
        return "A ${...} field reference is never closed (missing '}')"
    return f"Unexpected character {char!r}"


def _operator_context(tokens: list[Token]) -> bool:
    """True when a name or * here must be an operator (XPath 1.0, 3.7)."""
    if not tokens:
        return False
    last = tokens[-1]
    if last.kind == OPERATOR:
        return False
    return not (last.kind == PUNCT and last.value in _NO_OPERATOR_AFTER)


def _classify(text: str, match: re.Match[str], kind: str, tokens: list[Token]) -> Token:
    start, value = match.start(), match.group(0)
    if kind == "number":
        return Token(NUMBER, value, start)
    if kind == "string":
        return Token(STRING, value[1:-1], start)
    if kind == "field":
        name = match.group("field_name").strip()
        if not _FIELD_NAME.match(name):
            raise XPathSyntaxError(f"{value} is not a valid field reference", start)
        return Token(FIELD, name, start)
    if kind == "variable":
        return Token(VARIABLE, match.group("variable_name"), start)
    if kind == "name":
        return _classify_name(text, value, start, match.end(), tokens)
    if value == "*":
        return Token(OPERATOR if _operator_context(tokens) else STAR, value, start)
    if value in ("|", "+", "-", "=", "!=", "<", "<=", ">", ">="):
        return Token(OPERATOR, value, start)
    return Token(PUNCT, value, start)


def _classify_name(text: str, value: str, start: int, end: int, tokens: list[Token]) -> Token:
    if _operator_context(tokens):
        if value in OPERATOR_NAMES:
            return Token(OPERATOR, value, start)
        raise XPathSyntaxError(f"Expected an operator but found {value!r}", start)
    rest = text[end:].lstrip()
    if rest.startswith("::"):
        return Token(AXIS, value, start)
    if rest.startswith("("):
        return Token(NODE_TYPE if value in NODE_TYPES else FUNCTION, value, start)
    return Token(NAME, value, start)
