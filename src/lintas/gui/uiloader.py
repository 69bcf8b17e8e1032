"""Load Qt Designer forms from ui/ at runtime and *hold* them (STYLE.md, Anki).

A dialog class owns ``self.form``, the loaded widget tree, rather than
inheriting from generated code, so Designer files can change without a build
step and widgets are reached as ``self.form.officeEdit``.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lintas.gui.paths import ui_file


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget tree of ``ui/<name>.ui``; raises FileNotFoundError if it is missing."""
    path = ui_file(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The screen description {path} is missing from this install.")
    try:
        widget = QUiLoader().load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise FileNotFoundError(f"The screen description {path} could not be read.")
    return widget


def hold_ui(host: QWidget, name: str, margin: int = 16) -> QWidget:
    """Load ``ui/<name>.ui`` and lay it out as the whole content of ``host``."""
    form = load_ui(name, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(form)
    return form
