"""Images in label and choice media columns, shown from the files installed with the form."""

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from tests.gui.test_geo_entry import open_interview

FORM = b"""
| survey |
| | type | name | label | media::image |
| | select_one yn | ok | Is the stamp like this? | stamp.png |
| choices |
| | list_name | name | label | media::image |
| | yn | yes | Yes | yes.png |
| | yn | no | No | |
| settings |
| | form_id | version |
| | label_media | 1 |
"""


def png(width, height, colour):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def test_label_and_choice_images_come_from_the_forms_files(qtbot, window, tmp_path):
    from lintas.form.package import make_package

    package = make_package(FORM, "label_media.md", {
        "stamp.png": png(640, 320, "navy"), "yes.png": png(32, 32, "green"),
    })  # fmt: skip
    page = open_interview(qtbot, window, tmp_path, package, "label_media.zip")
    field = page.entry.fields["ok"]
    picture = field.label_image.pixmap()
    assert (picture.width(), picture.height()) == (320, 160)  # scaled to fit the page
    assert field.label_image.isVisibleTo(field)
    yes, no = field.box.buttons
    assert not yes.icon().isNull() and no.icon().isNull()
    qtbot.keyClick(field.box, Qt.Key.Key_1)  # the digit keys still pick, as without images
    assert page.response.get("ok") == "yes"
