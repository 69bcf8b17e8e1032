"""The supervisor's exchange screens (issue 13, "In the app"), driven by the keyboard over
two real vaults in tmp folders: trust by fingerprint, send, receive, receipts, conflicts,
cancel, and tampered or foreign files that change nothing."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "vault"))

from vault_helpers import snapshot

from lintas.exchange.bundles import create_bundle, import_file
from lintas.exchange.identity import office_identity, read_card, trust
from lintas.gui.demo_form import DEMO_FORM_ID, demo_form_bytes
from lintas.gui.exchange.conflicts import ConflictsDialog
from lintas.gui.exchange.peers import PeersDialog, TrustCardDialog
from lintas.gui.exchange.receipts import ReceiptsDialog
from lintas.gui.exchange.transfer import ReceiveDialog, SendDialog
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_supervisor_path import ANSWERS, unlock

ALT = Qt.KeyboardModifier.AltModifier


def office(path: Path, name: str, records: int = 0) -> list[str]:
    vault, _ = Vault.create(path, office=name, user="mai", passphrase=PASSPHRASE, kdf=FAST_KDF)
    with vault:
        vault.install_form(demo_form_bytes(), filename="demo.md")
        vault.add_user("dara", PASSPHRASE)  # an enumerator
        office_identity(vault)
        return [
            vault.save_submission(DEMO_FORM_ID, {**ANSWERS, "age": 20 + i}, status="final").uuid
            for i in range(records)
        ]


def open_core(path: Path) -> Vault:
    return Vault.open(path, user="mai", passphrase=PASSPHRASE)


def state(folder: Path) -> dict[str, str]:
    return {k: v for k, v in snapshot(folder).items() if not k.endswith("-shm")}


def type_into_chooser(qtbot, chooser: QFileDialog, path: Path) -> None:
    edit = chooser.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(chooser.isVisible)
    edit.clear()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not chooser.isVisible())


def sign_in(qtbot, window, path: Path, user: str) -> None:
    unlock(qtbot, window, path, user, PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10000)


def opened(qtbot, window, key: str):
    """Open one exchange screen from its menu entry; wait until it has the keyboard."""
    window.exchange.actions[key].trigger()
    dialog = window.dialog
    # Offscreen Qt sometimes hands the activation back to the main window a moment
    # later (the unlock or previous dialog closing); a person would click the dialog.
    for _ in range(50):
        if dialog.isActiveWindow():
            break
        dialog.activateWindow()
        qtbot.wait(100)
    assert dialog.isActiveWindow()
    return dialog


def alt(qtbot, dialog, key) -> None:
    """Alt+letter presses a button by its underlined letter (Qt clicks it 100 ms later)."""
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.keyClick(dialog.focusWidget() or dialog, key, ALT)
    qtbot.wait(250)


def summary_when_done(qtbot, dialog) -> str:
    qtbot.waitUntil(dialog.action_button.isEnabled, timeout=20000)
    return dialog.summary.toPlainText()


def test_enumerators_do_not_see_the_exchange_screens(qtbot, window, tmp_path):
    path = tmp_path / "poipet"
    office(path, "Poipet", records=1)
    sign_in(qtbot, window, path, "dara")
    assert not window.session.is_supervisor
    assert not any(a.isVisible() for a in window.exchange.actions.values())
    assert window.exchange.show("send") is None and window.exchange.show("peers") is None


def test_two_offices_trust_send_receipt_and_conflict_by_keyboard(qtbot, window, tmp_path):
    poipet, hub_path = tmp_path / "poipet", tmp_path / "hub"
    sent = office(poipet, "Poipet", records=3)
    office(hub_path, "Bangkok hub")
    hub_card = tmp_path / "hub-card.json"
    with open_core(hub_path) as hub:
        hub_card.write_text(json.dumps(office_identity(hub).card.to_json()))

    sign_in(qtbot, window, poipet, "mai")
    assert all(a.isVisible() for a in window.exchange.actions.values())
    assert [a.text() for a in window.exchange.actions.values()] == [
        "&Send to…", "&Receive bundle…", "Recei&pts…", "P&eers…", "&Conflicts…",
    ]  # fmt: skip

    # -- Peers: save our card, trust the hub's after the fingerprint check
    peers = opened(qtbot, window, "peers")
    assert isinstance(peers, PeersDialog)
    own_card = tmp_path / "poipet-card.json"
    alt(qtbot, peers, Qt.Key.Key_S)
    type_into_chooser(qtbot, peers.child, own_card)
    qtbot.waitUntil(lambda: own_card.exists() and "Fingerprint" in peers.message.text())
    assert read_card(own_card).office_id == peers.card.office_id in peers.message.text()

    alt(qtbot, peers, Qt.Key.Key_T)
    type_into_chooser(qtbot, peers.child, hub_card)
    question = peers.child
    assert isinstance(question, TrustCardDialog)
    hub_id = read_card(hub_card).office_id
    assert question.findChildren(type(peers.own_fingerprint))  # the fingerprint is shown
    assert hub_id in [label.text() for label in question.findChildren(type(peers.own_fingerprint))]
    assert not question.trust_button.isEnabled()  # not before the user says it matches
    qtbot.keyClick(question.matches, Qt.Key.Key_Space)
    assert question.trust_button.isEnabled()
    qtbot.keyClick(question.trust_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: peers.table.rowCount() == 1, timeout=5000)
    assert peers.table.item(0, 0).text() == "Bangkok hub"
    assert peers.table.item(0, 2).text() == hub_id
    assert "Now trusting Bangkok hub" in peers.message.text()
    qtbot.keyClick(peers, Qt.Key.Key_Escape)

    with open_core(hub_path) as hub:  # the hub trusts our card, as its supervisor would
        trust(hub, read_card(own_card))

    # -- Send to the hub
    send = opened(qtbot, window, "send")
    assert isinstance(send, SendDialog)
    assert send.offices.item(0).text() == "Bangkok hub: 3 records to send"
    qtbot.keyClick(send.offices, Qt.Key.Key_Space)  # tick the selected office
    bundle = tmp_path / "poipet-1.age"
    alt(qtbot, send, Qt.Key.Key_B)
    assert send.path_row.edit.hasFocus() or QApplication.focusWidget() is send.path_row.edit
    send.path_row.edit.selectAll()
    qtbot.keyClicks(send.path_row.edit, str(bundle))
    qtbot.keyClick(send.path_row.edit, Qt.Key.Key_Return)  # Send is the default button
    text = summary_when_done(qtbot, send)
    assert "Bundle 1 for Bangkok hub is saved to" in text and "Records in it: 3" in text
    assert bundle.exists()
    qtbot.keyClick(send, Qt.Key.Key_Escape)

    # -- at the hub: import with a receipt, edit one record, add one, send back
    receipt = tmp_path / "receipt-1.age"
    with open_core(hub_path) as hub:
        assert import_file(hub, bundle, receipt_out=receipt).added == 3
        hub.update_submission(sent[0], {**ANSWERS, "age": 77}, status="final")
        new_at_hub = hub.save_submission(DEMO_FORM_ID, {**ANSWERS, "age": 55}, status="final")
        back = tmp_path / "hub-1.age"
        assert create_bundle(hub, ["Poipet"], back).records == 2
    # Poipet edits the same record meanwhile: both now hold a different revision 2.
    window.session.call(
        lambda vault: vault.update_submission(sent[0], {**ANSWERS, "age": 31}, status="final")
    )

    # -- Receive the receipt, then the hub's bundle
    receive = opened(qtbot, window, "receive")
    assert isinstance(receive, ReceiveDialog)
    assert receive.path_row.edit.hasFocus()
    qtbot.keyClicks(receive.path_row.edit, str(receipt))
    qtbot.keyClick(receive.path_row.edit, Qt.Key.Key_Return)
    text = summary_when_done(qtbot, receive)
    assert text == "Bangkok hub confirms that it holds 3 records sent from here."

    receive.path_row.edit.clear()
    qtbot.keyClicks(receive.path_row.edit, str(back))
    qtbot.keyClick(receive.path_row.edit, Qt.Key.Key_Return)
    text = summary_when_done(qtbot, receive)
    assert "Bundle 1 from Bangkok hub arrived." in text
    assert "Records in it: 2" in text and "New here: 1" in text
    assert "In conflict: 1." in text and "Office → Conflicts" in text
    back_receipt = tmp_path / "hub-1-receipt.age"
    assert f"A receipt for Bangkok hub is saved to {back_receipt}" in text
    assert back_receipt.exists()
    assert window.session.call(lambda vault: vault.submission(new_at_hub.uuid)).data["age"] == 55

    # The same bundle again changes nothing, and says so.
    before = state(poipet)
    receive.write_receipt.setChecked(False)
    alt(qtbot, receive, Qt.Key.Key_R)
    text = summary_when_done(qtbot, receive)
    assert text == "Bundle 1 from Bangkok hub was received already. Nothing was changed."
    assert state(poipet) == before
    qtbot.keyClick(receive, Qt.Key.Key_Escape)

    # -- Receipts: what the hub holds
    receipts = opened(qtbot, window, "receipts")
    assert isinstance(receipts, ReceiptsDialog)
    row = [receipts.offices.item(0, c).text() for c in range(7)]
    # 4 records here: the 3 sent (one now at a revision the hub does not hold) and the
    # hub's own, which it holds because it sent it.
    assert row[:5] == ["Bangkok hub", "3 of 4", "1", "1", "1"]
    states = {
        receipts.records.item(r, 0).text(): receipts.records.item(r, 4).text()
        for r in range(receipts.records.rowCount())
    }
    assert states[sent[0][:8]] == "Holds another version"
    assert states[sent[1][:8]] == states[new_at_hub.uuid[:8]] == "Holds it"
    qtbot.keyClick(receipts, Qt.Key.Key_Escape)

    # -- Conflicts: side by side, keep the incoming version
    conflicts = opened(qtbot, window, "conflicts")
    assert isinstance(conflicts, ConflictsDialog)
    assert conflicts.list.rowCount() == 1
    compare = conflicts.compare
    header = [compare.horizontalHeaderItem(c).text() for c in range(3)]
    assert header[1].startswith("Here (revision 2") and header[2].startswith(
        "From Bangkok hub (revision 2"
    )
    cells = {compare.item(r, 0).text(): (compare.item(r, 1).text(), compare.item(r, 2).text())
             for r in range(compare.rowCount())}  # fmt: skip
    differing = [q for q, (here, there) in cells.items() if here != there]
    assert len(differing) == 1 and cells[differing[0]] == ("31", "77")
    assert "Answers that differ (marked): 1" in conflicts.message.text()
    alt(qtbot, conflicts, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: conflicts.list.rowCount() == 0, timeout=10000)
    assert conflicts.message.text().startswith("Kept the incoming version")
    record = window.session.call(lambda vault: vault.submission(sent[0]))
    assert (record.revision, record.data["age"]) == (3, 77)
    history = window.session.call(lambda vault: vault.submission_history(sent[0]))
    assert 31 in [old.data["age"] for old in history]  # the version here is kept in history


def _hold_worker(window) -> threading.Event:
    """Keep the one worker thread busy, so that Cancel is pressed before the work starts."""
    release = threading.Event()
    window.session.run(lambda _vault, _progress: release.wait(20))
    return release


def _press_cancel(qtbot, dialog) -> None:
    progress = dialog.progress
    qtbot.waitUntil(progress.isVisible, timeout=2000)  # after its 300 ms grace
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    assert dialog.operation.cancel_requested


def _paired(tmp_path, records: int = 2):
    poipet, hub_path = tmp_path / "poipet", tmp_path / "hub"
    office(poipet, "Poipet", records=records)
    office(hub_path, "Bangkok hub", records=1)
    with open_core(poipet) as a, open_core(hub_path) as hub:
        trust(a, office_identity(hub).card)
        trust(hub, office_identity(a).card)
        create_bundle(hub, ["Poipet"], tmp_path / "hub-1.age")
    return poipet, hub_path


def test_cancel_send_and_receive_change_nothing(qtbot, window, tmp_path):
    poipet, _hub = _paired(tmp_path)
    sign_in(qtbot, window, poipet, "mai")
    before = state(poipet)

    send = opened(qtbot, window, "send")
    qtbot.keyClick(send.offices, Qt.Key.Key_Space)
    out = tmp_path / "never.age"
    send.path_row.edit.setText(str(out))
    release = _hold_worker(window)
    qtbot.keyClick(send.path_row.edit, Qt.Key.Key_Return)
    _press_cancel(qtbot, send)
    release.set()
    assert summary_when_done(qtbot, send) == "Cancelled. Nothing was changed."
    assert not out.exists() and state(poipet) == before
    send.close()

    receive = opened(qtbot, window, "receive")
    qtbot.keyClicks(receive.path_row.edit, str(tmp_path / "hub-1.age"))
    release = _hold_worker(window)
    qtbot.keyClick(receive.path_row.edit, Qt.Key.Key_Return)
    _press_cancel(qtbot, receive)
    release.set()
    assert summary_when_done(qtbot, receive) == "Cancelled. Nothing was changed."
    assert state(poipet) == before
    assert not (tmp_path / "hub-1-receipt.age").exists()

    # Without Cancel the same file imports (the cancel left nothing half done).
    alt(qtbot, receive, Qt.Key.Key_R)
    assert "New here: 1" in summary_when_done(qtbot, receive)


def test_tampered_foreign_and_misaddressed_files_are_refused_and_change_nothing(
    qtbot, window, tmp_path
):
    poipet, hub_path = _paired(tmp_path)
    good = (tmp_path / "hub-1.age").read_bytes()
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x01
    (tmp_path / "flipped.age").write_bytes(bytes(flipped))
    (tmp_path / "cut.age").write_bytes(good[: len(good) - 40])
    (tmp_path / "notes.txt").write_text("not a bundle at all\n")
    # A stranger (trusted by the hub, not by Poipet) and a bundle for the hub only.
    stranger = tmp_path / "stranger"
    office(stranger, "Stranger", records=1)
    with open_core(stranger) as s, open_core(hub_path) as hub, open_core(poipet) as a:
        trust(s, office_identity(a).card)
        create_bundle(s, ["Poipet"], tmp_path / "stranger.age")
        trust(s, office_identity(hub).card)
        trust(hub, office_identity(s).card)
        create_bundle(hub, ["Stranger"], tmp_path / "for-stranger.age")

    sign_in(qtbot, window, poipet, "mai")
    before = state(poipet)
    receive = opened(qtbot, window, "receive")
    reasons = {
        "flipped.age": "damaged, cut short or was changed",
        "cut.age": "damaged, cut short or was changed",
        "notes.txt": "not an age-encrypted file",
        "stranger.age": "does not trust",
        "for-stranger.age": "not addressed to this office",
    }
    for name, reason in reasons.items():
        receive.path_row.edit.clear()
        qtbot.keyClicks(receive.path_row.edit, str(tmp_path / name))
        qtbot.keyClick(receive.path_row.edit, Qt.Key.Key_Return)
        text = summary_when_done(qtbot, receive)
        assert text.startswith("The file was refused. Nothing was imported"), (name, text)
        assert reason in text, (name, text)
        assert state(poipet) == before, name
    assert not list(tmp_path.glob("*-receipt.age"))
