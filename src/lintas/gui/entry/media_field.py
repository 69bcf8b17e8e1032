"""Photo, audio, video and file questions: a file picked from disk, by keyboard.

The button opens Qt's own file dialog (Enter or Space on it; Tab goes on to the
next question). The bytes go to the Response as an Attachment and from there,
on save, into the encrypted vault; nothing is copied anywhere else. An image is
shown as a thumbnail and, when the form's ``max-pixels`` parameter says so,
scaled down before it is kept, as ODK Collect does.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lintas.form.media import MAX_ATTACHMENT_BYTES, Attachment
from lintas.gui.entry.fields import FieldWidget

THUMBNAIL_PIXELS = 160
_PATTERNS = {
    "image": "*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff",
    "audio": "*.wav *.mp3 *.m4a *.ogg *.oga *.amr *.aac *.flac",
    "video": "*.mp4 *.mov *.avi *.mkv *.webm *.3gp",
}


class MediaField(FieldWidget):
    """image, audio, video and file questions."""

    def build_editor(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach a file…"))
        self.attach_button.clicked.connect(self.choose_file)
        row.addWidget(self.attach_button)
        self.file_label = QLabel()
        row.addWidget(self.file_label, 1)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.hide()
        row.addWidget(self.remove_button)
        column.addLayout(row)
        self.thumbnail = QLabel()
        self.thumbnail.hide()
        column.addWidget(self.thumbnail)
        box.setFocusProxy(self.attach_button)
        self.dialog: QFileDialog | None = None
        self._shown_bytes: tuple[str, bytes] | None = None
        return box

    def focus_target(self) -> QWidget:
        return self.attach_button

    def inner_editors(self) -> list[QWidget]:
        return [self.remove_button]  # Tab reaches it only while it shows

    def choose_file(self) -> None:
        """Qt's own (not the system's) dialog, so it is the same by keyboard everywhere.

        Opened window-modal without a nested event loop; the pick arrives by signal.
        """
        dialog = QFileDialog(self, self.tr("Attach a file"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        filters = []
        if self.question.type in _PATTERNS:
            filters.append(self._filter_name() + f" ({_PATTERNS[self.question.type]})")
        filters.append(self.tr("All files (*)"))
        dialog.setNameFilters(filters)
        dialog.fileSelected.connect(self.attach_path)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        # Back to the interview, keyboard focus where the clerk left it.
        self.window().activateWindow()
        self.attach_button.setFocus()

    def _filter_name(self) -> str:
        names = {
            "image": self.tr("Images"),
            "audio": self.tr("Sound recordings"),
            "video": self.tr("Videos"),
        }
        return names[self.question.type]

    def attach_path(self, path: str) -> None:
        try:
            size = os.path.getsize(path)
            if size > MAX_ATTACHMENT_BYTES and self.question.type != "image":
                self.set_local_problem(self._too_big(size))
                return
            with open(path, "rb") as handle:
                data = handle.read(MAX_ATTACHMENT_BYTES * 4 + 1)
        except OSError:
            self.set_local_problem(self.tr("This file cannot be read. Pick another file."))
            return
        name = os.path.basename(path)
        if self.question.type == "image":
            image = QImage.fromData(data)
            if image.isNull():
                self.set_local_problem(self.tr("This file is not an image Lintas can show."))
                return
            data, name = self._fit(image, data, name)
        if len(data) > MAX_ATTACHMENT_BYTES:
            self.set_local_problem(self._too_big(len(data)))
            return
        if not data:
            self.set_local_problem(self.tr("This file is empty. Pick another file."))
            return
        self._shown_bytes = (name, data)
        self.commit(Attachment(name, data))
        self.mark_touched()

    def _too_big(self, size: int) -> str:
        return (
            self.tr("This file is {size} MB; at most {limit} MB can be attached.")
            .replace("{size}", f"{size / 1048576:.1f}")
            .replace("{limit}", str(MAX_ATTACHMENT_BYTES // 1048576))
        )

    def _fit(self, image: QImage, data: bytes, name: str) -> tuple[bytes, str]:
        """Scale an image down to the form's max-pixels (its longer side), as JPEG."""
        try:
            limit = int(self.question.parameters.get("max-pixels", "0"))
        except ValueError:
            limit = 0
        if limit <= 0 or max(image.width(), image.height()) <= limit:
            return data, name
        scaled = image.scaled(
            limit, limit, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "JPEG", 90)
        stem = name.rsplit(".", 1)[0] if "." in name else name
        return bytes(buffer.data().data()), f"{stem}.jpg"

    def _remove(self) -> None:
        self._shown_bytes = None
        self.commit(None)
        self.attach_button.setFocus()

    def show_value(self, value: Any) -> None:
        if not value:
            self.file_label.setText(self.tr("No file attached."))
            self.remove_button.hide()
            self.thumbnail.hide()
            return
        self.remove_button.show()
        known = self._shown_bytes
        if known is None or known[0] != value:
            # Reopened from the vault: the file is there, its bytes are not loaded here.
            self.file_label.setText(
                self.tr("{name} (kept in the vault)").replace("{name}", str(value))
            )
            self.thumbnail.hide()
            return
        self.file_label.setText(
            self.tr("{name}, {size} KB").replace("{name}", str(value))
            .replace("{size}", f"{max(1, len(known[1]) // 1024)}")
        )  # fmt: skip
        pixmap = QPixmap()
        if self.question.type == "image" and pixmap.loadFromData(QByteArray(known[1])):
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    THUMBNAIL_PIXELS, THUMBNAIL_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
            self.thumbnail.show()
        else:
            self.thumbnail.hide()
