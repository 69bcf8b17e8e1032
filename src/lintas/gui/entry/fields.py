"""One question on screen: label, hint, editor and its inline problem.

A :class:`FieldWidget` never talks to the Response itself. It emits
``committed(address, value)``; the entry view sets the value and hands back
the new :class:`FieldState`, which the widget only displays.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lintas.form.model import Privacy, Question
from lintas.form.years import gregorian_from_buddhist_era, is_year_question
from lintas.gui.entry.values import NotAValue, format_value, parse

MASKS = {"date": "0000-00-00;_", "time": "00:00;_", "datetime": "0000-00-00 00:00;_"}
FORMATS = {"date": "YYYY-MM-DD", "time": "HH:MM", "datetime": "YYYY-MM-DD HH:MM"}


LABEL_IMAGE_PIXELS = 320
CHOICE_IMAGE_PIXELS = 64


def label_picture(owner_media: Any, files: Any, language: str | None, pixels: int) -> Any:
    """The image of a label or choice (big-image first), scaled, or None."""
    for kind in ("big-image", "image"):
        text = owner_media.get(kind) if owner_media else None
        name = text.get(language) if text else ""
        data = files.get(name) if name and files else None
        if data:
            picture = QPixmap()
            if picture.loadFromData(QByteArray(data)):
                return picture.scaled(
                    pixels, pixels, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )  # fmt: skip
    return None


def label_recording(
    owner_media: Any, files: Any, language: str | None
) -> tuple[str, str, bytes] | None:
    """(kind, file name, bytes) of a label's sound or video among the form's files."""
    for kind in ("audio", "video"):
        text = owner_media.get(kind) if owner_media else None
        name = text.get(language) if text else ""
        data = files.get(name) if name and files else None
        if data:
            return kind, name, data
    return None


def state_text(state: Any, name: str, fallback: str) -> str:
    """A label/hint text from a FieldState (which resolves ${...} output), else the model's."""
    value = getattr(state, name, None)
    return value if isinstance(value, str) and value else fallback


