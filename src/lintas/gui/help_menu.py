"""Help: the guides (offline, from the install), the field self-test, and About.

The guides are the Markdown files of ``docs/`` that every install carries (the
wheel's ``lintas/shipped/docs``, the one-folder build's ``docs``); Qt renders them,
so no browser and no network are needed. The self-test runs the same checks as
``lintas self-test`` on a worker thread, with progress and Cancel; the checks that
start Qt themselves are left out, since the app running is that check.
"""

from __future__ import annotations

import platform
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lintas import __version__
from lintas.gui.operations import Operation, _Runnable
from lintas.i18n import tr as core_tr
from lintas.licences import bundled_components, font_licence
from lintas.paths import docs_dir


def guides() -> list[tuple[str, str, str | None]]:
    """(file, menu text, shortcut) for each guide this install has."""
    offered = [
        ("user-guide.md", QCoreApplication.translate("Help", "User guide"), "F1"),
        ("admin-guide.md", QCoreApplication.translate("Help", "Administrator guide"), None),
        ("install.md", QCoreApplication.translate("Help", "Installing Lintas"), None),
    ]
    return [g for g in offered if (docs_dir() / g[0]).is_file()]


def build_help_menu(window: Any) -> QMenu:
    menu = QMenu(QCoreApplication.translate("Help", "&Help"), window)
    for file, text, shortcut in guides():
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({shortcut})")
        action.triggered.connect(
            lambda _=False, f=file, t=text: _open(window, GuideViewer(f, t, window))
        )
        menu.addAction(action)
    menu.addSeparator()
    self_test = QAction(QCoreApplication.translate("Help", "Self-test…"), window)
    self_test.triggered.connect(lambda: _open(window, SelfTestDialog(window)))
    menu.addAction(self_test)
    about = QAction(QCoreApplication.translate("Help", "About Lintas"), window)
    about.triggered.connect(lambda: _open(window, AboutDialog(window)))
    menu.addAction(about)
    return menu


def _open(window: Any, dialog: QDialog) -> None:
    # Not modal: a clerk can keep the guide open beside the interview. The window owns
    # it (and rejects it on lock, like every dialog); it is freed when closed.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.help_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


class GuideBrowser(QTextBrowser):
    """A text browser that shows the guides' screenshots at the width of the page."""

    max_image_width = 820

    def loadResource(self, kind: int, url: QUrl) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(str(docs_dir() / url.path()))
            if not image.isNull():
                if image.width() > self.max_image_width:
                    image = image.scaledToWidth(
                        self.max_image_width, Qt.TransformationMode.SmoothTransformation
                    )
                return image
        return super().loadResource(kind, url)


class GuideViewer(QDialog):
    """One guide, rendered from its Markdown; links to other guides open here."""

    def __init__(self, file: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 640)
        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(docs_dir())])
        self.browser.anchorClicked.connect(self._follow)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.show_guide(file)
        self.browser.setFocus()

    def show_guide(self, file: str) -> None:
        path = docs_dir() / file
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            self.note.setText(
                QCoreApplication.translate(
                    "Help", "This guide is missing from this install. Reinstall Lintas."
                )
            )
            return
        self.browser.setMarkdown(text)
        self.current = file
        self.note.clear()

    def _follow(self, url: QUrl) -> None:
        target = url.path().rsplit("/", 1)[-1]
        if not url.scheme() and target.endswith(".md") and (docs_dir() / target).is_file():
            self.show_guide(target)
            return
        # Lintas works offline: a web link is shown, never opened.
        self.note.setText(
            QCoreApplication.translate("Help", "This link leads outside Lintas: {url}").format(
                url=url.toString()
            )
        )


