"""A message raised in the core shows in the app's language (real widgets, offscreen).

The core never imports Qt: the app's language setting reaches it through
lintas.gui.i18n.install_language, which sets lintas.i18n's language too."""

from PySide6.QtCore import Qt

from lintas import i18n
from tests.gui.conftest import FAST_KDF
from tests.gui.test_supervisor_path import make_vault


def test_a_wrong_passphrase_is_refused_in_thai_in_the_thai_app(qtbot, prefs, tmp_path):
    from lintas.gui.app import build_window

    window = build_window("th", vault_options={"kdf": FAST_KDF}, prefs=prefs, autosave_seconds=1)
    qtbot.addWidget(window)
    window.show()
    assert i18n.current_language() == "th"
    path = tmp_path / "vault"
    make_vault(path)
    dialog = window.unlock(path)
    dialog.form.userCombo.setCurrentText("")
    qtbot.keyClicks(dialog.form.userCombo, "mai")
    qtbot.keyClicks(dialog.form.passphraseEdit, "not the passphrase at all")
    qtbot.keyClick(dialog.form.passphraseEdit, Qt.Key.Key_Return)
    thai = i18n.translated_in("th", "Wrong passphrase for user '{user}'. Nothing was changed.")
    expected = thai.format(user="mai")
    assert expected != "Wrong passphrase for user 'mai'. Nothing was changed."
    qtbot.waitUntil(lambda: expected in dialog.form.errorLabel.text(), timeout=20_000)
    assert "Wrong passphrase" not in dialog.form.errorLabel.text()
    assert not window.session.is_open
    window.session.operations.wait(5000)


def test_the_self_test_steps_show_in_thai_in_the_thai_app(qtbot, prefs, monkeypatch):
    from lintas import selftest
    from lintas.gui.app import build_window
    from lintas.gui.help_menu import SelfTestDialog

    window = build_window("th", vault_options={"kdf": FAST_KDF}, prefs=prefs, autosave_seconds=1)
    qtbot.addWidget(window)
    # The first two real steps only: their names and details are what is checked here.
    monkeypatch.setattr(selftest, "all_checks", lambda: selftest.CORE_CHECKS[:2])
    dialog = SelfTestDialog(window)
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=60_000)
    steps = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert steps == [i18n.translated_in("th", "Create a vault"),
                     i18n.translated_in("th", "Unlock the vault")]  # fmt: skip
    detail = dialog.table.item(0, 2).text()
    assert detail == i18n.translated_in("th", "encrypted vault created in a temporary folder")


def test_a_broken_form_is_refused_in_lao_in_the_lao_app(qtbot, prefs, tmp_path, monkeypatch):
    from lintas.gui.app import build_window
    from lintas.gui.pages import new_interview
    from tests.gui.test_supervisor_path import PASSPHRASE, unlock

    shown = []
    monkeypatch.setattr(new_interview.QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))  # fmt: skip
    window = build_window("lo", vault_options={"kdf": FAST_KDF}, prefs=prefs, autosave_seconds=1)
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "vault"
    make_vault(path)
    unlock(qtbot, window, path, "mai", PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    form = tmp_path / "broken.md"
    form.write_text(
        "| survey |\n| | type | name | label | privacy |\n| | text | job | Job | secret |\n",
        encoding="utf-8",
    )
    window.show_page("new")
    window.new_interview.install(form)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    lao = i18n.translated_in(
        "lo", "The privacy value '{value}' of '{name}' is not one Lintas knows. Use one of "
        "{values}, or leave the cell empty."
    ).format(value="secret", name="job", values="'identifier', 'quasi', 'sensitive'")
    head = i18n.translated_in("lo", "The form '{name}' cannot be used: 1 problem.").format(
        name="broken.md"
    )
    assert shown[0].startswith(head)
    assert lao in shown[0] and lao in window.new_interview.message.text()
    assert "not one Lintas knows" not in shown[0]
    window.session.operations.wait(5000)


def test_a_file_that_is_no_bundle_is_refused_in_thai_in_the_thai_app(qtbot, prefs, tmp_path):
    from lintas.gui.app import build_window
    from tests.gui.test_exchange_screens import _paired, opened, sign_in, summary_when_done

    poipet, _hub = _paired(tmp_path)
    (tmp_path / "notes.txt").write_text("not a bundle at all\n")
    window = build_window("th", vault_options={"kdf": FAST_KDF}, prefs=prefs, autosave_seconds=1)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, poipet, "mai")
    receive = opened(qtbot, window, "receive")
    receive.path_row.edit.clear()
    qtbot.keyClicks(receive.path_row.edit, str(tmp_path / "notes.txt"))
    qtbot.keyClick(receive.path_row.edit, Qt.Key.Key_Return)
    text = summary_when_done(qtbot, receive)
    thai = i18n.translated_in("th", "it is not an age-encrypted file")
    assert thai != "it is not an age-encrypted file" and thai in text
    assert "age-encrypted" not in text
    window.session.operations.wait(5000)
