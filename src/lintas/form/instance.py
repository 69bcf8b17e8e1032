"""The instance tree of a response: nodes, addresses and repeat instances.

A response holds its answers in an ODK-style instance tree (``lintas.form.xpath.Node``)
so expressions run against it directly. People and programs name fields by
*address* instead: ``age``, ``member[2]/age``, ``member[2]/child[1]/age``:
non-repeat groups are left out, repeats carry a 1-based index. An address is the
repeat instances around a field, then the field's key (lintas.form.keys), so a name
used in two groups has its group path there: ``household/name``,
``member[2]/member/name``. Nodes keep their XML names (XPath steps such as
``../name`` use them) and carry the key (``Node.key``) that the engine goes by.
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
    depth = len(engine.elements[scope.key].steps)
    return compiled.steps[depth:]


def scope_repeats(engine: Engine, node: Node) -> tuple[str, ...]:
    """The repeats a node sits in (keys), including itself when it is a repeat instance."""
    compiled = engine.elements.get(node.key)
    if compiled is None:
        return ()
    return (*compiled.repeats, node.key) if compiled.is_repeat else compiled.repeats


def ancestor_named(node: Node, key: str) -> Node | None:
    """The node itself or its nearest ancestor whose key is ``key``."""
    current: Node | None = node
    while current is not None and current.key != key:
        current = current.parent
    return current


def address_of(engine: Engine, node: Node) -> str:
    """The address of a question (or repeat instance) node."""
    parts = []
    current: Node | None = node
    while current is not None and current.key in engine.elements:
        compiled = engine.elements[current.key]
        if compiled.is_repeat and current.parent is not None:
            same = [c for c in current.parent.children if c.key == current.key]
            index = next(i for i, c in enumerate(same, start=1) if c is current)
            parts.append(f"{current.key}[{index}]")
        elif current is node:
            parts.append(current.key)
        current = current.parent
    return "/".join(reversed(parts))


def node_at(engine: Engine, root: Node, address: str) -> Node:
    """The node at ``address``; raise UnknownAddress if there is none."""
    scope = root
    parts = address.strip("/").split("/") if address.strip("/") else []
    if not parts:
        raise UnknownAddress(address)
    pending: list[str] = []  # the first parts of a key that is a group path
    for number, part in enumerate(parts, start=1):
        match = _STEP.match(part)
        if match is None:
            raise UnknownAddress(address)
        key = "/".join((*pending, match.group(1)))
        compiled = engine.elements.get(key)
        last = number == len(parts)
        if not last and match.group(2) is None:
            pending.append(match.group(1))  # a group, or the start of a group path
            continue
        if compiled is None:
            unindexed = [p for p in pending if (c := engine.elements.get(p)) and c.is_repeat]
            if unindexed:
                raise UnknownAddress(address, f"'{unindexed[0]}' needs an index like [1].")
            raise UnknownAddress(address, _repeated_hint(engine, key))
        pending = []
        around = scope_repeats(engine, scope)
        if (
            compiled.key != compiled.element.name
            and compiled.repeats[: len(around)] == around
            and len(compiled.repeats) > len(around)
        ):
            # A group path key inside a repeat, given without the repeat's instance
            # (member/details/name for member[1]/member/details/name): refused, since it
            # reads like a full path. (A bare unique name keeps its old leniency.)
            missing = compiled.repeats[len(around)]
            raise UnknownAddress(address, f"'{missing}' needs an index like [1].")
        candidates = descend(scope, steps_below(engine, scope, compiled))
        if match.group(2) is not None:
            if not compiled.is_repeat:
                raise UnknownAddress(address, f"'{key}' is not a repeat.")
            index = int(match.group(2))
            if not 1 <= index <= len(candidates):
                raise UnknownAddress(address, f"'{key}' has {len(candidates)}.")
            candidates = [candidates[index - 1]]
        if len(candidates) != 1:
            raise UnknownAddress(address)
        scope = candidates[0]
    return scope


def walk_questions(
    engine: Engine, children: tuple[Element, ...], container: Node, prefix: str = ""
) -> Iterator[tuple[str, Node, Question]]:
    """(address, node, question) for every question instance, in form order."""
    for element in children:
        node = container.child(element.name) if not _is_repeat(element) else None
        if isinstance(element, Group) and element.repeat:
            instances = [c for c in container.children if c.key == element.key]
            for index, instance in enumerate(instances, start=1):
                yield from walk_questions(
                    engine, element.children, instance, f"{prefix}{element.key}[{index}]/"
                )
        elif isinstance(element, Group):
            if node is not None:
                yield from walk_questions(engine, element.children, node, prefix)
        elif node is not None:
            yield f"{prefix}{element.key}", node, element


def insert_in_order(engine: Engine, container: Node, child: Node) -> None:
    """Put a new repeat instance after its siblings, in the form's element order.

    Children are kept in form order, so the place is after the last child that
    does not come later in the form: found from the end, where it is (a repeat is
    followed by few elements), so adding n instances costs n steps, not n squared.
    """
    rank = engine.rank
    mine = rank[child.key]
    at = len(container.children)
    while at > 0 and rank.get(container.children[at - 1].key, -1) > mine:
        at -= 1
    child.parent = container
    container.children.insert(at, child)


def _repeated_hint(engine: Engine, key: str) -> str:
    """For a bare name used in two groups: the keys that do name its questions."""
    name = key.rsplit("/", 1)[-1]
    keys = [k for k, c in engine.elements.items() if c.element.name == name and k != name]
    if not keys or key in engine.elements:
        return ""
    listed = ", ".join(f"'{k}'" for k in keys)
    return f"'{name}' is used in more than one group: its fields are {listed}."


def _is_repeat(element: Element) -> bool:
    return isinstance(element, Group) and element.repeat
