"""Which fields a plain XPath path (``../name``, ``/data/household/name``) reads.

``${name}`` must name a unique field (pyxform), so a form that uses one name in two
groups reaches those fields with plain paths, as ODK does: ``string-length(../name)``
in a repeat. The dependency graph (engine.py) and identifier taint (taint.py) must see
those reads too, or an answer change would not update what reads it, and a calculation
could copy an identifier untainted. Paths are resolved against the form's structure
from the node the expression belongs to; only child, parent and self steps by name are
followed (anything else, such as ``//`` or a predicate's own paths, is left alone).
"""

from __future__ import annotations

from lintas.form.model import Element, Form, Group
from lintas.form.xpath import XPathError, ast
from lintas.form.xpath import parse as parse_expression


class PathIndex:
    """Element names from the root (XML steps) -> the element's key."""

    def __init__(self, form: Form) -> None:
        self.root = form.root_name
        self.keys: dict[tuple[str, ...], str] = {}
        self.steps: dict[str, tuple[str, ...]] = {}
        self._fill(form.children, ())

    def _fill(self, children: tuple[Element, ...], steps: tuple[str, ...]) -> None:
        for element in children:
            here = (*steps, element.name)
            self.keys[here] = element.key
            self.steps[element.key] = here
            if isinstance(element, Group):
                self._fill(element.children, here)

    def reads(self, key: str, text: str) -> set[str]:
        """Keys of the fields the plain paths in ``text`` reach from element ``key``."""
        if "/" not in text and ".." not in text:
            return set()  # the usual case: no path at all, nothing to parse
        try:
            tree = parse_expression(text).tree
        except XPathError:
            return set()  # reported as a syntax problem by checking.py
        found: set[str] = set()
        self._walk(tree, self.steps.get(key, ()), found)
        return found

    def _walk(self, node: ast.Ast, here: tuple[str, ...], found: set[str]) -> None:
        if isinstance(node, ast.Path) and node.start in (".", "/"):
            target = self._follow(node, here)
            if target is not None and target in self.keys:
                found.add(self.keys[target])
        for child in node.children():
            self._walk(child, here, found)

    def _follow(self, path: ast.Path, here: tuple[str, ...]) -> tuple[str, ...] | None:
        at: list[str] = list(here) if path.start == "." else []
        steps = list(path.steps)
        if path.start == "/":
            if not steps or steps[0].axis != "child" or steps[0].test != self.root:
                return None
            steps = steps[1:]
        for step in steps:
            if step.axis == "parent" and step.test == "node()" and at:
                at.pop()
            elif step.axis == "self" and step.test == "node()":
                continue
            elif step.axis == "child" and step.test not in ("*", "node()", "text()"):
                at.append(step.test)
            else:
                return None
        return tuple(at) if at else None
