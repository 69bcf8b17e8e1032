"""Submissions: save, edit with history, finalise, void, list, count, import."""

from __future__ import annotations

import pytest
from vault_helpers import FORM_ID, PASSPHRASE, form_bytes, valid_answers

from lintas.vault import Vault
from lintas.vault.errors import (
    FormConflictError,
    FormNotInstalledError,
    IdentifierAnswerError,
    InvalidSubmissionError,
    PermissionDeniedError,
    SubmissionExistsError,
    SubmissionNotFoundError,
    SubmissionStateError,
)
from lintas.vault.submissions import content_hash, data_json


def test_install_form_stores_bytes_id_version_and_hash(vault):
    [installed] = vault.forms()
    assert (installed.form_id, installed.version, installed.title) == (
        FORM_ID,
        "1",
        "Migrant survey",
    )
    import hashlib

    assert installed.sha256 == hashlib.sha256(form_bytes()).hexdigest()
    assert vault.form(FORM_ID).form_id == FORM_ID
    vault.install_form(form_bytes(), filename="again.md")  # identical: no change
    assert len(vault.forms()) == 1
    changed = form_bytes().replace(b"Monthly wage", b"Wage per month")
    with pytest.raises(FormConflictError):
        vault.install_form(changed)
    with pytest.raises(FormNotInstalledError):
        vault.form("other_form")


def test_save_final_and_read_back(vault):
    saved = vault.save_submission(FORM_ID, valid_answers(), status="final", pseudonym="p-1")
    again = vault.submission(saved.uuid)
    assert again == saved
    assert again.revision == 1 and again.status == "final" and again.office == "Mae Sot"
    assert again.created_by == "anan" and again.form_version == "1"
    assert again.content_hash == content_hash(FORM_ID, "1", data_json(again.data), "p-1")


def test_final_submission_failing_validation_is_refused_with_engine_messages(vault):
    with pytest.raises(InvalidSubmissionError) as raised:
        vault.save_submission(FORM_ID, {"age": 12}, status="final")
    assert raised.value.problems and any("age" in p for p in raised.value.problems)
    assert vault.count() == 0
    draft = vault.save_submission(FORM_ID, {"age": 12})  # a draft may be incomplete
    with pytest.raises(InvalidSubmissionError):
        vault.finalise(draft.uuid)
    assert vault.submission(draft.uuid).status == "draft"


def test_identifier_answers_are_never_stored(vault):
    answers = {**valid_answers(), "full_name": "Somchai Jaidee"}
    for status in ("draft", "final"):
        with pytest.raises(IdentifierAnswerError, match="full_name"):
            vault.save_submission(FORM_ID, answers, status=status)
    draft = vault.save_submission(FORM_ID, valid_answers())
    with pytest.raises(IdentifierAnswerError):
        vault.update_submission(draft.uuid, answers)
    assert vault.count() == 1


def test_edit_keeps_history_and_finalise_void_add_revisions(vault):
    draft = vault.save_submission(FORM_ID, valid_answers(remarks="first"))
    edited = vault.update_submission(draft.uuid, valid_answers(remarks="second"))
    final = vault.finalise(draft.uuid)
    void = vault.void(draft.uuid, "entered twice")
    assert [edited.revision, final.revision, void.revision] == [2, 3, 4]
    assert void.status == "void" and void.void_reason == "entered twice"
    history = vault.submission_history(draft.uuid)
    assert [h.revision for h in history] == [1, 2, 3]
    assert history[0].data["remarks"] == "first" and history[1].data["remarks"] == "second"
    with pytest.raises(SubmissionStateError):
        vault.update_submission(draft.uuid, valid_answers())
    with pytest.raises(SubmissionStateError):
        vault.void(draft.uuid, "again")


def test_void_needs_a_reason_and_a_supervisor(make_vault, tmp_path):
    vault, _ = make_vault()
    vault.add_user("bee", "bee passphrase", role="enumerator")
    vault.close()
    with Vault.open(tmp_path / "vault", user="bee", passphrase="bee passphrase") as bee:
        saved = bee.save_submission(FORM_ID, valid_answers(), status="final")
        with pytest.raises(PermissionDeniedError):
            bee.void(saved.uuid, "mistake")
        with pytest.raises(PermissionDeniedError):
            bee.update_submission(saved.uuid, valid_answers(age=40))
    with Vault.open(tmp_path / "vault", user="anan", passphrase=PASSPHRASE) as anan:
        with pytest.raises(SubmissionStateError, match="reason"):
            anan.void(saved.uuid, "  ")
        assert anan.update_submission(saved.uuid, valid_answers(age=41)).data["age"] == 41


def test_duplicate_uuid_and_missing_submission(vault):
    saved = vault.save_submission(FORM_ID, valid_answers(), uuid="fixed-id")
    assert saved.uuid == "fixed-id"
    with pytest.raises(SubmissionExistsError):
        vault.save_submission(FORM_ID, valid_answers(), uuid="fixed-id")
    with pytest.raises(SubmissionNotFoundError):
        vault.submission("missing")


