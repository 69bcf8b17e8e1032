"""The entry view: a form's pages, heads-down keyboard navigation, review and autosave.

It holds one :class:`lintas.form.Response` and talks only to it. Saving is not
its business: it emits ``save_requested("draft" | "autosave" | "final")`` and
the page that owns the vault runs the save as an operation, then calls
:meth:`mark_saved`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lintas.errors import LintasError
from lintas.form.model import Form
from lintas.gui.entry.blocks import Builder, Page, RepeatBlock, page_plan
from lintas.gui.entry.fields import FieldWidget
from lintas.gui.entry.geo_field import GeoField
from lintas.gui.entry.navigation import KeyboardNavigation
from lintas.gui.entry.review import ReviewPage
from lintas.gui.entry.text_guard import describe, fix_label


class EntryView(KeyboardNavigation, QWidget):
    """Key in one interview. Constructing it does no I/O."""

    save_requested = Signal(str)  # "draft", "autosave" or "final"
    changed = Signal()

    def __init__(
        self, form: Form, response: Any, language: str | None = None, autosave_seconds: int = 5
    ) -> None:
        super().__init__()
        self.form = form
        self.response = response
        self.language = language
        self.dirty = False
        self.fields: dict[str, FieldWidget] = {}
        self.office_location: str | None = None  # offered to geopoint questions
        self._order: list[FieldWidget] | None = None
        self.confirm_remove: Callable[[str], bool] = self._ask_remove
        self._builder = Builder(
            form=form,
            language=language,
            adopt=self._adopt,
            repeat_count=response.repeat_count,
            choice_counts={name: len(cl.choices) for name, cl in form.choice_lists.items()},
        )
        self._build_layout()
        for page in self.pages:
            for block in page.blocks():
                if isinstance(block, RepeatBlock):
                    self._wire_repeat(block)
        self.refresh_all()
        self.autosave = QTimer(self)
        self.autosave.setInterval(max(1, autosave_seconds) * 1000)
        self.autosave.timeout.connect(self._autosave)
        self.autosave.start()
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save_requested.emit("draft"))
        QShortcut(QKeySequence("Ctrl+R"), self, self.show_review)

    # -- construction -------------------------------------------------------------
    def _build_layout(self) -> None:
        outer = QHBoxLayout(self)
        self.sections = QListWidget()
        self.sections.setMaximumWidth(230)
        self.sections.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        outer.addWidget(self.sections)
        right = QVBoxLayout()
        self.stack = QStackedWidget()
        self.pages = [Page(t, c, self._builder) for t, c in page_plan(self.form, self.language)]
        for page in self.pages:
            self.stack.addWidget(page)
            self.sections.addItem(page.title)
        self.review = ReviewPage()
        self.review.jump_requested.connect(self.jump_to)
        self.review.finalise_requested.connect(lambda: self.save_requested.emit("final"))
        self.stack.addWidget(self.review)
        self.sections.addItem(self.tr("Review and finalise"))
        self.sections.currentRowChanged.connect(self._show_section)
        right.addWidget(self.stack, 1)
        bar = QHBoxLayout()
        self.status = QLabel()
        bar.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save draft (Ctrl+S)"))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.save_button.clicked.connect(lambda: self.save_requested.emit("draft"))
        bar.addWidget(self.save_button)
        self.review_button = QPushButton(self.tr("Review (Ctrl+R)"))
        self.review_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.review_button.clicked.connect(self.show_review)
        bar.addWidget(self.review_button)
        right.addLayout(bar)
        outer.addLayout(right, 1)
        self.sections.setCurrentRow(0)

    def set_office_location(self, point: str | None) -> None:
        self.office_location = point
        for field in self.fields.values():
            if isinstance(field, GeoField):
                field.set_office_location(point)

    def _adopt(self, field: FieldWidget) -> None:
        self.fields[field.address] = field
        if isinstance(field, GeoField):
            field.set_office_location(self.office_location)
        self._order = None
        field.committed.connect(self._on_committed)
        target = field.focus_target()
        if target is not None:
            target.installEventFilter(self)
            if hasattr(target, "lineEdit") and target.lineEdit() is not None:
                target.lineEdit().installEventFilter(self)
        for inner in field.inner_editors():
            inner.installEventFilter(self)
        if field.fix_button is not None:
            field.left.connect(self.check_field_text)
            field.fix_requested.connect(self.fix_field_text)
            field.fix_button.installEventFilter(self)
        if field.play_button is not None:
            field.play_button.installEventFilter(self)  # Enter plays, then on to the answer

    def _wire_repeat(self, block: RepeatBlock) -> None:
        block.wired = True
        block.add_requested.connect(self.add_repeat)
        block.remove_requested.connect(self.remove_repeat)
        block.add_button.installEventFilter(self)

    # -- answers ------------------------------------------------------------------
    def _on_committed(self, address: str, value: Any) -> None:
        if self.response.get(address) == value:
            return
        try:
            changed = self.response.set(address, value)
        except LintasError as refusal:  # a wrong type or a choice no longer on offer
            field = self.fields.get(address)
            if field is not None:
                field.set_local_problem(refusal.message)
            return
        self.dirty = True
        self.refresh(changed | {address})
        self.changed.emit()

    def refresh(self, addresses: set[str]) -> None:
        """Show the new state of ``addresses`` (what ``Response.set`` said changed)."""
        if self._sync_repeats():
            self.refresh_all()
            return
        for address in addresses:
            field = self.fields.get(address)
            if field is not None:
                field.apply_state(self.response.state(address))
        self._refresh_page_visibility()

    def refresh_all(self) -> None:
        for address, field in self.fields.items():
            field.apply_state(self.response.state(address))
        self._refresh_page_visibility()

    def _refresh_page_visibility(self) -> None:
        for index, page in enumerate(self.pages):
            page.refresh_visibility()
            item = self.sections.item(index)
            item.setForeground(
                Qt.GlobalColor.black if page.has_visible_questions() else Qt.GlobalColor.gray
            )

    def _sync_repeats(self) -> bool:
        changed = False
        for page in self.pages:
            for block in list(page.blocks()):
                if isinstance(block, RepeatBlock) and block.sync():
                    changed = True
        if changed:
            self._reindex()
        return changed

    def _reindex(self) -> None:
        self.fields = {}
        for page in self.pages:
            for field in page.fields():
                self.fields[field.address] = field
            for block in page.blocks():
                if isinstance(block, RepeatBlock) and not block.wired:
                    self._wire_repeat(block)
        self._order = None

    # -- repeats ------------------------------------------------------------------
    def add_repeat(self, name: str, parent: str = "") -> None:
        index = self.response.add_repeat(name, parent)
        self.dirty = True
        self._sync_repeats()
        self.refresh_all()
        prefix = f"{parent}/" if parent else ""
        first = next(
            (f for f in self.ordered_fields() if f.address.startswith(f"{prefix}{name}[{index}]/")),
            None,
        )
        if first is not None:
            self.focus_field(first)

    def remove_repeat(self, address: str) -> None:
        if not self.confirm_remove(address):
            return
        self.response.remove_repeat(address)
        self.dirty = True
        for page in self.pages:
            for block in list(page.blocks()):
                if isinstance(block, RepeatBlock) and address.startswith(
                    block.instance_address(1).rsplit("[", 1)[0] + "["
                ):
                    block.sync(rebuild=True)
        self._reindex()
        self.refresh_all()

    def _ask_remove(self, address: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove {address} and all its answers?").replace("{address}", address),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- the free-text guard at the field ---------------------------------------------
    def check_field_text(self, address: str) -> None:
        """Flag a text answer that looks like it holds an identifier, as the clerk leaves it."""
        from lintas.privacy.entry import check_answer

        field = self.fields.get(address)
        if field is not None:
            self._show_text_warning(field, check_answer(self.response, address))

    def _show_text_warning(self, field: FieldWidget, warning: Any) -> None:
        if warning is None:
            field.show_text_warning("", "")
        else:
            field.show_text_warning(describe(warning), fix_label(warning))

    def fix_field_text(self, address: str) -> None:
        """Redact what was found (and convert Zawgyi), then go on to the next question."""
        from lintas.privacy.entry import check_answer, fix_text

        field = self.fields.get(address)
        warning = check_answer(self.response, address)
        if warning is not None:
            changed = fix_text(self.response, warning)
            self.dirty = True
            self.refresh(changed | {address})
            self.changed.emit()
        if field is not None and field.fix_button is not None:
            button = field.fix_button
            self._move(button, +1)  # before hiding it: it is where the next stop is counted
            field.show_text_warning("", "")

    def _show_section(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        on_review = row == len(self.pages)
        self.review_button.setHidden(on_review)  # already there: one button fewer
        if on_review:
            self._fill_review()

    # -- review and saving --------------------------------------------------------
    def problems(self) -> list[tuple[str, str, str]]:
        """(address, question label, message) for every problem that blocks finalising."""
        found = []
        for problem in self.response.validate(final=True):
            field = self.fields.get(problem.address)
            label = field._label_text if field is not None else problem.address
            found.append((problem.address, label, problem.message))
            if field is not None:
                field.show_required_problem(problem.message)
        return found

    def text_warnings(self) -> list[tuple[str, str, str]]:
        """Free-text answers that look like identifiers or Zawgyi (lintas.privacy)."""
        from lintas.privacy.entry import check_text

        found = []
        warned = set()
        for warning in check_text(self.response):
            field = self.fields.get(warning.address)
            label = field._label_text if field is not None else warning.address
            found.append((warning.address, label, describe(warning)))
            if field is not None:
                self._show_text_warning(field, warning)  # Enter on the line jumps there
                warned.add(warning.address)
        for address, field in self.fields.items():
            if address not in warned:
                field.show_text_warning("", "")
        return found

    def _fill_review(self) -> None:
        self.review.show_problems(self.problems(), self.text_warnings())

    def show_review(self) -> None:
        self.sections.setCurrentRow(len(self.pages))
        self.review.focus_first()

    def mark_saved(self, when: str) -> None:
        self.dirty = False
        self.status.setText(self.tr("Saved at {time}").replace("{time}", when))

    def _autosave(self) -> None:
        if self.dirty:
            self.save_requested.emit("autosave")
