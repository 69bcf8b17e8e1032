"""Starting the desktop app: fonts, theme, language, settings, then the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lintas.gui.errors import install_error_hook
from lintas.gui.fonts import base_font, load_bundled_fonts
from lintas.gui.i18n import install_language
from lintas.gui.main_window import MainWindow
from lintas.gui.operations import Operations
from lintas.gui.session import Session
from lintas.gui.theme import apply_theme

_language = "en"


def application(language: str | None = None, argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with Lintas's fonts, theme and app language (created once)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Lintas")
    app.setOrganizationName("Lintas")
    load_bundled_fonts()
    app.setFont(base_font())
    apply_theme(app)
    global _language  # noqa: PLW0603 - one app, one language at a time
    _language = install_language(language)
    return app


def settings() -> QSettings:
    """The app's preferences (language, auto-lock; names and vault path only by choice).

    Never any survey data; see lintas.gui.remembered for what may name a person.
    """
    folder = os.environ.get("LINTAS_SETTINGS_DIR")
    if folder:
        return QSettings(str(Path(folder) / "lintas.ini"), QSettings.Format.IniFormat)
    return QSettings("Lintas", "Lintas")


def build_window(
    language: str | None = None,
    vault_options: dict | None = None,
    prefs: QSettings | None = None,
    autosave_seconds: int = 5,
) -> MainWindow:
    prefs = prefs or settings()
    app = application(language or prefs.value("language", None))
    session = Session(Operations(app), vault_options)
    return MainWindow(session, prefs, _language, autosave_seconds)


def run(
    argv: Sequence[str] | None = None,
    *,
    vault_path: Path | None = None,
    language: str | None = None,
    user: str | None = None,
    passphrase: str = "",
    demo_users: Sequence[str] = (),
) -> int:
    """Show the window; unlock ``vault_path`` (or the last vault used) if there is one."""
    install_error_hook()
    prefs = settings()
    app = application(language or prefs.value("language", None), argv)
    window = build_window(language, prefs=prefs)
    window.show()
    last = vault_path or window.remembered.last_vault()
    if last is not None and last.exists():
        window.unlock(last, passphrase, user or "", demo_users)
    return app.exec()
