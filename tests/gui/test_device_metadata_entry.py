"""Device metadata in a real interview: the signed-in user and this vault's installation id
are saved with the record; the phone-only fields stay empty and show no widget."""

from PySide6.QtCore import Qt

from lintas.form.device import installation_id
from tests.gui.test_clerk_flow import create_vault, focused_address, type_and_enter

FORM = b"""
| survey |
| | type | name | label |
| | username | user | |
| | deviceid | device | |
| | email | email | |
| | phonenumber | phone | |
| | text | remarks | Remarks |
| settings |
| | form_id | version |
| | device_meta | 1 |
"""


def test_username_and_deviceid_are_saved_with_the_record(qtbot, window, tmp_path):
    key_dialog = create_vault(qtbot, window, tmp_path)
    qtbot.keyClick(key_dialog.form.confirmCheck, Qt.Key.Key_Space)
    qtbot.keyClick(key_dialog.form.doneButton, Qt.Key.Key_Space)
    path = tmp_path / "device_meta.md"
    path.write_bytes(FORM)
    window.show_page("new")
    window.new_interview.install(path)
    qtbot.waitUntil(lambda: window.new_interview.forms.count() == 1, timeout=20000)
    window.new_interview.forms.setFocus()
    qtbot.keyClick(window.new_interview.forms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=20000)
    page = window.interview
    # Only the question a clerk answers has a widget.
    assert set(page.entry.fields) == {"remarks"}
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "remarks")
    type_and_enter(qtbot, "all fine")
    page.save("draft")
    qtbot.waitUntil(lambda: page.uuid is not None, timeout=20000)

    stored = []
    window.session.run(
        lambda vault, _p: (vault.vault_id, vault.submission(page.uuid).data),
        on_success=stored.append,
    )
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=10000)
    vault_id, data = stored[0]
    assert data["user"] == "anan"
    assert data["device"] == installation_id(vault_id) and vault_id not in data["device"]
    assert data["remarks"] == "all fine"
    assert "email" not in data and "phone" not in data
