"""The warning that the vault just opened is older than the one this computer saw last.

The core notices it on open (``Vault.history_warning``, lintas.vault.anchor) and writes
``vault.rollback_seen`` into the audit trail; the CLI prints its English text. Here the
clerk reads what it means and what to do, in the app's language; the core's own
sentence, with the audit entry numbers, is the box's tooltip (and in the audit entry).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def history_warning_box(parent: QWidget, detail: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("HistoryWarning", "This vault is older than expected")
    )
    box.setText(
        QCoreApplication.translate(
            "HistoryWarning",
            "This vault is older than the copy this computer saw last time. Interviews "
            "saved since then may be missing: an older copy of the vault may have been "
            "put back, or its last entries removed.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "HistoryWarning",
            "Before you add or change anything, find the newest copy of the vault (on "
            "another computer, a USB stick or a backup) and tell your supervisor. Lintas "
            "has written this warning into the vault's audit trail.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    # Qt's own button words are not translated in this app: name it here.
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("HistoryWarning", "OK")
    )
    # The core's sentence (audit entry numbers) is for support, in English: a tooltip,
    # not a "Show Details" button in Qt's English. It is in the audit trail as well.
    box.setToolTip(detail)
    return box
