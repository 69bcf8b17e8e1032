"""A photo attached by keyboard in a real interview: Qt's file dialog, a thumbnail, the
form's max-pixels applied, saved encrypted in the vault, shown in the record view."""

import os

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from lintas.gui.pages.records import record_html
from tests.gui.test_clerk_flow import focus, focused_address
from tests.gui.test_geo_entry import open_interview

FORM = b"""
| survey |
| | type | name | label | privacy | parameters |
| | image | photo | Photo of the permit | quasi | max-pixels=64 |
| | barcode | code | Permit barcode | | |
| settings |
| | form_id | version |
| | media_entry | 1 |
"""


def type_into_file_dialog(qtbot, path, tries: int = 3):
    """When the dialog opens, type the path into its file name box and press Enter.

    Offscreen, the first Enter is sometimes taken by the box's completer popup and the
    dialog stays open; the test then sat in the modal dialog for minutes. So the
    path is typed again (by keyboard) up to ``tries`` times, and if the dialog is still
    open after that it is closed, so that the test fails on its assertions instead of
    hanging the suite.
    """

    def answer(left: int = tries):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, lambda: answer(left))
            return
        if left == 0:
            dialog.reject()
            return
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        name_box.setFocus()
        name_box.clear()
        qtbot.keyClicks(name_box, str(path))
        qtbot.keyClick(name_box, Qt.Key.Key_Return)
        def again():
            # The static dialog is deleted once it returns: then there is nothing to do.
            if shiboken6.isValid(dialog) and dialog.isVisible():
                answer(left - 1)

        QTimer.singleShot(2000, again)

    QTimer.singleShot(50, answer)


def test_a_photo_is_attached_by_keyboard_and_kept_encrypted(qtbot, window, tmp_path):
    picture = QImage(400, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    photo_path = tmp_path / "permit.png"
    assert picture.save(str(photo_path))

    page = open_interview(qtbot, window, tmp_path, FORM, "media_entry.md")
    field = page.entry.fields["photo"]
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "photo")
    assert focus(qtbot) is field.attach_button
    type_into_file_dialog(qtbot, photo_path)
    qtbot.keyClick(field.attach_button, Qt.Key.Key_Return)  # Enter opens the dialog
    assert page.response.get("photo") == "permit.jpg"  # scaled to max-pixels, as JPEG
    kept = page.response.attachments["permit.jpg"]
    scaled = QImage.fromData(kept)
    assert (scaled.width(), scaled.height()) == (64, 32)
    assert field.thumbnail.isVisible() and "permit.jpg" in field.file_label.text()

    # Back from the dialog, focus returns to the button (the window is activated again).
    qtbot.waitUntil(lambda: focus(qtbot) is field.attach_button, timeout=5000)
    # Tab goes to Remove (now shown), then on to the barcode, typed like a keyboard.
    qtbot.keyClick(field.attach_button, Qt.Key.Key_Tab)
    assert focus(qtbot) is field.remove_button
    qtbot.keyClick(field.remove_button, Qt.Key.Key_Tab)
    assert focused_address(qtbot, window) == "code"
    qtbot.keyClicks(focus(qtbot), "8850999320014")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Return)
    assert page.response.get("code") == "8850999320014"

    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    stored = []
    window.session.run(
        lambda vault, _p: (
            vault.submission(page.uuid), vault.form("media_entry"),
            vault.attachment(page.uuid, "permit.jpg"),
        ),
        on_success=stored.append,
    )  # fmt: skip
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=10000)
    record, form, content = stored[0]
    assert content == kept and record.data["photo"] == "permit.jpg"
    assert "permit.jpg" in record_html(record, form, lambda text: text)
    # The photo's bytes are nowhere on disk in clear (the original was the clerk's file).
    for folder, _dirs, files in os.walk(tmp_path / "vault"):
        for name in files:
            with open(os.path.join(folder, name), "rb") as handle:
                assert kept[200:264] not in handle.read(), name


def test_a_file_that_is_no_image_is_refused_at_the_field(qtbot, window, tmp_path):
    page = open_interview(qtbot, window, tmp_path, FORM, "media_entry.md")
    field = page.entry.fields["photo"]
    not_image = tmp_path / "notes.png"
    not_image.write_bytes(b"plain text, not a picture")
    field.attach_path(str(not_image))
    assert field.problem.isVisible() and "not an image" in field.problem.text()
    assert page.response.get("photo") is None
