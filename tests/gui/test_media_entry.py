"""A photo attached in a real interview (Enter opens Qt's file dialog), a thumbnail, the
form's max-pixels applied, saved encrypted in the vault, shown in the record view."""

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit

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


def pick_in_file_dialog(qtbot, field, path):
    """Pick ``path`` in the field's open dialog as Qt's dialog does when its name is typed."""
    qtbot.waitUntil(lambda: field.dialog is not None and field.dialog.isVisible(), timeout=5000)
    name_box = field.dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_box is not None and name_box.isVisible()
    field.dialog.selectFile(str(path))
    field.dialog.accept()


def test_a_photo_is_attached_by_keyboard_and_kept_encrypted(qtbot, window, tmp_path):
    picture = QImage(400, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    photo_path = tmp_path / "permit.png"
    assert picture.save(str(photo_path))

    page = open_interview(qtbot, window, tmp_path, FORM, "media_entry.md")
    field = page.entry.fields["photo"]
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "photo")
    assert focus(qtbot) is field.attach_button
    qtbot.keyClick(field.attach_button, Qt.Key.Key_Return)  # Enter opens the dialog
    pick_in_file_dialog(qtbot, field, photo_path)
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
