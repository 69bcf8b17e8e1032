"""The structure of a response's instance tree: building nodes, repeat instances.

Repeat instances come from ``add_repeat`` or from a ``repeat_count``; each new
instance gets its nodes, literal defaults at once and expression defaults at the
next evaluation, as ODK does when it adds a repeat.
"""

from __future__ import annotations

from typing import Any

from lintas.form.answers import AnswerTypeError, to_text
from lintas.form.engine import Compiled
from lintas.form.errors import UnknownAddress
from lintas.form.evaluation import Evaluator, Slot
from lintas.form.instance import (
    address_of,
    descend,
    insert_in_order,
    node_at,
    scope_repeats,
    steps_below,
)
from lintas.form.model import Group
from lintas.form.xpath import Node


class InstanceTree(Evaluator):
    """The node-building half of a Response."""

    def _repeat(self, key: str) -> Compiled:
        compiled = self.engine.elements.get(key)
        if compiled is None or not compiled.is_repeat:
            raise UnknownAddress(key, "It is not the name of a repeat.")
        return compiled

    def _container(self, compiled: Compiled, parent: str) -> Node:
        scope = node_at(self.engine, self.root, parent) if parent else self.root
        if tuple(scope_repeats(self.engine, scope)) != compiled.repeats and parent:
            raise UnknownAddress(parent, f"'{compiled.key}' is not directly inside it.")
        (container,) = descend(scope, steps_below(self.engine, scope, compiled)[:-1])
        return container

    def _repeat_instances(self, key: str, parent: str) -> list[Node]:
        compiled = self._repeat(key)
        container = self._container(compiled, parent)
        return [child for child in container.children if child.key == key]

    def new_instance(self, compiled: Compiled, container: Node) -> Node:
        instance = Node(compiled.element.name, key=compiled.key)
        insert_in_order(self.engine, container, instance)
        assert isinstance(compiled.element, Group)
        self._build(compiled.element.children, instance)
        return instance

    def _build(self, children: tuple[Any, ...], container: Node) -> None:
        for element in children:
            if isinstance(element, Group) and element.repeat:
                continue  # instances come from add_repeat or repeat_count
            node = container.append(Node(element.name, key=element.key))
            self.slots[id(node)] = Slot()
            if isinstance(element, Group):
                self._build(element.children, node)
            elif element.default and not element.default_is_expression:
                node.text = _literal_default(element)
            elif element.default_is_expression:
                self.pending_defaults.append(node)

    def sync_repeat_counts(self) -> bool:
        """Make every repeat_count repeat have as many instances as its count says."""
        changed = False
        for compiled in self.engine.elements.values():
            if compiled.repeat_count is None:
                continue
            parent_steps = compiled.steps[:-1]
            for container in descend(self.root, parent_steps):
                wanted = self.count_value(compiled, container)
                have = [c for c in container.children if c.key == compiled.key]
                for extra in have[wanted:]:
                    container.remove(extra)
                    self.forget(extra)
                    changed = True
                for _ in range(wanted - len(have)):
                    self.new_instance(compiled, container)
                    changed = True
        return changed

    def address(self, node: Node) -> str:
        return address_of(self.engine, node)


def _literal_default(question: Any) -> str:
    """A default as the stored text ODK would hold ("1900-01-01 00:00:00" -> a date)."""
    try:
        return to_text(question, question.default)
    except AnswerTypeError:
        return str(question.default)  # validate() reports it against the type
