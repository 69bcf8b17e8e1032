"""New interview: pick an installed form (or resume a draft); supervisors install forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lintas.gui.exchange.key_warning import key_warning
from lintas.gui.progress_dialog import ProgressDialog
from lintas.gui.session import Session

STANDARD_FORM_ID = "asean_mw_survey"  # forms/asean_migrant_worker_survey.xlsx


def preselected(form_ids: list[str], last_form: str | None) -> int:
    """The row to preselect: the newest version of the form this user used last, else
    of the standard survey, else the last row (forms are listed by id, then install time)."""
    for wanted in (last_form, STANDARD_FORM_ID):
        rows = [row for row, form_id in enumerate(form_ids) if form_id == wanted]
        if rows:
            return rows[-1]
    return len(form_ids) - 1


class NewInterviewPage(QWidget):
    """Emits ``start_requested(form_id, version, draft_uuid_or_empty)``."""

    start_requested = Signal(str, str, str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("New interview"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        # Shown while the office has no regional key from its hub (exchange.key_warning).
        self.key_warning = QLabel()
        self.key_warning.setProperty("role", "warning")
        self.key_warning.setWordWrap(True)
        self.key_warning.hide()
        layout.addWidget(self.key_warning)
        layout.addWidget(QLabel(self.tr("Pick a form and press Enter to start.")))
        self.forms = QListWidget()
        self.forms.itemActivated.connect(lambda _item: self.start())
        layout.addWidget(self.forms, 2)
        buttons = QHBoxLayout()
        self.install_button = QPushButton(self.tr("Install a form…"))
        self.install_button.clicked.connect(self.choose_form_file)
        buttons.addWidget(self.install_button)
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("Start interview"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        drafts_title = QLabel(self.tr("Drafts waiting (press Enter to resume)"))
        drafts_title.setProperty("role", "sectionTitle")
        layout.addWidget(drafts_title)
        self.drafts = QListWidget()
        self.drafts.itemActivated.connect(self._resume)
        layout.addWidget(self.drafts, 1)
        self.message = QLabel()
        self.message.setProperty("role", "problem")
        layout.addWidget(self.message)

    def first_control(self) -> QWidget:
        return self.forms

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        self.install_button.setVisible(self.session.is_supervisor)
        user = self.session.user

        def read(vault: Any) -> tuple[list, list, str | None]:
            last = vault.last_form_of(user) if user else None
            return vault.forms(), vault.submissions(status="draft", user=user), last

        forms, drafts, last_form = self.session.call(read)
        warning = self.session.call(key_warning)
        self.key_warning.setText(warning)
        self.key_warning.setVisible(bool(warning))
        self.forms.clear()
        for installed in forms:
            item = QListWidgetItem(
                f"{installed.title}  ·  {installed.form_id} v{installed.version}"
            )
            item.setData(Qt.ItemDataRole.UserRole, (installed.form_id, installed.version))
            self.forms.addItem(item)
        if self.forms.count():
            self.forms.setCurrentRow(preselected([f.form_id for f in forms], last_form))
        self.drafts.clear()
        for draft in drafts:
            text = self.tr("{form} · started {when}").replace("{form}", draft.form_id)
            item = QListWidgetItem(
                text.replace("{when}", str(draft.created_at)[:16].replace("T", " "))
            )
            item.setData(Qt.ItemDataRole.UserRole, (draft.form_id, draft.form_version, draft.uuid))
            self.drafts.addItem(item)

    def start(self) -> None:
        item = self.forms.currentItem()
        if item is None:
            self.message.setText(self.tr("No form is installed yet. A supervisor installs one."))
            return
        form_id, version = item.data(Qt.ItemDataRole.UserRole)
        self.start_requested.emit(form_id, version, "")

    def _resume(self, item: QListWidgetItem) -> None:
        form_id, version, uuid = item.data(Qt.ItemDataRole.UserRole)
        self.start_requested.emit(form_id, version, uuid)

    def choose_form_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install a form"), "", self.tr("XLSForm (*.xlsx *.xls *.md)")
        )
        if path:
            self.install(Path(path))

    def install(self, path: Path) -> None:
        """Read and check the form in the worker (big forms take a while), then refresh."""

        def work(vault: Any, progress: Any) -> Any:
            progress(0, 0, self.tr("Reading {name}…").replace("{name}", path.name))
            return vault.install_form(path.read_bytes(), filename=path.name, progress=progress)

        operation = self.session.run(
            work, on_success=self._installed, on_failure=self._failed, changes_vault=True
        )
        ProgressDialog(operation, self.tr("Installing the form"), self)

    def _installed(self, form: Any) -> None:
        # Replaces the red message of an earlier failed install.
        text = self.tr("Installed: {title}, version {version}.")
        title, version = getattr(form, "title", ""), getattr(form, "version", "")
        self._say(text.replace("{title}", title).replace("{version}", str(version)), "done")
        self.refresh()

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _failed(self, message: str) -> None:
        self._say(message, "problem")
        QMessageBox.warning(self, self.tr("The form was not installed"), message)
