"""Small bar charts drawn with QPainter: no chart library to ship or to break."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2f5d8f")
TEXT = QColor("#1f2933")
AXIS = QColor("#9aa5b1")


class BarChart(QWidget):
    """Horizontal bars (categories) or vertical columns (days), with the counts written on."""

    def __init__(self, title: str, vertical: bool = False) -> None:
        super().__init__()
        self.title = title
        self.vertical = vertical
        self.values: list[tuple[str, int]] = []
        self.setMinimumSize(240, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values: list[tuple[str, int]]) -> None:
        self.values = list(values)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(TEXT)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        title_height = painter.fontMetrics().height() + 6
        painter.drawText(QRectF(8, 4, self.width() - 16, title_height), self.title)
        bold.setBold(False)
        painter.setFont(bold)
        area = QRectF(8, title_height + 4, self.width() - 16, self.height() - title_height - 10)
        if not self.values or not any(n for _l, n in self.values):
            painter.setPen(AXIS)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No records yet"))
        elif self.vertical:
            self._columns(painter, area)
        else:
            self._bars(painter, area)
        painter.end()

    def _bars(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        label_width = min(
            area.width() * 0.4, max(metrics.horizontalAdvance(text) for text, _ in self.values) + 8
        )
        top = max(n for _l, n in self.values)
        row = min(area.height() / len(self.values), metrics.height() + 8)
        for index, (label, count) in enumerate(self.values):
            y = area.top() + index * row
            painter.setPen(TEXT)
            text_rect = QRectF(area.left(), y, label_width - 6, row)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6)),
            )
            width = (area.width() - label_width - 40) * count / top if top else 0
            painter.fillRect(QRectF(area.left() + label_width, y + 3, width, row - 6), BAR)
            painter.drawText(
                QRectF(area.left() + label_width + width + 4, y, 40, row),
                Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )

    def _columns(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        top = max(n for _l, n in self.values) or 1
        label_height = metrics.height() + 2
        column = area.width() / len(self.values)
        base = area.bottom() - label_height
        painter.setPen(AXIS)
        painter.drawLine(int(area.left()), int(base), int(area.right()), int(base))
        for index, (label, count) in enumerate(self.values):
            x = area.left() + index * column
            height = (base - area.top() - label_height) * count / top
            painter.fillRect(QRectF(x + 2, base - height, column - 4, height), BAR)
            painter.setPen(TEXT)
            if count:
                painter.drawText(
                    QRectF(x, base - height - label_height, column, label_height),
                    Qt.AlignmentFlag.AlignCenter,
                    str(count),
                )
            if index % 2 == 0 or column > 40:
                painter.drawText(
                    QRectF(x - column / 2, base + 1, column * 2, label_height),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
