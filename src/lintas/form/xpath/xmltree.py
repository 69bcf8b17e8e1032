"""Reading XML into a Node tree, safely.

Built straight on expat, with every DTD feature refused: a DOCTYPE, entity
declarations and external entities raise an error before anything is expanded
(the protections defusedxml applies), whatever the document's encoding.
Namespaces are dropped: ODK paths name elements by their local names.
"""

from __future__ import annotations

from xml.parsers import expat

from lintas.form.xpath.errors import XPathError
from lintas.form.xpath.nodes import DOCUMENT, Node


class UnsafeXMLError(XPathError):
    """The XML declares a DOCTYPE or entities, which Lintas never processes."""

    def __init__(self) -> None:
        super().__init__(
            "The instance XML declares a DOCTYPE or entities, which Lintas refuses "
            "(they can be used to attack the reader). Remove the declaration and try again."
        )


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


class _Builder:
    def __init__(self) -> None:
        self.document = Node(DOCUMENT)
        self.stack: list[Node] = [self.document]

    def start(self, name: str, attributes: dict[str, str]) -> None:
        node = Node(_local(name), "", {_local(k): v for k, v in attributes.items()})
        self.stack[-1].append(node)
        self.stack.append(node)

    def end(self, name: str) -> None:
        self.stack.pop()

    def text(self, data: str) -> None:
        parent = self.stack[-1]
        if parent is self.document:
            return  # whitespace around the root element
        if parent.children:
            parent.children[-1].tail += data
        else:
            parent.text += data


def _refuse(*args: object) -> int:
    raise UnsafeXMLError()


def parse_xml(raw: bytes) -> Node:
    """The root element of ``raw`` (under a document node); raises XPathError."""
    builder = _Builder()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.text
    parser.buffer_text = True
    try:
        parser.Parse(raw, True)
    except expat.ExpatError as error:
        raise XPathError(
            f"The instance is not well-formed XML: {expat.ErrorString(error.code)} "
            f"at line {error.lineno}, column {error.offset + 1}."
        ) from None
    if not builder.document.children:
        raise XPathError("The instance XML has no root element.")
    return builder.document.children[0]
