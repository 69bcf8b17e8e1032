"""Render every main screen of the app to PNG at 1366x768, from the demo vault.

Used by ``lintas screenshots DIR [--lang CODE]`` for the user guide and for
reviews in each language. Nothing is written to the demo vault: the interview
shown is never saved.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from lintas.gui.app import build_window
from lintas.gui.demo import DEMO_SUPERVISOR, ensure_demo_vault
from lintas.gui.dialogs.admin import (
    AutoLockDialog,
    ChangePassphraseDialog,
    UsersDialog,
)
from lintas.gui.dialogs.export_dialog import ExportDialog
from lintas.gui.dialogs.privacy_report import PrivacyReportDialog
from lintas.gui.dialogs.recovery_key import RecoveryKeyDialog
from lintas.gui.dialogs.vault_dialogs import CreateVaultDialog, RecoverDialog, UnlockDialog
from lintas.gui.dialogs.void_reason import VoidReasonDialog
from lintas.gui.exchange.shots import exchange_steps
from lintas.gui.i18n import current_language
from lintas.gui.main_window import MainWindow
from lintas.gui.office_shots import office_steps
from lintas.gui.pages.records import RecordDialog
from lintas.progress import Progress, report

SIZE = (1366, 768)
SAMPLE_KEY = "SAMPL-EKEY0-NOTRE-AL000-00000-00000-00000-00000"


def settle(seconds: float = 0.15) -> None:
    """Let queued layout, paint and worker callbacks run."""
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with ``dialog`` drawn in its middle (as a person sees it)."""
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))
    dialog.show()
    settle()
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    top_left = QPoint(
        (picture.width() - dialog.width()) // 2, (picture.height() - dialog.height()) // 2
    )
    painter.drawPixmap(top_left, dialog.grab())
    painter.end()
    dialog.close()
    return picture


class Shooter:
    def __init__(self, directory: Path, window: MainWindow) -> None:
        self.directory = directory
        self.window = window
        self.written: list[Path] = []

    def window_shot(self, name: str) -> None:
        settle()
        self._save(self.window.grab(), name)

    def dialog_shot(self, name: str, dialog: QWidget) -> None:
        self._save(over_window(self.window, dialog), name)

    def _save(self, picture: QPixmap, name: str) -> None:
        path = self.directory / f"{len(self.written) + 1:02d}-{name}.png"
        picture.save(str(path), "PNG")
        self.written.append(path)


def render_all(directory: Path, *, language: str = "en", progress: Progress | None = None):
    """Write the PNGs into ``directory``; return their paths in order."""
    directory.mkdir(parents=True, exist_ok=True)
    demo = ensure_demo_vault(progress=progress)
    with tempfile.TemporaryDirectory() as scratch:
        prefs = QSettings(str(Path(scratch) / "lintas.ini"), QSettings.Format.IniFormat)
        window = build_window(language, prefs=prefs, autosave_seconds=3600)
        window.idle.set_minutes(0)
        window.resize(*SIZE)
        window.show()
        shooter = Shooter(directory, window)
        steps = before_opening(shooter, demo) + after_opening(shooter, demo)
        steps += exchange_steps(shooter, Path(scratch), settle)  # throwaway offices, not the demo
        for done, step in enumerate(steps):
            report(progress, done, len(steps), "Rendering screens")
            step()
        window.session.close()
        window.close()
    return shooter.written


def before_opening(shooter: Shooter, demo: Any) -> list[Callable[[], None]]:
    window = shooter.window

    def create() -> None:
        dialog = CreateVaultDialog(window.session, Path.home() / "Lintas" / "office-vault", window)
        dialog.form.officeEdit.setText("Mae Sot border post")
        dialog.form.userEdit.setText("somsri")
        dialog.form.passphraseEdit.setText("seven green mangoes ripen")
        dialog.form.confirmEdit.setText("seven green mangoes ripen")
        shooter.dialog_shot("create-vault", dialog)

    def unlock() -> None:
        dialog = UnlockDialog(window.session, demo.path, list(demo.users), DEMO_SUPERVISOR, window)
        dialog.form.passphraseEdit.setText("x" * 12)
        shooter.dialog_shot("unlock", dialog)

    return [
        lambda: shooter.window_shot("welcome"),
        create,
        lambda: shooter.dialog_shot(
            "recovery-key",
            RecoveryKeyDialog(SAMPLE_KEY, "Mae Sot border post", "~/Lintas/office-vault", window),
        ),
        unlock,
        lambda: shooter.dialog_shot("recover", RecoverDialog(window.session, demo.path, window)),
        lambda: open_demo(window, demo),
    ]


