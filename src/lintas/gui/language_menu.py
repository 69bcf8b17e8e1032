"""The Language menu: the app's language can be changed at any time, not only on the
welcome screen. Qt builds its widgets' texts once, so the choice is kept in the
settings and the app says clearly that it applies at the next start (the form's own
languages follow it then too). Strings keep the "MainWindow" context."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from lintas.gui.i18n import APP_LANGUAGES


def add_language_menu(window: Any) -> QMenu:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "Language"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    window.language_actions = {}
    for code, name in APP_LANGUAGES.items():  # each in its own script: readable to its reader
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == window.app_language)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[code] = action
    return menu


def choose_language(window: Any, code: str) -> QMessageBox:
    """Keep ``code`` for the next start, show it chosen everywhere, and say so."""
    window.settings.setValue("language", code)
    window.language_actions[code].setChecked(True)
    combo = window.welcome_form.languageCombo
    combo.blockSignals(True)  # the welcome screen's picker shows the same choice
    combo.setCurrentIndex(combo.findData(code))
    combo.blockSignals(False)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow", "The new language is used the next time Lintas starts."
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.open()  # not exec: auto-lock keeps running behind it
    window.dialog = box
    return box
