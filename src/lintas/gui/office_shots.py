"""More screens for ``lintas screenshots`` (issue 10): the menus, the type-ahead popup on a
long list, the focus frame on a radio question, and the backup, restore and forms
dialogs. Nothing is written to the demo vault: the backup and restore dialogs are shown
as they read after their work, with their summaries filled in, and the interview is
never saved.

Menus and the type-ahead list are windows of their own (a popup, a tool tip), which a
grab of the main window leaves out, so they are drawn over it where they stand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from lintas.gui.dialogs.backup import BackupDialog, backup_name
from lintas.gui.dialogs.form_versions import FormVersionsDialog
from lintas.gui.dialogs.restore import RestoreDialog

STANDARD_FORM_ID = "asean_mw_survey"
# Answers that make the ISIC question apply in the standard survey (its skips).
OPENING = {"consent": "yes", "flow_type": "inbound", "age_years": 30, "has_job": "yes"}


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a clerk would.

    Not QtTest's keyClicks: the frozen build leaves QtTest out (build.spec), and the
    screenshots must run there too (.ci/freeze-smoke).
    """
    for char in text:
        key = Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def with_popup(window: QWidget, popup: QWidget) -> Any:
    """The window's picture with ``popup`` (a window of its own) drawn where it is."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.grab())
    painter.end()
    return picture


def office_steps(shooter: Any, settle: Callable[..., None]) -> list[Callable[[], None]]:
    window = shooter.window
    session = window.session

    def menus() -> None:
        bar = window.menuBar()
        for action, name in ((bar.actions()[0], "menu-vault"), (bar.actions()[1], "menu-office")):
            menu = action.menu()
            menu.popup(window.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
            settle(0.3)
            shooter._save(with_popup(window, menu), name)
            menu.hide()
            settle()

    def entry_shots() -> None:
        versions = session.call(lambda vault: [f.form_id for f in vault.forms()])
        if STANDARD_FORM_ID not in versions:
            return
        form = session.call(lambda vault: vault.form(STANDARD_FORM_ID))
        page = window.open_interview(form)
        settle(0.3)
        entry = page.entry
        for name, value in OPENING.items():
            if name in entry.fields:
                entry._on_committed(name, value)
        settle(0.2)
        radio = entry.fields.get("flow_type")
        if radio is not None:  # the amber frame on a radio-button question
            entry.jump_to(radio.address)
            entry.focus_field(radio)
            settle(0.3)
            shooter.window_shot("radio-focus")
        industry = entry.fields.get("industry")
        if industry is not None and not industry.isHidden():
            entry.jump_to(industry.address)
            entry.focus_field(industry)
            settle(0.3)
            type_text(industry.focus_target(), "tra")
            settle(0.4)
            matches = getattr(industry, "matches", None)
            if matches is not None and matches.isVisible():
                shooter._save(with_popup(window, matches), "type-ahead")
                matches.hide()
        entry.dirty = False  # screenshots never save into the demo vault
        entry.autosave.stop()
        window._close_interview(page)
        settle()

    def backup() -> None:
        dialog = BackupDialog(session, window, Path.home())
        folder = Path("/media/usb") / backup_name(session.office)
        dialog.path_row.edit.setText(str(folder))
        dialog._done(folder)  # as it reads after a backup (none is made of the demo vault)
        shooter.dialog_shot("backup", dialog)

    def restore() -> None:
        dialog = RestoreDialog(session, window)
        source = Path("/media/usb") / backup_name(session.office)
        target = Path.home() / "Lintas" / f"restored-vault-{time.strftime('%Y-%m-%d')}"
        dialog.source_row.edit.setText(str(source))
        dialog.target_row.edit.setText(str(target))
        dialog._done(target)  # as it reads after a restore (nothing is copied here)
        shooter.dialog_shot("restore", dialog)

    return [
        menus,
        entry_shots,
        backup,
        restore,
        lambda: shooter.dialog_shot("forms-and-versions", FormVersionsDialog(session, window)),
    ]
