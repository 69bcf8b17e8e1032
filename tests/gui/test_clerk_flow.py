"""A clerk's whole day, by keyboard: create a vault, install a form, key in an interview
(a skip, a constraint fixed, a repeat), save a draft, resume it, finalise, see it in Records."""

from PySide6.QtCore import Qt

from lintas.gui.dialogs.recovery_key import RecoveryKeyDialog
from lintas.gui.entry.fields import FieldWidget
from tests.gui.conftest import PASSPHRASE

ENTER = Qt.Key.Key_Return


def focused_address(qtbot, window):
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, FieldWidget):
        widget = widget.parentWidget()
    return widget.address if widget is not None else None


def focus(qtbot):
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def type_and_enter(qtbot, text):
    widget = focus(qtbot)
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(focus(qtbot), ENTER)


def create_vault(qtbot, window, tmp_path):
    dialog = window.create_vault()
    form = dialog.form
    form.pathEdit.setText(str(tmp_path / "vault"))
    qtbot.keyClicks(form.officeEdit, "Mae Sot border post")
    qtbot.keyClicks(form.userEdit, "anan")
    qtbot.keyClicks(form.passphraseEdit, PASSPHRASE)
    assert form.strengthBar.value() >= 3
    qtbot.keyClicks(form.confirmEdit, PASSPHRASE)
    qtbot.keyClick(form.confirmEdit, ENTER)
    qtbot.waitUntil(lambda: isinstance(window.dialog, RecoveryKeyDialog), timeout=10000)
    return window.dialog


def test_clerk_keys_an_interview_from_new_vault_to_records(qtbot, window, tmp_path, form_file):
    # -- first run: create the vault, see the recovery key once, save it as PDF
    key_dialog = create_vault(qtbot, window, tmp_path)
    assert len(key_dialog.key.replace("-", "")) >= 20
    assert not key_dialog.form.doneButton.isEnabled()
    pdf = key_dialog.save_pdf(str(tmp_path / "recovery.pdf"))
    assert (tmp_path / "recovery.pdf").read_bytes().startswith(b"%PDF")
    assert pdf
    qtbot.keyClick(key_dialog.form.confirmCheck, Qt.Key.Key_Space)
    qtbot.keyClick(key_dialog.form.doneButton, Qt.Key.Key_Space)
    assert key_dialog.result() == 1
    assert window.session.is_open and window.session.is_supervisor

    # -- install the form (in the worker) and start an interview with Enter
    window.show_page("new")
    window.new_interview.install(form_file)
    qtbot.waitUntil(lambda: window.new_interview.forms.count() == 1, timeout=10000)
    window.new_interview.forms.setFocus()
    qtbot.keyClick(window.new_interview.forms, ENTER)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    entry = window.interview.entry
    response = window.interview.response
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "full_name")

    # -- the identifier is masked while typed
    assert (
        entry.fields["full_name"].edit.echoMode()
        == entry.fields["full_name"].edit.EchoMode.Password
    )
    type_and_enter(qtbot, "Somchai Jaidee")
    assert focused_address(qtbot, window) == "sex"
    type_and_enter(qtbot, "2")  # the digit picks the 2nd choice, as in CSPro
    assert response.get("sex") == "male"

    # -- a constraint violation, shown inline, then fixed
    type_and_enter(qtbot, "12")
    age = entry.fields["age"]
    assert age.problem.isVisible() and "between 15 and 80" in age.problem.text()
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Backtab)
    assert focused_address(qtbot, window) == "age"
    focus(qtbot).selectAll()
    type_and_enter(qtbot, "34")
    assert not age.problem.isVisible()
    assert response.get("age") == 34

    # -- a long list takes type-ahead
    assert focused_address(qtbot, window) == "citizenship"
    type_and_enter(qtbot, "Myanmar")
    assert response.get("citizenship") == "MMR"

    # -- a skip: "no" hides the questions about the job abroad
    assert focused_address(qtbot, window) == "worked_abroad"
    type_and_enter(qtbot, "2")
    assert entry.fields["destination"].isHidden()
    assert focused_address(qtbot, window) == "departure"
    type_and_enter(qtbot, "20261101")
    assert response.get("departure") == "2026-11-01"

    # -- a repeat: Enter on "Add another" adds a child; add a second, remove it again
    add_button = focus(qtbot)
    assert add_button is entry.pages[2].items[0].add_button
    qtbot.keyClick(add_button, ENTER)
    assert focused_address(qtbot, window) == "child[1]/child_age"
    type_and_enter(qtbot, "7")
    assert focused_address(qtbot, window) == "child[1]/child_school"  # relevant from age 5
    type_and_enter(qtbot, "1")
    qtbot.keyClick(focus(qtbot), ENTER)  # add a second child
    assert response.repeat_count("child") == 2
    entry.confirm_remove = lambda address: True
    entry.remove_repeat("child[2]")
    assert response.repeat_count("child") == 1
    entry.jump_to("consent_kept")
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_Space)
    assert response.get("consent_kept") == "OK"

    # -- Ctrl+S saves a draft; the identifier is not in what was stored
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.interview.uuid is not None, timeout=10000)
    uuid = window.interview.uuid
    stored = window.session.call(lambda vault: vault.submission(uuid))
    assert stored.status == "draft"
    assert "full_name" not in stored.data and "Somchai" not in str(stored.data)
    assert stored.pseudonym and "Somchai" not in stored.pseudonym  # keyed, from lintas.privacy
    assert stored.data["child"] == [{"child_age": 7, "child_school": "yes"}]

    # -- put it away and resume the draft from New interview
    window.interview.put_away()
    qtbot.waitUntil(lambda: window.interview is None, timeout=10000)
    window.show_page("new")
    assert window.new_interview.drafts.count() == 1
    window.new_interview.drafts.setCurrentRow(0)
    qtbot.keyClick(window.new_interview.drafts, ENTER)
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    assert window.interview.uuid == uuid
    assert window.interview.response.get("age") == 34
    qtbot.waitUntil(lambda: focused_address(qtbot, window) == "full_name")

    # -- review lists nothing to fix; finalise by keyboard
    entry = window.interview.entry
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert entry.stack.currentWidget() is entry.review
    assert entry.review.problems.count() == 0
    qtbot.keyClick(entry.review.finalise_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.interview is None, timeout=10000)

    # -- it is in Records, final
    assert window.page_keys[window.navigation.currentRow()] == "records"
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1, timeout=10000)
    row = window.records.model.row_at(0)
    assert (row.uuid, row.status) == (uuid, "final")


def test_review_lists_every_problem_and_jumps_to_it(qtbot, window, tmp_path, form_file):
    key_dialog = create_vault(qtbot, window, tmp_path)
    key_dialog.form.confirmCheck.setChecked(True)
    key_dialog.accept()
    window.new_interview.install(form_file)
    qtbot.waitUntil(lambda: window.new_interview.forms.count() == 1, timeout=10000)
    window.new_interview.start()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    entry = window.interview.entry
    entry.show_review()
    listed = [
        entry.review.problems.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(entry.review.problems.count())
    ]
    assert {"sex", "age", "citizenship", "worked_abroad", "consent_kept"} <= set(listed)
    assert not entry.review.finalise_button.isEnabled()
    entry.review.problems.setCurrentRow(listed.index("age"))
    qtbot.keyClick(entry.review.problems, ENTER)
    assert focused_address(qtbot, window) == "age"
