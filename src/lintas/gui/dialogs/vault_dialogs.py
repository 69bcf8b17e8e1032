"""Create, unlock and recover a vault: the dialogs a person meets before any data."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from lintas.gui.dialogs.base import HeldDialog, wire_strength
from lintas.gui.session import Session, vault_class


class CreateVaultDialog(HeldDialog):
    """Office, first supervisor, passphrase; on success ``recovery_key`` holds the key."""

    ui_name = "create_vault"

    def __init__(self, session: Session, default_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.recovery_key: str | None = None
        form = self.form
        form.pathEdit.setText(str(default_path))
        form.browseButton.clicked.connect(self._browse)
        form.cancelButton.clicked.connect(self.reject)
        form.createButton.clicked.connect(self.create)
        wire_strength(form.passphraseEdit, form.strengthBar, form.strengthLabel)
        form.officeEdit.setFocus()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new vault"))
        if folder:
            self.form.pathEdit.setText(str(Path(folder) / "lintas-vault"))

    def problem(self) -> str | None:
        """What stops the vault from being created, in words for the person typing."""
        form = self.form
        if not form.pathEdit.text().strip():
            return self.tr("Choose where to keep the vault.")
        if Path(form.pathEdit.text().strip()).expanduser().exists():
            return self.tr("Something already exists there. Choose a new folder name.")
        if not form.officeEdit.text().strip():
            return self.tr("Type the office name.")
        if not form.userEdit.text().strip():
            return self.tr("Type the supervisor's user name.")
        if form.passphraseEdit.text() != form.confirmEdit.text():
            return self.tr("The two passphrases differ. Type them again.")
        return None

    def create(self) -> None:
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        form = self.form
        self.busy()
        self.session.create(
            Path(form.pathEdit.text().strip()).expanduser(),
            form.officeEdit.text().strip(),
            form.userEdit.text().strip(),
            form.passphraseEdit.text(),
            on_success=self._created,
            on_failure=self.show_error,
        )

    def _created(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key
        self.form.passphraseEdit.clear()
        self.form.confirmEdit.clear()
        self.setEnabled(True)
        self.accept()


class UnlockDialog(HeldDialog):
    """Pick a user, type the passphrase. A failure says why and changes nothing."""

    ui_name = "unlock"

    def __init__(
        self,
        session: Session,
        path: Path,
        users: list[str],
        last_user: str | None = None,
        parent: QWidget | None = None,
        *,
        remembered: tuple[str, ...] | list[str] = (),
    ):
        super().__init__(parent)
        self.session = session
        self.path = Path(path)
        self.wants_recovery = False
        form = self.form
        form.vaultLabel.setText(self.tr("Vault: {path}").replace("{path}", str(self.path)))
        form.userCombo.addItems(users)
        if last_user:
            form.userCombo.setCurrentText(last_user)
        # Off unless this user chose it before: names stay out of the settings file.
        self.remembered = set(remembered)
        form.userCombo.currentTextChanged.connect(self._show_remembered)
        self._show_remembered(form.userCombo.currentText())
        form.unlockButton.clicked.connect(self.unlock)
        form.cancelButton.clicked.connect(self._cancel)
        form.recoverButton.clicked.connect(self._recover)
        form.passphraseEdit.returnPressed.connect(self.unlock)
        form.passphraseEdit.setFocus()
        # After wrong passphrases the core delays the next try for that user; the delay
        # runs from the last failure, so it is counted down here, and the try starts
        # when it is over. Escape stops the wait without trying.
        self.waiting = False  # Unlock was pressed during the countdown
        self._message = ""  # the last failure's message, shown above the countdown
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._count_down)
        form.userCombo.currentTextChanged.connect(lambda _user: self._count_down())

    def _show_remembered(self, user: str) -> None:
        self.form.rememberCheck.setChecked(user.strip() in self.remembered)

    @property
    def user(self) -> str:
        return self.form.userCombo.currentText().strip()

    @property
    def remember(self) -> bool:
        """The user chose to have their name and this vault kept on this computer."""
        return self.form.rememberCheck.isChecked()

    def unlock(self) -> None:
        user = self.user
        if not user:
            self.show_error(self.tr("Pick your user name."))
            return
        if self.session.unlock_wait(self.path, user) > 0:
            self._wait()
            return
        self._attempt()

    def _attempt(self) -> None:
        self.waiting = False
        self._tick.stop()
        self._enable_inputs(True)
        self.busy()
        self.session.open(
            self.path,
            self.user,
            self.form.passphraseEdit.text(),
            on_success=self._opened,
            on_failure=self._failed,
        )

    # -- the wait after wrong passphrases ----------------------------------------------
    def _wait(self) -> None:
        self.waiting = True
        self._enable_inputs(False)
        self.form.cancelButton.setFocus()
        self._count_down()

    def stop_waiting(self) -> None:
        """Escape (or Cancel) during the wait: nothing is tried, the dialog stays."""
        self.waiting = False
        self._message = self.tr("Stopped waiting: nothing was tried.")
        self._enable_inputs(True)
        self.form.passphraseEdit.setFocus()
        self._count_down()

    def _count_down(self) -> None:
        left = self.session.unlock_wait(self.path, self.user) if self.user else 0.0
        if left <= 0:
            self._tick.stop()
            if self.waiting:
                self._attempt()
            elif self._message:
                self.form.errorLabel.setText(self._message)
            return
        seconds = str(math.ceil(left))
        if self.waiting:
            text = self.tr(
                "Lintas tries in {seconds} s, because of wrong passphrases typed for this "
                "user. Press Escape to stop waiting."
            )
        else:
            text = self.tr(
                "Because of wrong passphrases, the next try for this user can start in {seconds} s."
            )
        lines = [self._message] if self._message else []
        self.form.errorLabel.setText("\n".join([*lines, text.replace("{seconds}", seconds)]))
        if not self._tick.isActive():
            self._tick.start()

    def _enable_inputs(self, enabled: bool) -> None:
        form = self.form
        for widget in (
            form.userCombo,
            form.passphraseEdit,
            form.rememberCheck,
            form.unlockButton,
            form.recoverButton,
        ):
            widget.setEnabled(enabled)

    def _cancel(self) -> None:
        if self.waiting:
            self.stop_waiting()
        else:
            self.reject()

    def keyPressEvent(self, event: Any) -> None:
        if self.waiting and event.key() == Qt.Key.Key_Escape:
            self.stop_waiting()
            event.accept()
            return
        if self.waiting and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The Enter that started the wait reaches the dialog after the passphrase
            # field: it must not press the (now focused) Cancel button.
            event.accept()
            return
        super().keyPressEvent(event)

    def _opened(self, _result: Any) -> None:
        self._tick.stop()
        self.form.passphraseEdit.clear()
        self.setEnabled(True)
        self.accept()

    def _failed(self, message: str) -> None:
        self._message = message
        self.show_error(message)
        self.form.passphraseEdit.selectAll()
        self.form.passphraseEdit.setFocus()
        self._count_down()  # shows how long the next try for this user waits, if at all

    def _recover(self) -> None:
        self.wants_recovery = True
        self.reject()


class RecoverDialog(HeldDialog):
    """Open with the recovery key and set a new passphrase for a user."""

    ui_name = "recover"

    def __init__(self, session: Session, path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        form = self.form
        form.pathEdit.setText(str(path or ""))
        form.browseButton.clicked.connect(self._browse)
        form.cancelButton.clicked.connect(self.reject)
        form.recoverButton.clicked.connect(self.recover)
        wire_strength(form.newEdit, form.strengthBar, form.strengthLabel)
        form.keyEdit.setFocus()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The vault folder"))
        if folder:
            self.form.pathEdit.setText(folder)

    def recover(self) -> None:
        form = self.form
        if form.newEdit.text() != form.confirmEdit.text():
            self.show_error(self.tr("The two passphrases differ. Type them again."))
            return
        path = Path(form.pathEdit.text().strip()).expanduser()
        key, user, new = form.keyEdit.text(), form.userEdit.text().strip(), form.newEdit.text()

        def work(_progress: Any) -> None:
            vault = vault_class().open_with_recovery_key(path, key)
            try:
                vault.change_passphrase(new, user=user)
            finally:
                vault.close()

        self.busy()
        self.session.operations.start(
            work, on_success=lambda _r: self._done(), on_failure=self.show_error
        )

    def _done(self) -> None:
        self.setEnabled(True)
        self.accept()
