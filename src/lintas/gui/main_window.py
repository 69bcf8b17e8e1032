"""The main window: a side navigation over pages, and the menus for office work.

Pages are registered with :meth:`MainWindow.add_page`, so export and exchange
screens can join later without touching the others. The window holds no
vault: it has a :class:`Session`, and refreshes its pages on "vault changed".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from lintas.gui.autolock import IdleWatcher, effective_minutes
from lintas.gui.dialogs.history_warning import history_warning_box
from lintas.gui.dialogs.recovery_key import RecoveryKeyDialog
from lintas.gui.dialogs.vault_dialogs import CreateVaultDialog, RecoverDialog, UnlockDialog
from lintas.gui.help_menu import build_help_menu
from lintas.gui.i18n import APP_LANGUAGES, form_language_for
from lintas.gui.language_menu import add_language_menu
from lintas.gui.office_actions import OfficeActions
from lintas.gui.pages.home import HomePage
from lintas.gui.pages.interview import InterviewPage
from lintas.gui.pages.new_interview import NewInterviewPage
from lintas.gui.pages.records import RecordsPage
from lintas.gui.progress_dialog import ProgressDialog
from lintas.gui.remembered import Remembered
from lintas.gui.session import Session
from lintas.gui.shortcuts import PageShortcuts
from lintas.gui.uiloader import load_ui
from lintas.progress import report

DEFAULT_AUTOLOCK_MINUTES = 5
DEFAULT_AUTOLOCK_LIMIT = 30  # as lintas.vault.autolock (the GUI does not import the vault)
USUAL_SIZE = (1366, 768)
DEMO_LAST_USER = "demo/last_user"  # a demo name (public), not a person's: kept without asking
FRAME = (8, 36)  # what a window manager's borders and title bar take, about


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """The usual size, or less so that the frame fits the screen's free area
    (a laptop at 1280×720 or 1366×768 has a panel and a title bar to leave room for)."""
    if area is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, *USUAL_SIZE)
    width = min(USUAL_SIZE[0], area.width() - FRAME[0])
    height = min(USUAL_SIZE[1], area.height() - FRAME[1])
    window.resize(width, height)
    window.move(area.x() + max(0, (area.width() - width - FRAME[0]) // 2), area.y())


class MainWindow(OfficeActions, QMainWindow):
    def __init__(
        self,
        session: Session,
        settings: QSettings,
        app_language: str = "en",
        autosave_seconds: int = 5,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.remembered = Remembered(settings)  # names and vault path, only by choice
        self.app_language = app_language
        self.autosave_seconds = autosave_seconds
        self.interview: InterviewPage | None = None
        self.dialog: Any = None  # the dialog open now, if any
        self.demo_users: tuple[str, ...] = ()  # the demo's public names, while unlocking it
        self.setWindowTitle(self.tr("Lintas"))
        fit_to_screen(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.welcome = self._build_welcome()
        self.stack.addWidget(self.welcome)
        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        self.navigation.currentRowChanged.connect(self._show_page)
        row.addWidget(self.navigation)
        self.pages = QStackedWidget()
        row.addWidget(self.pages, 1)
        self.stack.addWidget(self.workspace)
        # Shown instead of the workspace while locked, so that nothing of the vault
        # (an open interview, the Records table) shows behind the unlock dialog.
        self.locked_screen = QLabel(self.tr("Lintas is locked. Unlock the vault to go on."))
        self.locked_screen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_screen.setProperty("role", "pageTitle")
        self.stack.addWidget(self.locked_screen)
        self.locked_by: str | None = None  # who was working when the vault locked
        self._locking = False  # lock() is waiting for the interview's save
        self.page_keys: list[str] = []
        self.page_shortcuts = PageShortcuts(self)
        self.go_menu = self.page_shortcuts.menu
        self.home = self.add_page("home", self.tr("Home"), HomePage(session, app_language))
        self.new_interview = self.add_page(
            "new", self.tr("New interview"), NewInterviewPage(session)
        )
        self.records = self.add_page("records", self.tr("Records"), RecordsPage(session))
        self.new_interview.start_requested.connect(self.start_interview)
        self.records.edit_requested.connect(self.edit_record)
        self._build_menus()
        self.menuBar().addMenu(self.go_menu)
        add_language_menu(self)
        self.help_dialog: Any = None  # the guide, self-test or About open now, if any
        self.menuBar().addMenu(build_help_menu(self))
        self.home.new_requested.connect(lambda: self.go_to("new"))
        session.operations.vault_changed.connect(self.refresh)
        session.opened.connect(self._on_opened)
        # The vault's longest delay (0: none); the core's default until a vault is open.
        self.autolock_limit = DEFAULT_AUTOLOCK_LIMIT
        self.idle = IdleWatcher(self.autolock_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.stack.setCurrentWidget(self.welcome)

    # -- pages ----------------------------------------------------------------------
    def add_page(self, key: str, title: str, page: Any) -> Any:
        self.page_keys.append(key)
        self.pages.addWidget(page)
        item = QListWidgetItem(title)
        self.navigation.addItem(item)
        self.page_shortcuts.add(key, title, item)
        return page

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self.page_keys.index(key))

    def go_to(self, key: str) -> None:
        """Show a page and put the focus on its first useful control (Ctrl+1, …, unlock)."""
        if key in self.page_keys and self.session.is_open:
            self.show_page(key)
            self.focus_page()

    def focus_page(self) -> None:
        page = self.pages.currentWidget()
        first = page.first_control() if hasattr(page, "first_control") else None
        if first is not None:
            self.activateWindow()
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        page = self.pages.widget(row)
        if hasattr(page, "refresh") and self.session.is_open:
            page.refresh()

    def refresh(self) -> None:
        """One "vault changed" signal: the visible page re-reads what it shows."""
        page = self.pages.currentWidget()
        if hasattr(page, "refresh") and self.session.is_open:
            page.refresh()

    # -- welcome and opening --------------------------------------------------------
    def _build_welcome(self) -> QWidget:
        form = load_ui("welcome")
        self.welcome_form = form
        form.createButton.clicked.connect(self.create_vault)
        form.openButton.clicked.connect(self.choose_vault)
        form.recoverButton.clicked.connect(lambda: self.recover(None))
        for code, name in APP_LANGUAGES.items():
            form.languageCombo.addItem(name, code)
        form.languageCombo.setCurrentIndex(list(APP_LANGUAGES).index(self.app_language))
        form.languageCombo.currentIndexChanged.connect(self._language_chosen)
        return form

    def _language_chosen(self, _index: int) -> None:
        code = self.welcome_form.languageCombo.currentData()
        self.settings.setValue("language", code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Lintas starts."),
        )

    def default_vault_path(self) -> Path:
        return Path.home() / "Lintas" / "office-vault"

    # Dialogs open window-modal but without a nested event loop (``open``, not
    # ``exec``), so auto-lock timers keep running and tests can drive them.
    def create_vault(self) -> CreateVaultDialog:
        dialog = CreateVaultDialog(self.session, self.default_vault_path(), self)
        dialog.accepted.connect(lambda: self._show_recovery_key(dialog.recovery_key or ""))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_recovery_key(self, key: str) -> None:
        dialog = RecoveryKeyDialog(key, self.session.office, str(self.session.path), self)
        self.dialog = dialog
        dialog.open()

    def choose_vault(self) -> None:
        start = self.default_vault_path().parent  # where "New vault" puts them
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a vault folder"), str(start) if start.is_dir() else ""
        )
        if folder:
            self.unlock(Path(folder))

    def unlock(
        self, path: Path, passphrase: str = "", user: str = "", demo_users: Sequence[str] = ()
    ) -> UnlockDialog:
        """Ask for user and passphrase; the dialog stays until the vault opens or is cancelled.

        ``passphrase`` and ``user`` pre-fill the fields: only for the demo, whose
        passphrase is public. ``demo_users``: the demo's public user names, all offered;
        the one who last opened the demo here is preselected (else the first).
        """
        remembered = self.remembered.users()
        if demo_users:
            kept = str(self.settings.value(DEMO_LAST_USER, "") or "")
            user = user or (kept if kept in demo_users else demo_users[0])
            remembered = [*dict.fromkeys([*demo_users, *remembered])]
        self.demo_users = tuple(demo_users)
        # While locked, who was working is known in memory: no need to keep it on disk.
        last = user or self.locked_by or self.remembered.last_user()
        users = [*remembered, last] if last and last not in remembered else remembered
        dialog = UnlockDialog(self.session, path, users, last, self, remembered=remembered)
        dialog.form.passphraseEdit.setText(passphrase)
        dialog.finished.connect(lambda result: self._unlock_finished(dialog, path, result))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _unlock_finished(self, dialog: UnlockDialog, path: Path, result: int) -> None:
        if result:
            if dialog.user in self.demo_users:  # demo names are public: kept without asking
                self.settings.setValue(DEMO_LAST_USER, dialog.user)
            # _on_opened did the rest; the names kept here follow the user's choice.
            if dialog.remember:
                self.remembered.remember(dialog.user, path)
            else:
                self.remembered.forget(dialog.user)
            return
        if dialog.wants_recovery:
            self.recover(path)
        elif not self.session.is_open:
            self.workspace.setEnabled(True)
            self.stack.setCurrentWidget(self.welcome)

    def recover(self, path: Path | None) -> RecoverDialog:
        dialog = RecoverDialog(self.session, path, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                self.tr("The new passphrase is set. Unlock the vault with it."), 15000
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_opened(self) -> None:
        if not self.session.is_open:
            # Locked again before this queued signal arrived (seen under load in the
            # supervisor-path test): the next unlock brings its own opened signal.
            return
        if self.interview is not None and self.locked_by not in (None, self.session.user):
            # Another user unlocked: the interview was saved as its own user's draft
            # when the vault locked (lock), and is not theirs to see.
            self._close_interview(self.interview)
        self.locked_by = None
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.setEnabled(True)
        self._update_admin_actions()
        self.autolock_limit = self.session.call(lambda vault: vault.autolock_limit())
        self.idle.set_minutes(self.autolock_minutes())  # restarts the idle timer
        wanted = "home" if self.interview is None else "interview"
        if self.page_keys[self.navigation.currentRow()] == wanted:
            self.refresh()  # the page is already showing: no row change to trigger it
        else:
            self.show_page(wanted)
        if self.interview is not None and self.interview.entry.dirty:
            self.interview.save("autosave")  # what was typed while locked
        if self.session.history_warning:
            self.history_box = history_warning_box(self, self.session.history_warning)
            self.history_box.open()
        # After the unlock dialog has gone (it gives the focus back to the side list).
        QTimer.singleShot(0, self.focus_page)

    # -- locking --------------------------------------------------------------------
    def autolock_minutes(self) -> float:
        """This computer's choice, never longer than the vault's limit (read at unlock)."""
        chosen = float(self.settings.value("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES))
        return effective_minutes(chosen, self.autolock_limit)

    def lock(self) -> None:
        """Close the vault and ask for the passphrase again; an open interview stays."""
        if not self.session.is_open:
            return
        if self.session.operations.busy:
            if self._locking:
                QTimer.singleShot(100, self.lock)  # our own save is still running
            else:
                self.idle.restart()  # never lock in the middle of an operation
            return
        page = self.interview
        if page is not None and page.entry.dirty and page.consented() and not self._locking:
            # Saved first, under the user who typed it: whoever unlocks next may be
            # someone else, and then the interview waits as this user's draft.
            self._locking = True
            page.save("autosave")
            QTimer.singleShot(100, self.lock)
            return
        self._locking = False
        path = self.session.path
        self.locked_by = self.session.user
        self.session.lock()
        self.idle.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # a record view or a void reason shows vault content
        self.workspace.setEnabled(False)
        self.stack.setCurrentWidget(self.locked_screen)
        if path is not None:
            self.unlock(path)

    # -- interviews ------------------------------------------------------------------
    def start_interview(self, form_id: str, version: str, draft_uuid: str = "") -> None:
        """Load the form in the worker (big forms take a moment), then open the entry view."""

        what = self.tr("Loading the form…")

        def work(vault: Any, progress: Any) -> tuple[Any, Any]:
            report(progress, 0, 2, what)
            data = dict(vault.submission(draft_uuid).data) if draft_uuid else None
            form = vault.form(form_id, version or None, progress=progress)
            report(progress, 2, 2, what)  # Cancel pressed meanwhile: no interview opens
            return form, data

        operation = self.session.run(
            work,
            on_success=lambda result: self.open_interview(result[0], draft_uuid or None, result[1]),
            on_failure=lambda message: QMessageBox.warning(self, self.tr("Lintas"), message),
        )
        ProgressDialog(operation, self.tr("Loading the form"), self)

    def edit_record(self, uuid: str) -> None:
        record = self.session.call(lambda vault: vault.submission(uuid))
        self.start_interview(record.form_id, record.form_version, uuid)

    def open_interview(self, form: Any, uuid: str | None = None, data: dict | None = None):
        if self.interview is not None:
            self.interview.put_away()
        language = form_language_for(self.app_language, form.languages)
        page = InterviewPage(
            self.session,
            form,
            language=language,
            uuid=uuid,
            data=data,
            autosave_seconds=self.autosave_seconds,
        )
        page.finished.connect(self._interview_finished)
        page.closed.connect(lambda: self._close_interview(page))
        self.interview = page
        if "interview" in self.page_keys:
            index = self.page_keys.index("interview")
            old = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(old)
            old.deleteLater()
        else:
            self.add_page("interview", self.tr("Interview"), page)
        self.show_page("interview")
        # After the progress dialog has gone, so that focus lands in the form.
        QTimer.singleShot(0, self._focus_interview)
        return page

    def _focus_interview(self) -> None:
        if self.interview is not None:
            self.activateWindow()
            self.interview.entry.focus_first()

    def _interview_finished(self, _uuid: str) -> None:
        self.statusBar().showMessage(self.tr("Interview finalised and saved."), 8000)
        if self.interview is not None:
            self._close_interview(self.interview)
        self.show_page("records")

    def _close_interview(self, page: InterviewPage) -> None:
        if "interview" not in self.page_keys or self.interview is not page:
            return
        index = self.page_keys.index("interview")
        self.page_keys.pop(index)
        self.page_shortcuts.remove("interview")
        self.navigation.takeItem(index)
        self.pages.removeWidget(page)
        page.deleteLater()
        self.interview = None
        self.show_page("home")

    def closeEvent(self, event: Any) -> None:
        if self.interview is not None and self.interview.entry.dirty and self.session.is_open:
            self.interview.save("draft")
        self.session.operations.wait(10_000)
        self.session.close()
        super().closeEvent(event)
