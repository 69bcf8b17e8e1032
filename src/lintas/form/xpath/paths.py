"""Location steps: axes, node tests, predicates and document order."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lintas.form.xpath.nodes import DOCUMENT, Node

Axis = Callable[[Node], Iterable[Node]]


def _child(node: Node) -> Iterable[Node]:
    return node.children


def _self(node: Node) -> Iterable[Node]:
    return (node,)


def _parent(node: Node) -> Iterable[Node]:
    return (node.parent,) if node.parent is not None else ()


def _attribute(node: Node) -> Iterable[Node]:
    if node.is_attribute:
        return ()
    return [node.attribute_node(name) for name in node.attributes]


def _descendant(node: Node) -> Iterable[Node]:
    return node.iter_descendants()


def _descendant_or_self(node: Node) -> Iterable[Node]:
    yield node
    yield from node.iter_descendants()


def _ancestor(node: Node) -> Iterable[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _ancestor_or_self(node: Node) -> Iterable[Node]:
    yield node
    yield from _ancestor(node)


def _siblings(node: Node) -> list[Node]:
    if node.parent is None or node.is_attribute:
        return []
    return node.parent.children


def _following_sibling(node: Node) -> Iterable[Node]:
    siblings = _siblings(node)
    return siblings[_index(siblings, node) + 1 :] if siblings else ()


def _preceding_sibling(node: Node) -> Iterable[Node]:
    siblings = _siblings(node)
    return list(reversed(siblings[: _index(siblings, node)])) if siblings else ()


def _following(node: Node) -> Iterable[Node]:
    current: Node | None = node
    while current is not None:
        for sibling in _following_sibling(current):
            yield from _descendant_or_self(sibling)
        current = current.parent


def _preceding(node: Node) -> Iterable[Node]:
    order = document_order(node.document())
    ancestors = {id(a) for a in _ancestor(node)}
    mine = order[id(node)]
    found = [n for n in node.document().iter_descendants() if order[id(n)] < mine]
    return [n for n in reversed(found) if id(n) not in ancestors]


def _namespace(node: Node) -> Iterable[Node]:
    return ()


def _index(nodes: list[Node], node: Node) -> int:
    for index, candidate in enumerate(nodes):
        if candidate is node:
            return index
    return -1


AXES: dict[str, Axis] = {
    "child": _child,
    "self": _self,
    "parent": _parent,
    "attribute": _attribute,
    "descendant": _descendant,
    "descendant-or-self": _descendant_or_self,
    "ancestor": _ancestor,
    "ancestor-or-self": _ancestor_or_self,
    "following-sibling": _following_sibling,
    "preceding-sibling": _preceding_sibling,
    "following": _following,
    "preceding": _preceding,
    "namespace": _namespace,
}
# Axes that list nodes nearest first, against document order (XPath 1.0, 2.4).
REVERSE_AXES = frozenset({"ancestor", "ancestor-or-self", "preceding", "preceding-sibling"})
# Axes whose results may interleave when started from several nodes.
UNORDERED_AXES = frozenset(
    {"descendant", "descendant-or-self", "ancestor", "ancestor-or-self", "following",
     "preceding", "following-sibling", "preceding-sibling", "parent"}
)  # fmt: skip


def name_test(test: str) -> Callable[[Node], bool] | None:
    """A predicate for a node test, or None when every node matches."""
    if test == "node()":
        return None
    if test in ("*",) or test.endswith(":*"):
        return lambda node: node.name != DOCUMENT and not node.name.startswith("#")
    if test == "text()":
        return lambda node: node.name == "#text"
    if test in ("comment()", "processing-instruction()"):
        return lambda node: False
    local = test.rsplit(":", 1)[-1]
    return lambda node: node.name == local


def text_nodes(node: Node) -> list[Node]:
    """``text()`` children, modelled as one synthetic node holding the element's text."""
    if node.is_attribute or not node.text:
        return []
    text = Node("#text", node.text)
    text.parent = node
    text.is_attribute = True  # detached: not one of the parent's children
    return [text]


def document_order(document: Node) -> dict[int, int]:
    """A map from node id to its position in document order."""
    order = {id(document): 0}
    for index, node in enumerate(document.iter_descendants(), start=1):
        order[id(node)] = index
    return order


def sort_document_order(nodes: list[Node]) -> list[Node]:
    """Deduplicate ``nodes`` and sort them into document order."""
    unique: dict[int, Node] = {}
    for node in nodes:
        unique.setdefault(id(node), node)
    if len(unique) < 2:
        return list(unique.values())
    order = document_order(next(iter(unique.values())).document())

    def key(node: Node) -> tuple[int, int, str]:
        if node.is_attribute and node.parent is not None:
            return (order.get(id(node.parent), -1), 1, node.name)
        return (order.get(id(node), -1), 0, "")

    return sorted(unique.values(), key=key)