class FieldWidget(QFrame):
    """The frame around one question. Subclasses provide the editor."""

    committed = Signal(str, object)  # address, value (None when cleared)
    left = Signal(str)  # address: the clerk left a typed answer (time for the text guard)
    fix_requested = Signal(str)  # address: the text guard's Redact was pressed

    def __init__(self, question: Question, address: str, language: str | None) -> None:
        super().__init__()
        self.question = question
        self.address = address
        self.language = language
        self.touched = False  # constraint messages wait until the clerk leaves the field
        self._required = False
        self._constraint_message = ""
        self._local_problem = ""
        self._updating = False
        self._invalid = False
        self.setProperty("role", "question")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(3)
        self.label = QLabel()
        self.label.setProperty("role", "questionLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.hint = QLabel(question.hint.get(language))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(self.hint.text()))
        layout.addWidget(self.hint)
        self._label_text = question.label.get(language) or question.name
        editor = self.build_editor()
        if editor is not None:
            layout.addWidget(editor)
            self.label.setBuddy(editor)
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.text_warning: QLabel | None = None
        self.fix_button: QPushButton | None = None
        self.play_button: QPushButton | None = None  # a label's sound or video (set_media)
        self.play_note: QLabel | None = None
        if question.type == "text" and question.privacy is not Privacy.IDENTIFIER:
            self._add_text_guard(layout)
        self._render_label()

    def _add_text_guard(self, layout: QVBoxLayout) -> None:
        # Stored free text gets the identifier guard at the field, when the clerk
        # leaves it; the Redact button is the next Enter/Tab stop while it shows.
        row = QHBoxLayout()
        self.text_warning = QLabel()
        self.text_warning.setProperty("role", "warning")
        self.text_warning.setWordWrap(True)
        row.addWidget(self.text_warning, 1)
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self.address))
        row.addWidget(self.fix_button, 0)
        layout.addLayout(row)
        self.show_text_warning("", "")

    def show_text_warning(self, message: str, fix_label: str) -> None:
        """Show (or, with "", hide) the text guard's warning and its one-press fix."""
        if self.text_warning is None or self.fix_button is None:
            return
        self.text_warning.setText(message)
        self.text_warning.setVisible(bool(message))
        self.fix_button.setText(fix_label)
        self.fix_button.setVisible(bool(message))

    def set_media(self, media: Any) -> None:
        """Show the label's image and a Play button for its sound or video, from the
        form's files (``Form.media_bytes``)."""
        layout = self.layout()
        if not isinstance(layout, QVBoxLayout):
            return
        picture = label_picture(self.question.media, media, self.language, LABEL_IMAGE_PIXELS)
        if picture is not None:
            self.label_image = QLabel()
            self.label_image.setPixmap(picture)
            layout.insertWidget(1, self.label_image)
        recording = label_recording(self.question.media, media, self.language)
        if recording is None:
            return
        kind, name, data = recording
        translate = QCoreApplication.translate
        text = (
            translate("FieldWidget", "Play the recording")
            if kind == "audio"
            else translate("FieldWidget", "Play the video")
        )
        self.play_button = QPushButton(text)
        self.play_button.setToolTip(
            translate("FieldWidget", "Opens {file} with this computer's player.").replace(
                "{file}", name
            )
        )
        self.play_button.clicked.connect(lambda: self._play(name, data))
        self.play_note = QLabel()
        self.play_note.setProperty("role", "problem")
        self.play_note.setWordWrap(True)
        self.play_note.hide()
        row = QHBoxLayout()
        row.addWidget(self.play_button, 0)
        row.addWidget(self.play_note, 1)
        row.addStretch(1)  # a button's width, not an answer box's
        # Under the label (and its image), above the answer: heard before answering.
        layout.insertLayout(2 if picture is not None else 1, row)

    def _play(self, name: str, data: bytes) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from lintas.gui.entry.recordings import recording_path

        translate = QCoreApplication.translate
        try:
            path = recording_path(name, data)
        except OSError:  # the temporary folder is full or cannot be written
            problem = translate(
                "FieldWidget",
                "This computer could not play {file}: it could not be copied to the "
                "temporary folder (the disk may be full). Free some disk space and try "
                "again; until then, read the question's text to the respondent.",
            )
        else:
            opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            problem = (
                ""
                if opened
                else translate(
                    "FieldWidget",
                    "This computer could not play {file}: no program for it is installed. "
                    "The question's text is shown; read it to the respondent.",
                )
            )
        if self.play_note is not None:
            self.play_note.setText(problem.replace("{file}", name))
            self.play_note.setVisible(bool(problem))

    # -- for subclasses --------------------------------------------------------
    def build_editor(self) -> QWidget | None:
        return None

    def focus_target(self) -> QWidget | None:
        """The widget that takes keyboard focus; None for notes."""
        return None

    def inner_editors(self) -> list[QWidget]:
        """Optional editors after the focus target, reached by Tab (not by Enter)."""
        return []

    def show_value(self, value: Any) -> None:
        """Display ``value`` without emitting ``committed``."""

    def update_choices(self, state: Any) -> None:
        """Selects re-read their (filtered) choices here."""

    def commit(self, value: Any) -> None:
        if not self._updating:
            self._local_problem = ""
            self.committed.emit(self.address, value)

    def set_local_problem(self, message: str) -> None:
        """A problem the engine cannot see yet, such as half-typed date."""
        self._local_problem = message
        self._render_problem()

    # -- display ----------------------------------------------------------------
    def apply_state(self, state: Any) -> None:
        self._updating = True
        try:
            self.setVisible(bool(state.relevant))
            self._required = bool(state.required)
            self._label_text = state_text(
                state, "label", self.question.label.get(self.language) or self.question.name
            )
            hint = state_text(state, "hint", self.question.hint.get(self.language))
            if self.question.privacy is Privacy.IDENTIFIER and not hint:
                hint = QCoreApplication.translate(
                    "FieldWidget", "Hidden while typed, and never stored: only a pseudonym is kept."
                )
            self.hint.setText(hint)
            self.hint.setVisible(bool(hint))
            self.update_choices(state)
            self.show_value(state.value)
            editor = self.focus_target()
            if editor is not None:
                editor.setEnabled(not bool(state.read_only))
            self._constraint_message = (
                ""
                if state.constraint_ok
                else (
                    state.constraint_message
                    or QCoreApplication.translate("FieldWidget", "This answer is not allowed here.")
                )
            )
        finally:
            self._updating = False
        self._render_label()
        self._render_problem()

    def mark_touched(self) -> None:
        self.touched = True
        self._render_problem()

    def show_required_problem(self, message: str) -> None:
        self.touched = True
        self._local_problem = message
        self._render_problem()

    def _render_label(self) -> None:
        star = " <span style='color:#b42318'>*</span>" if self._required else ""
        self.label.setText(f"{_escape(self._label_text)}{star}")

    def _render_problem(self) -> None:
        message = self._local_problem or (self._constraint_message if self.touched else "")
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        invalid = bool(message)
        # Tracked in Python: reading an unset Qt property returns None, and PySide6
        # on Python 3.11 miscounts references to None when that happens often.
        if self._invalid != invalid:
            self._invalid = invalid
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NoteField(FieldWidget):
    """A note shows text and holds nothing; keyboard focus skips it."""


