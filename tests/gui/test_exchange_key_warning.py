"""Before the first interview the app warns while the office has no regional key from its
hub (pseudonyms made under another key never match and cannot be made again); receiving
the hub's key bundle in Office → Receive bundle ends the warning."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lintas.exchange.identity import office_identity, trust
from lintas.exchange.regional import send_regional_key
from tests.gui.test_exchange_screens import office, open_core, opened, sign_in, summary_when_done


def test_new_interview_warns_until_the_hubs_key_arrives(qtbot, window, tmp_path):
    poipet, hub_path = tmp_path / "poipet", tmp_path / "hub"
    office(poipet, "Poipet")
    office(hub_path, "Bangkok hub")
    key_bundle = tmp_path / "hub-key.age"
    with open_core(poipet) as post, open_core(hub_path) as hub:
        trust(post, office_identity(hub).card)
        trust(hub, office_identity(post).card)
        key_id, _ = send_regional_key(hub, ["Poipet"], key_bundle)

    sign_in(qtbot, window, poipet, "mai")
    window.show_page("new")
    warning = window.new_interview.key_warning
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    assert "no regional key from its hub" in warning.text()
    assert "Office → Receive bundle" in warning.text()

    receive = opened(qtbot, window, "receive")
    qtbot.keyClicks(receive.path_row.edit, str(key_bundle))
    qtbot.keyClick(receive.path_row.edit, Qt.Key.Key_Return)
    text = summary_when_done(qtbot, receive)
    assert text.startswith(f"This vault now uses the regional key {key_id} of Bangkok hub.")
    qtbot.keyClick(receive, Qt.Key.Key_Escape)

    window.show_page("home")
    window.show_page("new")
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5000)
    assert warning.text() == ""


def test_the_hub_that_sent_its_key_sees_no_key_warning(qtbot, window, tmp_path):
    """A hub uses its own key: once sent, New interview shows no warning there."""
    poipet, hub_path = tmp_path / "poipet", tmp_path / "hub"
    office(poipet, "Poipet")
    office(hub_path, "Bangkok hub")
    with open_core(poipet) as post, open_core(hub_path) as hub:
        trust(post, office_identity(hub).card)
        trust(hub, office_identity(post).card)
        send_regional_key(hub, ["Poipet"], tmp_path / "hub-key.age")

    sign_in(qtbot, window, hub_path, "mai")
    window.show_page("new")
    warning = window.new_interview.key_warning
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5000)
    assert warning.text() == ""


def test_send_splits_a_bundle_into_parts_that_import_only_together(qtbot, window, tmp_path):
    from lintas.exchange.bundles import import_file
    from lintas.gui.synthetic import synthetic_records

    poipet, hub_path = tmp_path / "poipet", tmp_path / "hub"
    office(poipet, "Poipet")
    office(hub_path, "Bangkok hub")
    with open_core(poipet) as post, open_core(hub_path) as hub:
        trust(post, office_identity(hub).card)
        trust(hub, office_identity(post).card)
        form = post.form(post.forms()[0].form_id)
        records = synthetic_records(form, 3000, users=("mai",), office="Poipet")
        post.import_submissions(records, source="test")
        final = len(post.submissions(status="final", limit=None))

    sign_in(qtbot, window, poipet, "mai")
    send = opened(qtbot, window, "send")
    qtbot.keyClick(send.offices, Qt.Key.Key_Space)
    send.path_row.edit.setText(str(tmp_path / "out" / "poipet.age"))
    (tmp_path / "out").mkdir()
    qtbot.keyClick(send.split, Qt.Key.Key_Space)
    send.part_mb.setFocus()
    send.part_mb.selectAll()
    qtbot.keyClicks(send.part_mb, "0.1")
    qtbot.keyClick(send.part_mb, Qt.Key.Key_Return)
    text = summary_when_done(qtbot, send)
    parts = sorted((tmp_path / "out").iterdir())
    assert len(parts) > 1, text
    assert all(p.stat().st_size <= 0.1 * 1024 * 1024 for p in parts)
    assert f"It is split into {len(parts)} parts for e-mail" in text

    with open_core(hub_path) as hub:  # every part there: the whole bundle commits
        assert import_file(hub, parts[-1]).added == final


def test_replace_the_regional_key_anyway_asks_first_by_keyboard(qtbot, window, tmp_path):
    """A hub's key that would replace the key pseudonyms were made under is kept, with a
    button to replace it anyway; the question says what that does to pseudonyms, keeping
    is the default (Escape changes nothing), and Replace the key replaces it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lintas.privacy.regional import regional_key
    from tests.gui.test_exchange_screens import ANSWERS, DEMO_FORM_ID, state

    poipet, hub_path = tmp_path / "poipet", tmp_path / "hub"
    office(poipet, "Poipet")
    office(hub_path, "Bangkok hub")
    key_bundle = tmp_path / "hub-key.age"
    with open_core(poipet) as post, open_core(hub_path) as hub:
        trust(post, office_identity(hub).card)
        trust(hub, office_identity(post).card)
        own = regional_key(post).key_id  # made here before the hub's key came
        post.save_submission(DEMO_FORM_ID, ANSWERS, status="final", pseudonym="P-" + "a" * 20)
        key_id, _ = send_regional_key(hub, ["Poipet"], key_bundle)

    sign_in(qtbot, window, poipet, "mai")
    receive = opened(qtbot, window, "receive")
    assert not receive.replace_button.isVisible()
    qtbot.keyClicks(receive.path_row.edit, str(key_bundle))
    qtbot.keyClick(receive.path_row.edit, Qt.Key.Key_Return)
    text = summary_when_done(qtbot, receive)
    # One pseudonym is "1 pseudonym" (it read "1 pseudonyms": Qt's %n plural now).
    assert text.startswith("Nothing was changed. This vault already made 1 pseudonym under")
    assert own in text and key_id in text and "Bangkok hub" in text
    assert receive.replace_button.isVisible() and receive.replace_button.isEnabled()
    before = state(poipet)

    def question() -> QMessageBox:
        qtbot.waitUntil(receive.isActiveWindow)
        qtbot.keyClick(receive, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: receive.child is not None and receive.child.isVisible())
        box = receive.child
        # Keys reach the box (its Escape and Alt+R) only once it is the active window: under
        # load that came after it showed, and the keys went to the dialog behind it.
        qtbot.waitUntil(box.isActiveWindow)
        assert "The 1 pseudonym made here under the old key stays" in box.text()
        assert "1 pseudonyms" not in box.text() and "never match" in box.text()
        assert "cannot be undone" in box.text() and own in box.text() and key_id in box.text()
        assert box.defaultButton().text().replace("&", "") == "Keep the current key"
        return box

    box = question()
    qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    qtbot.wait(300)
    assert receive.action_button.isEnabled() and state(poipet) == before  # kept: unchanged

    box = question()
    qtbot.keyClick(box, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not box.isVisible())
    qtbot.waitUntil(lambda: "It replaced the key" in receive.summary.toPlainText(), timeout=20000)
    text = receive.summary.toPlainText()
    assert text.startswith(f"This vault now uses the regional key {key_id} of Bangkok hub.")
    assert own in text and not receive.replace_button.isVisible()
    assert f"It replaced the key {own}: the 1 pseudonym made under that key" in text
    qtbot.keyClick(receive, Qt.Key.Key_Escape)
    window.lock()  # the window holds the vault for writing; read it afterwards
    with open_core(poipet) as post:
        assert regional_key(post).key_id == key_id