def test_list_filter_and_count(make_vault, tmp_path):
    vault, _ = make_vault()
    vault.add_user("bee", "bee passphrase")
    ids = [vault.save_submission(FORM_ID, valid_answers(age=20 + i)).uuid for i in range(3)]
    vault.finalise(ids[0])
    vault.close()
    with Vault.open(tmp_path / "vault", user="bee", passphrase="bee passphrase") as bee:
        bee.save_submission(FORM_ID, valid_answers(), status="final", pseudonym="abc")
        assert bee.count() == 4
        assert bee.count(status="final") == 2
        assert bee.count(user="bee") == 1 and bee.count(user="anan") == 3
        assert bee.count(form_id="nothing") == 0
        assert [s.pseudonym for s in bee.submissions(pseudonym="abc")] == ["abc"]
        everything = bee.submissions()
        assert [s.created_at for s in everything] == sorted(s.created_at for s in everything)
        middle = everything[1].created_at
        assert bee.count(since=middle) == 3 and bee.count(until=middle) == 1
        assert [s.uuid for s in bee.submissions(limit=2, offset=1)] == [
            s.uuid for s in everything[1:3]
        ]


def test_import_is_all_or_nothing_and_idempotent(make_vault):
    source, _ = make_vault("source")
    target, _ = make_vault("target")
    records = [
        source.save_submission(FORM_ID, valid_answers(age=20 + i), status="final") for i in range(5)
    ]
    first = target.import_submissions(records, source="bundle-1")
    assert (first.added, first.updated, first.skipped) == (5, 0, 0)
    again = target.import_submissions(records, source="bundle-1")
    assert (again.added, again.skipped) == (0, 5)
    newer = source.update_submission(records[0].uuid, valid_answers(age=70))
    third = target.import_submissions([newer], source="bundle-2")
    assert third.updated == 1 and target.submission(newer.uuid).data["age"] == 70
    assert target.submission(records[1].uuid).content_hash == records[1].content_hash

    def broken():
        yield from records
        raise RuntimeError("bundle cut short")

    fresh, _ = make_vault("fresh")
    with pytest.raises(RuntimeError):
        fresh.import_submissions(broken(), source="bundle-3")
    assert fresh.count() == 0
    assert fresh.audit_verify().ok


def test_secrets_stay_inside_and_need_a_supervisor(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    assert vault.get_secret("regional") is None
    vault.set_secret("regional", bytes(range(32)))
    vault.add_user("bee", "bee passphrase")
    vault.close()
    with Vault.open(tmp_path / "vault", user="bee", passphrase="bee passphrase") as bee:
        assert bee.get_secret("regional") == bytes(range(32))
        with pytest.raises(PermissionDeniedError):
            bee.set_secret("regional", b"x")


def test_a_vault_opened_in_one_thread_serves_calls_from_others(vault):
    import threading

    errors: list[BaseException] = []

    def work(age: int) -> None:
        try:
            for _ in range(5):
                vault.save_submission(FORM_ID, valid_answers(age=age), status="final")
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(20 + n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert vault.count(status="final") == 20
    assert vault.audit_verify().ok


@pytest.mark.parametrize("bad", ["", "abc'; drop", "x" * 65, "a b", "ünïcode", "a/b"])
def test_a_submission_id_must_be_plain(vault, bad):
    from lintas.vault.errors import InvalidSubmissionIdError

    with pytest.raises(InvalidSubmissionIdError):
        vault.save_submission(FORM_ID, valid_answers(), uuid=bad)
    assert vault.count() == 0


def test_text_search_covers_answers_ids_and_users_and_escapes_wildcards(vault):
    first = vault.save_submission(FORM_ID, valid_answers(remarks="paid 100% in cash"))
    vault.save_submission(FORM_ID, valid_answers(remarks="ຄ່າແຮງ ບໍ່ໄດ້ຮັບ"))
    vault.save_submission(FORM_ID, valid_answers(remarks="nothing to add"))
    assert vault.count(text="cash") == 1
    assert vault.count(text="100%") == 1
    assert vault.count(text="1_0") == 0  # '_' is a character here, not a wildcard
    assert vault.count(text="ບໍ່ໄດ້ຮັບ") == 1
    assert vault.count(text="paid cash") == 1  # every word must match
    assert vault.count(text="paid nothing") == 0
    assert [s.uuid for s in vault.submissions(text=first.uuid[:8])] == [first.uuid]
    assert vault.count(text="anan") == 3


def test_text_search_matches_given_choice_codes_as_whole_answers(vault):
    # The GUI turns a label the clerk types ("Female") into its codes; the vault
    # matches a code only as a whole JSON string, never inside another word.
    vault.save_submission(FORM_ID, valid_answers(remarks="a female cousin"))
    vault.save_submission(FORM_ID, {**valid_answers(), "sex": "male", "issues": ["passport_held"]})
    assert vault.count(text="Woman") == 0
    assert vault.count(text="Woman", text_codes={"Woman": ["female"]}) == 1
    assert vault.count(text="Owed", text_codes={"Owed": ["debt"]}) == 1  # in a multiple choice
    assert vault.count(text="fem", text_codes={"fem": ["fem"]}) == 1  # typed text still counts
    assert vault.count(text="Woman Salary", text_codes={"Woman": ["female"]}) == 0  # every word
    assert vault.count(text="qqq", text_codes={"qqq": ['"%', "_"]}) == 0  # codes are escaped too
