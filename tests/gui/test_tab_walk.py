"""Every screen walked with Tab alone (issue 10): each enabled control that takes the
keyboard is reached, and Tab never gets stuck (the Records table used to trap it)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from lintas.gui.dialogs.admin import (
    AutoLockDialog,
    ChangePassphraseDialog,
    UsersDialog,
)
from lintas.gui.dialogs.backup import BackupDialog
from lintas.gui.dialogs.form_versions import FormVersionsDialog
from lintas.gui.dialogs.privacy_report import PrivacyReportDialog
from lintas.gui.dialogs.restore import RestoreDialog
from lintas.gui.dialogs.void_reason import VoidReasonDialog
from lintas.gui.entry.blocks import Page
from lintas.gui.pages.records import RecordDialog
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_keyboard_everywhere import make_vault
from tests.gui.test_supervisor_path import unlock

STEPS = 120  # more than any screen has controls


def focus():
    return QApplication.focusWidget()


def tab_stops(top: QWidget) -> set[QWidget]:
    """The enabled, shown controls of ``top`` that say they take Tab focus."""
    stops = set()
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, Page):
            # An interview page's scroll area: Tab goes question by question inside it
            # (the entry view's own order). Taking its focus away (NoFocus) broke the
            # media field's file dialog, so it stays, and is no stop of its own.
            continue
        proxy = widget.focusProxy()
        stops.add(proxy if proxy is not None else widget)
    return stops


def walk(qtbot, top: QWidget) -> tuple[set[QWidget], int]:
    """Tab round ``top`` until the focus goes round a loop again: (reached, presses).

    Mostly the loop closes where it started; in an interview Tab goes question by
    question on to the review page and then loops there (review, side list, Put away).
    """
    qtbot.waitUntil(lambda: focus() is not None and focus().window() is top)
    trail = [focus()]
    for presses in range(1, STEPS + 1):
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        trail.append(focus())
        if focus() is trail[0] or _looping(trail):
            return set(trail), presses
    raise AssertionError(f"Tab did not come round in {STEPS} presses on {top}")


def _looping(trail: list) -> bool:
    """The last presses went twice round the same loop of two or more controls (a date
    box's sections keep the focus for a press or two, which is no loop)."""
    for size in range(2, 16):
        if len(trail) >= 2 * size and trail[-size:] == trail[-2 * size : -size]:
            if len(set(trail[-size:])) >= 2:
                return True
    return False


def missed(qtbot, top: QWidget) -> list[str]:
    stops = tab_stops(top)
    reached, _presses = walk(qtbot, top)
    return sorted(
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}"
        for w in stops - reached
    )


def test_every_screen_by_tab_alone(qtbot, window, tmp_path):
    # -- the welcome screen
    window.activateWindow()
    window.welcome_form.createButton.setFocus()
    assert missed(qtbot, window) == []

    # -- the unlock dialog
    path = tmp_path / "vault"
    make_vault(path)
    dialog = window.unlock(path)
    assert missed(qtbot, dialog) == []
    dialog.reject()
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)

    # -- each page of the workspace
    for key in ("home", "new", "records"):
        window.go_to(key)
        qtbot.waitUntil(lambda: focus() is not None and focus().window() is window)
        if key == "records":
            qtbot.waitUntil(lambda: window.records.model.rowCount() == 3, timeout=5000)
            window.records.table.selectRow(0)
        assert missed(qtbot, window) == [], key

    # -- the dialogs of Records and the Office menu
    records = window.records
    records.view_current()
    assert isinstance(records.dialog, RecordDialog)
    assert missed(qtbot, records.dialog) == []
    records.dialog.reject()
    records.void_current()
    assert isinstance(records.dialog, VoidReasonDialog)
    assert missed(qtbot, records.dialog) == []
    records.dialog.reject()
    for open_dialog, kind in (
        (window.show_users, UsersDialog),
        (window.change_passphrase, ChangePassphraseDialog),
        (window.set_autolock, AutoLockDialog),
        (window.show_privacy_report, PrivacyReportDialog),
        (window.back_up, BackupDialog),
        (window.restore_backup, RestoreDialog),
        (window.show_form_versions, FormVersionsDialog),
    ):
        dialog = open_dialog()
        assert isinstance(dialog, kind)
        assert missed(qtbot, dialog) == [], kind.__name__
        dialog.reject()

    # -- an interview: Tab goes question by question and out to the window again
    window.go_to("new")
    window.new_interview.start()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    qtbot.waitUntil(lambda: focus() is not None and focus().window() is window)
    entry = window.interview.entry
    first = tab_stops(window)  # the first page's questions, the side list, Put away
    reached, presses = walk(qtbot, window)
    assert entry.stack.currentWidget() is entry.review  # Tab went through to the review
    missing = (first | tab_stops(window)) - reached
    assert sorted(f"{type(w).__name__} {w.objectName()}" for w in missing) == []
    assert presses < 30
