"""Office administration: passphrases, users and roles, auto-lock.

The privacy report is in lintas.gui.dialogs.privacy_report.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem, QWidget

from lintas.gui.dialogs.base import HeldDialog, wire_strength
from lintas.gui.session import Session

ROLES = ("enumerator", "supervisor")


class ChangePassphraseDialog(HeldDialog):
    """Change your own passphrase; the data is not re-encrypted (a key slot is rewritten)."""

    ui_name = "change_passphrase"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        form = self.form
        form.userLabel.setText(self.tr("User: {user}").replace("{user}", session.user or ""))
        form.cancelButton.clicked.connect(self.reject)
        form.changeButton.clicked.connect(self.change)
        wire_strength(form.newEdit, form.strengthBar, form.strengthLabel)
        form.currentEdit.setFocus()

    def change(self) -> None:
        form = self.form
        if form.newEdit.text() != form.confirmEdit.text():
            self.show_error(self.tr("The two new passphrases differ. Type them again."))
            return
        old, new = form.currentEdit.text(), form.newEdit.text()
        self.busy()
        self.session.run(
            lambda vault, _p: vault.change_passphrase(new, old_passphrase=old),
            on_success=lambda _r: self._done(),
            on_failure=self.show_error,
        )

    def _done(self) -> None:
        for edit in (self.form.currentEdit, self.form.newEdit, self.form.confirmEdit):
            edit.clear()
        self.setEnabled(True)
        self.accept()


class UsersDialog(HeldDialog):
    """List users with their roles; supervisors add and remove them."""

    ui_name = "users"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        form = self.form
        form.usersTable.setColumnCount(3)
        form.usersTable.setHorizontalHeaderLabels(
            [self.tr("User"), self.tr("Role"), self.tr("Added")]
        )
        form.usersTable.horizontalHeader().setStretchLastSection(True)
        form.usersTable.verticalHeader().hide()
        form.usersTable.setEditTriggers(form.usersTable.EditTrigger.NoEditTriggers)
        for role in ROLES:
            form.roleCombo.addItem(self.role_text(role), role)
        form.addButton.clicked.connect(self.add)
        form.removeButton.clicked.connect(self.remove)
        form.closeButton.clicked.connect(self.accept)
        can_manage = session.is_supervisor
        form.addBox.setEnabled(can_manage)
        form.removeButton.setEnabled(can_manage)
        if not can_manage:  # greyed out, and says why
            why = self.tr("Only a supervisor can add or remove users.")
            form.addBox.setToolTip(why)
            form.removeButton.setToolTip(why)
        self.reload()

    def role_text(self, role: str) -> str:
        return {"enumerator": self.tr("Enumerator"), "supervisor": self.tr("Supervisor")}.get(
            role, role
        )

    def reload(self) -> None:
        users = self.session.call(lambda vault: vault.users())
        table = self.form.usersTable
        table.setRowCount(len(users))
        for row, user in enumerate(users):
            table.setItem(row, 0, QTableWidgetItem(user.name))
            table.setItem(row, 1, QTableWidgetItem(self.role_text(user.role)))
            table.setItem(row, 2, QTableWidgetItem(str(user.created_at)[:10]))
        table.resizeColumnsToContents()

    def add(self) -> None:
        form = self.form
        name, passphrase = form.nameEdit.text().strip(), form.passphraseEdit.text()
        role = form.roleCombo.currentData()
        self.busy()
        self.session.run(
            lambda vault, _p: vault.add_user(name, passphrase, role=role),
            on_success=lambda _r: self._changed(),
            on_failure=self.show_error,
            changes_vault=True,
        )

    def remove(self) -> None:
        row = self.form.usersTable.currentRow()
        if row < 0:
            self.show_error(self.tr("Select the user to remove first."))
            return
        name = self.form.usersTable.item(row, 0).text()
        self.busy()
        self.session.run(
            lambda vault, _p: vault.remove_user(name),
            on_success=lambda _r: self._changed(),
            on_failure=self.show_error,
            changes_vault=True,
        )

    def _changed(self) -> None:
        self.form.nameEdit.clear()
        self.form.passphraseEdit.clear()
        self.setEnabled(True)
        self.form.errorLabel.clear()
        self.reload()


class AutoLockDialog(HeldDialog):
    """How many idle minutes before the vault locks (kept in the app's settings).

    ``limit`` is the vault's longest delay (0: none), which a supervisor sets here for
    every user; a user may only choose a shorter delay, and not "off" under a limit.
    """

    ui_name = "autolock"

    def __init__(
        self,
        minutes: float,
        parent: QWidget | None = None,
        *,
        limit: int = 0,
        supervisor: bool = False,
    ):
        super().__init__(parent)
        form = self.form
        form.enabledCheck.setChecked(minutes > 0)
        form.minutesSpin.setValue(int(minutes) if minutes > 0 else 5)
        form.enabledCheck.toggled.connect(lambda _on: self._apply_limit())
        form.limitSpin.setValue(limit)
        form.limitSpin.valueChanged.connect(lambda _value: self._apply_limit())
        form.limitCaption.setVisible(supervisor)
        form.limitSpin.setVisible(supervisor)
        form.cancelButton.clicked.connect(self.reject)
        form.saveButton.clicked.connect(self.accept)
        self._apply_limit()

    def _apply_limit(self) -> None:
        form = self.form
        limit = self.limit
        if limit > 0:
            form.enabledCheck.setChecked(True)
            form.minutesSpin.setMaximum(limit)
            form.limitLabel.setText(
                self.tr(
                    "The longest delay for this vault is {minutes} minutes, set by a "
                    "supervisor. You can choose a shorter one."
                ).replace("{minutes}", str(limit))
            )
        else:
            form.minutesSpin.setMaximum(240)
            form.limitLabel.setText("")
        form.enabledCheck.setEnabled(limit == 0)
        form.minutesSpin.setEnabled(form.enabledCheck.isChecked())
        form.limitLabel.setVisible(limit > 0)

    @property
    def limit(self) -> int:
        return self.form.limitSpin.value()

    @property
    def minutes(self) -> int:
        return self.form.minutesSpin.value() if self.form.enabledCheck.isChecked() else 0
