"""Pages, group boxes and repeat blocks: the form's structure as widgets.

Every top-level group becomes a page (a section in the side list); a run of
top-level questions outside any group becomes a page of its own. Nested groups
and field-list groups are framed boxes on their page, so a field-list group is
always seen whole. Repeats show each instance in its own box with Remove, and
an Add button at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lintas.form.geo import GEO_TYPES
from lintas.form.media import MEDIA_TYPES
from lintas.form.model import Element, Form, Group, Question
from lintas.form.types import METADATA
from lintas.gui.entry.choices import SHORT_LIST, ChoiceField, ComboChoiceField
from lintas.gui.entry.fields import AcknowledgeField, FieldWidget, LineField, NoteField
from lintas.gui.entry.geo_field import GeoField
from lintas.gui.entry.media_field import MediaField

# Question types with nothing to show or type: the engine fills them in.
SILENT_TYPES = frozenset({"calculate", "hidden"}) | METADATA


def make_field(question: Question, address: str, language: str | None) -> FieldWidget | None:
    """The widget for one question, or None when the question is not shown."""
    kind = question.type
    if kind in SILENT_TYPES:
        return None
    if kind == "note":
        return NoteField(question, address, language)
    if kind == "acknowledge":
        return AcknowledgeField(question, address, language)
    if kind == "select_one" and _wants_typeahead(question):
        return ComboChoiceField(question, address, language)
    if question.is_select:
        return ChoiceField(question, address, language)
    if kind in GEO_TYPES:
        return GeoField(question, address, language)
    if kind in MEDIA_TYPES:
        return MediaField(question, address, language)
    return LineField(question, address, language)


def _wants_typeahead(question: Question) -> bool:
    appearance = question.appearance.split()
    return "minimal" in appearance or "autocomplete" in appearance


@dataclass
class Builder:
    """What a block needs to build (and rebuild) its children."""

    form: Form
    language: str | None
    adopt: Callable[[FieldWidget], None]  # the view wires each new field
    repeat_count: Callable[[str, str], int]
    choice_counts: dict[str, int]

    def address(self, prefix: str, name: str) -> str:
        return f"{prefix}/{name}" if prefix else name

    def build(self, children: tuple[Element, ...], prefix: str, layout: QVBoxLayout) -> list:
        items: list = []
        for element in children:
            item = self.build_one(element, prefix)
            if item is not None:
                layout.addWidget(item)
                items.append(item)
        return items

    def build_one(self, element: Element, prefix: str):
        if isinstance(element, Group):
            if element.repeat:
                return RepeatBlock(element, prefix, self)
            return GroupBox(element, prefix, self)
        question = element
        if question.type == "select_one" and (
            self.choice_counts.get(question.choice_list or "", 0) > SHORT_LIST
        ):
            field = ComboChoiceField(question, self.address(prefix, question.key), self.language)
        else:
            field = make_field(question, self.address(prefix, question.key), self.language)
            if isinstance(field, ChoiceField) and question.choice_list in self.form.choice_lists:
                field.all_codes = list(self.form.choice_lists[question.choice_list].names())
        if field is not None:
            if self.form.media_bytes:
                field.set_media(self.form.media_bytes)
            self.adopt(field)
        return field


def iter_fields(items: list) -> Iterator[FieldWidget]:
    for item in items:
        if isinstance(item, FieldWidget):
            yield item
        else:
            yield from item.fields()


def iter_stops(items: list) -> Iterator[QWidget]:
    """Where Enter/Tab stop, in order: every question (after its Play button), its Redact
    button, each repeat's Add."""
    for item in items:
        if isinstance(item, FieldWidget):
            if item.play_button is not None:
                yield item.play_button  # above the answer: Enter plays it and moves on
            yield item
            if item.fix_button is not None:
                yield item.fix_button  # a stop only while it shows (hidden ones are skipped)
        else:
            yield from item.stops()


class GroupBox(QFrame):
    """A nested group or field-list group: a titled frame on its page."""

    def __init__(self, group: Group, prefix: str, builder: Builder) -> None:
        super().__init__()
        self.group = group
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        title = group.label.get(builder.language)
        if title:
            heading = QLabel(title)
            heading.setProperty("role", "sectionTitle")
            heading.setWordWrap(True)
            layout.addWidget(heading)
        self.items = builder.build(group.children, prefix, layout)

    def fields(self) -> Iterator[FieldWidget]:
        return iter_fields(self.items)

    def stops(self) -> Iterator[QWidget]:
        return iter_stops(self.items)

    def refresh_visibility(self) -> None:
        for item in self.items:
            if not isinstance(item, FieldWidget):
                item.refresh_visibility()
        self.setVisible(
            any(not f.isHidden() for f in self.fields())
            or any(isinstance(i, RepeatBlock) for i in self.items)
        )


