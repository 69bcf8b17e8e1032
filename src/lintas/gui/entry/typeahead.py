"""The type-ahead popup of a long choice list: it shows, it never takes the focus.

Qt's QCompleter filters by itself, grabs the keyboard and lets the line edit see
Enter first, so the row it highlighted and the choice stored could differ, and a
second Enter was needed to move on. This list only shows the field's ranking; the
line edit keeps the focus, the field moves the highlight with the arrow keys, and
Enter (handled once, by the entry view) takes the highlighted row and goes on.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

VISIBLE_ROWS = 10


class MatchList(QListWidget):
    picked = Signal(int)  # a row clicked with the mouse

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # A tool-tip window: drawn over the page, never activated, so focus stays in the field.
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("matchList")
        self.setUniformItemSizes(True)
        self.itemClicked.connect(self._clicked)

    def set_rows(self, rows: list[str], nothing: str) -> None:
        self.clear()
        for text in rows:
            self.addItem(text)
        if rows:
            self.setCurrentRow(0)
        else:
            item = QListWidgetItem(nothing)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # a message, not a choice
            self.addItem(item)
            self.setCurrentRow(-1)

    def move_by(self, step: int) -> None:
        if self.count() and self.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + step)))

    def show_under(self, anchor: QWidget) -> None:
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        height = row_height * min(max(self.count(), 1), VISIBLE_ROWS) + 2 * self.frameWidth()
        width = max(anchor.width(), 420)
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry() if anchor.screen() else None
        if screen is not None and below.y() + height > screen.bottom():
            below = anchor.mapToGlobal(QPoint(0, -height))  # no room below: open upwards
        self.setGeometry(below.x(), below.y(), width, height)
        self.show()
        self.raise_()

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.picked.emit(self.row(item))
