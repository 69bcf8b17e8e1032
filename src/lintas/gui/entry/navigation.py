"""Heads-down keying: where Enter, Tab and Shift+Tab go in the entry view.

A mixin of :class:`~lintas.gui.entry.view.EntryView`. The stops are every
question and each repeat's "Add another" button, in form order; questions that
do not apply (hidden) and read-only ones are jumped over, across pages, and
Enter after the last question opens the review page. It relies on the view's
``pages``, ``sections``, ``fields``, ``_order`` and ``show_review``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from lintas.gui.entry.blocks import Page
from lintas.gui.entry.fields import FieldWidget

NEXT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class KeyboardNavigation:
    def ordered_fields(self) -> list[FieldWidget]:
        return [stop for stop in self.ordered_stops() if isinstance(stop, FieldWidget)]

    def ordered_stops(self) -> list[QWidget]:
        """Questions and repeat Add buttons in form order: where Enter and Tab go."""
        if self._order is None:
            self._order = [stop for page in self.pages for stop in page.stops()]
        return self._order

    _last_focused: QWidget | None = None

    def last_focused(self) -> QWidget | None:
        """The question's editor that had the focus last, if still shown; else the first."""
        last = self._last_focused
        field = self._field_of(last) if last is not None and isValid(last) else None
        if field is not None and field in self.fields.values() and _shown(field):
            return last
        first = self._first_stop()
        return first.focus_target() if isinstance(first, FieldWidget) else first

    def _first_stop(self) -> QWidget | None:
        """The first question with an answer, or a recording's Play button before it."""
        for stop in self.ordered_stops():
            if isinstance(stop, FieldWidget):
                if _shown(stop) and stop.focus_target() is not None:
                    return stop
            elif (owner := self._field_of(stop)) is not None and stop is owner.play_button:
                if _shown(owner):
                    return stop  # a recording to hear before the first answer
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._last_focused = watched
            # The audit paradata counts seconds per question (names only, no values).
            field = self._field_of(watched)
            self.response.focus_question(field.address if field is not None else None)
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        backwards = key == Qt.Key.Key_Backtab or (
            key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if (backwards or key == Qt.Key.Key_Tab) and self._move_inside(watched, backwards):
            return True
        if backwards:
            return self._move(watched, -1)
        if key in NEXT_KEYS and isinstance(watched, QPushButton):
            if key == Qt.Key.Key_Tab:
                return self._move(watched, +1)
            field = self._field_of(watched)
            watched.click()  # Enter on "Add another" adds one and goes into it
            if field is not None and watched is field.play_button:
                return self._move(watched, +1)  # the recording plays; on to the answer
            return True
        if key in NEXT_KEYS:
            popup = getattr(watched, "view", None)
            if callable(popup) and watched.view().isVisible():
                return False  # Enter picks from an open combo list first
            field = self._field_of(watched)
            if field is not None and hasattr(field, "_on_finished"):
                field._on_finished()
            elif field is not None and hasattr(field, "_take_text"):
                if not field._take_text() and key != Qt.Key.Key_Tab:
                    return True  # Enter on a text that finds no choice: stay, the field says why
            return self._move(watched, +1)
        return False

    def _move_inside(self, widget: QObject, backwards: bool) -> bool:
        """Tab through a field's own optional editors (a geopoint's altitude, accuracy).

        Enter still goes straight to the next question: they are optional, and
        heads-down keying should not stop at them.
        """
        field = self._field_of(widget)
        if field is None or not field.inner_editors():
            return False
        chain = [field.focus_target(), *field.inner_editors()]
        if widget not in chain:
            return False
        index = chain.index(widget) + (-1 if backwards else 1)
        if not 0 <= index < len(chain):
            return False
        target = chain[index]
        if target is None or not target.isVisible():
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _field_of(self, widget: QObject) -> FieldWidget | None:
        while widget is not None and not isinstance(widget, FieldWidget):
            widget = widget.parent()
        return widget

    def _stop_of(self, widget: QObject) -> QWidget | None:
        if isinstance(widget, QPushButton) and widget in self.ordered_stops():
            return widget  # a repeat's "Add another"
        return self._field_of(widget)

    def _move(self, widget: QObject, step: int) -> bool:
        current = self._stop_of(widget)
        order = self.ordered_stops()
        if current is None or current not in order:
            return False
        if isinstance(current, FieldWidget):
            current.mark_touched()
        index = order.index(current) + step
        while 0 <= index < len(order):
            stop = order[index]
            target = stop.focus_target() if isinstance(stop, FieldWidget) else stop
            if _shown(stop) and target is not None and target.isEnabled():
                self.focus_field(stop)
                return True
            index += step
        if step > 0:
            self.show_review()
        return True

    def focus_field(self, stop: QWidget) -> None:
        page = next(p for p in self.pages if stop in list(p.stops()))
        index = self.pages.index(page)
        if self.sections.currentRow() != index:
            self.sections.setCurrentRow(index)
        page.ensureWidgetVisible(stop, 20, 40)
        target = stop.focus_target() if isinstance(stop, FieldWidget) else stop
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def jump_to(self, address: str) -> None:
        field = self.fields.get(address)
        if field is not None:
            self.focus_field(field)

    def focus_first(self) -> None:
        first = self._first_stop()
        if first is not None:
            self.focus_field(first)


def _shown(widget: QWidget) -> bool:
    """Not hidden itself nor inside a hidden group box (pages are never hidden)."""
    while widget is not None and not isinstance(widget, Page):
        if widget.isHidden():
            return False
        widget = widget.parentWidget()
    return True
