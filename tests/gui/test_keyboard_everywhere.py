"""Keyboard everywhere (issue 10): the Records table lets Tab go, Down goes from the search
box into the results and Enter opens a record, pages and actions have shortcuts shown in
menus and tooltips, and after unlock the focus is on the page's first useful control."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lintas.gui.demo_form import DEMO_FORM_ID, demo_form_bytes
from lintas.gui.pages.records import RecordDialog
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_supervisor_path import ANSWERS, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def make_vault(path, count=3):
    vault, _key = Vault.create(
        path, office="Poipet", user="mai", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with vault:
        vault.install_form(demo_form_bytes(), filename="demo.md")
        vault.add_user("anan", PASSPHRASE, role="enumerator")
        for age in range(count):
            vault.save_submission(DEMO_FORM_ID, {**ANSWERS, "age": 30 + age}, status="final")


def focus():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), key, modifier)


def open_records(qtbot, window, tmp_path, user="mai"):
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, user, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.waitUntil(lambda: focus() is window.home.first_control())
    press(qtbot, Qt.Key.Key_3, CTRL)  # Records
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 3, timeout=5000)
    return window.records


def test_unlock_puts_the_focus_on_the_page_not_the_side_list(qtbot, window, tmp_path):
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.waitUntil(lambda: focus() is not None and focus() is not window.navigation)
    assert focus() is window.home.first_control()


def test_tab_leaves_the_records_table_both_ways(qtbot, window, tmp_path):
    records = open_records(qtbot, window, tmp_path)
    records.table.setFocus()
    records.table.selectRow(1)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is records.view_button  # was the next cell, wrapping round the table
    records.table.setFocus()
    press(qtbot, Qt.Key.Key_Backtab)
    assert focus() is not records.table and focus() in records.findChildren(type(focus()))
    records.table.setFocus()
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert focus() is not records.table


def test_down_goes_from_search_into_the_results_and_enter_opens_the_record(qtbot, window, tmp_path):
    records = open_records(qtbot, window, tmp_path)
    assert focus() is records.search  # Ctrl+3 landed on the page's first control
    qtbot.keyClicks(records.search, "Cambodia")
    press(qtbot, Qt.Key.Key_Down)
    assert focus() is records.table
    assert records.table.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Down)
    assert records.table.currentIndex().row() == 1
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(records.dialog, RecordDialog) and records.dialog.isVisible())
    qtbot.waitUntil(lambda: focus() is not None and focus().window() is records.dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not records.dialog.isVisible())
    window.activateWindow()  # what the window manager does when a dialog closes
    records.search.setFocus()
    qtbot.waitUntil(lambda: focus() is records.search)
    press(qtbot, Qt.Key.Key_Return)  # Enter in the search box: search now, go to the results
    assert focus() is records.table


def test_pages_and_actions_have_shortcuts_shown_in_menus_and_tooltips(qtbot, window, tmp_path):
    records = open_records(qtbot, window, tmp_path)
    go = window.go_menu
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in go.actions()}
    assert shortcuts == {"Home": "Ctrl+1", "New interview": "Ctrl+2", "Records": "Ctrl+3"}
    for row in range(window.navigation.count()):
        assert f"Ctrl+{row + 1}" in window.navigation.item(row).toolTip()
    for button, key in (
        (records.view_button, "Ctrl+O"),
        (records.edit_button, "Ctrl+E"),
        (records.finalise_button, "Ctrl+Shift+F"),
        (records.void_button, "Ctrl+D"),
    ):
        assert button.shortcut().toString() == key
        assert key in button.toolTip()
    assert "Ctrl+F" in records.search.toolTip()
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.pages.currentWidget() is window.new_interview
    assert focus() is window.new_interview.forms
    press(qtbot, Qt.Key.Key_3, CTRL)
    records.table.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focus() is records.search
    records.table.selectRow(0)
    press(qtbot, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: isinstance(records.dialog, RecordDialog) and records.dialog.isVisible())
    records.dialog.accept()


def test_a_radio_question_with_the_focus_shows_a_marker(qtbot, window):
    from lintas.form import Response, load
    from lintas.gui.demo_form import demo_form_bytes
    from lintas.gui.entry.view import EntryView

    # ``window`` is built as the app is, with the app's style sheet.
    form = load(demo_form_bytes(), filename="demo.md")
    view = EntryView(form, Response(form), None, autosave_seconds=3600)
    qtbot.addWidget(view)
    view.show()
    box = view.fields["sex"].box
    view.activateWindow()
    view.fields["age"].edit.setFocus()
    qtbot.waitUntil(lambda: focus() is view.fields["age"].edit)
    without = box.grab().toImage()
    box.setFocus()
    qtbot.waitUntil(lambda: focus() is box)
    with_focus = box.grab().toImage()
    edge = with_focus.pixelColor(1, box.height() // 2)
    assert edge != without.pixelColor(1, box.height() // 2)
    assert edge.red() > 200 and edge.blue() < 120  # the amber of the other focus frames


def test_after_unlock_the_interview_gets_the_focus_back_where_the_clerk_was(
    qtbot, window, tmp_path
):
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: focus() is window.home.first_control(), timeout=10000)
    window.go_to("new")
    window.new_interview.start()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    first = window.interview.entry.last_focused()  # the opening focuses the first question
    qtbot.waitUntil(lambda: focus() is first)
    age = window.interview.entry.fields["age"].edit
    window.interview.entry.focus_field(window.interview.entry.fields["age"])
    qtbot.waitUntil(lambda: focus() is age)
    window.lock()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)
    dialog = window.dialog
    qtbot.keyClicks(dialog.form.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.waitUntil(lambda: focus() is age)  # not the side list: the digits go in
    qtbot.keyClicks(focus(), "44")
    assert window.interview.response.get("age") == 44
