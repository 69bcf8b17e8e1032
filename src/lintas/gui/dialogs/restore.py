"""Vault → Restore from a backup…: copy a backup folder into a new folder, then offer to
unlock it there.

A restore never writes over a vault (the core refuses a folder that is not new or
empty, so the vault in use stays as it is), and what can be checked of a backup without
its passphrase is checked before anything is copied (lintas.vault.restore.check_backup):
a wrong or damaged backup is refused with the reason and nothing is written. The copy
runs on the worker thread with a progress bar and Cancel, as a backup does.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from lintas.gui.exchange.common import PathRow
from lintas.gui.exchange.transfer import TransferDialog, relabel
from lintas.gui.operations import Operation
from lintas.gui.session import Session


def restore(source: Path, destination: Path, progress: Any) -> Path:
    """The core's restore (worker thread)."""
    from lintas.vault import restore_backup  # the GUI uses the vault only through its API

    return restore_backup(source, destination, progress=progress)


class RestoreDialog(TransferDialog):
    """The backup folder and a new folder for the copy; Restore copies it, and then
    **Unlock the restored vault…** asks the window to open it (``unlock_requested``)."""

    outcome = Signal(str)  # the sentence for the window's status bar
    unlock_requested = Signal(str)  # the restored vault's folder

    def __init__(
        self, session: Session, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(session, self.tr("Restore from a backup"), self.tr("&Restore"), parent)
        hint = QLabel(
            self.tr(
                "A restore copies a backup into a new folder, where it is then unlocked. It "
                "never writes over a vault: the vault in use stays as it is. Unlock the "
                "restored vault with the passphrases or recovery key of the backup."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.body.addWidget(hint)
        source_caption = QLabel(self.tr("&Backup folder:"))
        self.body.addWidget(source_caption)
        self.source_row = PathRow(
            self, self.tr("Choose the backup folder"), save=False, folder=True
        )
        source_caption.setBuddy(self.source_row.edit)
        self.body.addLayout(self.source_row)
        target_caption = QLabel(self.tr("Restore &into (a new folder):"))
        self.body.addWidget(target_caption)
        self.target_row = PathRow(self, self.tr("Restore into"), save=True)
        target_caption.setBuddy(self.target_row.edit)
        self.body.addLayout(self.target_row)
        start = folder if folder is not None and folder.is_dir() else Path.home()
        self.source_row.edit.setText(str(start))
        home = Path.home() / "Lintas"
        self.target_row.edit.setText(str(home / f"restored-vault-{time.strftime('%Y-%m-%d')}"))
        self.unlock_button = QPushButton(self.tr("&Unlock the restored vault…"))
        self.unlock_button.setVisible(False)
        self.unlock_button.clicked.connect(self._unlock)
        self.buttons.insertWidget(1, self.unlock_button)
        self.restored: Path | None = None
        self.action_button.clicked.connect(self.restore)
        self.target_row.edit.returnPressed.connect(self.restore)
        self.summary.setPlainText("")
        self.resize(720, 420)
        self.source_row.edit.setFocus()

    def problem(self, source: Path, target: Path) -> str:
        """What is wrong before any work starts ("" when nothing is)."""
        if not self.source_row.path:
            return self.tr("Choose the backup folder (Choose… or type its path).")
        if not self.target_row.path:
            return self.tr("Say which new folder the backup is restored into.")
        in_use = self.session.path
        if in_use is not None and target.resolve() == Path(in_use).resolve():
            return self.tr(
                "{path} is the vault in use. A restore never writes over a vault: choose a "
                "new folder."
            ).replace("{path}", str(target))
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            return self.tr(
                "{path} exists already. A restore never writes over it: choose a new folder name."
            ).replace("{path}", str(target))
        return ""

    def restore(self) -> Operation | None:
        source = Path(self.source_row.path).expanduser()
        target = Path(self.target_row.path).expanduser()
        problem = self.problem(source, target)
        if problem:
            self.finish(problem)
            return None
        self.restored = None
        self.unlock_button.setVisible(False)
        label = self.tr("Copying the backup…")
        operation = self.start(
            lambda progress: restore(source, target, relabel(progress, label)),
            self.tr("Restoring"),
            self._done,
            vault=False,
        )
        operation.cancelled.connect(
            lambda: self.finish(self.tr("Restore cancelled. Nothing was copied."))
        )
        return operation

    def finish(self, text: str) -> None:
        super().finish(text)
        self.outcome.emit(text)

    def _done(self, path: Path) -> None:
        self.restored = Path(path)
        self.finish(
            self.tr(
                "The backup is restored in {path}. Unlock it with the passphrase or recovery "
                "key of the backup; the vault in use was not changed."
            ).replace("{path}", str(path))
        )
        self.unlock_button.setVisible(True)
        self.unlock_button.setDefault(True)
        self.unlock_button.setFocus()

    def _unlock(self) -> None:
        if self.restored is not None:
            self.unlock_requested.emit(str(self.restored))
