"""Keyboard shortcuts for pages and actions, shown where people look for them.

A shortcut that nobody sees is not used: every one set here is also written in
the widget's tooltip ("Edit as new revision (Ctrl+E)"), and the page shortcuts
are listed in the Go menu and in the side list's tooltips.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMenu, QWidget


def key_text(sequence: Any) -> str:
    """A shortcut as the platform writes it ("Ctrl+Shift+F")."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def with_shortcut(button: Any, sequence: Any) -> Any:
    """Give a button (or action) a shortcut and say so in its tooltip."""
    button.setShortcut(QKeySequence(sequence))
    base = button.text().replace("&", "")
    button.setToolTip(f"{base} ({key_text(sequence)})")
    return button


def focus_shortcut(page: QWidget, sequence: Any, target: QWidget, tip: str) -> QShortcut:
    """A shortcut within ``page`` that puts the focus on ``target`` (Ctrl+F: search)."""
    shortcut = QShortcut(QKeySequence(sequence), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: (target.setFocus(Qt.FocusReason.ShortcutFocusReason),
                                        getattr(target, "selectAll", lambda: None)()))  # fmt: skip
    target.setToolTip(f"{tip} ({key_text(sequence)})")
    return shortcut


class PageShortcuts:
    """Ctrl+1, Ctrl+2, … for the window's pages, in a Go menu and the side list's tooltips."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.menu = QMenu(QCoreApplication.translate("MainWindow", "&Go"), window)
        self.actions: dict[str, QAction] = {}

    def add(self, key: str, title: str, item: QListWidgetItem) -> None:
        number = len(self.actions) + 1
        while any(a.shortcut() == QKeySequence(f"Ctrl+{number}") for a in self.actions.values()):
            number += 1
        if number > 9:
            return  # nine pages is plenty; a tenth is reached from the side list
        action = QAction(title, self.window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: self.window.go_to(key))
        self.window.addAction(action)
        self.menu.addAction(action)
        self.actions[key] = action
        item.setToolTip(f"{title} ({key_text(action.shortcut())})")

    def remove(self, key: str) -> None:
        action = self.actions.pop(key, None)
        if action is not None:
            self.menu.removeAction(action)
            self.window.removeAction(action)
            action.deleteLater()
