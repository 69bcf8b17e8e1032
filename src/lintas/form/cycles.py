"""Cycles among calculations and relevance conditions.

A calculation that needs its own result, directly or through others, has no
value; ODK refuses such forms ("cycle detected"), and so do we, naming the
questions on the circle so the author can see where to cut it.
"""

from __future__ import annotations

from collections.abc import Mapping

from lintas.form.errors import Problem, error, warning
from lintas.form.model import Element, Form, Group
from lintas.form.xpath import XPathSyntaxError, parse
from lintas.i18n import tr


def dependency_edges(form: Form, names: Mapping[str, Element]) -> dict[str, set[str]]:
    """name -> the names its calculation and relevance read (known names only)."""
    edges: dict[str, set[str]] = {}
    for element in form.walk():
        texts = [element.relevant]
        if not isinstance(element, Group):
            texts.append(element.calculation)
        for text in texts:
            if not text.strip():
                continue
            try:
                refs = parse(text).field_refs()
            except XPathSyntaxError:
                continue  # reported as a syntax problem already
            edges.setdefault(element.key, set()).update(r for r in refs if r in names)
    return edges


def find_cycles(form: Form, names: Mapping[str, Element]) -> list[Problem]:
    """One problem per cycle (a strongly connected group of names, or a self-loop)."""
    edges = dependency_edges(form, names)
    problems = []
    for component in strongly_connected(edges):
        if len(component) == 1:
            (only,) = component
            if only not in edges.get(only, ()):
                continue
        ordered = sorted(component, key=lambda n: names[n].row)
        first = names[ordered[0]]
        circle = " → ".join(f"${{{n}}}" for n in [*ordered, ordered[0]])
        problems.append(
            error(
                tr(
                    "The calculations and relevance conditions go round in a circle: "
                    "{circle}. Each needs the other's answer first, so none can be worked "
                    "out. Change one of them so the circle is broken.",
                    circle=circle,
                ),
                "survey",
                first.row or None,
                "calculation" if getattr(first, "calculation", "") else "relevant",
            )
        )
    return problems


def self_hiding_groups(form: Form) -> list[Problem]:
    """Warnings for groups whose relevance reads a question inside the group."""
    problems = []
    for group in form.walk():
        if not isinstance(group, Group) or not group.relevant.strip():
            continue
        try:
            refs = parse(group.relevant).field_refs()
        except XPathSyntaxError:
            continue
        inside = {e.key for e in _descendants(group)}
        for name in sorted(refs & inside):
            problems.append(
                warning(
                    tr(
                        "The relevant of '{group}' reads ${{{name}}}, which is inside "
                        "'{group}': while the group is hidden, '{name}' cannot be "
                        "answered, so the group may never show. Move the question out of "
                        "the group, or base the condition on an earlier question.",
                        group=group.name,
                        name=name,
                    ),
                    "survey",
                    group.row or None,
                    "relevant",
                )
            )
    return problems


def _descendants(group: Group) -> list[Element]:
    found: list[Element] = []
    for child in group.children:
        found.append(child)
        if isinstance(child, Group):
            found += _descendants(child)
    return found


def strongly_connected(edges: Mapping[str, set[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components, iteratively (forms can be deep)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[set[str]] = []
    counter = 0
    for root in list(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
    return components
