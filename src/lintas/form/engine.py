"""A form compiled for running: parsed expressions and the dependency graph.

Built once per form and shared by every Response of that form. The graph says,
for each name, which elements have an expression that reads it; an answer
change re-evaluates only those, in an order where every calculation runs after
the calculations it reads (a topological order; load rejected any cycle).
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from lintas.form.literal_paths import PathIndex
from lintas.form.model import Choice, ChoiceList, Element, Form, Group, Question
from lintas.form.per_form import PerForm
from lintas.form.xpath import Expression, Node, parse
from lintas.form.xpath.nodes import DOCUMENT

# Recorded when its trigger question is answered (odk:setgeopoint on value change).
BACKGROUND_GEOPOINT = "background-geopoint"


@dataclass
class Compiled:
    """One element with its expressions parsed, and where it sits."""

    element: Element
    steps: tuple[str, ...]  # element (XML) names from below the root down to this element
    repeats: tuple[str, ...]  # keys of the repeats around it, outermost first
    groups: tuple[str, ...] = ()  # keys of every group and repeat around it
    relevant: Expression | None = None
    required: Expression | None = None
    read_only: Expression | None = None
    constraint: Expression | None = None
    calculation: Expression | None = None
    default: Expression | None = None
    choice_filter: Expression | None = None
    repeat_count: Expression | None = None
    order: int = 0
    reads: set[str] = field(default_factory=set)  # names its expressions mention

    @property
    def key(self) -> str:
        return self.element.key

    @property
    def question(self) -> Question | None:
        return self.element if isinstance(self.element, Question) else None

    @property
    def is_repeat(self) -> bool:
        return isinstance(self.element, Group) and self.element.repeat

    def expressions(self) -> list[Expression]:
        found = [self.relevant, self.required, self.read_only, self.constraint,
                 self.calculation, self.default, self.choice_filter, self.repeat_count]  # fmt: skip
        return [e for e in found if e is not None]


class Engine:
    """Everything about a form that does not change between interviews."""

    def __init__(self, form: Form) -> None:
        self.form = form
        # By element key (lintas.form.keys): the name, unless it is used in two groups.
        self.elements: dict[str, Compiled] = {}
        # Plain paths (../name) are reads too: a repeated name is reached only by them.
        self.paths = PathIndex(form)
        self._compile(form.children, (), (), ())
        self.dependents: dict[str, set[str]] = {}
        for name, compiled in self.elements.items():
            for read in compiled.reads:
                self.dependents.setdefault(read, set()).add(name)
        # name -> elements whose label or hint shows its answer (``${name}`` in text).
        self.shown_in: dict[str, set[str]] = {}
        for name, compiled in self.elements.items():
            for shown in _text_references(compiled.element):
                self.shown_in.setdefault(shown, set()).add(name)
        self.instance_name = _parse(form.instance_name)
        self._order()
        # key -> position in form order: where a new repeat instance goes.
        self.rank: dict[str, int] = {name: index for index, name in enumerate(self.elements)}
        self.choice_instances: dict[str, Node] = {}
        self.choice_of_item: dict[int, Choice] = {}  # id(item node) -> its Choice
        for name, choices in form.choice_lists.items():
            root, items = choice_instance(choices)
            self.choice_instances[name] = root
            self.choice_of_item.update(items)

    def _compile(
        self,
        children: tuple[Element, ...],
        steps: tuple[str, ...],
        repeats: tuple[str, ...],
        groups: tuple[str, ...],
    ) -> None:
        for element in children:
            here = (*steps, element.name)
            compiled = Compiled(element, here, repeats, groups)
            compiled.relevant = _parse(element.relevant)
            if isinstance(element, Group):
                compiled.repeat_count = _parse(element.repeat_count)
                inner = (*repeats, element.key) if element.repeat else repeats
                self.elements[element.key] = compiled
                self._compile(element.children, here, inner, (*groups, element.key))
            else:
                self._compile_question(compiled, element)
                self.elements[element.key] = compiled
            trigger = element.trigger if isinstance(element, Question) else ()
            if trigger and isinstance(element, Question) and element.type == BACKGROUND_GEOPOINT:
                compiled.reads |= set(trigger)  # set when its trigger is answered (ODK)
            for expression in compiled.expressions():
                if expression is compiled.calculation and trigger:
                    # A triggered calculation runs only when its trigger changes (ODK).
                    compiled.reads |= set(trigger)
                    continue
                compiled.reads |= set(expression.field_refs())
                compiled.reads |= self.paths.reads(element.key, expression.text)

    def _compile_question(self, compiled: Compiled, question: Question) -> None:
        compiled.required = _parse(question.required)
        compiled.read_only = _parse(question.read_only)
        compiled.constraint = _parse(question.constraint)
        compiled.calculation = _parse(question.calculation)
        if question.default_is_expression:
            compiled.default = _parse(question.default)
        if question.choice_filter and question.choice_list:
            compiled.choice_filter = parse(
                f"instance('{question.choice_list}')/root/item[{question.choice_filter}]"
            )

    def _order(self) -> None:
        """Topological order over calculation/relevance reads; sheet order breaks ties."""
        names = list(self.elements)
        position = {name: index for index, name in enumerate(names)}
        waits: dict[str, set[str]] = {}
        for name, compiled in self.elements.items():
            value_reads = set()
            for expression in (compiled.calculation, compiled.relevant, compiled.default):
                if expression is not None:
                    value_reads |= set(expression.field_refs())
                    value_reads |= self.paths.reads(name, expression.text)
            # A value also waits for the relevance of the groups around it.
            value_reads |= {g for g in compiled.groups if self.elements[g].relevant}
            waits[name] = {r for r in value_reads if r in self.elements and r != name}
        followers: dict[str, list[str]] = {}
        for name, needs in waits.items():
            for need in needs:
                followers.setdefault(need, []).append(name)
        ready = [(position[n], n) for n, needs in waits.items() if not needs]
        heapq.heapify(ready)
        count = 0
        while ready:
            _, name = heapq.heappop(ready)
            self.elements[name].order = count
            count += 1
            for follower in followers.get(name, ()):
                waits[follower].discard(name)
                if not waits[follower]:
                    heapq.heappush(ready, (position[follower], follower))
        for name in names:  # only reachable if a cycle slipped past the load checks
            if waits[name]:
                self.elements[name].order = count + position[name]

    def affected_by(self, name: str) -> set[str]:
        return self.dependents.get(name, set())


def choice_instance(choices: ChoiceList) -> tuple[Node, dict[int, Choice]]:
    """The secondary instance ODK builds from a choice list: root/item/(name, label, ...)."""
    root = Node("root")
    Node(DOCUMENT).append(root)
    items: dict[int, Choice] = {}
    for choice in choices.choices:
        item = root.append(Node("item"))
        items[id(item)] = choice
        # A file's list read with value=/label= keeps the file's own name and label
        # fields among its extra ones (lintas.form.external): the instance shows those.
        if "name" not in choice.extra:
            item.append(Node("name", choice.name))
        if "label" not in choice.extra:
            item.append(Node("label", choice.label.get()))
        for column, value in choice.extra.items():
            item.append(Node(column, value))
    return root, items


_REFERENCE = re.compile(r"\$\{([^}\s]+)\}")


def _text_references(element: Element) -> set[str]:
    texts = [*element.label.by_language.values(), *element.hint.by_language.values()]
    return {name for text in texts for name in _REFERENCE.findall(text)}


def _parse(text: str) -> Expression | None:
    return parse(text) if text and text.strip() else None


_ENGINES: PerForm[Engine] = PerForm(Engine)


def engine_for(form: Form) -> Engine:
    """The compiled engine for ``form``, built once and reused while it is in use."""
    return _ENGINES(form)


__all__ = ["Compiled", "Engine", "choice_instance", "engine_for"]
