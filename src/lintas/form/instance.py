"""The instance tree of a response: nodes, addresses and repeat instances.

A response holds its answers in an ODK-style instance tree (``lintas.form.xpath.Node``)
so expressions run against it directly. People and programs name fields by
*address* instead: ``age``, ``member[2]/age``, ``member[2]/child[1]/age``:
non-repeat groups are left out (names are unique), repeats carry a 1-based index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintas.form.engine import Compiled, Engine
from lintas.form.errors import UnknownAddress
from lintas.form.model import Element, Group, Question
from lintas.form.xpath import Node

_STEP = re.compile(r"^([^\[\]/]+)(?:\[(\d+)\])?$")


def descend(start: Node, steps: tuple[str, ...]) -> list[Node]:
    """Every node reached from ``start`` by child names ``steps`` (repeats fan out)."""
    nodes = [start]
    for step in steps:
        nodes = [child for node in nodes for child in node.children if child.name == step]
    return nodes


def steps_below(engine: Engine, scope: Node, compiled: Compiled) -> tuple[str, ...]:
    """The names from ``scope`` (the root or a repeat instance) down to ``compiled``."""
    if scope.parent is not None and scope.parent.parent is None:
        return compiled.steps  # scope is the root element under the document
    depth = len(engine.elements[scope.name].steps)
    return compiled.steps[depth:]


def scope_repeats(engine: Engine, node: Node) -> tuple[str, ...]:
    """The repeats a node sits in, including itself when it is a repeat instance."""
    compiled = engine.elements.get(node.name)
    if compiled is None:
        return ()
    return (*compiled.repeats, node.name) if compiled.is_repeat else compiled.repeats


def ancestor_named(node: Node, name: str) -> Node | None:
    current: Node | None = node
    while current is not None and current.name != name:
        current = current.parent
    return current


def address_of(engine: Engine, node: Node) -> str:
    """The address of a question (or repeat instance) node."""
    parts = []
    current: Node | None = node
    while current is not None and current.name in engine.elements:
        compiled = engine.elements[current.name]
        if compiled.is_repeat and current.parent is not None:
            same = [c for c in current.parent.children if c.name == current.name]
            index = next(i for i, c in enumerate(same, start=1) if c is current)
            parts.append(f"{current.name}[{index}]")
        elif current is node:
            parts.append(current.name)
        current = current.parent
    return "/".join(reversed(parts))


def node_at(engine: Engine, root: Node, address: str) -> Node:
    """The node at ``address``; raise UnknownAddress if there is none."""
    scope = root
    parts = address.strip("/").split("/") if address.strip("/") else []
    if not parts:
        raise UnknownAddress(address)
    for number, part in enumerate(parts, start=1):
        match = _STEP.match(part)
        compiled = engine.elements.get(match.group(1)) if match else None
        if match is None or compiled is None:
            raise UnknownAddress(address)
        candidates = descend(scope, steps_below(engine, scope, compiled))
        wanted_repeat = compiled.is_repeat
        if wanted_repeat != (match.group(2) is not None) and not (
            wanted_repeat and number == len(parts) and match.group(2) is None
        ):
            raise UnknownAddress(address, f"'{compiled.element.name}' needs an index like [1].")
        if match.group(2) is not None:
            index = int(match.group(2))
            if not 1 <= index <= len(candidates):
                raise UnknownAddress(address, f"'{compiled.element.name}' has {len(candidates)}.")
            candidates = [candidates[index - 1]]
        if len(candidates) != 1:
            raise UnknownAddress(address)
        scope = candidates[0]
        if number < len(parts) and not wanted_repeat:
            raise UnknownAddress(address)
    return scope


def walk_questions(
    engine: Engine, children: tuple[Element, ...], container: Node, prefix: str = ""
) -> Iterator[tuple[str, Node, Question]]:
    """(address, node, question) for every question instance, in form order."""
    for element in children:
        node = container.child(element.name) if not _is_repeat(element) else None
        if isinstance(element, Group) and element.repeat:
            instances = [c for c in container.children if c.name == element.name]
            for index, instance in enumerate(instances, start=1):
                yield from walk_questions(
                    engine, element.children, instance, f"{prefix}{element.name}[{index}]/"
                )
        elif isinstance(element, Group):
            if node is not None:
                yield from walk_questions(engine, element.children, node, prefix)
        elif node is not None:
            yield f"{prefix}{element.name}", node, element


def insert_in_order(engine: Engine, container: Node, child: Node) -> None:
    """Put a new repeat instance after its siblings, in the form's element order.

    Children are kept in form order, so the place is after the last child that
    does not come later in the form: found from the end, where it is (a repeat is
    followed by few elements), so adding n instances costs n steps, not n squared.
    """
    rank = engine.rank
    mine = rank[child.name]
    at = len(container.children)
    while at > 0 and rank.get(container.children[at - 1].name, -1) > mine:
        at -= 1
    child.parent = container
    container.children.insert(at, child)


def _is_repeat(element: Element) -> bool:
    return isinstance(element, Group) and element.repeat
