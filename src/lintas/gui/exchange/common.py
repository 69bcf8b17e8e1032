"""Pieces the exchange screens share: a file chooser that the keyboard can drive, tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def choose_file(
    parent: QWidget,
    title: str,
    start: str,
    on_chosen: Callable[[str], None],
    *,
    save: bool = False,
    name_filter: str = "",
    folder: bool = False,
) -> QFileDialog:
    """Qt's own file dialog, opened without a nested event loop.

    Qt's widget-based dialog (not the desktop's) so that it looks the same on every
    system, takes the app's language and fonts, and tests can type a path into it.
    """
    dialog = QFileDialog(parent, title, start, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if folder:  # a folder that exists (a backup, a USB stick)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(Path(start).name)
        dialog.setDirectory(str(Path(start).parent))
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(on_chosen)
    # Back to the screen that asked, keys and all (some window managers leave the focus
    # nowhere when a child dialog closes).
    dialog.finished.connect(lambda _result: parent.activateWindow())
    dialog.open()
    return dialog


class PathRow(QHBoxLayout):
    """A path the user may type, with a Choose… button beside it."""

    def __init__(
        self, parent: QWidget, title: str, *, save: bool, name_filter: str = "",
        folder: bool = False,
    ) -> None:  # fmt: skip
        super().__init__()
        self.folder = folder
        self.host = parent
        self.title = title
        self.save = save
        self.name_filter = name_filter
        self.edit = QLineEdit()
        self.button = QPushButton(QCoreApplication.translate("PathRow", "Choose…"))
        self.button.clicked.connect(self.choose)
        self.addWidget(self.edit, 1)
        self.addWidget(self.button)
        self.chooser: QFileDialog | None = None

    def choose(self) -> QFileDialog:
        start = self.edit.text().strip() or str(Path.home())
        self.chooser = choose_file(
            self.host, self.title, start, self.edit.setText, save=self.save,
            name_filter=self.name_filter, folder=self.folder,
        )  # fmt: skip
        return self.chooser

    @property
    def path(self) -> str:
        return self.edit.text().strip()


def table(headers: Sequence[str]) -> QTableWidget:
    """A read-only table, one selected row at a time."""
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setAlternatingRowColors(True)
    widget.verticalHeader().hide()
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    widget.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            widget.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
    if widget.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive:
        widget.resizeColumnsToContents()
    if rows and widget.currentRow() < 0:
        widget.selectRow(0)


def day(timestamp: str | None) -> str:
    """'2026-12-03T10:04:05Z' -> '2026-12-03 10:04' (or '' for none)."""
    return (timestamp or "").replace("T", " ")[:16]
