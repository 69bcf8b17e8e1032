"""Auto-lock: watch for key presses and clicks anywhere; lock after a quiet spell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without user input (0 switches it off)."""

    idle = Signal()

    def __init__(self, minutes: float = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def minutes(self) -> float:
        return self._minutes

    def set_minutes(self, minutes: float) -> None:
        self._minutes = minutes
        self.restart()

    def restart(self) -> None:
        if self._minutes > 0:
            self._timer.start(int(self._minutes * 60_000))
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


def effective_minutes(chosen: float, limit: int) -> float:
    """The delay in force: the user's choice, never longer than the vault's limit.

    ``limit`` 0 means no limit; under a limit, "off" (0) gives the limit itself.
    """
    if limit <= 0:
        return chosen
    return limit if chosen <= 0 else min(chosen, limit)
