"""The desktop app's hook for unexpected errors: a sentence for the clerk, no data in the log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from lintas.gui.errors import install_error_hook

MARKER = "ANSWER-MARKER-Mae-La-camp"


def test_hook_shows_a_sentence_and_logs_no_answers(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    # The real box is modal; record what it would say instead of blocking the test.
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setenv("LINTAS_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_hook()
    try:
        raise KeyError(MARKER)
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and MARKER not in shown[0] and "Saved interviews are safe" in shown[0]
    log = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "builtins.KeyError" in log and MARKER not in log
