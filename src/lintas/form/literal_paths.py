"""Which fields a plain XPath path (``../name``, ``/data/household/name``) reads.

``${name}`` must name a unique field (pyxform), so a form that uses one name in two
groups reaches those fields with plain paths, as ODK does: ``string-length(../name)``
in a repeat. The dependency graph (engine.py) and identifier taint (taint.py) must see
those reads too, or an answer change would not update what reads it, and a calculation
could copy an identifier untainted. Paths are resolved against the form's structure
from the node the expression belongs to, as sets of the elements they may reach: every
axis (``//`` is descendant-or-self, ``*`` any element, siblings and following /
preceding over-approximated by the elements that could be there), predicates read
relative to the nodes of their step (``/data/member[age > 17]`` reads ``age``), and
``current()`` is the expression's own node (``current()/../district``). Reading more
than a path truly reads only costs an extra evaluation; reading less left a
calculation stale. Paths into a secondary instance (``instance('towns')/root/item``)
reach no field of the form, but the form's paths in their predicates are followed.
"""

from __future__ import annotations

from lintas.form.model import Element, Form, Group
from lintas.form.xpath import XPathError, ast
from lintas.form.xpath import parse as parse_expression

# An element as its names from the document down: () is the document, (root,) the
# form's root element, (root, group, name) a field.
_Steps = tuple[str, ...]


class PathIndex:
    """Element names from the root (XML steps) -> the element's key."""

    def __init__(self, form: Form) -> None:
        self.root = form.root_name
        self.keys: dict[tuple[str, ...], str] = {}
        self.steps: dict[str, tuple[str, ...]] = {}
        self._children: dict[_Steps, set[_Steps]] = {(): {(self.root,)}}
        self._fill(form.children, ())
        self._every: set[_Steps] = {(), (self.root,)} | {(self.root, *k) for k in self.keys}

    def _fill(self, children: tuple[Element, ...], steps: tuple[str, ...]) -> None:
        for element in children:
            here = (*steps, element.name)
            self.keys[here] = element.key
            self.steps[element.key] = here
            self._children.setdefault((self.root, *steps), set()).add((self.root, *here))
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
        owner = (self.root, *self.steps.get(key, ()))
        found: set[_Steps] = set()
        self._visit(tree, {owner}, owner, found)
        return {self.keys[n[1:]] for n in found if n[1:] in self.keys}

    def _visit(
        self, node: ast.Ast, context: set[_Steps] | None, owner: _Steps, found: set[_Steps]
    ) -> None:
        """Walk an expression; ``context``: the nodes a relative path starts from
        (None inside a secondary instance's predicate: not the form's nodes)."""
        if isinstance(node, ast.Path):
            self._nodes(node, context, owner, found)
            return
        for child in node.children():
            self._visit(child, context, owner, found)

    def _nodes(
        self, path: ast.Path, context: set[_Steps] | None, owner: _Steps, found: set[_Steps]
    ) -> set[_Steps] | None:
        """The form's nodes ``path`` may reach (None: not the form's), noting them."""
        start = path.start
        nodes: set[_Steps] | None
        if start == "/":
            nodes = {()}
        elif start == ".":
            nodes = set(context) if context is not None else None
        elif isinstance(start, ast.Call) and start.name == "current" and not start.args:
            nodes = {owner}
        elif isinstance(start, ast.FieldRef) and start.name in self.steps:
            nodes = {(self.root, *self.steps[start.name])}
        elif isinstance(start, ast.Path):
            nodes = self._nodes(start, context, owner, found)
        else:
            if isinstance(start, ast.Ast):
                self._visit(start, context, owner, found)
            nodes = None  # instance('x'), a function's result: no field of the form
        for predicate in path.predicates:
            self._visit(predicate, nodes, owner, found)
        for step in path.steps:
            if nodes is not None:
                nodes = self._step(nodes, step)
            for predicate in step.predicates:
                self._visit(predicate, nodes, owner, found)
        if nodes:
            found |= nodes
        return nodes

    def _step(self, nodes: set[_Steps], step: ast.Step) -> set[_Steps]:
        axis, test = step.axis, step.test
        out: set[_Steps] = set()
        for node in nodes:
            if axis == "child" and test == "text()":
                out.add(node)  # an element's text is its value
                continue
            if axis == "child":
                base = self._children.get(node, set())
            elif axis == "self":
                base = {node}
            elif axis == "parent":
                base = {node[:-1]} if node else set()
            elif axis in ("descendant", "descendant-or-self"):
                base = {n for n in self._every if n[: len(node)] == node}
                if axis == "descendant":
                    base.discard(node)
            elif axis in ("ancestor", "ancestor-or-self"):
                base = {node[:i] for i in range(len(node) + (axis == "ancestor-or-self"))}
            elif axis in ("following-sibling", "preceding-sibling"):
                base = self._children.get(node[:-1], set()) - {node} if node else set()
            elif axis in ("following", "preceding"):
                base = set(self._every)
            else:
                base = set()  # attribute, namespace: no field of a form is one
            out |= {n for n in base if _matches(n, test)}
        return out


def _matches(node: _Steps, test: str) -> bool:
    if test in ("node()", "text()"):
        return True
    if not node:
        return False  # the document is no element
    if test == "*" or test.endswith(":*"):
        return True
    return node[-1] == test
