"""Running a form's expressions against a response's instance tree.

``${name}`` resolves the ODK/pyxform way: from inside a repeat instance, a
field of the same instance (or of an enclosing one) is that single node;
anything else is the node-set of every instance. Choice filters run over a
secondary instance built from the choice list, ``instance('list')/root/item``.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from typing import Any

from lintas.form.engine import BACKGROUND_GEOPOINT, Compiled, Engine
from lintas.form.instance import ancestor_named, descend, scope_repeats
from lintas.form.model import Choice, Group
from lintas.form.xpath import EvalContext, Expression, Node, XPathError
from lintas.form.xpath.values import to_boolean, to_number, to_string


@dataclass
class Slot:
    """The evaluated state of one node (question, group or repeat instance)."""

    relevant: bool = True  # its own relevance; groups above are checked separately
    required: bool = False
    read_only: bool = False
    constraint_ok: bool = True
    choices: tuple[Choice, ...] | None = None
    error: str = ""  # an evaluation error, shown instead of a constraint message

    def key(self) -> tuple[Any, ...]:
        return (self.relevant, self.required, self.read_only, self.constraint_ok, self.choices)


class Evaluator:
    """The evaluation half of a Response: slots, the dependency walk, field lookup."""

    def __init__(self, engine: Engine, root: Node, now: Any) -> None:
        self.engine = engine
        self.root = root
        self.now = now
        self.slots: dict[int, Slot] = {}
        self.held: dict[int, str] = {}  # answers of non-relevant nodes, kept aside
        self.pending_defaults: list[Node] = []
        self.keep_calculated = False  # while loading saved answers
        # What background-geopoint questions record when their trigger is answered:
        # the office location (lintas.form.device), or "" when the vault has none.
        self.location = ""
        self.single: dict[str, Node] = {}
        self.ctx = EvalContext(
            root,
            instances=engine.choice_instances,
            resolve_field=self.resolve,
            choice_name=self.choice_name,
            now=now if hasattr(now, "tzinfo") else None,
        )

    # -- hooks the Response provides ---------------------------------------

    def address(self, node: Node) -> str:
        raise NotImplementedError

    def sync_repeat_counts(self) -> bool:
        raise NotImplementedError

    def addresses(self) -> list[str]:
        raise NotImplementedError

    # -- field lookup --------------------------------------------------------

    def resolve(self, name: str, current: Node) -> list[Node]:
        target = self.engine.elements.get(name)
        if target is None:
            return []
        if not target.repeats:
            node = self.single.get(name)
            if node is None or node.parent is None:
                found = descend(self.root, target.steps)
                if not found:
                    return []
                node = self.single[name] = found[0]
            return [node]
        mine = scope_repeats(self.engine, current)
        common = [r for r in target.repeats if r in mine]
        if common:
            repeat = common[-1]
            scope = ancestor_named(current, repeat)
            if scope is not None:
                depth = len(self.engine.elements[repeat].steps)
                return descend(scope, target.steps[depth:])
        return descend(self.root, target.steps)

    def choice_name(self, value: str, question_name: str) -> str:
        compiled = self.engine.elements.get(question_name)
        question = compiled.question if compiled else None
        if question is None or question.choice_list is None:
            return ""
        choice = self.engine.form.choice_lists[question.choice_list].find(value)
        return choice.label.get(getattr(self, "language", None)) if choice else ""

    # -- state ---------------------------------------------------------------

    def slot(self, node: Node) -> Slot:
        slot = self.slots.get(id(node))
        if slot is None:
            slot = self.slots[id(node)] = Slot()
        return slot

    def is_relevant(self, node: Node) -> bool:
        current: Node | None = node
        while current is not None and current is not self.root:
            slot = self.slots.get(id(current))
            if slot is not None and not slot.relevant:
                return False
            current = current.parent
        return True

    def choices_of(self, node: Node) -> tuple[Choice, ...] | None:
        compiled = self.engine.elements[node.key]
        question = compiled.question
        if question is None or question.choice_list is None:
            return None
        if compiled.choice_filter is None:
            return self.engine.form.choice_lists[question.choice_list].choices
        return self.slot(node).choices or ()

    def forget(self, node: Node) -> None:
        for gone in (node, *node.iter_descendants()):
            self.slots.pop(id(gone), None)
            self.held.pop(id(gone), None)
        self.single = {k: v for k, v in self.single.items() if v.parent is not None}

    # -- evaluation ----------------------------------------------------------

    def evaluate_all(self) -> None:
        """Evaluate every expression of every node (after structural changes)."""
        for _ in range(8):  # counts may depend on answers inside counted repeats
            self._defaults()
            ordered = sorted(self.engine.elements.values(), key=lambda c: c.order)
            instances = self._instances()
            for compiled in ordered:  # values first, in dependency order
                for node in instances.get(compiled.key, ()):
                    self.evaluate_node(compiled, node, None, checks=False)
            for compiled in ordered:  # then the checks, which read final values
                if compiled.question is not None:
                    for node in instances.get(compiled.key, ()):
                        self.check_node(compiled, node)
            if not self.sync_repeat_counts():
                return

    def _instances(self) -> dict[str, list[Node]]:
        """Every node of the tree by element key, in document order (one walk)."""
        found: dict[str, list[Node]] = {}
        for node in self.root.iter_descendants():
            found.setdefault(node.key, []).append(node)
        return found

    def _defaults(self) -> None:
        pending, self.pending_defaults = self.pending_defaults, []
        for node in pending:
            compiled = self.engine.elements.get(node.key)
            if compiled is not None and compiled.default is not None and not node.text:
                node.text = self._text(compiled.default, node)

    def propagate(self, start: Node, changed: set[str]) -> set[str]:
        """Re-evaluate what depends on ``start``'s new value; return changed addresses."""
        heap: list[tuple[int, int, str, int]] = []
        origins: dict[int, Node] = {}
        pending: set[tuple[str, int]] = set()
        counter = 0

        def push(name: str, origin: Node) -> None:
            nonlocal counter
            key = (name, id(origin))
            if key in pending:
                return
            pending.add(key)
            origins[id(origin)] = origin
            counter += 1
            heapq.heappush(heap, (self.engine.elements[name].order, counter, name, id(origin)))

        structural = False
        self.evaluate_node(self.engine.elements[start.key], start, start.key)
        changed |= self._showing(start)
        for name in self.engine.affected_by(start.key):
            push(name, start)
        while heap:
            _order, _n, name, origin_id = heapq.heappop(heap)
            origin = origins[origin_id]
            pending.discard((name, origin_id))
            compiled = self.engine.elements[name]
            if compiled.repeat_count is not None:
                structural = True
            for node in self._near(compiled, origin):
                value_moved, state_moved = self.evaluate_node(compiled, node, origin.key)
                if state_moved:
                    changed |= self._addresses_under(node)
                if value_moved:
                    changed |= self._showing(node)
                    for follower in self.engine.affected_by(name):
                        push(follower, node)
                    if compiled.question is None:  # a group: its questions' values too
                        for inner in node.iter_descendants():
                            if self.engine.elements[inner.key].question is not None:
                                push(inner.key, inner)
        if structural and self.sync_repeat_counts():
            self.evaluate_all()
            changed |= set(self.addresses())
        return changed

    def _showing(self, node: Node) -> set[str]:
        """Addresses whose label or hint shows ``node``'s answer (for a screen refresh)."""
        found: set[str] = set()
        for name in self.engine.shown_in.get(node.key, ()):
            compiled = self.engine.elements[name]
            if compiled.question is not None:
                found |= {self.address(n) for n in self._near(compiled, node)}
        return found

    def _near(self, compiled: Compiled, origin: Node) -> list[Node]:
        """Instances of ``compiled`` that see ``origin`` (same repeat instance, or all)."""
        mine = scope_repeats(self.engine, origin)
        common = [r for r in compiled.repeats if r in mine]
        if common:
            scope = ancestor_named(origin, common[-1])
            if scope is not None:
                depth = len(self.engine.elements[common[-1]].steps)
                return descend(scope, compiled.steps[depth:])
        if not compiled.repeats:
            return self.resolve(compiled.key, origin)
        return descend(self.root, compiled.steps)

    def evaluate_node(
        self, compiled: Compiled, node: Node, origin: str | None, checks: bool = True
    ) -> tuple[bool, bool]:
        """Evaluate one node's expressions: (value or relevance moved, any state moved)."""
        slot = self.slot(node)
        before, text_before = slot.key(), node.text
        slot.error = ""
        if compiled.relevant is not None:
            slot.relevant = self._boolean(compiled.relevant, node, slot, True)
        if compiled.question is not None:
            self._value(compiled, node, origin)
            if checks:
                self.check_node(compiled, node)
        value_moved = node.text != text_before or before[0] != slot.relevant
        return value_moved, value_moved or before != slot.key()

    def _value(self, compiled: Compiled, node: Node, origin: str | None) -> None:
        """Work out the node's value; a non-relevant node reads as empty.

        As Enketo does with excludeNonRelevant, an answer that stops being
        relevant is held aside (expressions see it empty, as the saved response
        will) and comes back if the question becomes relevant again.
        """
        if not self.is_relevant(node):
            if node.text and compiled.calculation is None:
                self.held[id(node)] = node.text
            node.text = ""
            return
        held = self.held.pop(id(node), None)
        if held is not None and not node.text:
            node.text = held
        if compiled.calculation is not None and self._should_calculate(compiled, node, origin):
            node.text = self._text(compiled.calculation, node)
        elif self._background_triggered(compiled, node, origin):
            node.text = self.location

    def _background_triggered(self, compiled: Compiled, node: Node, origin: str | None) -> bool:
        """A background-geopoint whose trigger question has just been given an answer."""
        question = compiled.question
        if question is None or question.type != BACKGROUND_GEOPOINT or origin is None:
            return False
        if origin not in question.trigger or self.keep_calculated:
            return False
        return any(found.text for found in self.resolve(origin, node))

    def check_node(self, compiled: Compiled, node: Node) -> None:
        """Required, read-only, choices and constraint: states that feed nothing else."""
        slot = self.slot(node)
        if compiled.required is not None:
            slot.required = self._boolean(compiled.required, node, slot, False)
        if compiled.read_only is not None:
            slot.read_only = self._boolean(compiled.read_only, node, slot, False)
        if compiled.choice_filter is not None:
            slot.choices = self._choices(compiled.choice_filter, node)
        slot.constraint_ok = (
            not node.text
            or compiled.constraint is None
            or (self._boolean(compiled.constraint, node, slot, False))
        )

    def _should_calculate(self, compiled: Compiled, node: Node, origin: str | None) -> bool:
        if self.keep_calculated and node.text:
            return False
        trigger = compiled.question.trigger if compiled.question else ()
        return not trigger or origin in trigger

    def _run(self, expression: Expression, node: Node) -> Any:
        ctx = self.ctx
        ctx.node = ctx.current = node
        return expression.evaluate(ctx)

    def _boolean(self, expression: Expression, node: Node, slot: Slot, fallback: bool) -> bool:
        try:
            return to_boolean(self._run(expression, node))
        except XPathError as problem:
            slot.error = f"The form's logic could not be worked out here: {problem}"
            return fallback

    def text_of(self, expression: Expression, node: Node) -> str:
        """The value of ``expression`` at ``node`` as text ("" when it cannot be had)."""
        return self._text(expression, node)

    def _text(self, expression: Expression, node: Node) -> str:
        try:
            value = self._run(expression, node)
        except XPathError:
            return ""
        if isinstance(value, float) and math.isnan(value):
            return ""
        return to_string(value)

    def count_value(self, compiled: Compiled, container: Node) -> int:
        assert compiled.repeat_count is not None
        try:
            number = to_number(self._run(compiled.repeat_count, container))
        except XPathError:
            return 0
        return max(0, min(int(number), 1000)) if math.isfinite(number) else 0

    def _choices(self, expression: Expression, node: Node) -> tuple[Choice, ...]:
        try:
            items = self._run(expression, node)
        except XPathError:
            return ()
        if not isinstance(items, list):
            return ()
        found = (self.engine.choice_of_item.get(id(item)) for item in items)
        return tuple(choice for choice in found if choice is not None)

    def _addresses_under(self, node: Node) -> set[str]:
        compiled = self.engine.elements[node.key]
        if not isinstance(compiled.element, Group):
            return {self.address(node)}
        return {
            self.address(n)
            for n in node.iter_descendants()
            if (c := self.engine.elements.get(n.key)) is not None and c.question is not None
        }
