"""A name in two groups (as ODK allows) through the whole app: install, keyed entry,
save, reopen, record view, workbook export and a bundle into a second vault.

Each field is keyed by its group path (household/name, member/name) because the bare
name is not unique in the form; the household's id is an identifier, the member's id
(same name) is not, so privacy must go by the field and not by the name."""

import openpyxl
from PySide6.QtCore import Qt

from lintas.exchange.bundles import create_bundle, import_file
from lintas.exchange.identity import office_identity, trust
from lintas.export.workbook import ExportOptions, export_workbook
from lintas.gui.pages.records import record_html
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_clerk_flow import focus, focused_address, type_and_enter
from tests.gui.test_geo_entry import open_interview

FORM = b"""
| survey |
| | type | name | label | privacy |
| | begin group | household | Household | |
| | text | name | Village name | quasi |
| | text | id | Household ID | identifier |
| | end group | | | |
| | begin repeat | member | Member | |
| | text | name | Member's first name | |
| | integer | id | Line number | quasi |
| | end repeat | | | |
| settings |
| | form_id | version |
| | repeated_names | 1 |
"""

SAVED = {"household/name": "Ban Mai", "member": [{"member/name": "Aye", "member/id": 1}]}


def test_a_repeated_name_goes_through_entry_vault_export_and_bundle(qtbot, window, tmp_path):
    page = open_interview(qtbot, window, tmp_path, FORM, "repeated_names.md")
    entry = page.entry
    assert list(entry.fields) == ["household/name", "household/id"]
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "household/name")
    type_and_enter(qtbot, "Ban Mai")
    assert focused_address(qtbot, window) == "household/id"
    type_and_enter(qtbot, "H-0077")
    add_button = focus(qtbot)
    assert add_button is entry.pages[1].items[0].add_button
    qtbot.keyClick(add_button, Qt.Key.Key_Return)
    assert focused_address(qtbot, window) == "member[1]/member/name"
    assert entry.fields["member[1]/member/name"].label.text().startswith("Member's first name")
    type_and_enter(qtbot, "Aye")
    assert focused_address(qtbot, window) == "member[1]/member/id"
    type_and_enter(qtbot, "1")
    assert page.response.to_json() == SAVED  # the identifier stays in memory only
    assert page.response.identifier_answers() == {"household/id": "H-0077"}

    # Ctrl+S: a draft in the real vault, keyed by group path; the identifier is not there.
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)
    uuid = page.uuid
    stored = window.session.call(lambda vault: vault.submission(uuid))
    assert stored.data == SAVED and "H-0077" not in str(stored.data)

    # Put away and reopened from New interview: the widgets show the saved answers.
    page.put_away()
    qtbot.waitUntil(lambda: window.interview is None, timeout=10000)
    window.show_page("new")
    window.new_interview.drafts.setCurrentRow(0)
    qtbot.keyClick(window.new_interview.drafts, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=20000)
    page = window.interview
    assert page.uuid == uuid
    assert page.entry.fields["household/name"].edit.text() == "Ban Mai"
    assert page.entry.fields["member[1]/member/name"].edit.text() == "Aye"
    assert page.response.get("member[1]/member/id") == 1

    # Finalised by keyboard from the review.
    qtbot.waitUntil(lambda: focus(qtbot) is not None)
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = page.entry.review
    assert review.problems.count() == 0
    qtbot.keyClick(review.finalise_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.interview is None, timeout=20000)

    # The record view labels both 'name' fields with their own questions.
    record, form = window.session.call(
        lambda vault: (vault.submission(uuid), vault.form("repeated_names"))
    )
    assert record.status == "final" and record.data == SAVED
    shown = record_html(record, form, lambda text: text)
    assert "Village name" in shown and "Ban Mai" in shown
    assert "Member&#x27;s first name" in shown and "Aye" in shown and "Line number" in shown
    assert "H-0077" not in shown and "Household ID" not in shown

    # Export: a column per field, named by its key, read back with openpyxl.
    out = tmp_path / "repeated.xlsx"
    window.session.call(
        lambda vault: export_workbook(vault, out, ExportOptions(form_id="repeated_names"))
    )
    book = openpyxl.load_workbook(out, read_only=True)
    data = [list(r) for r in book["data"].iter_rows(values_only=True)]
    member = [list(r) for r in book["member"].iter_rows(values_only=True)]
    assert "household/name" in data[0] and "household/id" not in data[0]
    assert data[1][data[0].index("household/name")] == "Ban Mai"
    assert member[0][-2:] == ["member/name", "member/id"]
    assert member[1][-2:] == ["Aye", 1]
    codebook = [list(r) for r in book["codebook"].iter_rows(values_only=True)]
    assert any("member/name" in row and "Member's first name" in row for row in codebook)

    # A bundle into a second office's vault keeps the keys.
    hub, _key = Vault.create(
        tmp_path / "hub", office="Hub", user="sok", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with hub:
        hub.install_form(FORM, filename="repeated_names.md")
        bundle = tmp_path / "to-hub.age"

        def send(vault):
            trust(hub, office_identity(vault).card)
            trust(vault, office_identity(hub).card)
            return create_bundle(vault, ["Hub"], bundle)

        assert window.session.call(send).records == 1
        report = import_file(hub, bundle)
        assert report.added == 1
        assert hub.submission(uuid).data == SAVED
