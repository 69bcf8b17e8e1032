"""The Office and Vault menus of the main window, and the admin dialogs they open.

A mixin of :class:`~lintas.gui.main_window.MainWindow`, kept apart so that each
module stays one concept: the window's pages there, office administration here.
Its strings keep the "MainWindow" translation context (explicit, so that lupdate
and the running app agree). It relies on the window's ``session``, ``settings``,
``idle`` and ``dialog``, and on its ``create_vault``, ``choose_vault`` and ``lock``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from lintas.gui.backup_actions import BackupActions
from lintas.gui.dialogs.admin import (
    AutoLockDialog,
    ChangePassphraseDialog,
    UsersDialog,
)
from lintas.gui.dialogs.export_dialog import ExportDialog
from lintas.gui.dialogs.privacy_report import PrivacyReportDialog
from lintas.gui.exchange.menu import ExchangeMenu


class OfficeActions(BackupActions):
    def _build_menus(self) -> None:
        vault_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Vault"))
        self._action(
            vault_menu, QCoreApplication.translate("MainWindow", "New vault…"), self.create_vault
        )
        self._action(
            vault_menu, QCoreApplication.translate("MainWindow", "Open vault…"), self.choose_vault
        )
        self._action(
            vault_menu, QCoreApplication.translate("MainWindow", "Lock now"), self.lock, "Ctrl+L"
        )
        vault_menu.addSeparator()
        self._build_backup_actions(vault_menu)  # Back up…, Restore from a backup…
        vault_menu.addSeparator()
        self._action(
            vault_menu,
            QCoreApplication.translate("MainWindow", "Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
        )
        office = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Office"))
        self.users_action = self._action(
            office, QCoreApplication.translate("MainWindow", "Users and roles…"), self.show_users
        )
        self._action(
            office,
            QCoreApplication.translate("MainWindow", "Change my passphrase…"),
            self.change_passphrase,
        )
        self._action(
            office, QCoreApplication.translate("MainWindow", "Auto-lock…"), self.set_autolock
        )
        self.privacy_action = self._action(
            office,
            QCoreApplication.translate("MainWindow", "Privacy report…"),
            self.show_privacy_report,
        )
        self.privacy_action.menu_of = office
        self.export_action = self._action(
            office,
            QCoreApplication.translate("MainWindow", "Export…"),
            self.show_export,
            "Ctrl+Shift+E",  # Ctrl+E edits a record in Records
        )
        self._build_forms_action(office)  # Forms and versions…
        self.exchange = ExchangeMenu(self, office)  # Send, Receive, Receipts, Peers, Conflicts

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu.addAction(action)
        return action

    def _update_admin_actions(self) -> None:
        supervisor = self.session.is_supervisor
        self.privacy_action.setEnabled(supervisor)
        self.privacy_action.setToolTip(
            ""
            if supervisor
            else QCoreApplication.translate(
                "MainWindow", "Only a supervisor can see the privacy report."
            )
        )
        self.export_action.setEnabled(supervisor)
        self.export_action.setToolTip(
            ""
            if supervisor
            else QCoreApplication.translate("MainWindow", "Only a supervisor can export.")
        )
        self.privacy_action.menu_of.setToolTipsVisible(True)  # the reason shows in the menu

    def _open_dialog(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_users(self) -> UsersDialog | None:
        if self.session.is_open:
            return self._open_dialog(UsersDialog(self.session, self))
        return None

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        if self.session.is_open:
            dialog = ChangePassphraseDialog(self.session, self)
            dialog.accepted.connect(
                lambda: self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Passphrase changed."), 8000
                )
            )
            return self._open_dialog(dialog)
        return None

    def set_autolock(self) -> AutoLockDialog:
        supervisor = self.session.is_open and self.session.is_supervisor
        dialog = AutoLockDialog(
            self.autolock_minutes(), self, limit=self.autolock_limit, supervisor=supervisor
        )
        dialog.accepted.connect(lambda: self._save_autolock(dialog.minutes, dialog.limit))
        return self._open_dialog(dialog)

    def _save_autolock(self, minutes: int, limit: int) -> None:
        self.settings.setValue("autolock_minutes", minutes)
        if limit != self.autolock_limit and self.session.is_open and self.session.is_supervisor:
            # The vault's limit, for every user: stored (and audited) in the vault.
            self.session.run(
                lambda vault, _progress: vault.set_autolock_limit(limit),
                on_failure=lambda message: self.statusBar().showMessage(message, 15000),
                changes_vault=True,
            )
            self.autolock_limit = limit
        self.idle.set_minutes(self.autolock_minutes())

    def show_privacy_report(self) -> PrivacyReportDialog | None:
        if not self.session.is_open:
            return None
        forms = self.session.call(lambda vault: [(f.form_id, f.title) for f in vault.forms()])
        return self._open_dialog(PrivacyReportDialog(self.session, sorted(set(forms)), self))

    def show_export(self) -> ExportDialog | None:
        # A supervisor's action; the core refuses an enumerator as well.
        if not self.session.is_open or not self.session.is_supervisor:
            return None
        forms = self.session.call(lambda vault: [(f.form_id, f.title) for f in vault.forms()])
        return self._open_dialog(ExportDialog(self.session, sorted(set(forms)), self))
