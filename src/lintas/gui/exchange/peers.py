"""Peers: this office's card and fingerprint, trusting a card after the fingerprint check,
the trusted and revoked offices, and revoking one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lintas.errors import LintasError
from lintas.gui.exchange.common import choose_file, day, fill, table
from lintas.gui.session import Session


def save_card(vault: Any, path: str) -> str:
    """Write this office's public card (worker thread); returns the fingerprint."""
    from lintas.exchange.identity import office_identity

    card = office_identity(vault).card
    try:
        Path(path).write_text(json.dumps(card.to_json(), indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise LintasError(f"Cannot write '{path}': {error.strerror}.") from None
    return card.office_id


def fingerprint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "recoveryKey")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class TrustCardDialog(QDialog):
    """Shows a card's fingerprint; Trust stays disabled until the user says it matches."""

    def __init__(self, card: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setWindowTitle(self.tr("Trust an office"))
        layout = QVBoxLayout(self)
        about = self.tr("Office: {office}").replace("{office}", card.name)
        if card.country:
            about += "\n" + self.tr("Country: {country}").replace("{country}", card.country)
        about += "\n" + self.tr("Card made: {date}").replace("{date}", day(card.created_at))
        layout.addWidget(QLabel(about))
        layout.addWidget(QLabel(self.tr("Fingerprint on this card:")))
        layout.addWidget(fingerprint_label(card.office_id))
        ask = QLabel(
            self.tr(
                "Call the office, or meet, and ask them to read their fingerprint to you. "
                "Trust the card only if every group is the same: a card can be swapped on "
                "the way, the fingerprint cannot."
            )
        )
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.matches = QCheckBox(self.tr("The office read me this same fingerprint"))
        layout.addWidget(self.matches)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.no_button = QPushButton(self.tr("Do not trust"))
        self.trust_button = QPushButton(self.tr("Trust this office"))
        self.trust_button.setEnabled(False)
        self.matches.toggled.connect(self.trust_button.setEnabled)
        self.no_button.clicked.connect(self.reject)
        self.trust_button.clicked.connect(self.accept)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.trust_button)
        layout.addLayout(buttons)
        self.matches.setFocus()


class PeersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.child: Any = None  # the file chooser or question open now
        self.setWindowTitle(self.tr("Peers"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Offices this vault exchanges with"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        layout.addWidget(self._own_box())
        self.table = table(
            [self.tr("Office"), self.tr("Country"), self.tr("Fingerprint"),
             self.tr("Trusted on"), self.tr("State")]
        )  # fmt: skip
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.trust_button = QPushButton(self.tr("&Trust a card…"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setAutoDefault(False)  # Enter never starts a revocation
        self.close_button = QPushButton(self.tr("Close"))
        self.trust_button.clicked.connect(self.choose_card)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.close_button.clicked.connect(self.accept)
        for button in (self.trust_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.peers: list[Any] = []
        self.reload()
        self.trust_button.setFocus()

    def _own_box(self) -> QGroupBox:
        from lintas.exchange.identity import office_identity

        self.card = self.session.call(lambda vault: office_identity(vault).card)
        box = QGroupBox(self.tr("This office: {office}").replace("{office}", self.card.name))
        inner = QVBoxLayout(box)
        row = QHBoxLayout()
        self.own_fingerprint = fingerprint_label(self.card.office_id)
        row.addWidget(self.own_fingerprint, 1)
        self.save_button = QPushButton(self.tr("&Save this office's card…"))
        self.save_button.clicked.connect(self.choose_card_file)
        row.addWidget(self.save_button)
        inner.addLayout(row)
        hint = QLabel(
            self.tr(
                "Give the card to the other office (USB stick, e-mail), then read them this "
                "fingerprint by phone or on paper: they check it when they trust the card."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        inner.addWidget(hint)
        return box

    def reload(self) -> None:
        from lintas.exchange.identity import peers

        self.peers = self.session.call(peers)
        rows = []
        for peer in self.peers:
            state = (
                self.tr("Revoked on {date}").replace("{date}", day(peer.revoked_at))
                if peer.revoked_at
                else self.tr("Trusted")
            )
            rows.append(
                [peer.card.name, peer.card.country, peer.office_id, day(peer.trusted_at), state]
            )
        fill(self.table, rows)
        self.revoke_button.setEnabled(bool(self.peers))

    def say(self, text: str) -> None:
        self.message.setText(text)

    # -- this office's card ----------------------------------------------------------
    def choose_card_file(self) -> Any:
        start = str(Path.home() / f"{self.card.name or 'office'}-card.json")
        self.child = choose_file(
            self, self.tr("Save this office's card"), start, self.save_card_to, save=True,
            name_filter=self.tr("Office cards (*.json)"),
        )  # fmt: skip
        return self.child

    def save_card_to(self, path: str) -> None:
        self.session.run(
            lambda vault, _p: save_card(vault, path),
            on_success=lambda fingerprint: self.say(
                self.tr("Saved the card to {path}. Fingerprint: {fingerprint}")
                .replace("{path}", path)
                .replace("{fingerprint}", fingerprint)
            ),
            on_failure=self.say,
        )

    # -- trusting ---------------------------------------------------------------------
    def choose_card(self) -> Any:
        self.child = choose_file(
            self, self.tr("Choose the other office's card"), str(Path.home()), self.check_card,
            name_filter=self.tr("Office cards (*.json)"),
        )  # fmt: skip
        return self.child

    def check_card(self, path: str) -> TrustCardDialog | None:
        from lintas.exchange.identity import read_card

        try:
            card = read_card(path)
        except LintasError as error:
            self.say(error.message)
            return None
        if card.office_id == self.card.office_id:
            self.say(self.tr("That is this office's own card. Choose the other office's card."))
            return None
        dialog = TrustCardDialog(card, self)
        dialog.accepted.connect(lambda: self.trust(card))
        dialog.rejected.connect(lambda: self.say(self.tr("Not trusted. Nothing was changed.")))
        self.child = dialog
        dialog.open()
        return dialog

    def trust(self, card: Any) -> None:
        from lintas.exchange.identity import trust

        def done(added: bool) -> None:
            self.reload()
            text = (
                self.tr("Now trusting {office}.")
                if added
                else self.tr("{office} was trusted already. Nothing was changed.")
            )
            self.say(text.replace("{office}", card.name))

        self.session.run(
            lambda vault, _p: trust(vault, card), on_success=done, on_failure=self.say,
            changes_vault=True,
        )  # fmt: skip

    # -- revoking ---------------------------------------------------------------------
    def selected(self) -> Any:
        row = self.table.currentRow()
        return self.peers[row] if 0 <= row < len(self.peers) else None

    def ask_revoke(self) -> QMessageBox | None:
        peer = self.selected()
        if peer is None:
            self.say(self.tr("Select the office to revoke first."))
            return None
        if peer.revoked_at:
            self.say(self.tr("{office} is revoked already.").replace("{office}", peer.card.name))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Revoke an office"),
            self.tr(
                "Revoke {office}? Its bundles are refused from now on, and the offices you "
                "send to learn it too. This is for good: a revoked card is never trusted "
                "again, the office must make a new one."
            ).replace("{office}", peer.card.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        revoke_button = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep trusting"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(
            lambda button: self.revoke(peer) if button is revoke_button else None
        )
        self.child = box
        box.open()
        return box

    def revoke(self, peer: Any) -> None:
        from lintas.exchange.identity import revoke

        def done(_result: Any) -> None:
            self.reload()
            self.say(self.tr("Revoked {office}.").replace("{office}", peer.card.name))

        self.session.run(
            lambda vault, _p: revoke(vault, peer.office_id), on_success=done,
            on_failure=self.say, changes_vault=True,
        )  # fmt: skip
