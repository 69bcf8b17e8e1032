"""A location, a photo, a barcode and a choice from the form's CSV through the whole app:
install (a zip with its CSV), keyed entry, save, reopen, record view, workbook export
and a bundle into a second vault. The photo's question has no privacy role (quasi by
default); the respondent's face is an identifier and is never stored anywhere."""

import os

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from lintas.exchange.bundles import create_bundle, import_file
from lintas.exchange.identity import office_identity, trust
from lintas.export.workbook import ExportOptions, export_workbook
from lintas.form.package import make_package
from lintas.gui.pages.records import record_html
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_clerk_flow import focus, focused_address
from tests.gui.test_geo_entry import open_interview
from tests.gui.test_media_entry import pick_in_file_dialog

FORM = b"""
| survey |
| | type | name | label | privacy | calculation |
| | select_one_from_file towns.csv | town | Town | | |
| | calculate | province | | | pulldata('towns', 'province', 'name', ${town}) |
| | geopoint | office | Office location | quasi | |
| | image | permit | Photo of the permit | | |
| | image | face | Photo of the respondent | identifier | |
| | barcode | code | Permit barcode | | |
| settings |
| | form_id | version |
| | new_types | 1 |
"""
TOWNS = b"name,label,province\nmaesot,Mae Sot,Tak\nhatyai,Hat Yai,Songkhla\n"
PACKAGE = make_package(FORM, "new_types.md", {"towns.csv": TOWNS})
SAVED = {
    "town": "hatyai", "province": "Songkhla", "office": "16.7 98.5666667 12 5",
    "permit": "permit.png", "code": "8850999320014",
}  # fmt: skip


def picture(tmp_path, name, colour):
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def attach(qtbot, page, address, path):
    field = page.entry.fields[address]
    qtbot.waitUntil(lambda: focus(qtbot) is field.attach_button, timeout=5000)
    qtbot.keyClick(field.attach_button, Qt.Key.Key_Return)  # Enter opens Qt's file dialog
    pick_in_file_dialog(qtbot, field, path)
    qtbot.waitUntil(lambda: focus(qtbot) is field.attach_button, timeout=5000)
    qtbot.keyClick(field.attach_button, Qt.Key.Key_Tab)  # to Remove
    qtbot.keyClick(field.remove_button, Qt.Key.Key_Tab)  # to the next question


def test_new_types_go_through_entry_vault_record_export_and_bundle(qtbot, window, tmp_path):
    permit = picture(tmp_path, "permit.png", "teal")
    face = picture(tmp_path, "face.png", "orange")
    page = open_interview(qtbot, window, tmp_path, PACKAGE, "new_types.zip")
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "town")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_2)  # Hat Yai, from the CSV
    assert page.response.get("province") == "Songkhla"  # pulldata() over the same file
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Return)  # and on
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "office")
    office = page.entry.fields["office"]
    qtbot.keyClicks(office.edit, "16°42'N 98°34'E")
    for box, text in ((office.edit, None), (office.altitude, "12"), (office.accuracy, "5")):
        if text:
            qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    attach(qtbot, page, "permit", permit)
    attach(qtbot, page, "face", face)
    assert focused_address(qtbot, window) == "code"
    qtbot.keyClicks(focus(qtbot), "8850999320014")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Return)
    assert page.response.to_json() == SAVED  # the face is in memory only
    kept = page.response.attachments["permit.png"]
    face_bytes = page.response.attachments["face.png"]

    # Ctrl+S: a draft in the real vault with the permit's photo and not the face.
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    uuid = page.uuid
    stored, names = window.session.call(
        lambda vault: (vault.submission(uuid), {a.name for a in vault.attachments(uuid)})
    )
    assert stored.data == SAVED and names == {"permit.png"}

    # Put away and reopened from New interview: the widgets show the saved answers.
    page.put_away()
    qtbot.waitUntil(lambda: window.interview is None, timeout=10000)
    window.show_page("new")
    window.new_interview.drafts.setCurrentRow(0)
    qtbot.keyClick(window.new_interview.drafts, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=20000)
    page = window.interview
    assert page.uuid == uuid
    office = page.entry.fields["office"]
    assert (office.edit.text(), office.altitude.text(), office.accuracy.text()) == (
        "16.7, 98.5666667", "12", "5",
    )  # fmt: skip
    assert "permit.png" in page.entry.fields["permit"].file_label.text()
    assert page.entry.fields["code"].edit.text() == "8850999320014"
    assert page.response.get("town") == "hatyai"

    # Finalised by keyboard from the review.
    qtbot.waitUntil(lambda: focus(qtbot) is not None)
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = page.entry.review
    assert review.problems.count() == 0
    qtbot.keyClick(review.finalise_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.interview is None, timeout=20000)
    record, form, content = window.session.call(
        lambda vault: (
            vault.submission(uuid), vault.form("new_types"), vault.attachment(uuid, "permit.png"),
        )
    )  # fmt: skip
    assert record.status == "final" and record.data == SAVED and content == kept
    shown = record_html(record, form, lambda text: text)
    for text in ("Office location", "16.7 98.5666667 12 5", "permit.png", "8850999320014"):
        assert text in shown, text
    assert "Photo of the respondent" not in shown and "face.png" not in shown

    # Export (internal): a column each, the face's question not among them.
    out = tmp_path / "new_types.xlsx"
    window.session.call(
        lambda vault: export_workbook(vault, out, ExportOptions(form_id="new_types"))
    )
    book = openpyxl.load_workbook(out, read_only=True)
    data = [list(r) for r in book["data"].iter_rows(values_only=True)]
    row = dict(zip(data[0], data[1], strict=True))
    assert {k: row.get(k) for k in SAVED} == SAVED and "face" not in row

    # A bundle into a second office's vault carries the record and the photo.
    hub, _key = Vault.create(
        tmp_path / "hub", office="Hub", user="sok", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with hub:
        hub.install_form(PACKAGE, filename="new_types.zip")
        bundle = tmp_path / "to-hub.age"

        def send(vault):
            trust(hub, office_identity(vault).card)
            trust(vault, office_identity(hub).card)
            return create_bundle(vault, ["Hub"], bundle)

        assert window.session.call(send).records == 1
        assert import_file(hub, bundle).added == 1
        assert hub.submission(uuid).data == SAVED
        assert hub.attachment(uuid, "permit.png") == kept

    # Neither photo's bytes are anywhere on disk in clear (the clerk's own files aside).
    for folder, _dirs, files in os.walk(tmp_path):
        for name in files:
            if os.path.join(folder, name) in (str(permit), str(face)):
                continue
            with open(os.path.join(folder, name), "rb") as handle:
                content = handle.read()
            assert kept[200:264] not in content and face_bytes[200:264] not in content, name
