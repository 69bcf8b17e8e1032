"""Create, unlock and recover a vault: the dialogs a person meets before any data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
        form.cancelButton.clicked.connect(self.reject)
        form.recoverButton.clicked.connect(self._recover)
        form.passphraseEdit.returnPressed.connect(self.unlock)
        form.passphraseEdit.setFocus()

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
        user = self.form.userCombo.currentText().strip()
        if not user:
            self.show_error(self.tr("Pick your user name."))
            return
        passphrase = self.form.passphraseEdit.text()
        self.busy()
        self.session.open(
            self.path, user, passphrase, on_success=self._opened, on_failure=self._failed
        )

    def _opened(self, _result: Any) -> None:
        self.form.passphraseEdit.clear()
        self.setEnabled(True)
        self.accept()

    def _failed(self, message: str) -> None:
        self.show_error(message)
        self.form.passphraseEdit.selectAll()
        self.form.passphraseEdit.setFocus()

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
