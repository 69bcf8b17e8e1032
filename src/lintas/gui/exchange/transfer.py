"""Send to… and Receive bundle…: the work runs on the worker thread with a progress bar
and Cancel, and ends with a summary in plain words (lintas.gui.exchange.texts)."""

from __future__ import annotations

import inspect
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lintas.exchange.bundles import create_bundle
from lintas.gui.exchange import texts
from lintas.gui.exchange.common import PathRow
from lintas.gui.operations import Operation
from lintas.gui.progress_dialog import ProgressDialog
from lintas.gui.session import Session

BUNDLE_FILTER = "*.age *.lintas"


def relabel(progress: Any, label: str) -> Any:
    """The core's progress phrases are English; the dialog shows ``label`` instead."""
    return lambda done, total, _what: progress(done, total, label)


@dataclass(frozen=True)
class Received:
    report: Any = None  # lintas.exchange.bundles.ImportReport
    receipt: str | None = None
    refused: str = ""  # why the file was refused (the core's words); nothing was written
    # A hub's key that would replace the key pseudonyms were made under: nothing was
    # changed (lintas.exchange.errors.KeyReplaceRefusedError, for the summary and to ask).
    key_kept: Any = None


def receive(
    vault: Any, path: str, receipt: str | None, progress: Any, replace_key: bool = False
) -> Received:
    """Import a bundle or receipt (worker thread). A refused file is a result, not a failure."""
    from lintas.exchange.bundles import import_file
    from lintas.exchange.errors import BundleRejectedError, KeyReplaceRefusedError
    from lintas.exchange.identity import office_identity
    from lintas.progress import report

    report(progress, 0, 0)  # a Cancel pressed before the work began stops it here
    office_identity(vault)  # a bundle can only be for us once we have an identity
    try:
        result = import_file(
            vault, path, receipt_out=receipt, progress=progress, replace_key=replace_key
        )
    except BundleRejectedError as error:
        return Received(refused=error.reason)
    except KeyReplaceRefusedError as error:
        return Received(key_kept=error)
    return Received(result, receipt)


class TransferDialog(QDialog):
    """The shared frame: a body, a summary box, a main button and Close."""

    def __init__(self, session: Session, title: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.operation: Operation | None = None
        self.progress: ProgressDialog | None = None
        self.setWindowTitle(title)
        self.resize(760, 560)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setProperty("role", "pageTitle")
        self.layout_.addWidget(heading)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        self.layout_.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.action_button = QPushButton(action)
        self.action_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.close_button)
        self.layout_.addLayout(buttons)
        self.buttons = buttons

    def start(self, work: Any, title: str, done: Any, *, vault: bool = True) -> Operation:
        """``work(vault, progress)`` on the worker; with ``vault=False``, ``work(progress)``
        (a restore needs no open vault)."""
        self.summary.setPlainText(self.tr("Working…"))
        self.action_button.setEnabled(False)
        if vault:
            operation = self.session.run(
                work, on_success=done, on_failure=self.finish, changes_vault=True
            )
        else:
            operation = self.session.operations.start(
                work, on_success=done, on_failure=self.finish
            )
        operation.cancelled.connect(lambda: self.finish(texts.cancelled()))
        self.operation = operation
        self.progress = ProgressDialog(operation, title, self)
        return operation

    def finish(self, text: str) -> None:
        self.summary.setPlainText(text)
        self.action_button.setEnabled(True)
        self.activateWindow()  # the progress dialog has gone; the keys come back here
        self.summary.setFocus()


