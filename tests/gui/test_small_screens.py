"""Small screens (issue 10): the window fits the screen it opens on, and at 1280×720 and
1024×768 (less a title bar) no control of any page falls outside the window."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from lintas.gui.main_window import fit_to_screen
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_keyboard_everywhere import make_vault
from tests.gui.test_supervisor_path import unlock

TITLE_BAR = 32  # what a window manager's title bar takes


def scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's content: it may lie outside and be scrolled to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def outside(window: QWidget) -> list[str]:
    inside = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or scrolled(widget, window):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not inside.contains(rect):
            found.append(f"{type(widget).__name__} {widget.objectName()} {rect.getRect()}")
    return found


def test_the_window_fits_the_screen_it_opens_on(qtbot, window):
    area = QRect(0, 0, 1280, 720)
    fit_to_screen(window, area)
    assert window.width() <= area.width() and window.height() <= area.height() - TITLE_BAR + 2
    fit_to_screen(window, QRect(0, 0, 1920, 1080))
    assert (window.width(), window.height()) == (1366, 768)  # room enough: the usual size


@pytest.mark.parametrize("size", [(1280, 720 - TITLE_BAR), (1024, 768 - TITLE_BAR)])
def test_no_control_falls_outside_the_window(qtbot, window, tmp_path, size):
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    window.resize(*size)
    for key in ("home", "new", "records"):
        window.go_to(key)
        QApplication.processEvents()
        assert (window.width(), window.height()) == size, key  # no minimum size forces more
        assert outside(window) == [], key
    window.new_interview.start()
    qtbot.waitUntil(lambda: window.interview is not None, timeout=10000)
    QApplication.processEvents()
    assert (window.width(), window.height()) == size
    assert outside(window) == [], "interview"


def test_the_office_dialogs_fit_a_small_screen(qtbot, window, tmp_path):
    """Back up, Restore and Forms and versions (issue 10), with Home's backup reminder
    showing behind them, at 1280×720 less a title bar."""
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)
    window.resize(1280, 720 - TITLE_BAR)
    window.go_to("home")
    qtbot.waitUntil(window.home.reminder.isVisible, timeout=10000)
    assert outside(window) == []
    for open_dialog in (window.back_up, window.restore_backup, window.show_form_versions):
        dialog = open_dialog()
        QApplication.processEvents()
        assert dialog.width() <= 1280 and dialog.height() <= 720 - TITLE_BAR
        assert outside(dialog) == [], type(dialog).__name__
        dialog.reject()
