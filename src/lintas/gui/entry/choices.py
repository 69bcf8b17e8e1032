"""Select questions: keyed choices for short lists, type-ahead for long ones.

As in CSPro, one digit key picks a choice of a short list, so a clerk keys a
whole page without the mouse; the digit shown before each choice is the key
(see :mod:`lintas.gui.entry.keys`: the code itself when codes are numbers).
Long lists such as countries are an editable combo box with type-ahead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QRadioButton,
    QWidget,
)

from lintas.form.model import Choice
from lintas.gui.entry.fields import CHOICE_IMAGE_PIXELS, FieldWidget, label_picture
from lintas.gui.entry.keys import Entry, choice_keys, keyed_label, ranked_matches
from lintas.gui.entry.typeahead import MatchList


# What type-ahead matches: the code, the label in every language and the other names people
# type (the code lists' also_known_as column), so "THA", "Campuchia", "Hàn Quốc" or "Thai"
# finds the country whatever the app's language.
def search_names(choice: Choice, language: str | None) -> list[str]:
    """The shown label first, then the code, the English label and the other names the
    choice may be typed as (labels in the form's other languages are not searched: a
    Filipino word starting with "t" should not come up when "T" is typed in English)."""
    names = [choice.label.get(language) or choice.name, choice.name]
    names.append(choice.label.by_language.get(ENGLISH, ""))
    names += [name for name in choice.extra.get("also_known_as", "").split("/") if name]
    unique: list[str] = []
    for name in names:
        if name and name.casefold() not in (n.casefold() for n in unique):
            unique.append(name)
    return unique


ENGLISH = "English (en)"


# Longer lists, or an ODK "minimal"/"autocomplete" appearance, get type-ahead.
SHORT_LIST = 10


def digit_of(key: int) -> str | None:
    """The digit a key press means ("0"-"9"), from the main row or the number pad."""
    if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
        return str(key - Qt.Key.Key_0)
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
        self.media: Any = None  # the form's media files, for choice images
        self.keys: dict[str, int] = {}  # digit -> index into buttons
        self.current = 0
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)

    def set_choices(
        self, choices: tuple[Choice, ...], language: str | None, all_codes: list[str] | None = None
    ) -> None:
        """Show ``choices``; keys come from ``all_codes`` (the whole list), so that a
        choice filter that hides some choices never moves the others' keys."""
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        self.keys = {}
        codes = all_codes or [choice.name for choice in choices]
        key_of_code = dict(zip(codes, choice_keys(codes), strict=True))
        columns = 2 if len(choices) > 5 else 1
        rows = (len(choices) + columns - 1) // columns
        for index, choice in enumerate(choices):
            key = key_of_code.get(choice.name)
            text = keyed_label(key, choice.label.get(language) or choice.name)
            button = QCheckBox(text) if self.multiple else QRadioButton(text)
            picture = label_picture(choice.media, self.media, language, CHOICE_IMAGE_PIXELS)
            if picture is not None:
                button.setIcon(QIcon(picture))
                button.setIconSize(picture.size())
            button.choice_name = choice.name  # a Python attribute: see FieldWidget._invalid
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays on the box
            self.group.addButton(button, index)
            self.buttons.append(button)
            if key is not None:
                self.keys[key] = index
            self._layout.addWidget(button, index % rows, index // rows)

    def keyPressEvent(self, event) -> None:
        index = self.keys.get(digit_of(event.key()) or "")
        if index is not None:
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
        self.all_codes: list[str] | None = None  # the whole list's codes (Builder sets them)
        self.box.group.buttonToggled.connect(self._on_toggled)
        return self.box

    def focus_target(self) -> QWidget:
        return self.box

    def set_media(self, media: Any) -> None:
        super().set_media(media)
        self.box.media = media
        if self._choices:
            self.box.set_choices(self._choices, self.language, self.all_codes)

    def update_choices(self, state: Any) -> None:
        choices = tuple(state.choices or ())
        if choices != self._choices:
            self._choices = choices
            self.box.set_choices(choices, self.language, self.all_codes)

    def show_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list | tuple) else {value}
        for button in self.box.buttons:
            button.blockSignals(True)
            button.setChecked(button.choice_name in chosen)
            button.blockSignals(False)

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if not self.box.multiple and not checked:
            return  # the other half of a change of choice: the new one says it
        picked = [b.choice_name for b in self.box.buttons if b.isChecked()]
        if self.box.multiple:
            self.commit(picked or None)
        else:
            self.commit(picked[0] if picked else None)
        self.mark_touched()


