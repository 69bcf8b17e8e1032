"""Help menu: guides offline from the install, the self-test in the app, About.

Real main window offscreen; the self-test runs its real checks on a real throwaway
vault in a worker thread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from lintas import __version__
from lintas.gui.help_menu import AboutDialog, GuideViewer, SelfTestDialog
from lintas.paths import docs_dir


def help_menu(window) -> QMenu:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    (menu,) = [m for m in menus if m.title().replace("&", "") == "Help"]
    return menu


def test_help_menu_lists_each_guide_the_install_has_then_self_test_and_about(window) -> None:
    texts = [a.text() for a in help_menu(window).actions() if not a.isSeparator()]
    assert texts[0] == "User guide"
    assert texts[-2:] == ["Self-test…", "About Lintas"]
    if (docs_dir() / "admin-guide.md").is_file():
        assert "Administrator guide" in texts
    assert "Installing Lintas" in texts


def test_f1_opens_the_user_guide_from_the_install(window, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = window.help_dialog
    assert isinstance(viewer, GuideViewer) and viewer.isVisible()
    shown = viewer.browser.toPlainText()
    first_heading = next(
        line.lstrip("# ").strip()
        for line in (docs_dir() / "user-guide.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("# ")
    )
    assert first_heading in shown
    assert "```" not in shown and "## " not in shown  # rendered, not raw Markdown


def test_a_link_to_another_guide_opens_it_and_a_web_link_is_only_shown(window) -> None:
    from PySide6.QtCore import QUrl

    viewer = GuideViewer("user-guide.md", "User guide", window)
    viewer._follow(QUrl("install.md"))
    assert viewer.current == "install.md"
    assert "one-folder" in viewer.browser.toPlainText()
    viewer._follow(QUrl("https://example.org/x"))
    assert viewer.current == "install.md"
    assert "https://example.org/x" in viewer.note.text()


def test_admin_guide_in_the_app_covers_keys_recovery_and_backups(window) -> None:
    # Help -> Administrator guide, rendered from the shipped docs/: an office
    # administrator finds the recovery key, the rekey and the backup steps there.
    (action,) = [a for a in help_menu(window).actions() if a.text() == "Administrator guide"]
    action.trigger()
    viewer = window.help_dialog
    assert isinstance(viewer, GuideViewer) and viewer.current == "admin-guide.md"
    shown = viewer.browser.toPlainText()
    for heading in ("Keys, recovery and backups", "A forgotten passphrase",
                    "The recovery key was lost, seen or copied", "Backups",
                    "Restoring a backup onto a laptop", "A laptop is lost or stolen"):
        assert heading in shown, heading
    for command in ("lintas vault backup", "lintas vault rekey", "lintas vault recover"):
        assert command in shown, command
    assert "## " not in shown  # rendered, not raw Markdown


def test_about_shows_the_version_the_libraries_and_the_font_licence(window) -> None:
    about = AboutDialog(window)
    assert __version__ in about.version_label.text()
    names = {about.components.item(r, 0).text() for r in range(about.components.rowCount())}
    assert {"PySide6", "sqlcipher3", "pyrage", "openpyxl"} <= names
    licences = [about.components.item(r, 2).text() for r in range(about.components.rowCount())]
    assert all(licences) and "see the package" not in licences, licences
    assert "SIL Open Font License" in about.fonts.toPlainText()


@pytest.mark.slow
def test_self_test_runs_on_a_worker_and_reports_each_step(window, qtbot) -> None:
    dialog = SelfTestDialog(window)
    assert not dialog.close_button.isEnabled()  # running
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=120_000)
    steps = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert steps[:2] == ["Create a vault", "Unlock the vault"]
    assert "Qt starts (offscreen)" not in steps  # the running app is that check
    results = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
               for r in range(dialog.table.rowCount())}  # fmt: skip
    assert results["Nothing readable on disk"] == "OK"
    assert "passed" in dialog.summary.text()


def test_cancel_stops_the_self_test_and_leaves_no_folder(window, qtbot, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dialog = SelfTestDialog(window)
    dialog.show()
    # Escape while it runs asks it to stop; it does not close over a running step.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=60_000)
    assert "stopped" in dialog.summary.text()
    assert dialog.table.rowCount() == 0
    assert not list(Path(tmp_path).glob("lintas-selftest-*"))
    # Finished: Escape closes it.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
