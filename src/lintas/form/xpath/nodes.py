"""A light, mutable element tree: XML instances and in-progress responses.

The engine only needs names, text, attributes and parent/child links, so this
is far smaller and faster than a DOM. Every tree hangs under a document node
(name ``#document``) so that absolute paths (``/data/age``) work the XPath way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

DOCUMENT = "#document"


class Node:
    """One element (or document, or attribute) of an instance tree."""

    __slots__ = (
        "attributes", "children", "is_attribute", "key", "name", "parent", "tail", "text",
    )  # fmt: skip

    def __init__(
        self,
        name: str,
        text: str = "",
        attributes: dict[str, str] | None = None,
        children: list[Node] | None = None,
        parent: Node | None = None,
        *,
        key: str | None = None,
    ) -> None:
        self.name = name
        # A response's tree: the form element's key (lintas.form.keys), which differs
        # from the XML name only for a name used in two groups. XPath steps use name.
        self.key = key or name
        self.text = text
        self.attributes: dict[str, str] = attributes if attributes is not None else {}
        self.children: list[Node] = []
        self.parent = parent
        self.tail = ""  # text after this element inside its parent (mixed content)
        self.is_attribute = False
        for child in children or ():
            self.append(child)

    def __repr__(self) -> str:
        return f"Node({self.name!r}, text={self.text!r}, children={len(self.children)})"

    def append(self, child: Node) -> Node:
        """Add ``child`` as the last child and return it."""
        child.parent = self
        self.children.append(child)
        return child

    def remove(self, child: Node) -> None:
        self.children.remove(child)
        child.parent = None

    def string_value(self) -> str:
        """The XPath string-value: the text of this node and all its descendants."""
        if not self.children:
            return self.text
        parts = [self.text]
        for child in self.children:
            parts.append(child.string_value())
            parts.append(child.tail)
        return "".join(parts)

    def document(self) -> Node:
        """The document node above this node, attaching one if the tree has none."""
        top = self
        while top.parent is not None:
            top = top.parent
        if top.name != DOCUMENT:
            document = Node(DOCUMENT)
            document.append(top)
            return document
        return top

    def iter_descendants(self) -> Iterator[Node]:
        """Element descendants in document order (not including self)."""
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def attribute_node(self, name: str) -> Node:
        """A detached view of one attribute as a node (its parent is the owner)."""
        node = Node(name, self.attributes.get(name, ""))
        node.parent = self
        node.is_attribute = True
        return node

    def child(self, name: str) -> Node | None:
        for node in self.children:
            if node.name == name:
                return node
        return None

    def path(self) -> str:
        """An absolute path to this node, with positions where names repeat."""
        steps = []
        node: Node | None = self
        while node is not None and node.name != DOCUMENT:
            parent = node.parent
            step = node.name
            if parent is not None and not node.is_attribute:
                same = [c for c in parent.children if c.name == node.name]
                if len(same) > 1:
                    step += f"[{same.index(node) + 1}]"
            steps.append(("@" if node.is_attribute else "") + step)
            node = parent
        return "/" + "/".join(reversed(steps))

    @classmethod
    def from_xml(cls, text: str | bytes) -> Node:
        """Parse XML into a tree and return its root element (under a document node).

        Raises XPathError for malformed XML, and for XML that declares a DOCTYPE
        or entities (refused outright: entity expansion is an attack vector).
        """
        from lintas.form.xpath.xmltree import parse_xml

        return parse_xml(text.encode("utf-8") if isinstance(text, str) else text)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], root_name: str = "data") -> Node:
        """Build a tree from nested dicts: lists become repeated elements.

        ``None`` becomes an empty element; other scalars become their text
        (booleans as ``true``/``false``, lists of scalars space-separated as
        select_multiple answers are).
        """
        root = Node(root_name)
        _fill_from_dict(root, data)
        Node(DOCUMENT).append(root)
        return root


def _scalar_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _fill_from_dict(node: Node, data: Mapping[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, Mapping):
            _fill_from_dict(node.append(Node(key)), value)
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            for item in value:
                _fill_from_dict(node.append(Node(key)), item)
        elif isinstance(value, list):
            node.append(Node(key, " ".join(_scalar_text(v) for v in value)))
        else:
            node.append(Node(key, _scalar_text(value)))
