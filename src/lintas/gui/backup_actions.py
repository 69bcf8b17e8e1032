"""The main window's care of the vault itself: Back up…, Restore from a backup…, and
Forms and versions…. A mixin of :class:`~lintas.gui.office_actions.OfficeActions`
(the same window attributes), kept apart so that each module stays one concept.
Its strings keep the "MainWindow" translation context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from lintas.gui.dialogs.backup import BackupDialog
from lintas.gui.dialogs.form_versions import FormVersionsDialog
from lintas.gui.dialogs.restore import RestoreDialog

BACKUP_FOLDER = "backup/folder"  # where the last backup went (a folder, not a person's data)


class BackupActions:
    def _build_backup_actions(self, vault_menu: Any) -> None:
        self.backup_action = self._action(
            vault_menu, QCoreApplication.translate("MainWindow", "&Back up…"), self.back_up
        )
        self.home.backup_requested.connect(self.back_up)  # the Home page's reminder
        self.restore_action = self._action(
            vault_menu,
            QCoreApplication.translate("MainWindow", "&Restore from a backup…"),
            self.restore_backup,
        )

    def _build_forms_action(self, office_menu: Any) -> None:
        self.forms_action = self._action(
            office_menu,
            QCoreApplication.translate("MainWindow", "&Forms and versions…"),
            self.show_form_versions,
        )

    def show_form_versions(self) -> FormVersionsDialog | None:
        """Every user may see them (reading; installing stays the supervisors')."""
        if not self.session.is_open:
            return None
        return self._open_dialog(FormVersionsDialog(self.session, self))

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

    def restore_backup(self) -> RestoreDialog:
        """Open to everyone, with or without a vault open: a restore writes only a new
        folder, and the restored vault asks for its own passphrase."""
        folder = str(self.settings.value(BACKUP_FOLDER, "") or "")
        dialog = RestoreDialog(self.session, self, Path(folder) if folder else None)
        dialog.outcome.connect(lambda text: self.statusBar().showMessage(text, 20000))
        dialog.unlock_requested.connect(lambda path: self.open_restored(dialog, Path(path)))
        return self._open_dialog(dialog)

    def open_restored(self, dialog: RestoreDialog, path: Path) -> Any:
        """The unlock dialog for the restored vault. An interview of the vault in use is
        saved as its user's draft and closed first: it must never go on into the
        restored vault. The vault in use stays open until the restored one opens."""
        dialog.accept()
        user = self.session.user or ""  # in memory already, as after a lock: not kept on disk
        if self.interview is not None:
            if self.session.is_open and self.interview.entry.dirty:
                self.interview.save("draft")
                self.session.operations.wait(10_000)
            self._close_interview(self.interview)
        return self.unlock(path, user=user)
