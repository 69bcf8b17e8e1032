"""The period row the Export and Privacy report dialogs share: both days shown are
included, and the core's ``until`` is the day after the last one."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel

from lintas.gui.period import PeriodRow


def test_a_period_shown_is_the_period_given_back(qtbot):
    check, first, last, caption = QCheckBox(), QDateEdit(), QDateEdit(), QLabel("to")
    for widget in (check, first, last, caption):
        qtbot.addWidget(widget)
    changes = []
    row = PeriodRow(check, first, last, caption, changed=lambda: changes.append(1))
    # Off by default: no period, and the dates cannot be edited.
    assert row.period() == (None, None) and not first.isEnabled() and not caption.isEnabled()
    assert last.date() == QDate.currentDate() and first.date() == QDate.currentDate().addMonths(-1)
    # A named export kept "May 2026" as since 2026-05-01, until 2026-06-01 (not included).
    row.show("2026-05-01", "2026-06-01")
    assert check.isChecked() and first.isEnabled() and last.isEnabled()
    assert last.date() == QDate(2026, 5, 31)
    assert row.period() == ("2026-05-01", "2026-06-01")
    assert not row.backwards()
    # The same day twice is one day; a first day after the last is refused by the dialogs.
    last.setDate(QDate(2026, 5, 1))
    assert row.period() == ("2026-05-01", "2026-05-02") and not row.backwards()
    first.setDate(QDate(2026, 5, 2))
    assert row.backwards()
    assert changes  # each change reaches the dialog (the privacy report forgets its result)
    row.disable()
    assert not first.isEnabled() and not last.isEnabled()
    row.enable()
    assert first.isEnabled()
    check.setChecked(False)
    assert row.period() == (None, None) and not row.backwards()
