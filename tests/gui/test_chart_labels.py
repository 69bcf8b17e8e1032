"""Issue 10: a long chart label wraps instead of being cut.

Reproduced on main (2a6e402) in a real X window at 1366x768, app in Burmese: Home's
citizenship chart drew "လာအို ပြည်သူ့ ဒီမိုကရက်တစ် သမ္မ…" (the label column was at most 40%
of the chart and the label was elided to it). Now the column takes up to half the chart
and a longer label wraps (up to three lines; only a fourth would be elided).
"""

import pytest
from PySide6.QtGui import QFontMetrics

from lintas.gui.charts import BarChart, row_heights, wrapped

LAO_PDR = "လာအို ပြည်သူ့ ဒီမိုကရက်တစ် သမ္မတနိုင်ငံ"
VALUES = [("မြန်မာ", 97), ("ကမ္ဘောဒီးယား", 93), (LAO_PDR, 32), ("အခြား", 32)]


@pytest.mark.parametrize("width", [560, 400, 300, 240])  # 1366x768, 1024x768, narrow, the minimum
def test_the_long_burmese_label_is_drawn_whole(qtbot, width):
    chart = BarChart("နိုင်ငံသား အလိုက်")
    qtbot.addWidget(chart)
    chart.set_values(VALUES)
    chart.resize(width, 230)
    chart.grab()  # paints with the same code as the screen
    column = chart.label_column(QFontMetrics(chart.font()), width - 16)
    lines = wrapped(chart.font(), LAO_PDR, column - 6)
    assert "…" not in "".join(lines)
    assert "".join(lines).replace(" ", "") == LAO_PDR.replace(" ", "")
    assert all(QFontMetrics(chart.font()).horizontalAdvance(x) <= column - 6 for x in lines)


def test_a_label_longer_than_three_lines_is_elided_into_the_third(qtbot):
    chart = BarChart("x")
    qtbot.addWidget(chart)
    lines = wrapped(chart.font(), " ".join([LAO_PDR] * 4), 120)
    assert len(lines) == 3 and lines[2].endswith("…")


def test_rows_fit_the_chart():
    assert sum(row_heights([1, 2, 1, 1], 20, 200)) <= 200
    assert row_heights([1, 2], 20, 200) == [28.0, 48.0]
    squeezed = row_heights([2] * 9, 20, 150)
    assert abs(sum(squeezed) - 150) < 1e-6
