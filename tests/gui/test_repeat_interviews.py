"""A supervisor decides, from the record view, whether a possible repeat is one person."""

import pytest
from PySide6.QtWidgets import QPushButton

from lintas.form import Response
from lintas.gui.operations import Operations
from lintas.gui.pages.records import RecordDialog
from lintas.gui.session import Session
from lintas.privacy.entry import save_response
from lintas.vault import Vault
from lintas.vault.pseudonym_matches import matches
from tests.gui.conftest import FAST_KDF, PASSPHRASE
from tests.privacy.privacy_helpers import FORM_ID, FORM_MD


def _interview(vault, passport):
    response = Response(vault.form(FORM_ID))
    for name, value in (("passport", passport), ("age", 30), ("sex", "female")):
        response.set(name, value)
    return save_response(vault, response, status="final").submission.uuid


@pytest.fixture
def vault_path(tmp_path):
    path = tmp_path / "vault"
    vault, _key = Vault.create(
        path, office="Poipet", user="sok", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with vault:
        vault.install_form(FORM_MD.encode(), filename="privacy.md")
        vault.add_user("dara", "an enumerator passphrase", role="enumerator")
        first = _interview(vault, "N 1234567")
        again = _interview(vault, "n1234567")  # the same passport, typed differently
    return path, first, again


def _open(qtbot, path, user, passphrase):
    session = Session(Operations())
    errors = []
    session.open(path, user, passphrase, on_success=lambda _r: None, on_failure=errors.append)
    qtbot.waitUntil(lambda: session.is_open or bool(errors), timeout=10000)
    assert not errors
    return session


def test_the_supervisor_marks_two_interviews_as_different_people(qtbot, vault_path):
    path, first, again = vault_path
    session = _open(qtbot, path, "sok", PASSPHRASE)
    dialog = RecordDialog(session, again)
    qtbot.addWidget(dialog)
    (label,) = dialog.repeat_labels.values()
    assert first[:8] in label.text() and "not decided yet" in label.text()
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    buttons["Different people"].click()
    qtbot.waitUntil(lambda: "decided: different people" in label.text(), timeout=10000)
    status = session.call(lambda vault: [(m.status, m.resolved_by) for m in matches(vault)])
    assert status == [("different_people", "sok")]
    session.close()


def test_an_enumerator_sees_the_repeat_but_cannot_decide(qtbot, vault_path):
    path, first, _again = vault_path
    session = _open(qtbot, path, "dara", "an enumerator passphrase")
    dialog = RecordDialog(session, first)  # seen from the earlier record too
    qtbot.addWidget(dialog)
    (label,) = dialog.repeat_labels.values()
    assert "not decided yet" in label.text()
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Close"]
    session.close()
