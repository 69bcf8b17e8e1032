"""Locations typed at a desktop: a coordinate pair, decimal or degrees-minutes-seconds.

A desktop has no GPS. The clerk types or pastes the place (``13.75, 100.5`` or
``13°45'30"N 100°30'15"E`` from a map or another tool); a geopoint has optional
altitude and accuracy in metres, a geotrace or geoshape takes pairs separated by
``;``. The core (lintas.form.geo) reads and range-checks the text; this widget
only shows what is wrong, in the clerk's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lintas.form.geo import GeoError, GeoRangeError, shown_pairs, typed_geo
from lintas.form.model import Privacy
from lintas.gui.entry.fields import FieldWidget


class GeoField(FieldWidget):
    """geopoint, geotrace and geoshape questions."""

    def build_editor(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        if self.question.privacy is Privacy.IDENTIFIER:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        if self.question.type == "geopoint":
            hint = self.tr("Latitude, longitude: 13.75, 100.5 or 13°45'N 100°30'E")
        else:
            hint = self.tr("Points separated by ';': 13.75, 100.5; 13.76, 100.51")
        self.edit.setPlaceholderText(hint)
        self.edit.editingFinished.connect(self._on_finished)
        row.addWidget(self.edit, 3)
        self.altitude: QLineEdit | None = None
        self.accuracy: QLineEdit | None = None
        self.office_button: QPushButton | None = None
        self._office: str | None = None
        if self.question.type == "geopoint":
            self.altitude = self._metres(row, self.tr("Altitude (m)"))
            self.accuracy = self._metres(row, self.tr("Accuracy (m)"))
            # Shown once the vault has an office location (lintas vault location).
            self.office_button = QPushButton(self.tr("Use this office's location"))
            self.office_button.clicked.connect(self.use_office_location)
            self.office_button.hide()
            row.addWidget(self.office_button)
        box.setFocusProxy(self.edit)
        return box

    def set_office_location(self, point: str | None) -> None:
        """Offer the vault's office location (an ODK geopoint text), or stop offering it."""
        self._office = point
        if self.office_button is not None:
            self.office_button.setVisible(bool(point))

    def use_office_location(self) -> None:
        if not self._office:
            return
        self.commit(self._office)
        self.mark_touched()
        self.edit.setFocus()

    def _metres(self, row: QHBoxLayout, caption: str) -> QLineEdit:
        label = QLabel(caption)
        edit = QLineEdit()
        validator = QDoubleValidator(edit)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        edit.setValidator(validator)
        edit.setPlaceholderText(self.tr("optional"))
        edit.setMaximumWidth(90)
        label.setBuddy(edit)
        edit.editingFinished.connect(self._on_finished)
        row.addWidget(label)
        row.addWidget(edit, 1)
        return edit

    def focus_target(self) -> QWidget:
        return self.edit

    def inner_editors(self) -> list[QWidget]:
        return [e for e in (self.altitude, self.accuracy, self.office_button) if e is not None]

    def show_value(self, value: Any) -> None:
        editors = [e for e in (self.edit, self.altitude, self.accuracy) if e is not None]
        if any(e.hasFocus() for e in editors):
            return  # keep what the clerk is typing
        pairs, altitude, accuracy = shown_pairs(value) if value else ("", "", "")
        self.edit.setText(pairs)
        if self.altitude is not None and self.accuracy is not None:
            self.altitude.setText(altitude)
            self.accuracy.setText(accuracy)

    def _on_finished(self) -> None:
        try:
            value = typed_geo(
                self.question.type,
                self.edit.text(),
                self.altitude.text() if self.altitude is not None else "",
                self.accuracy.text() if self.accuracy is not None else "",
            )
        except GeoRangeError:
            self.set_local_problem(
                self.tr(
                    "Out of range: latitude -90 to 90, longitude -180 to 180, "
                    "altitude -11000 to 9000 m, accuracy 0 or more."
                )
            )
            return
        except GeoError:
            self.set_local_problem(self._format_message())
            return
        self.commit(value)
        self.mark_touched()

    def _format_message(self) -> str:
        if self.question.type == "geopoint":
            return self.tr(
                "Type a latitude and a longitude, such as 13.75, 100.5 or 13°45'30\"N 100°30'15\"E."
            )
        if self.question.type == "geotrace":
            return self.tr(
                "Type at least two points, each as latitude, longitude, separated by ';'."
            )
        return self.tr(
            "Type at least three different points, each as latitude, longitude, separated by ';'."
        )
