"""Receipts: which of this vault's records each office holds, from its signed receipts
(and from the bundles it sent here), and what is still to send."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lintas.gui.exchange.common import day, fill, table
from lintas.gui.session import Session

SHOWN = 1000  # records listed for one office; the counts above cover all of them


class ReceiptsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.found: list[Any] = []
        self.setWindowTitle(self.tr("Receipts"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("What each office holds"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        self.offices = table(
            [self.tr("Office"), self.tr("Holds"), self.tr("To send"), self.tr("Bundles sent"),
             self.tr("Receipts back"), self.tr("Last receipt"), self.tr("Bundles received")]
        )  # fmt: skip
        self.offices.currentCellChanged.connect(lambda *_args: self.show_records())
        layout.addWidget(self.offices, 1)
        self.caption = QLabel()
        layout.addWidget(self.caption)
        self.records = table(
            [self.tr("Record"), self.tr("Form"), self.tr("Revision here"),
             self.tr("Revision they hold"), self.tr("State")]
        )  # fmt: skip
        layout.addWidget(self.records, 2)
        hint = QLabel(
            self.tr(
                "An office holds a record once its receipt for a bundle came back (Office → "
                "Receive bundle), or when it sent the record here itself."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.reload()
        self.offices.setFocus()

    def reload(self) -> None:
        from lintas.exchange.holdings import holdings

        self.found = self.session.call(holdings)
        rows = []
        for peer in self.found:
            name = peer.name
            if peer.revoked_at:
                name = self.tr("{office} (revoked)").replace("{office}", peer.name)
            held = (
                self.tr("{count} of {total}")
                .replace("{count}", str(peer.held))
                .replace("{total}", str(peer.records_here))
            )
            rows.append(
                (name, held, peer.to_send, peer.bundles_sent, peer.bundles_acknowledged,
                 day(peer.last_receipt_at) or self.tr("none yet"), peer.bundles_received)
            )  # fmt: skip
        fill(self.offices, rows)
        if not self.found:
            self.caption.setText(self.tr("No office is trusted yet (Office → Peers)."))
        self.show_records()

    def state(self, record: Any) -> str:
        if record.up_to_date:
            return self.tr("Holds it")
        if record.revision_held is not None:
            return self.tr("Holds another version")
        return self.tr("Not yet")

    def show_records(self) -> None:
        from lintas.exchange.holdings import records_held

        row = self.offices.currentRow()
        if not 0 <= row < len(self.found):
            self.records.setRowCount(0)
            return
        peer = self.found[row]
        held = self.session.call(lambda vault: records_held(vault, peer.office_id, SHOWN))
        rows = [
            (r.uuid[:8], r.form_id, r.revision_here, r.revision_held or "", self.state(r))
            for r in held
        ]
        self.records.setRowCount(0)
        fill(self.records, rows)
        text = self.tr("Records of this vault, and what {office} holds of them:")
        if peer.records_here > SHOWN:
            text = self.tr("The first {count} records of this vault, and what {office} holds:")
        self.caption.setText(text.replace("{office}", peer.name).replace("{count}", str(SHOWN)))
