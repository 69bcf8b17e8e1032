"""Media answers: the file name in the answer, the bytes encrypted inside the vault."""

# ruff: noqa: E501 - the forms are markdown tables, one sheet row per line

import os

import pytest

from lintas.form import Privacy, Response
from lintas.form.errors import InvalidAnswer
from lintas.form.media import MAX_ATTACHMENT_BYTES, Attachment
from lintas.privacy.entry import save_response
from lintas.vault import KdfParams, Vault
from lintas.vault.errors import InvalidSubmissionError

FORM = b"""
| survey |
| | type | name | label | privacy | relevant |
| | image | photo | Photo of the document | | |
| | audio | voice | Voice note | sensitive | |
| | file | contract | Contract | quasi | |
| | image | face | Face | identifier | |
| | barcode | code | Barcode | | |
| | integer | n | N | | |
| | image | later | Later | quasi | ${n} > 5 |
| settings |
| | form_id | version |
| | media_test | 1 |
"""

# A marker no SQLite page would hold by chance: found in clear, it would be the photo.
PHOTO = b"\x89PNG\r\n\x1a\n" + b"LINTAS-CLEAR-PHOTO-MARKER" * 200
VOICE = b"RIFF" + b"LINTAS-CLEAR-VOICE-MARKER" * 100


def new_vault(tmp_path):
    vault, _key = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    vault.install_form(FORM, filename="media.md")
    return vault


def test_files_are_stored_encrypted_with_the_record_and_read_back(tmp_path):
    vault = new_vault(tmp_path)
    form = vault.form("media_test")
    assert form.question("photo").privacy is Privacy.QUASI  # no role: quasi by default
    assert form.question("code").type == "barcode"
    response = Response(form)
    response.set("photo", Attachment("C:\\Users\\clerk\\passport scan.png", PHOTO))
    response.set("voice", Attachment("note.wav", VOICE))
    response.set("face", Attachment("face.png", b"FACE-BYTES-NEVER-STORED" * 50))
    response.set("code", "8850999320014")
    assert response.get("photo") == "passport scan.png"
    outcome = save_response(vault, response)
    uuid = outcome.submission.uuid
    stored = vault.submission(uuid).data
    assert stored["photo"] == "passport scan.png" and "face" not in stored
    assert stored["code"] == "8850999320014"
    assert {a.name for a in vault.attachments(uuid)} == {"passport scan.png", "note.wav"}
    assert vault.attachment(uuid, "passport scan.png") == PHOTO
    # The audit entry carries each file's hash.
    vault.close()

    # Reopened: the record still shows its files; nothing of them is in clear on disk.
    again = Vault.open(tmp_path / "v", user="anan", passphrase="correct horse battery")
    with again:
        assert again.attachment(uuid, "note.wav") == VOICE
        reopened = Response.from_json(again.form("media_test"), again.submission(uuid).data)
        reopened.set("n", 3)
        save_response(again, reopened, uuid=uuid)  # files stored before need not come again
        assert again.submission(uuid).revision == 2
    for folder, _dirs, files in os.walk(tmp_path):
        for name in files:
            content = open(os.path.join(folder, name), "rb").read()
            for marker in (b"LINTAS-CLEAR-PHOTO-MARKER", b"LINTAS-CLEAR-VOICE-MARKER", b"FACE-BYTES"):
                assert marker not in content, name


def test_size_limits_and_mismatches_give_clear_messages(tmp_path):
    vault = new_vault(tmp_path)
    form = vault.form("media_test")
    response = Response(form)
    with pytest.raises(InvalidAnswer, match="at most 20 MB"):
        response.set("photo", Attachment("big.jpg", b"x" * (MAX_ATTACHMENT_BYTES + 1)))
    with pytest.raises(InvalidAnswer, match="empty"):
        response.set("photo", Attachment("empty.jpg", b""))
    with pytest.raises(InvalidAnswer, match="not an attached file"):
        response.set("n", Attachment("a.jpg", b"1"))
    with pytest.raises(InvalidAnswer, match="plain name"):
        response.set("photo", "../../etc/passwd")
    assert response.get("photo") is None
    # A record naming a file that is not attached, or attaching one no answer names.
    with pytest.raises(InvalidSubmissionError, match="not attached"):
        vault.save_submission("media_test", {"photo": "missing.jpg"})
    with pytest.raises(InvalidSubmissionError, match="no stored answer names it"):
        vault.save_submission("media_test", {}, attachments={"stray.jpg": b"123"})
    assert vault.count() == 0
    vault.close()


def test_a_file_for_a_question_that_stops_applying_is_not_stored(tmp_path):
    vault = new_vault(tmp_path)
    response = Response(vault.form("media_test"))
    response.set("n", 9)
    response.set("later", Attachment("later.jpg", b"LATER" * 10))
    response.set("photo", Attachment("same.jpg", b"one"))
    response.set("contract", Attachment("same.jpg", b"two"))  # two files, one name
    assert response.get("contract") == "same-2.jpg"
    response.set("n", 2)  # "later" is no longer relevant
    assert set(response.stored_attachments()) == {"same.jpg", "same-2.jpg"}
    uuid = save_response(vault, response).submission.uuid
    assert [a.name for a in vault.attachments(uuid)] == ["same-2.jpg", "same.jpg"]
    vault.close()


def test_files_travel_in_a_bundle_and_arrive_checked(tmp_path):
    from lintas.exchange.bundles import create_bundle, import_file
    from lintas.exchange.identity import office_identity, trust

    vaults = []
    for name in ("A", "Hub"):
        vault, _key = Vault.create(
            tmp_path / name, office=name, user="anan", passphrase="correct horse battery",
            kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
        )  # fmt: skip
        vault.install_form(FORM, filename="media.md")
        office_identity(vault)
        vaults.append(vault)
    a, hub = vaults
    trust(a, office_identity(hub).card)
    trust(hub, office_identity(a).card)
    response = Response(a.form("media_test"))
    response.set("photo", Attachment("permit.png", PHOTO))
    uuid = save_response(a, response, status="final").submission.uuid
    bundle = tmp_path / "a-1.age"
    create_bundle(a, ["Hub"], bundle)
    assert b"LINTAS-CLEAR-PHOTO-MARKER" not in bundle.read_bytes()  # encrypted on the stick
    report = import_file(hub, bundle)
    assert report.added == 1
    assert hub.attachment(uuid, "permit.png") == PHOTO
    for vault in vaults:
        vault.close()
