"""Select questions: numbered choices for short lists, type-ahead for long ones.

As in CSPro, a digit key picks the n-th choice of a short list (1-9, then 0
for the tenth), so a clerk keys a whole page without the mouse. Long lists
such as countries are an editable combo box that completes any part of a label.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QRadioButton,
    QWidget,
)

from lintas.form.model import Choice
from lintas.gui.entry.fields import FieldWidget

# The text type-ahead matches: the label in every language and the other names people type
# (the code lists' also_known_as column), so "Campuchia", "Hàn Quốc" or "Thai" finds the
# country whatever the app's language.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def search_names(choice: Choice, language: str | None) -> list[str]:
    """The shown label first, then every other name the choice may be typed as."""
    names = [choice.label.get(language) or choice.name, choice.name]
    names += [label for label in choice.label.by_language.values() if label]
    names += [name for name in choice.extra.get("also_known_as", "").split("/") if name]
    unique: list[str] = []
    for name in names:
        if name.casefold() not in (n.casefold() for n in unique):
            unique.append(name)
    return unique


# Longer lists, or an ODK "minimal"/"autocomplete" appearance, get type-ahead.
SHORT_LIST = 10


def digit_index(key: int) -> int | None:
    """0-based choice index for a digit key: 1..9 -> 0..8, 0 -> 9."""
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        return key - Qt.Key.Key_1
    if key == Qt.Key.Key_0:
        return 9
    return None


class ChoiceBox(QFrame):
    """A focusable list of radio buttons or tick boxes, driven by digits and arrows."""

    def __init__(self, multiple: bool) -> None:
        super().__init__()
        self.multiple = multiple
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("choiceBox")
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: list[QAbstractButton] = []
        self.current = 0
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)

    def set_choices(self, choices: tuple[Choice, ...], language: str | None) -> None:
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        columns = 2 if len(choices) > 5 else 1
        rows = (len(choices) + columns - 1) // columns
        for index, choice in enumerate(choices):
            number = f"{(index + 1) % 10}. " if index < SHORT_LIST else ""
            text = f"{number}{choice.label.get(language) or choice.name}"
            button = QCheckBox(text) if self.multiple else QRadioButton(text)
            button.choice_name = choice.name  # a Python attribute: see FieldWidget._invalid
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays on the box
            self.group.addButton(button, index)
            self.buttons.append(button)
            self._layout.addWidget(button, index % rows, index // rows)

    def keyPressEvent(self, event) -> None:
        index = digit_index(event.key())
        if index is not None and index < len(self.buttons):
            self.current = index
            self.buttons[index].click()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right) and self.buttons:
            self.current = min(self.current + 1, len(self.buttons) - 1)
            self._highlight()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left) and self.buttons:
            self.current = max(self.current - 1, 0)
            self._highlight()
            return
        if event.key() == Qt.Key.Key_Space and self.buttons:
            self.buttons[self.current].click()
            return
        super().keyPressEvent(event)

    def _highlight(self) -> None:
        for index, button in enumerate(self.buttons):
            button.setStyleSheet("text-decoration: underline;" if index == self.current else "")
        if not self.multiple:
            self.buttons[self.current].click()


class ChoiceField(FieldWidget):
    """select_one / select_multiple with a short list."""

    def build_editor(self) -> QWidget:
        self.box = ChoiceBox(multiple=self.question.type == "select_multiple")
        self._choices: tuple[Choice, ...] = ()
        self.box.group.buttonToggled.connect(self._on_toggled)
        return self.box

    def focus_target(self) -> QWidget:
        return self.box

    def update_choices(self, state: Any) -> None:
        choices = tuple(state.choices or ())
        if choices != self._choices:
            self._choices = choices
            self.box.set_choices(choices, self.language)

    def show_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list | tuple) else {value}
        for button in self.box.buttons:
            button.blockSignals(True)
            button.setChecked(button.choice_name in chosen)
            button.blockSignals(False)

    def _on_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        picked = [b.choice_name for b in self.box.buttons if b.isChecked()]
        if self.box.multiple:
            self.commit(picked or None)
        else:
            self.commit(picked[0] if picked else None)
        self.mark_touched()


class ComboChoiceField(FieldWidget):
    """select_one with a long list: type any part of a label, Enter takes it."""

    def build_editor(self) -> QWidget:
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCompletionRole(SEARCH_ROLE)
        self.combo.setCompleter(completer)
        self._choices: tuple[Choice, ...] = ()
        self.combo.activated.connect(lambda _index: self._take_text())
        completer.activated.connect(lambda _text: self._take_text())
        self.combo.lineEdit().editingFinished.connect(self._take_text)
        return self.combo

    def focus_target(self) -> QWidget:
        return self.combo

    def update_choices(self, state: Any) -> None:
        choices = tuple(state.choices or ())
        if choices == self._choices:
            return
        self._choices = choices
        self.combo.blockSignals(True)
        self.combo.clear()
        for index, choice in enumerate(choices):
            self.combo.addItem(choice.label.get(self.language) or choice.name, choice.name)
            self.combo.setItemData(
                index, " | ".join(search_names(choice, self.language)), SEARCH_ROLE
            )
        self.combo.setCurrentIndex(-1)
        self.combo.blockSignals(False)

    def show_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else -1
        if index != self.combo.currentIndex() or index < 0:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            if index < 0 and not self.combo.lineEdit().hasFocus():
                self.combo.lineEdit().clear()
            self.combo.blockSignals(False)

    def choice_for_text(self, text: str) -> str | None:
        """The choice whose label (or name) is ``text``, else the only label containing it."""
        wanted = text.strip().casefold()
        if not wanted:
            return None
        names = [
            (c.name, [n.casefold() for n in search_names(c, self.language)]) for c in self._choices
        ]
        for name, typed_as in names:
            if wanted in typed_as[:2]:  # the shown label or the code itself
                return name
        exact = [name for name, typed_as in names if wanted in typed_as]
        if len(exact) == 1:
            return exact[0]
        partial = [name for name, typed_as in names if any(wanted in n for n in typed_as)]
        return partial[0] if len(partial) == 1 else None

    def _take_text(self) -> None:
        text = self.combo.currentText()
        name = self.choice_for_text(text)
        if name is None and text.strip():
            self.set_local_problem(self.tr("Pick one of the choices in the list."))
            return
        self.commit(name)
        self.mark_touched()
