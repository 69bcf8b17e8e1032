"""Stage 4 of loading: every expression of the form, checked before any interview.

pyxform does not read XPath, so a typo in a relevance condition would otherwise
surface in the field, mid-interview. Each expression is parsed by our own engine
(the same one that runs it) and checked for unknown ``${}`` fields, unknown
functions or argument counts, references out of scope, and cycles.

Scope follows ODK and pyxform: ``${x}`` seen from inside the same repeat
instance means "x of this instance". Seen from anywhere else, a field inside a
repeat is the node-set of x in *every* instance, which only makes sense inside
a function that takes a node-set (``count``, ``sum``, ``indexed-repeat``...).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lintas.form.building import GENERATED_FOR
from lintas.form.choice_filters import filter_column_warnings
from lintas.form.cycles import find_cycles, self_hiding_groups
from lintas.form.errors import Problem, error, warning
from lintas.form.model import Element, Form, Group
from lintas.form.xpath import Expression, XPathSyntaxError, check_functions, parse
from lintas.form.xpath import ast as xpath_ast
from lintas.form.xpath.regex import PatternError, compile_pattern
from lintas.i18n import tr
from lintas.progress import Progress, report

SURVEY = "survey"
# Functions whose arguments may be node-sets from every repeat instance.
NODESET_FUNCTIONS = frozenset(
    {"count", "sum", "min", "max", "join", "indexed-repeat", "count-non-empty",
     "distinct-values", "position", "last"}
)  # fmt: skip
_NOT_SUPPORTED_FUNCTIONS: dict[str, str] = {}
_LAST_SAVED = re.compile(r"\$\{\s*last-saved#([^}\s]+)\s*\}")


@dataclass(frozen=True)
class Site:
    """Where an expression lives: its element, column and text."""

    element: Element
    column: str
    text: str
    scope: Element  # the element whose instance ${} is seen from


def expression_sites(form: Form) -> Iterator[Site]:
    """Every expression of the form, with the column it came from."""
    parents = parent_map(form)
    for element in form.walk():
        if isinstance(element, Group):
            yield from _sites(element, element, ("relevant", element.relevant))
            parent = parents.get(element.key)
            yield from _sites(element, parent or element, ("repeat_count", element.repeat_count))
            continue
        calculation_column = element.extra.get(GENERATED_FOR, "calculation")
        yield from _sites(
            element,
            element,
            ("relevant", element.relevant),
            ("constraint", element.constraint),
            (calculation_column, element.calculation),
            ("required", element.required),
            ("read_only", element.read_only),
            ("choice_filter", element.choice_filter),
            ("default", element.default if element.default_is_expression else ""),
        )


def _sites(element: Element, scope: Element, *columns: tuple[str, str]) -> Iterator[Site]:
    for column, text in columns:
        if text.strip():
            yield Site(element, column, text, scope)


def check_expressions(
    form: Form, progress: Progress | None = None, refused: set[str] | None = None
) -> list[Problem]:
    """Every problem with the form's expressions, each placed by row and column.

    ``refused`` names rows refused while building: references to them are not
    reported again as unknown.
    """
    index = FormIndex(form)
    index.refused = set(refused or ())
    problems: list[Problem] = []
    for count, site in enumerate(expression_sites(form), start=1):
        if count % 200 == 0:
            report(progress, count, 0, "Checking expressions")
        problems += _check_site(site, index)
    problems += _check_instance_name(form, index)
    problems += filter_column_warnings(form)
    problems += _check_triggers(form, index)
    problems += find_cycles(form, index.names)
    problems += self_hiding_groups(form)
    return problems


class FormIndex:
    """Keys -> elements, and the repeats around each element.

    ``${name}`` finds an element by name; a name used in two groups has its group
    path as its key (lintas.form.keys), so it is not in ``names`` and a reference
    to it is refused (pyxform refuses it first; ``repeated`` says why).
    """

    def __init__(self, form: Form) -> None:
        self.names: dict[str, Element] = {}
        self.repeats: dict[str, tuple[str, ...]] = {}
        self.refused: set[str] = set()
        self.repeated: dict[str, list[str]] = {}  # bare name -> its keys, if not unique
        self._fill(form.children, ())

    def _fill(self, children: tuple[Element, ...], repeats: tuple[str, ...]) -> None:
        for element in children:
            self.names.setdefault(element.key, element)
            self.repeats.setdefault(element.key, repeats)
            if element.key != element.name:
                self.repeated.setdefault(element.name, []).append(element.key)
            if isinstance(element, Group):
                inner = (*repeats, element.key) if element.repeat else repeats
                self._fill(element.children, inner)

    def out_of_scope(self, target: str, scope: Element) -> str | None:
        """The repeat that puts ``target`` out of reach from ``scope``, if any."""
        seen_from = set(self.repeats.get(scope.key, ()))
        if isinstance(scope, Group) and scope.repeat:
            seen_from.add(scope.key)
        for repeat in self.repeats.get(target, ()):
            if repeat not in seen_from:
                return repeat
        return None


def _check_site(site: Site, index: FormIndex) -> list[Problem]:
    def problem(message: str) -> Problem:
        return error(message, SURVEY, site.element.row or None, site.column)

    for name in _LAST_SAVED.findall(site.text):
        if name not in index.names:
            return [problem(tr(
                "The {column} of '{element}' reads ${{last-saved#{name}}}, but the form has "
                "no question '{name}'. Check the name.",
                column=site.column, element=site.element.name, name=name,
            ))]  # fmt: skip
    try:
        expression = parse(site.text)
    except XPathSyntaxError as failure:
        return [
            problem(
                tr(
                    "The {column} of '{element}' is not a valid expression: {reason} at "
                    "character {position} of «{expression}».",
                    column=site.column,
                    element=site.element.name,
                    reason=failure.reason,
                    position=failure.position + 1,
                    expression=site.text,
                )
            )
        ]
    problems = [problem(_unsupported(name)) for name in sorted(expression.functions())
                if name in _NOT_SUPPORTED_FUNCTIONS]  # fmt: skip
    if problems:
        return problems
    problems += [
        problem(_of(site, message)) for message in check_functions(expression)
    ]
    problems += [problem(message) for message in _field_problems(site, expression, index)]
    problems += [
        warning(_of(site, message), SURVEY, site.element.row or None, site.column)
        for message in _pattern_problems(expression.tree)
    ]  # fmt: skip
    return problems


def _of(site: Site, message: str) -> str:
    return tr("The {column} of '{element}': {message}", column=site.column,
              element=site.element.name, message=message)  # fmt: skip


def _pattern_problems(tree: xpath_ast.Ast) -> list[str]:
    """regex() patterns written in the form that RE2 cannot run (in linear time)."""
    messages = []
    stack: list[xpath_ast.Ast] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, xpath_ast.Call) and node.name == "regex" and len(node.args) == 2:
            pattern = node.args[1]
            if isinstance(pattern, xpath_ast.Literal) and isinstance(pattern.value, str):
                try:
                    compile_pattern(pattern.value)
                except PatternError as failure:
                    messages.append(str(failure))
        stack.extend(node.children())
    return messages


def _field_problems(site: Site, expression: Expression, index: FormIndex) -> list[str]:
    messages = []
    for name in sorted(expression.field_refs()):
        if name in index.repeated:
            messages.append(tr(
                "The {column} of '{element}' refers to ${{{name}}}, but '{name}' is the name "
                "of more than one question or group ({keys}). Rename one of them so that the "
                "reference says which.",
                column=site.column, element=site.element.key, name=name,
                keys=", ".join(index.repeated[name]),
            ))  # fmt: skip
        elif name not in index.names and name not in index.refused:
            hint = difflib.get_close_matches(name, index.names, n=1)
            message = tr(
                "The {column} of '{element}' refers to ${{{name}}}, but no question or group "
                "is named '{name}'.",
                column=site.column, element=site.element.name, name=name,
            )  # fmt: skip
            if hint:
                message += " " + tr("Did you mean ${{{name}}}?", name=hint[0])
            messages.append(message)
    for name in sorted(_scalar_refs(expression.tree)):
        if name not in index.names:
            continue
        repeat = index.out_of_scope(name, site.scope)
        if repeat:
            messages.append(tr(
                "The {column} of '{element}' refers to ${{{name}}}, which is inside the "
                "repeat '{repeat}', from outside that repeat. There it means every '{name}' "
                "of every '{repeat}'; use it inside count(), sum(), max(), min(), join() or "
                "indexed-repeat().",
                column=site.column, element=site.element.name, name=name, repeat=repeat,
            ))  # fmt: skip
    return messages


def _scalar_refs(tree: xpath_ast.Ast) -> set[str]:
    """${} references that are not inside a node-set function."""
    found: set[str] = set()
    stack: list[xpath_ast.Ast] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, xpath_ast.FieldRef):
            found.add(node.name)
        elif isinstance(node, xpath_ast.Call) and node.name in NODESET_FUNCTIONS:
            continue
        stack.extend(node.children())
    return found


def _check_instance_name(form: Form, index: FormIndex) -> list[Problem]:
    """The settings sheet's instance_name is an expression seen from the form's root."""
    if not form.instance_name.strip():
        return []
    root = Group(form.root_name, f"/{form.root_name}", 0, form.children)
    site = Site(root, "instance_name", form.instance_name, root)
    # The messages name the element as "the instance_name of 'data'"; in the settings the
    # row and column say where it is, so only the English wording is adjusted.
    return [
        Problem(p.severity, p.message.replace(f"of '{form.root_name}'", "in the settings"),
                "settings", 2, "instance_name")
        for p in _check_site(site, index)
    ]  # fmt: skip


def _check_triggers(form: Form, index: FormIndex) -> list[Problem]:
    problems = []
    for question in form.questions():
        for name in question.trigger:
            if name in index.repeated:
                problems.append(
                    error(
                        tr(
                            "The trigger of '{question}' names '{name}', which is the name of "
                            "more than one question ({keys}). Rename one of them so that the "
                            "trigger says which.",
                            question=question.key, name=name,
                            keys=", ".join(index.repeated[name]),
                        ),
                        SURVEY,
                        question.row or None,
                        "trigger",
                    )
                )
            elif name not in index.names and name not in index.refused:
                problems.append(
                    error(
                        tr(
                            "The trigger of '{question}' names '{name}', but no question "
                            "has that name.",
                            question=question.name, name=name,
                        ),
                        SURVEY,
                        question.row or None,
                        "trigger",
                    )
                )
    return problems


def _unsupported(function: str) -> str:
    return f"{_NOT_SUPPORTED_FUNCTIONS[function]}. Remove it from this expression."


def parent_map(form: Form) -> dict[str, Group]:
    """Each element's key -> the group or repeat directly around it."""
    parents: dict[str, Group] = {}
    for element in form.walk():
        if isinstance(element, Group):
            for child in element.children:
                parents.setdefault(child.key, element)
    return parents


__all__ = ["FormIndex", "Site", "check_expressions", "expression_sites", "parent_map"]