class SendDialog(TransferDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Send to other offices"), self.tr("&Send"), parent)
        self.body.addWidget(QLabel(self.tr("&Offices to send to:")))
        self.offices = QListWidget()
        self.body.addWidget(self.offices)
        self.body.itemAt(0).widget().setBuddy(self.offices)
        hint = QLabel(
            self.tr(
                "Every final and void record that the chosen offices do not hold yet goes "
                "into one encrypted bundle. Drafts never leave this vault."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.body.addWidget(hint)
        caption = QLabel(self.tr("Save the &bundle as:"))
        self.body.addWidget(caption)
        self.path_row = PathRow(self, self.tr("Save the bundle as"), save=True)
        caption.setBuddy(self.path_row.edit)
        self.body.addLayout(self.path_row)
        self.body.addLayout(self._split_row())
        self.action_button.clicked.connect(self.send)
        self.load_offices()
        self.offices.setFocus()

    def _split_row(self) -> QHBoxLayout:
        """Mail services refuse attachments over 20-25 MB: split into parts of at most N MB."""
        row = QHBoxLayout()
        self.split = QCheckBox(self.tr("S&plit into parts for e-mail, each at most"))
        self.part_mb = QDoubleSpinBox()
        self.part_mb.setDecimals(1)
        self.part_mb.setRange(0.1, 2000)
        self.part_mb.setValue(20)
        self.part_mb.setSuffix(" MB")
        self.part_mb.setEnabled(False)
        self.split.toggled.connect(self.part_mb.setEnabled)
        row.addWidget(self.split)
        row.addWidget(self.part_mb)
        row.addStretch(1)
        # Only with a core that splits bundles (create_bundle's max_size).
        self.can_split = "max_size" in inspect.signature(create_bundle).parameters
        self.split.setVisible(self.can_split)
        self.part_mb.setVisible(self.can_split)
        return row

    def load_offices(self) -> None:
        from lintas.exchange.holdings import holdings

        found = self.session.call(holdings)
        for peer in found:
            if peer.revoked_at:
                continue  # nothing is ever sent to a revoked office
            text = self.tr("{office}: {count} records to send").replace("{office}", peer.name)
            item = QListWidgetItem(text.replace("{count}", str(peer.to_send)))
            item.setData(Qt.ItemDataRole.UserRole, (peer.office_id, peer.name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.offices.addItem(item)
        if self.offices.count():
            self.offices.setCurrentRow(0)
        else:
            self.summary.setPlainText(
                self.tr("No office is trusted yet. Trust its card first under Office → Peers.")
            )
            self.action_button.setEnabled(False)
        office = (self.session.office or "office").replace(" ", "-")
        stamp = time.strftime("%Y%m%d-%H%M")
        self.path_row.edit.setText(str(Path.home() / f"{office}-{stamp}.age"))

    def chosen(self) -> list[tuple[str, str]]:
        items = [self.offices.item(i) for i in range(self.offices.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def send(self) -> Operation | None:
        chosen, out = self.chosen(), self.path_row.path
        problem = ""
        if not chosen:
            problem = self.tr("Tick at least one office to send to (Space ticks the one selected).")
        elif not out:
            problem = self.tr("Say where to save the bundle.")
        elif not Path(out).parent.is_dir():
            problem = self.tr("The folder {path} does not exist.").replace(
                "{path}", str(Path(out).parent)
            )
        elif Path(out).exists():
            problem = self.tr("{path} exists already. Choose another name.").replace("{path}", out)
        if problem:
            self.summary.setPlainText(problem)
            return None
        ids, names = [c[0] for c in chosen], [c[1] for c in chosen]
        label = self.tr("Packing and encrypting the records…")
        options: dict[str, Any] = {}
        if self.can_split and self.split.isChecked():
            options["max_size"] = int(self.part_mb.value() * 1024 * 1024)
        return self.start(
            lambda vault, progress: create_bundle(
                vault, ids, out, progress=relabel(progress, label), **options
            ),
            self.tr("Sending"),
            lambda result: self.finish(texts.sent(result, names)),
        )


class ReceiveDialog(TransferDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("Receive a bundle or receipt"), self.tr("&Receive"), parent
        )
        caption = QLabel(self.tr("&File from the other office:"))
        self.body.addWidget(caption)
        self.path_row = PathRow(
            self, self.tr("Choose the bundle or receipt"), save=False,
            name_filter=self.tr("Lintas bundles ({patterns})").replace("{patterns}", BUNDLE_FILTER),
        )  # fmt: skip
        caption.setBuddy(self.path_row.edit)
        self.body.addLayout(self.path_row)
        self.write_receipt = QCheckBox(self.tr("&Write a receipt for the sender, beside the file"))
        self.write_receipt.setChecked(True)
        self.body.addWidget(self.write_receipt)
        hint = QLabel(
            self.tr(
                "Everything is checked first: who signed it, that it is for this office, "
                "every record. Then all of it is imported, or nothing."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.body.addWidget(hint)
        # Only after a hub's key was kept because pseudonyms were made under this
        # vault's key: replacing it is the supervisor's choice, asked for in words.
        self.replace_button = QPushButton(self.tr("Re&place the regional key anyway…"))
        self.replace_button.setVisible(False)
        self.replace_button.clicked.connect(self.ask_replace)
        self.buttons.insertWidget(1, self.replace_button)
        self.kept: tuple[str, Any] | None = None  # (path, KeyReplaceRefusedError)
        self.child: QMessageBox | None = None
        self.action_button.clicked.connect(self.receive)
        self.path_row.edit.returnPressed.connect(self.receive)
        self.path_row.edit.setFocus()

    def receipt_path(self, path: str) -> str | None:
        if not self.write_receipt.isChecked():
            return None
        source = Path(path)
        return str(source.with_name(f"{source.stem}-receipt.age"))

    def receive(self, *, replace_key: bool = False, path: str | None = None) -> Operation | None:
        path = path or self.path_row.path
        if not path or not Path(path).is_file():
            self.summary.setPlainText(
                self.tr("Choose the file that the other office sent (Choose… or type its path).")
            )
            return None
        self.kept = None
        self.replace_button.setVisible(False)
        receipt = self.receipt_path(path)
        label = self.tr("Checking and importing…")
        return self.start(
            lambda vault, progress: receive(
                vault, path, receipt, relabel(progress, label), replace_key
            ),
            self.tr("Receiving"),
            lambda outcome: self._received(outcome, path),
        )

    def _received(self, outcome: Received, path: str) -> None:
        if outcome.refused:
            self.finish(texts.refused(outcome.refused))
        elif outcome.key_kept is not None:
            self.kept = (path, outcome.key_kept)
            self.replace_button.setVisible(True)
            self.finish(texts.key_kept(outcome.key_kept))
        else:
            self.finish(texts.received(outcome.report, outcome.receipt))

    def ask_replace(self) -> QMessageBox | None:
        """Say what replacing the key does to pseudonyms; replace only if asked to."""
        if self.kept is None:
            return None
        path, kept = self.kept
        count = kept.made  # a plain name: Qt's extractor skips a plural with an attribute count
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Replace the regional key"),
            self.tr(
                "Replace this vault's regional key {old} with the key {new} of {office}?\n\n"
                "The %n pseudonyms made here under the old key stay as they are, but "
                "they will never match pseudonyms made under the new key, here or at any "
                "other office: a person interviewed before and after the change will not "
                "show as a possible repeat interview. The old pseudonyms cannot be made "
                "again, because the identifiers were never stored. This cannot be undone.\n\n"
                "Replace it only if the hub says that every office changes to its key.",
                "",
                count,
            )
            .replace("{old}", kept.old_key)
            .replace("{new}", kept.new_key)
            .replace("{office}", kept.office),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        replace = box.addButton(self.tr("&Replace the key"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep the current key"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(
            lambda button: self.receive(replace_key=True, path=path) if button is replace else None
        )
        # Back to this dialog, keys and all (as choose_file does).
        box.finished.connect(lambda _result: self.activateWindow())
        self.child = box
        box.open()
        return box
