"""The main window's care of the vault itself: Back up…, Restore from a backup…, and
Forms and versions…. A mixin of :class:`~lintas.gui.office_actions.OfficeActions`
(the same window attributes), kept apart so that each module stays one concept.
Its strings keep the "MainWindow" translation context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from lintas.gui.dialogs.backup import BackupDialog

BACKUP_FOLDER = "backup/folder"  # where the last backup went (a folder, not a person's data)


class BackupActions:
    def _build_backup_actions(self, vault_menu: Any) -> None:
        self.backup_action = self._action(
            vault_menu, QCoreApplication.translate("MainWindow", "&Back up…"), self.back_up
        )

    def back_up(self) -> BackupDialog | None:
        """Any user may back up (the core lets every role); the copy is audited."""
        if not self.session.is_open:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Unlock a vault to back it up."), 8000
            )
            return None
        folder = str(self.settings.value(BACKUP_FOLDER, "") or "")
        dialog = BackupDialog(self.session, self, Path(folder) if folder else None)
        dialog.saved.connect(
            lambda path: self.settings.setValue(BACKUP_FOLDER, str(Path(path).parent))
        )
        dialog.outcome.connect(lambda text: self.statusBar().showMessage(text, 20000))
        return self._open_dialog(dialog)