class ComboChoiceField(FieldWidget):
    """select_one with a long list: type a code or any part of a name, Enter takes the
    highlighted match (the first unless the arrows moved it) and goes on."""

    def build_editor(self) -> QWidget:
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setCompleter(None)  # Qt's own completer shows one thing and takes another
        self.combo.setMaxVisibleItems(15)
        self.matches = MatchList(self.combo)
        self.matches.picked.connect(self._pick_row)
        self._choices: tuple[Choice, ...] = ()
        self._entries: list[Entry] = []  # (code, names, other languages' labels)
        self._ranked: list[int] = []  # what the popup shows, best first
        edit = self.combo.lineEdit()
        edit.textEdited.connect(self._on_edited)
        edit.editingFinished.connect(self._take_text)  # left with the mouse
        edit.installEventFilter(self)
        self.combo.installEventFilter(self)  # the combo has the focus and passes keys on
        self.combo.activated.connect(self._on_activated)  # picked from the full drop-down list
        return self.combo

    def focus_target(self) -> QWidget:
        return self.combo

    def update_choices(self, state: Any) -> None:
        choices = tuple(state.choices or ())
        if choices == self._choices:
            return
        self._choices = choices
        self._entries = [
            (c.name, search_names(c, self.language), list(c.label.by_language.values()))
            for c in choices
        ]
        self._show_codes = bool(choices) and all(len(c.name) <= 3 for c in choices)
        self.combo.blockSignals(True)
        self.combo.clear()
        for choice in choices:
            self.combo.addItem(choice.label.get(self.language) or choice.name, choice.name)
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

    # -- type-ahead -----------------------------------------------------------------
    def ranked(self, text: str) -> list[int]:
        """Indexes into the choices that ``text`` finds, best first (keys.ranked_matches)."""
        return ranked_matches(text, self._entries)

    def choice_for_text(self, text: str) -> str | None:
        """The choice that Enter takes for ``text`` when no arrow key moved the highlight."""
        found = self.ranked(text)
        return self._choices[found[0]].name if found else None

    def taken_by_enter(self) -> str | None:
        """What Enter would store now: the highlighted row of what the popup shows."""
        text = self.combo.currentText()
        current = self.combo.currentIndex()
        if current >= 0 and text == self.combo.itemText(current):
            return self._choices[current].name  # unchanged since it was picked
        if text != self._ranked_for:
            self._rank_now(text)
        row = self.matches.currentRow()
        if 0 <= row < len(self._ranked):
            return self._choices[self._ranked[row]].name
        return None

    _ranked_for = ""

    def _rank_now(self, text: str) -> None:
        self._ranked_for = text
        self._ranked = self.ranked(text)
        rows = [self._row_text(self._choices[i], text) for i in self._ranked]
        self.matches.set_rows(rows, self.tr("No choice matches."))

    def _row_text(self, choice: Choice, text: str) -> str:
        label = choice.label.get(self.language) or choice.name
        shown = f"{choice.name} – {label}" if self._show_codes else label
        # Found by another name (English "Thailand" in the Thai app, or "Campuchia"): say which.
        query = text.strip().casefold()
        if query and query not in shown.casefold():
            names = [*search_names(choice, self.language), *choice.label.by_language.values()]
            other = next((n for n in names if n and query in n.casefold()), None)
            if other is not None:
                shown = f"{shown}  ({other})"
        return shown

    def _on_edited(self, text: str) -> None:
        self._rank_now(text)
        if text.strip() and self.combo.lineEdit().hasFocus():
            self.matches.show_under(self.combo)
        else:
            self.matches.hide()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.matches.hide()
        elif event.type() == QEvent.Type.KeyPress and self.matches.isVisible():
            key = event.key()
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
                     Qt.Key.Key_PageUp: -10}  # fmt: skip
            if key in steps:
                self.matches.move_by(steps[key])
                return True
            if key == Qt.Key.Key_Escape:
                self.matches.hide()
                return True
        return False

    def _pick_row(self, row: int) -> None:
        self.matches.setCurrentRow(row)
        self._take_text()

    def _on_activated(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self._ranked_for = self.combo.itemText(index)
            self._store(self._choices[index].name)

    def _take_text(self) -> bool:
        """Take what Enter would take; False (with a message) when the text finds nothing."""
        if self._updating:
            return True
        self.matches.hide()
        text = self.combo.currentText()
        if not text.strip():
            self.commit(None)
            self.mark_touched()
            return True
        name = self.taken_by_enter()
        if name is None:
            self.set_local_problem(self.tr("Pick one of the choices in the list."))
            return False
        self._store(name)
        return True

    def _store(self, name: str) -> None:
        index = next(i for i, c in enumerate(self._choices) if c.name == name)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.commit(name)
        self.mark_touched()
