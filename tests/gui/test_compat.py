"""PySide6 6.12 on Python 3.11 drops a reference to None on every void Qt call;
lintas.gui protects None so that a long session cannot crash (lintas.gui.compat)."""

import sys

from PySide6.QtCore import QObject

import lintas.gui  # noqa: F401 - importing the package applies the protection


def test_many_void_qt_calls_leave_none_alive():
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(50_000):  # more than None's whole natural count on 3.11
        thing.setObjectName("clerk")
    assert sys.getrefcount(None) > 1_000_000 or sys.version_info >= (3, 12)
    assert sys.getrefcount(None) <= before or sys.version_info >= (3, 12)
