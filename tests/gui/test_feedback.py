"""Every action says what happened, and a control a role may not use looks disabled and
says why (issue 10). Reproduced before: Finalise and Void in Records changed the status
silently, a successful install left the red error of the failed one before it, and
disabled buttons were drawn as enabled ones."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lintas.gui.demo_form import DEMO_FORM_ID
from lintas.vault import Vault
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_keyboard_everywhere import make_vault
from tests.gui.test_supervisor_path import ANSWERS, unlock


def opened(qtbot, window, tmp_path, user="mai"):
    path = tmp_path / "vault"
    make_vault(path)
    with Vault.open(path, user="mai", passphrase=PASSPHRASE) as vault:
        vault.save_submission(DEMO_FORM_ID, ANSWERS, status="draft")
    unlock(qtbot, window, path, user, PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    return path


def close_message_boxes():
    for box in QApplication.topLevelWidgets():
        if box.isVisible() and box.inherits("QMessageBox"):
            box.close()


def row_with(records, status):
    for row in range(records.model.rowCount()):
        if records.model.row_at(row).status == status:
            return row
    raise AssertionError(status)


def test_finalise_and_void_say_what_they_did(qtbot, window, tmp_path):
    opened(qtbot, window, tmp_path)
    records = window.records
    window.go_to("records")
    qtbot.waitUntil(lambda: records.model.rowCount() == 4, timeout=5000)
    records.table.selectRow(row_with(records, "draft"))
    uuid = records.current_row().uuid
    records.finalise_current()
    qtbot.waitUntil(lambda: records.said.text() == f"Record {uuid[:8]} is final now.")
    records.table.selectRow(0)
    uuid = records.current_row().uuid
    records._void(uuid, "Keyed twice by mistake.")
    qtbot.waitUntil(lambda: records.said.text() == f"Record {uuid[:8]} is void now.")
    assert records.said.property("role") == "done"


def test_a_successful_install_replaces_the_error_of_a_failed_one(qtbot, window, tmp_path):
    opened(qtbot, window, tmp_path)
    page = window.new_interview
    window.go_to("new")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    closer = QTimer()  # the failure also shows a message box: close it as a clerk would
    closer.timeout.connect(close_message_boxes)
    closer.start(200)
    page.install(broken)
    qtbot.waitUntil(
        lambda: page.message.property("role") == "problem" and bool(page.message.text())
    )
    closer.stop()
    good = tmp_path / "demo.md"
    from lintas.gui.demo_form import demo_form_bytes

    good.write_bytes(demo_form_bytes().replace(b"2026112701", b"2026112702"))
    page.install(good)
    qtbot.waitUntil(lambda: page.message.property("role") == "done", timeout=10000)
    assert page.message.text().startswith("Installed: ")


def test_what_an_enumerator_may_not_do_is_greyed_out_with_a_reason(qtbot, window, tmp_path):
    opened(qtbot, window, tmp_path, user="anan")
    assert not window.privacy_action.isEnabled()
    assert "supervisor" in window.privacy_action.toolTip()
    dialog = window.show_users()
    assert not dialog.form.addBox.isEnabled()
    assert "supervisor" in dialog.form.addBox.toolTip()
    # Drawn differently from an enabled one (the style sheet used to hide the difference).
    button = dialog.form.addButton
    disabled = button.grab().toImage()
    dialog.form.addBox.setEnabled(True)
    enabled = button.grab().toImage()
    center = (button.width() // 2, button.height() // 2)
    assert disabled.pixelColor(*center) != enabled.pixelColor(*center)
    dialog.reject()


def test_finalise_interview_says_why_it_is_disabled(qtbot, window, tmp_path):
    opened(qtbot, window, tmp_path)
    window.go_to("new")
    window.new_interview.start()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    entry = window.interview.entry
    entry.show_review()
    button = entry.review.finalise_button
    assert not button.isEnabled()
    assert "Fix the problems" in button.toolTip()


def test_the_count_of_records_reads_right_in_english(qtbot, window, tmp_path):
    opened(qtbot, window, tmp_path)
    records = window.records
    assert records.count_text(1) == "1 record matches."  # was "1 records match."
    assert records.count_text(4) == "4 records match."
    window.go_to("records")
    qtbot.waitUntil(lambda: records.count_label.text() == "4 records match.", timeout=5000)
