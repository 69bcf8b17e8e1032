"""Small bar charts drawn with QPainter: no chart library to ship or to break."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2f5d8f")
TEXT = QColor("#1f2933")
AXIS = QColor("#9aa5b1")
ELIDE = Qt.TextElideMode.ElideRight


def wrapped(font: QFont, text: str, width: float, most: int = 3) -> list[str]:
    """``text`` as lines of at most ``width`` pixels (Qt's line breaking, which knows
    scripts without spaces too); a line past ``most`` is elided into the last one."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > most:
        rest = " ".join(lines[most - 1 :])
        lines = [*lines[: most - 1], QFontMetrics(font).elidedText(rest, ELIDE, int(width))]
    return lines or [text]


def row_heights(line_counts: list[int], line_height: int, room: float) -> list[float]:
    """Each bar's row: its label's lines plus a margin, shrunk evenly when they do not
    all fit, never below the lines themselves while that is possible."""
    wanted = [count * line_height + 8.0 for count in line_counts]
    if sum(wanted) <= room:
        return wanted
    tight = [count * line_height + 1.0 for count in line_counts]
    if sum(tight) >= room:
        return [room * t / sum(tight) for t in tight]
    spare = (room - sum(tight)) / len(tight)
    return [t + spare for t in tight]


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

    def label_column(self, metrics: QFontMetrics, width: float) -> float:
        """The label column's width: the longest label's, up to half of ``width``."""
        widest = max(metrics.horizontalAdvance(text) for text, _ in self.values)
        return min(width * 0.5, widest + 12.0)  # 6 px gap, and room for shaping

    def _bars(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        # The label column takes what the longest label needs, up to half the chart; a
        # label longer than that wraps onto a second line instead of being cut (issue 10:
        # "လာအို ပြည်သူ့ ဒီမိုကရက်တစ် သမ္မ…"). Only a fourth line would be elided.
        label_width = self.label_column(metrics, area.width())
        lines = [wrapped(painter.font(), label, label_width - 6) for label, _ in self.values]
        heights = row_heights([len(parts) for parts in lines], metrics.height(), area.height())
        top = max(n for _l, n in self.values)
        y = area.top()
        for (_label, count), parts, row in zip(self.values, lines, heights, strict=True):
            painter.setPen(TEXT)
            text_rect = QRectF(area.left(), y, label_width - 6, row)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                "\n".join(parts),
            )  # fmt: skip
            bar = min(row - 6, metrics.height() + 2)
            width = (area.width() - label_width - 40) * count / top if top else 0
            bar_top = y + (row - bar) / 2
            painter.fillRect(QRectF(area.left() + label_width, bar_top, width, bar), BAR)
            painter.drawText(
                QRectF(area.left() + label_width + width + 4, y, 40, row),
                Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
            y += row

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