class SelfTestDialog(QDialog):
    """Runs the field self-test on a worker thread and shows each step's result."""

    def __init__(self, parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Self-test"))
        self.resize(860, 420)
        intro = QLabel(
            QCoreApplication.translate(
                "Help",
                "Checks this install on a throwaway vault in a temporary folder. "
                "Your own vault is not touched.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Help", "Step"),
                QCoreApplication.translate("Help", "Result"),
                QCoreApplication.translate("Help", "Detail"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.bar = QProgressBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(QCoreApplication.translate("Help", "Cancel"))
        self.close_button = QPushButton(QCoreApplication.translate("Help", "Close"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.bar, self.summary, self.buttons):
            layout.addWidget(widget)
        self.operation: Operation | None = None
        self.results: list[Any] = []
        if start:
            self.start()

    def start(self) -> None:
        from lintas.selftest import all_checks, run_checks

        checks = [c for c in all_checks() if c.in_app]
        self.results = []
        self.table.setRowCount(0)
        self.bar.setRange(0, len(checks))
        self.bar.setValue(0)
        self.summary.setText(QCoreApplication.translate("Help", "Running…"))
        self.close_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        operation = Operation(lambda progress: run_checks(checks, progress))
        operation.progressed.connect(self._on_progress)
        operation.succeeded.connect(self._on_done)
        operation.cancelled.connect(self._on_cancelled)
        operation.failed.connect(self._on_failed)
        operation.finished.connect(self._on_finished)
        self.operation = operation
        QThreadPool.globalInstance().start(_Runnable(operation))

    def cancel(self) -> None:
        if self.operation is not None and not self.operation.done.is_set():
            self.operation.cancel()
            self.summary.setText(
                QCoreApplication.translate("Help", "Stopping after the step that is running…")
            )
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def reject(self) -> None:
        # Escape or the window's close button while it runs: stop it first.
        if self.operation is not None and not self.operation.done.is_set():
            self.cancel()
            return
        super().reject()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.bar.setValue(done)
        if what:
            self.summary.setText(
                QCoreApplication.translate("Help", "Running: {step}").format(step=core_tr(what))
            )

    def _on_done(self, results: list[Any]) -> None:
        marks = {
            "ok": QCoreApplication.translate("Help", "OK"),
            "warn": QCoreApplication.translate("Help", "Warning"),
            "fail": QCoreApplication.translate("Help", "Failed"),
            "skipped": QCoreApplication.translate("Help", "Skipped"),
        }
        self.results = results
        for result in results:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = core_tr(result.name)  # the core's step name, in the app's language
            for column, text in enumerate((name, marks[result.status], result.detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        failed = [r for r in results if r.status in ("fail", "skipped")]
        warned = [r for r in results if r.status == "warn"]
        if failed:
            self.summary.setText(
                QCoreApplication.translate(
                    "Help",
                    "The self-test FAILED: {count} of {total} steps did not "
                    "pass. Follow the advice in the Detail column.",
                ).format(count=len(failed), total=len(results))
            )
        elif warned:
            self.summary.setText(
                QCoreApplication.translate(
                    "Help", "The self-test passed, with {count} warning(s): read the Detail column."
                ).format(count=len(warned))
            )
        else:
            self.summary.setText(
                QCoreApplication.translate(
                    "Help", "The self-test passed: all {total} steps."
                ).format(total=len(results))
            )

    def _on_cancelled(self) -> None:
        self.summary.setText(
            QCoreApplication.translate(
                "Help", "The self-test was stopped. Its temporary folder was removed."
            )
        )

    def _on_failed(self, message: str) -> None:
        self.summary.setText(message)

    def _on_finished(self) -> None:
        self.bar.setValue(self.bar.maximum())
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setFocus()


class AboutDialog(QDialog):
    """The version, and what Lintas ships that others made, with the licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "About Lintas"))
        self.resize(820, 560)
        import PySide6

        heading = QLabel(f"<h2>Lintas {__version__}</h2>")
        text = QCoreApplication.translate(
            "Help",
            "Offline, encrypted survey capture and exchange for migrant-worker "
            "statistics. Python {python}, Qt {qt}, {system}.",
        )
        details = QLabel(
            text.format(
                python=platform.python_version(),
                qt=PySide6.__version__,
                system=platform.system() or sys.platform,
            )
        )
        details.setWordWrap(True)
        self.version_label = heading
        components = bundled_components()
        self.components = QTableWidget(len(components), 4)
        self.components.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Help", "Component"),
                QCoreApplication.translate("Help", "Version"),
                QCoreApplication.translate("Help", "Licence"),
                QCoreApplication.translate("Help", "Used for"),
            ]
        )
        self.components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components.setTabKeyNavigation(False)
        for row, part in enumerate(components):
            for column, text in enumerate((part.name, part.version, part.licence, part.used_for)):
                self.components.setItem(row, column, QTableWidgetItem(text))
        self.components.resizeColumnsToContents()
        self.components.horizontalHeader().setStretchLastSection(True)
        self.fonts = QPlainTextEdit(font_licence())
        self.fonts.setReadOnly(True)
        tabs = QTabWidget()
        tabs.addTab(self.components, QCoreApplication.translate("Help", "Libraries"))
        tabs.addTab(self.fonts, QCoreApplication.translate("Help", "Fonts (Noto)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, details, tabs, buttons):
            layout.addWidget(widget)
