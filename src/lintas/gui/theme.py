"""The app's look: one Qt style sheet in resources/qss."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from lintas.gui.paths import resources_dir


def apply_theme(app: QApplication, name: str = "lintas") -> None:
    path = resources_dir() / "qss" / f"{name}.qss"
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))
