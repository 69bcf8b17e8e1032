"""Vault → Back up…: an encrypted copy of the open vault in a new folder, with progress.

Built on the exchange screens' frame (a path row, the main button, a summary in plain
words, the copy on the worker thread with a progress bar and Cancel). The core makes the
copy in a hidden folder and renames it into place only when it is whole, so a cancelled,
full or read-only destination leaves nothing that looks like a backup.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from lintas.gui.exchange.common import PathRow
from lintas.gui.exchange.transfer import TransferDialog, relabel
from lintas.gui.operations import Operation
from lintas.gui.session import Session


def backup_name(office: str, day: str | None = None) -> str:
    """'lintas-backup-Mae-Sot-2026-12-03': the office and the date, safe as a folder name."""
    safe = re.sub(r"[^\w-]+", "-", office, flags=re.UNICODE).strip("-")
    day = day or time.strftime("%Y-%m-%d")
    return "-".join(part for part in ("lintas-backup", safe, day) if part)


class BackupDialog(TransferDialog):
    """Where the backup goes (a new folder); Back up makes it. ``outcome`` carries the
    sentence for the window's status bar: where it went, or why there is none."""

    outcome = Signal(str)
    saved = Signal(str)  # the backup's folder

    def __init__(
        self, session: Session, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(session, self.tr("Back up the vault"), self.tr("&Back up"), parent)
        hint = QLabel(
            self.tr(
                "A backup is an encrypted copy of the whole vault, in a new folder. It opens "
                "with the same passphrases and recovery key. Keep it on a USB stick or another "
                "disk, away from this computer."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.body.addWidget(hint)
        caption = QLabel(self.tr("Save the backup &as (a new folder):"))
        self.body.addWidget(caption)
        self.path_row = PathRow(self, self.tr("Save the backup as"), save=True)
        caption.setBuddy(self.path_row.edit)
        self.body.addLayout(self.path_row)
        start = folder if folder is not None and folder.is_dir() else Path.home()
        self.path_row.edit.setText(str(start / backup_name(session.office)))
        self.path_row.edit.returnPressed.connect(self.back_up)
        self.body.addLayout(self._reminder_row())
        self.action_button.clicked.connect(self.back_up)
        self.summary.setPlainText("")
        self.resize(720, 360)
        self.path_row.edit.setFocus()

    def _reminder_row(self) -> QHBoxLayout:
        """The office's reminder interval: a vault setting only a supervisor changes
        (vault.set_backup_reminder_days); everyone sees it."""
        row = QHBoxLayout()
        caption = QLabel(
            self.tr("&Remind on Home after this many days without a backup (0: never):")
        )
        caption.setWordWrap(True)
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 90)
        self.reminder_days.setValue(self.session.call(lambda vault: vault.backup_reminder_days()))
        caption.setBuddy(self.reminder_days)
        self.reminder_button = QPushButton(self.tr("Sa&ve the reminder"))
        self.reminder_button.clicked.connect(self.save_reminder)
        row.addWidget(caption, 1)
        row.addWidget(self.reminder_days)
        row.addWidget(self.reminder_button)
        supervisor = self.session.is_supervisor
        self.reminder_days.setEnabled(supervisor)
        self.reminder_button.setEnabled(supervisor)
        if not supervisor:  # greyed out, and says why
            why = self.tr("Only a supervisor can change the backup reminder.")
            self.reminder_days.setToolTip(why)
            self.reminder_button.setToolTip(why)
        return row

    def save_reminder(self) -> Operation:
        days = self.reminder_days.value()
        done = (
            self.tr("The backup reminder is off.")
            if days == 0
            else self.tr("The backup reminder is saved for every user of this vault.")
        )
        return self.session.run(
            lambda vault, _progress: vault.set_backup_reminder_days(days),
            on_success=lambda _result: self.finish(done),
            on_failure=self.finish,
            changes_vault=True,  # Home shows or drops its reminder
        )

    def back_up(self) -> Operation | None:
        out = self.path_row.path
        if not out:
            self.finish(self.tr("Say where to save the backup."))
            return None
        path = Path(out).expanduser()
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            self.finish(
                self.tr("{path} exists already. Choose a new folder name.").replace(
                    "{path}", str(path)
                )
            )
            return None
        label = self.tr("Copying the vault…")
        operation = self.start(
            lambda vault, progress: vault.backup(path, progress=relabel(progress, label)),
            self.tr("Backing up"),
            self._done,
        )
        # After the frame's own "Cancelled", so that this sentence is the one shown.
        operation.cancelled.connect(
            lambda: self.finish(self.tr("Backup cancelled. No copy was left."))
        )
        return operation

    def finish(self, text: str) -> None:
        """Every ending (saved, refused, failed, cancelled) is said here and in the
        window's status bar."""
        super().finish(text)
        self.outcome.emit(text)

    def _done(self, path: Path) -> None:
        self.finish(
            self.tr(
                "The backup is saved in {path}. It opens with the same passphrases and "
                "recovery key."
            ).replace("{path}", str(path))
        )
        self.saved.emit(str(path))