class RepeatBlock(QFrame):
    """The instances of one repeat under one parent, with Add and Remove."""

    add_requested = Signal(str, str)  # repeat name, parent address
    remove_requested = Signal(str)  # instance address, e.g. "member[2]"

    def __init__(self, group: Group, prefix: str, builder: Builder) -> None:
        super().__init__()
        self.group = group
        self.prefix = prefix
        self.builder = builder
        self.wired = False  # the entry view connected its signals
        self.instances: list[tuple[QFrame, list]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(group.label.get(builder.language) or group.name)
        heading.setProperty("role", "sectionTitle")
        layout.addWidget(heading)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.add_button = QPushButton(
            QCoreApplication.translate("EntryView", "Add another: {name}").replace(
                "{name}", heading.text()
            )
        )
        self.add_button.clicked.connect(lambda: self.add_requested.emit(group.key, prefix))
        self.add_button.setVisible(not group.repeat_count)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sync()

    def instance_address(self, index: int) -> str:
        return self.builder.address(self.prefix, f"{self.group.key}[{index}]")

    def sync(self, rebuild: bool = False) -> bool:
        """Match the boxes to the response's instance count; True if anything changed."""
        wanted = self.builder.repeat_count(self.group.key, self.prefix)
        if not rebuild and wanted == len(self.instances):
            changed = False
        else:
            changed = True
            if rebuild:
                self._drop_from(0)
            self._drop_from(wanted)
            while len(self.instances) < wanted:
                self._add_box(len(self.instances) + 1)
        for item in self.all_items():
            if not isinstance(item, FieldWidget) and hasattr(item, "sync"):
                changed = item.sync() or changed
        return changed

    def all_items(self) -> Iterator:
        for _box, items in self.instances:
            yield from items

    def _drop_from(self, count: int) -> None:
        while len(self.instances) > count:
            box, _items = self.instances.pop()
            box.setParent(None)
            box.deleteLater()

    def _add_box(self, index: int) -> None:
        box = QFrame()
        box.setProperty("role", "card")
        layout = QVBoxLayout(box)
        header = QHBoxLayout()
        title = QLabel(f"{self.group.label.get(self.builder.language) or self.group.name} {index}")
        title.setStyleSheet("font-weight: bold;")
        header.addWidget(title)
        header.addStretch(1)
        if not self.group.repeat_count:
            remove = QPushButton(QCoreApplication.translate("EntryView", "Remove"))
            remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            address = self.instance_address(index)
            remove.clicked.connect(lambda: self.remove_requested.emit(address))
            header.addWidget(remove)
        layout.addLayout(header)
        items = self.builder.build(self.group.children, self.instance_address(index), layout)
        self.body.addWidget(box)
        box.show()  # a layout shows new children only later (queued); keys move now
        self.instances.append((box, items))

    def fields(self) -> Iterator[FieldWidget]:
        return iter_fields(list(self.all_items()))

    def stops(self) -> Iterator[QWidget]:
        yield from iter_stops(list(self.all_items()))
        if not self.add_button.isHidden():
            yield self.add_button

    def refresh_visibility(self) -> None:
        for item in self.all_items():
            if not isinstance(item, FieldWidget):
                item.refresh_visibility()


class Page(QScrollArea):
    """One section of the form: a scrolling column of questions and boxes."""

    def __init__(self, title: str, children: tuple[Element, ...], builder: Builder) -> None:
        super().__init__()
        self.title = title
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        heading = QLabel(title)
        heading.setProperty("role", "pageTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.items = builder.build(children, "", layout)
        layout.addStretch(1)
        self.setWidget(content)

    def fields(self) -> Iterator[FieldWidget]:
        return iter_fields(self.items)

    def stops(self) -> Iterator[QWidget]:
        return iter_stops(self.items)

    def blocks(self) -> Iterator:
        stack = [i for i in self.items if not isinstance(i, FieldWidget)]
        while stack:
            item = stack.pop()
            yield item
            children = item.all_items() if isinstance(item, RepeatBlock) else item.items
            stack.extend(i for i in children if not isinstance(i, FieldWidget))

    def refresh_visibility(self) -> None:
        for item in self.items:
            if not isinstance(item, FieldWidget):
                item.refresh_visibility()

    def has_visible_questions(self) -> bool:
        return any(
            not f.isHidden() and (not isinstance(f, FieldWidget) or f.focus_target() is not None)
            for f in self.stops()
        )


def page_plan(form: Form, language: str | None) -> list[tuple[str, tuple[Element, ...]]]:
    """(title, elements) per page: one per top-level group, runs of loose questions between."""
    plan: list[tuple[str, tuple[Element, ...]]] = []
    loose: list[Element] = []
    for element in form.children:
        if isinstance(element, Group):
            if loose:
                plan.append((_loose_title(form, plan), tuple(loose)))
                loose = []
            title = element.label.get(language) or element.name
            plan.append((title, element.children if not element.repeat else (element,)))
        elif element.type not in SILENT_TYPES:
            loose.append(element)
    if loose:
        plan.append((_loose_title(form, plan), tuple(loose)))
    return plan


def _loose_title(form: Form, plan: list) -> str:
    return form.title if not plan else QCoreApplication.translate("EntryView", "More questions")
