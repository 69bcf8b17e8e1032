"""The ``search()`` appearance: a select whose choices are rows of an attached CSV file.

ODK Collect (from SurveyCTO) reads ``search('fruits')`` in a select's appearance as
"the choices are the rows of fruits.csv". The select's own choice list then has one
row that only names columns: its ``name`` is the column holding each choice's value,
its ``label`` the column (or columns, separated by commas) making the label; a second
label column is shown as ``first (column: value)``. With four arguments,
``search('fruits', 'contains', 'name,label', ${q})`` keeps the rows whose columns
(any of them) contain, start with (``startswith``), end with (``endswith``) or equal
(``matches``) the value, letters compared without regard to case as ODK's SQLite
LIKE does (ASCII letters); two more arguments, ``'type', ${kind}``, keep only the
rows whose column equals that value exactly. Rows with a value already offered are
left out, as in Collect.

Lintas reads it offline from the form's attached CSV: the rows become a choice list
(``lintas.form.external``) and the search becomes the question's choice filter, so it
is evaluated again whenever an answer it reads changes, like any other filter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = {"contains": "contains", "startswith": "starts-with", "endswith": "ends-with"}
MATCHES = "matches"
# As pyxform and Collect spot it: 'search(' with no space before the bracket. A call
# that is never closed is still taken as one, so that it is refused, not ignored.
_CALL = re.compile(r"search\(")
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_COLUMN = re.compile(r"^[A-Za-z_][\w.\-]*$")


class SearchError(ValueError):
    """A search() appearance whose meaning is not clear; the message says why."""


@dataclass(frozen=True)
class Search:
    file_name: str  # 'fruits' -> fruits.csv
    kind: str = ""  # '' (every row), contains, startswith, endswith, matches
    columns: tuple[str, ...] = ()
    value: str = ""  # an expression, as written
    filter_column: str = ""
    filter_value: str = ""  # an expression, as written

    def predicate(self) -> str:
        """The choice filter that keeps the rows this search finds ('' for all)."""
        parts = []
        if self.kind:
            value = _fold(f"string({self.value})")
            if self.kind == MATCHES:
                tests = [f"{_fold(column)} = {value}" for column in self.columns]
            else:
                tests = [f"{KINDS[self.kind]}({_fold(column)}, {value})" for column in self.columns]
            parts.append("(" + " or ".join(tests) + ")")
        if self.filter_column:
            parts.append(f"{self.filter_column} = string({self.filter_value})")
        return " and ".join(parts)

    def read_columns(self) -> tuple[str, ...]:
        return (*self.columns, *([self.filter_column] if self.filter_column else []))


def has_search(appearance: str) -> bool:
    return bool(_CALL.search(appearance or ""))


def parse_search(appearance: str) -> Search:
    """The search() call in an appearance; SearchError saying what is wrong."""
    match = _CALL.search(appearance)
    if match is None:
        raise SearchError("has no search(...) call.")
    args = _arguments(appearance, match.start() + len("search("))
    if len(args) not in (1, 4, 6):
        raise SearchError(
            f"gives search() {len(args)} argument(s); it takes 1 (the file), 4 (file, "
            "kind, columns, value) or 6 (and a filter column and value)."
        )
    file_name = _literal(args[0], "the file name")
    if not file_name or "/" in file_name or "\\" in file_name:
        raise SearchError("names no file in search(); write search('fruits') for fruits.csv.")
    if file_name.lower().endswith(".csv"):
        file_name = file_name[:-4]
    if len(args) == 1:
        return Search(file_name)
    kind = _literal(args[1], "the kind of search").strip().lower()
    if kind not in (*KINDS, MATCHES):
        raise SearchError(
            f"asks search() for '{kind}'; the kinds are contains, startswith, endswith and matches."
        )
    columns = tuple(c.strip() for c in _literal(args[2], "the columns").split(",") if c.strip())
    if not columns or not all(_COLUMN.match(c) for c in columns):
        raise SearchError("gives search() no usable column names to search in (such as 'name').")
    filter_column, filter_value = "", ""
    if len(args) == 6:
        filter_column = _literal(args[4], "the filter column").strip()
        if not _COLUMN.match(filter_column):
            raise SearchError(f"gives search() '{filter_column}' as a filter column name.")
        filter_value = args[5]
    return Search(file_name, kind, columns, args[3], filter_column, filter_value)


def _fold(expression: str) -> str:
    """ASCII letters in lower case, as SQLite's LIKE compares them (ODK Collect)."""
    return f"translate({expression}, '{_UPPER}', '{_UPPER.lower()}')"


def _literal(text: str, what: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    raise SearchError(f"gives {what} of search() as {text!r}; write it in quotes.")


def _arguments(text: str, start: int) -> list[str]:
    """The top-level, comma-separated arguments of the call opened before ``start``."""
    args: list[str] = []
    current: list[str] = []
    depth, quote = 0, ""
    for char in text[start:]:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                args.append("".join(current).strip())
                return [a for a in args if a] if args != [""] else []
            depth -= 1
        elif char == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    raise SearchError("opens search( without closing it.")
