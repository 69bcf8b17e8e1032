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


RECORDED = b"""
| survey |
| | type | name | label | media::audio | media::video |
| | note | intro | Listen to the consent text. | consent.mp3 | |
| | integer | age | How old are you? | | age question (v2).MP4 |
| | text | town | Town | missing.mp3 | |
| settings |
| | form_id | version |
| | recorded | 1 |
"""


class Opened:
    """Where QDesktopServices sends file URLs while a test runs (Qt's own hook)."""

    def __init__(self):
        from PySide6.QtCore import QObject, Slot

        class Receiver(QObject):
            def __init__(self, into):
                super().__init__()
                self.into = into

            @Slot("QUrl")
            def open(self, url):
                self.into.append(url.toLocalFile())

        self.paths: list[str] = []
        self.receiver = Receiver(self.paths)


def test_a_labels_sound_and_video_play_from_the_forms_files(qtbot, window, tmp_path):
    """Sound and video in label media columns get a Play button (issue 9): Enter on it
    opens the form's file with the computer's player and moves on to the answer; the file
    is written, under a name made from its content, into a folder only this user reads."""
    import os
    import stat
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices

    from lintas.form.package import make_package
    from lintas.gui.entry import recordings
    from tests.gui.test_geo_entry import focused_address

    sound, film = b"ID3 consent sound", b"\x00\x00\x00\x18ftypmp42 age video"
    package = make_package(RECORDED, "recorded.md", {
        "consent.mp3": sound, "age question (v2).MP4": film,
    })  # fmt: skip
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened.receiver, "open")
    try:
        page = open_interview(qtbot, window, tmp_path, package, "recorded.zip")
        intro, age, town = (page.entry.fields[n] for n in ("intro", "age", "town"))
        assert intro.play_button.text() == "Play the recording"
        assert age.play_button.text() == "Play the video"
        assert town.play_button is None  # its file did not come with the form
        # The note's Play button is the first stop: Enter plays and goes on to the answer.
        qtbot.waitUntil(intro.play_button.hasFocus, timeout=5000)
        qtbot.keyClick(intro.play_button, Qt.Key.Key_Return)
        qtbot.waitUntil(age.play_button.hasFocus)
        qtbot.keyClick(age.play_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: focused_address(qtbot, window) == "age")
        assert len(opened.paths) == 2
        first, second = (Path(p) for p in opened.paths)
        assert first.read_bytes() == sound and first.suffix == ".mp3"
        # The form's name held spaces and brackets: the copy is named by its content.
        assert second.read_bytes() == film and second.suffix == ".mp4"
        assert first.parent == second.parent and "age question" not in second.name
        assert stat.S_IMODE(os.stat(first.parent).st_mode) == 0o700
        assert not intro.play_note.isVisible()
        # Space plays again without moving; the same content is not written twice.
        qtbot.keyClick(age.play_button, Qt.Key.Key_Space)
        assert opened.paths[-1] == str(second) and len(os.listdir(second.parent)) == 2
    finally:
        QDesktopServices.unsetUrlHandler("file")
        recordings.remove_all()
    assert not first.parent.exists()


def test_a_recording_that_cannot_play_says_why_and_the_interview_goes_on(
    qtbot, window, tmp_path, monkeypatch
):
    """No player for the file (the offscreen platform opens nothing, as a laptop without a
    media program), or no room to copy it out: the note under the button says which and
    what to do, and the clerk goes on to the answer by keyboard."""
    import tempfile

    from lintas.form.package import make_package
    from lintas.gui.entry import recordings
    from tests.gui.test_geo_entry import focused_address

    package = make_package(RECORDED, "recorded.md", {
        "consent.mp3": b"ID3 consent sound", "age question (v2).MP4": b"ftypmp42 video",
    })  # fmt: skip
    try:
        page = open_interview(qtbot, window, tmp_path, package, "recorded.zip")
        intro, age = page.entry.fields["intro"], page.entry.fields["age"]
        qtbot.waitUntil(intro.play_button.hasFocus, timeout=5000)
        qtbot.keyClick(intro.play_button, Qt.Key.Key_Return)  # no url handler: nothing opens
        assert intro.play_note.isVisible()
        assert intro.play_note.text() == (
            "This computer could not play consent.mp3: no program for it is installed. "
            "The question's text is shown; read it to the respondent."
        )
        qtbot.waitUntil(age.play_button.hasFocus)
        # The copy cannot be written: the temporary folder is not a folder (as a full or
        # broken disk would refuse it); the note says so instead of a traceback.
        recordings.remove_all()
        not_a_folder = tmp_path / "a file"
        not_a_folder.write_bytes(b"")
        monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
        qtbot.keyClick(age.play_button, Qt.Key.Key_Return)
        assert age.play_note.isVisible()
        assert "could not be copied to the temporary folder" in age.play_note.text()
        assert "age question (v2).MP4" in age.play_note.text()
        assert "consent.mp3" in intro.play_note.text()  # each question keeps its own note
        qtbot.waitUntil(lambda: focused_address(qtbot, window) == "age")
        # The disk is writable again: the next try plays, and the note goes away.
        monkeypatch.setattr(tempfile, "tempdir", None)
        opened = Opened()
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.setUrlHandler("file", opened.receiver, "open")
        try:
            qtbot.keyClick(age.play_button, Qt.Key.Key_Space)
        finally:
            QDesktopServices.unsetUrlHandler("file")
        assert len(opened.paths) == 1 and not age.play_note.isVisible()
    finally:
        recordings.remove_all()
