"""A warning for choice filters that name a column the choice list does not have.

In ``country = ${country}`` the bare ``country`` is a column of the choices sheet
(a child of each ``item``). A misspelt column is not an error in XPath: it is
just empty, so the filter silently offers nothing. We warn at load instead.
"""

from __future__ import annotations

from lintas.form.errors import Problem, warning
from lintas.form.model import Form, Question
from lintas.form.xpath import XPathSyntaxError, parse
from lintas.form.xpath import ast as xpath_ast
from lintas.i18n import tr


def filter_column_warnings(form: Form) -> list[Problem]:
    problems = []
    for question in form.questions():
        if not question.choice_filter or question.choice_list not in form.choice_lists:
            continue
        missing = sorted(_bare_names(question.choice_filter) - _columns(form, question))
        for column in missing:
            problems.append(
                warning(
                    tr(
                        "The choice_filter of '{question}' reads the column '{column}', "
                        "but the choice list '{list}' has no such column, so no choice "
                        "will match it. Check the spelling on the choices sheet.",
                        question=question.name,
                        column=column,
                        list=question.choice_list,
                    ),
                    "survey",
                    question.row or None,
                    "choice_filter",
                )
            )
    return problems


def _columns(form: Form, question: Question) -> set[str]:
    choices = form.choice_lists[str(question.choice_list)].choices
    columns = {"name", "label"}
    for choice in choices:
        columns |= set(choice.extra)
    return columns


def _bare_names(text: str) -> set[str]:
    """Names of relative child paths (``country``, ``a/b`` -> ``a``) outside other paths."""
    try:
        tree = parse(text).tree
    except XPathSyntaxError:
        return set()  # reported as a syntax error elsewhere
    found: set[str] = set()
    stack: list[xpath_ast.Ast] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, xpath_ast.Path):
            first = node.steps[0] if node.steps else None
            if node.start == "." and first is not None and first.axis == "child":
                if first.test.replace("_", "").replace("-", "").isalnum():
                    found.add(first.test)
            continue  # steps below another path are not columns of the item
        stack.extend(node.children())
    return found
