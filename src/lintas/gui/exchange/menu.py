"""The exchange part of the Office menu. Held by the main window (composition): it adds
its actions to the menu it is given and shows them to supervisors only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from lintas.gui.exchange.conflicts import ConflictsDialog
from lintas.gui.exchange.peers import PeersDialog
from lintas.gui.exchange.receipts import ReceiptsDialog
from lintas.gui.exchange.transfer import ReceiveDialog, SendDialog


class ExchangeMenu(QObject):
    def __init__(self, window: Any, menu: Any) -> None:
        super().__init__(window)
        self.window = window
        self.separator = menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        entries = (
            ("send", QCoreApplication.translate("ExchangeMenu", "&Send to…"), SendDialog),
            (
                "receive",
                QCoreApplication.translate("ExchangeMenu", "&Receive bundle…"),
                ReceiveDialog,
            ),
            ("receipts", QCoreApplication.translate("ExchangeMenu", "Recei&pts…"), ReceiptsDialog),
            ("peers", QCoreApplication.translate("ExchangeMenu", "P&eers…"), PeersDialog),
            (
                "conflicts",
                QCoreApplication.translate("ExchangeMenu", "&Conflicts…"),
                ConflictsDialog,
            ),
        )
        for key, text, dialog_class in entries:
            action = QAction(text, window)
            action.triggered.connect(lambda _checked=False, c=dialog_class: self.open(c))
            menu.addAction(action)
            self.actions[key] = action
        window.session.opened.connect(self.update)
        self.update()

    def update(self) -> None:
        """Supervisors send, receive and decide; enumerators do not see these entries."""
        shown = self.window.session.is_open and self.window.session.is_supervisor
        self.separator.setVisible(shown)
        for action in self.actions.values():
            action.setVisible(shown)

    def open(self, dialog_class: Any) -> Any:
        session = self.window.session
        if not (session.is_open and session.is_supervisor):
            return None
        dialog = self.window._open_dialog(dialog_class(session, self.window))
        dialog.activateWindow()  # the keys go to the new screen, whichever window had them
        return dialog

    def show(self, key: str) -> Any:
        """Open one screen by its key (send, receive, receipts, peers, conflicts)."""
        classes = {
            "send": SendDialog, "receive": ReceiveDialog, "receipts": ReceiptsDialog,
            "peers": PeersDialog, "conflicts": ConflictsDialog,
        }  # fmt: skip
        return self.open(classes[key])
