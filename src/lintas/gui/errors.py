"""Unexpected errors in the desktop app: a sentence for the clerk, details to the log.

Without this hook PySide6 prints a traceback to the console (which a clerk never
sees, or worse, sees) and the slot silently does nothing.
"""

from __future__ import annotations

import sys
from types import TracebackType

from lintas import errorlog


def install_error_hook() -> None:
    sys.excepthook = _on_unexpected_error


def _on_unexpected_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log = errorlog.write(error.with_traceback(tb), "the desktop app")
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        print(f"lintas: {errorlog.user_message(log)}", file=sys.stderr)
        return
    QMessageBox.warning(
        QApplication.activeWindow(),
        QApplication.translate("errors", "Unexpected problem"),
        errorlog.user_message(log),
    )