class LineField(FieldWidget):
    """Text, numbers, dates and times, all typed into one line."""

    def build_editor(self) -> QWidget:
        self.edit = QLineEdit()
        kind = self.question.type
        if self.question.privacy is Privacy.IDENTIFIER:
            # Shoulder-surfing: an identifier is never shown once typed (privacy issue).
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        if kind == "integer":
            self.edit.setValidator(QIntValidator(self.edit))
        elif kind in ("decimal", "range"):
            validator = QDoubleValidator(self.edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            self.edit.setValidator(validator)
            if kind == "range":
                params = self.question.parameters
                self.edit.setPlaceholderText(
                    f"{params.get('start', '0')} – {params.get('end', '10')}"
                )
        elif kind in MASKS and self.question.privacy is not Privacy.IDENTIFIER:
            self.edit.setInputMask(MASKS[kind])
            self.edit.setToolTip(FORMATS[kind])
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)
        self.year_offer: QPushButton | None = None
        if is_year_question(self.question.name, kind):
            return self._with_year_offer()
        return self.edit

    def _with_year_offer(self) -> QWidget:
        # A Buddhist Era year (2567) is offered as its Gregorian year (2024), which is stored.
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        self.year_offer = QPushButton()
        self.year_offer.hide()
        self.year_offer.clicked.connect(self._use_gregorian_year)
        row.addWidget(self.year_offer)
        box.setFocusProxy(self.edit)
        self._offered_year: int | None = None
        return box

    def _update_year_offer(self, value: Any) -> None:
        if self.year_offer is None:
            return
        self._offered_year = gregorian_from_buddhist_era(value, date.today().year)
        if self._offered_year is not None:
            self.year_offer.setText(
                QCoreApplication.translate(
                    "FieldWidget", "{year} looks like a Buddhist Era year: use {gregorian}"
                )
                .replace("{year}", str(value))
                .replace("{gregorian}", str(self._offered_year))
            )
        self.year_offer.setVisible(self._offered_year is not None)

    def _use_gregorian_year(self) -> None:
        year = self._offered_year
        if year is None:
            return
        self.edit.setText(str(year))
        self._update_year_offer(year)
        self.commit(year)
        self.mark_touched()
        self.edit.setFocus()

    def focus_target(self) -> QWidget:
        return self.edit

    def show_value(self, value: Any) -> None:
        self._update_year_offer(value)
        if self.edit.hasFocus() and self._parsed_or_none() == value:
            return  # keep what the clerk is typing ("2.50" stays "2.50")
        self.edit.setText(format_value(self.question.type, value))

    def _parsed_or_none(self) -> Any:
        try:
            return parse(self.question.type, self.edit.text())
        except NotAValue:
            return None

    def _on_edited(self, _text: str) -> None:
        # Relevance follows every key press; half-typed dates wait until complete.
        try:
            value = parse(self.question.type, self.edit.text())
        except NotAValue:
            self._update_year_offer(None)
            return
        self._update_year_offer(value)
        self.commit(value)

    def _on_finished(self) -> None:
        try:
            value = parse(self.question.type, self.edit.text())
        except NotAValue:
            fmt = FORMATS.get(self.question.type)
            message = (
                QCoreApplication.translate(
                    "FieldWidget", "Type the date and time as {format}."
                ).replace("{format}", fmt)
                if fmt
                else QCoreApplication.translate("FieldWidget", "Type a number.")
            )
            self.set_local_problem(message)
            return
        self.commit(value)
        self.mark_touched()
        self.left.emit(self.address)


class AcknowledgeField(FieldWidget):
    """ODK's acknowledge: a tick box whose value is "OK"."""

    def build_editor(self) -> QWidget:
        self.check = QCheckBox(QCoreApplication.translate("FieldWidget", "OK"))
        self.check.toggled.connect(lambda on: self.commit("OK" if on else None))
        return self.check

    def focus_target(self) -> QWidget:
        return self.check

    def show_value(self, value: Any) -> None:
        self.check.setChecked(value == "OK")
