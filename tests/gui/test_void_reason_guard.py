"""Issue 15 point 3: the void dialog flags a reason holding identifiers and redacts it."""

from PySide6.QtCore import Qt

from lintas.gui.dialogs.void_reason import VoidReasonDialog

REASON = "Duplicate: same worker Aung Ko Ko, passport MA1234567, phone +66 81 234 5678"


def test_the_void_dialog_flags_and_redacts_identifiers(qtbot):
    dialog = VoidReasonDialog("Record 1a2b3c4d")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.reasonEdit, REASON)
    qtbot.keyClick(dialog.form.voidButton, Qt.Key.Key_Space)
    assert dialog.isVisible() and "Redact" in dialog.form.errorLabel.text()
    assert dialog.redact_button.isVisible()
    qtbot.keyClick(dialog.redact_button, Qt.Key.Key_Space)
    assert dialog.reason == "Duplicate: same worker Aung Ko Ko, passport [passport], phone [phone]"
    qtbot.keyClick(dialog.form.voidButton, Qt.Key.Key_Space)
    assert dialog.result() == 1