def open_demo(window: MainWindow, demo: Any) -> None:
    failures: list[str] = []
    window.session.open(
        demo.path,
        DEMO_SUPERVISOR,
        demo.passphrase,
        on_success=lambda _r: None,
        on_failure=failures.append,
    )
    window.session.operations.wait()
    settle(0.3)
    if failures:
        raise RuntimeError(failures[0])


def after_opening(shooter: Shooter, demo: Any) -> list[Callable[[], None]]:
    window = shooter.window
    session = window.session

    def page(key: str, name: str) -> Callable[[], None]:
        def shoot() -> None:
            window.show_page(key)
            settle(0.4)  # Home recounts after a short pause
            session.operations.wait()
            settle(0.3)
            shooter.window_shot(name)

        return shoot

    def records_dialogs() -> None:
        window.show_page("records")
        window.records.table.selectRow(0)
        row = window.records.current_row()
        shooter.dialog_shot("record-view", RecordDialog(session, row.uuid, window))
        void = VoidReasonDialog(f"Record {row.uuid[:8]} ({row.form_id}, {row.created_at})", window)
        void.form.reasonEdit.setPlainText("Interviewed twice at the same post.")
        shooter.dialog_shot("void-reason", void)

    def privacy() -> None:
        forms = session.call(lambda vault: [(f.form_id, f.title) for f in vault.forms()])
        dialog = PrivacyReportDialog(session, forms, window)
        form_id = dialog.form.formCombo.currentData()
        language = current_language()
        found = session.call(lambda vault: _privacy_report(vault, form_id, language))
        dialog.show_report(found)
        shooter.dialog_shot("privacy-report", dialog)

    def export() -> None:
        forms = session.call(lambda vault: [(f.form_id, f.title) for f in vault.forms()])
        dialog = ExportDialog(session, sorted(set(forms)), window, folder=Path("~") / "Documents")
        dialog.form.datesCheck.setChecked(True)
        # As it reads after an export: the summary in plain words (nothing is written here).
        dialog.form.progressBar.setVisible(True)
        dialog.form.progressBar.setRange(0, 1)
        dialog.form.progressBar.setValue(1)
        dialog.form.messageLabel.setText(dialog.summary(_sample_result(dialog)))
        dialog.resize(760, 640)
        shooter.dialog_shot("export", dialog)

    return [
        page("home", "home"),
        page("new", "new-interview"),
        lambda: interview_shots(shooter),
        page("records", "records"),
        records_dialogs,
        lambda: shooter.dialog_shot("users", UsersDialog(session, window)),
        lambda: shooter.dialog_shot("change-passphrase", ChangePassphraseDialog(session, window)),
        lambda: shooter.dialog_shot("auto-lock", AutoLockDialog(5, window)),
        privacy,
        export,
        *office_steps(shooter, settle),  # menus, type-ahead, radio focus, backup, restore
    ]


def _sample_result(dialog: ExportDialog) -> Any:
    from lintas.export.run import ExportSummary

    path = Path(dialog.form.fileEdit.text())
    digest = "3f9a" * 16
    return ExportSummary(path, 392, digest, "internal", dialog.settings().form_id, "xlsx", False)


def interview_shots(shooter: Shooter) -> None:
    """The entry view part-way through an interview, an inline problem, then the review."""
    window = shooter.window
    installed = window.session.call(lambda vault: vault.forms())
    first = installed[0]
    form = window.session.call(lambda vault: vault.form(first.form_id, first.version))
    page = window.open_interview(form)
    settle(0.3)
    entry = page.entry
    answered = 0
    for field in entry.ordered_fields():
        state = page.response.state(field.address)
        if field.isHidden() or field.focus_target() is None or not state.choices:
            continue
        entry._on_committed(field.address, state.choices[0].name)
        answered += 1
        if answered == 4:
            break
    integer = next((f for f in entry.ordered_fields() if f.question.type == "integer"), None)
    if integer is not None:
        entry.jump_to(integer.address)
        entry._on_committed(integer.address, 7)
        integer.show_value(7)
        integer.mark_touched()
        entry.focus_field(integer)
    shooter.window_shot("interview")
    entry.show_review()
    shooter.window_shot("review")
    entry.dirty = False  # screenshots never save into the demo vault
    page.entry.autosave.stop()
    window._close_interview(page)


def _privacy_report(vault: Any, form_id: str, language: str) -> Any:
    from lintas.export.level_report import level_report

    return level_report(vault, form_id, "public", language)
