"""Vault.import_submissions checks every record as a local save would (issue 15, point 1).

The exchange test (tests/exchange/test_exchange_record_validation.py) attacks through
signed bundles; these call the vault directly, as the demo does, and cover what a
bundle cannot reach easily: metadata, forms not installed, non-canonical values, and
a record whose answer is relevant only through an identifier (it must still import).
"""

from __future__ import annotations

import dataclasses
import uuid as uuid_module

import pytest
from vault_helpers import FORM_ID, valid_answers

from lintas.privacy.entry import save_answers
from lintas.vault.errors import ImportRefusedError
from lintas.vault.submissions import Submission

RELEVANT_FORM = """
| survey |
|        | type    | name     | label | privacy    | relevant          |
|        | text    | passport | P     | identifier |                   |
|        | text    | visa     | V     |            | ${passport} != '' |
|        | integer | age      | A     |            |                   |
| settings |
|          | form_id | version |
|          | rel_v   | 1       |
"""


def _record(data, **changes) -> Submission:
    record = Submission(
        str(uuid_module.uuid4()), FORM_ID, "1", "final", 1, "2026-11-27T10:00:00Z",
        "2026-11-27T10:00:00Z", "anan", "anan", "Mae Sot", "", data, None, None,
    )  # fmt: skip
    return dataclasses.replace(record, **changes)


def _state(vault):
    with vault.reading() as conn:
        return (
            conn.execute("SELECT count(*) FROM submissions").fetchone()[0],
            conn.execute("SELECT max(seq) FROM audit").fetchone()[0],
            conn.execute("SELECT count(*) FROM forms").fetchone()[0],
        )


def _refused(vault, records, *words: str) -> str:
    before = _state(vault)
    with pytest.raises(ImportRefusedError) as caught:
        vault.import_submissions(records, source="test")
    message = str(caught.value)
    for word in words:
        assert word in message, message
    assert "Nothing was imported" in message
    assert _state(vault) == before
    return message


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"full_name": "Aung Ko Ko"}, ["'full_name'", "never stored"]),
        ({"child": [{"child_note": "ok", "full_name": "X"}]}, ["full_name"]),
        ({"age": 30.0}, ["'age'", "re-serialised"]),
        ({"age": "30"}, ["'age'"]),
        ({"issues": "debt"}, ["'issues'"]),
        ({"sex": "robot"}, ["'sex'"]),
        ({"wage": float("inf")}, ["'wage'", "finite"]),
        ({"remarks": "x" * 30_000}, ["remarks"]),
    ],
)
def test_a_bad_record_among_good_ones_refuses_the_whole_import(vault, change, words) -> None:
    good = [_record(valid_answers(age=20 + i)) for i in range(3)]
    bad = _record({**valid_answers(), **change})
    message = _refused(vault, [*good, bad, *good[:1]], bad.uuid, *words)
    assert good[0].uuid not in message


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"status": "weird"}, ["'weird'"]),
        ({"revision": 0}, ["revision 0"]),
        ({"revision": True}, ["revision True"]),
        ({"uuid": ".."}, ["id"]),
        ({"form_id": "not_installed"}, ["'not_installed'", "install it first"]),
        ({"form_version": 2}, ["form"]),
        ({"created_by": None}, ["'created_by'"]),
        ({"pseudonym": 7}, ["'pseudonym'"]),
        ({"status": "void", "void_reason": "same person, phone +66 81 234 5678"}, ["void reason"]),
    ],
)
def test_record_metadata_is_checked(vault, change, words) -> None:
    _refused(vault, [_record(valid_answers(), **change)], *words)


def test_drafts_and_void_records_need_typed_answers_too(vault) -> None:
    for status in ("draft", "void"):
        _refused(vault, [_record({"age": "thirty"}, status=status)], "'age'")
    # Typed but incomplete is fine for them (required answers are a final's business).
    result = vault.import_submissions(
        [_record({"age": 3}, status="draft"), _record({"age": 4}, status="void")], source="ok"
    )
    assert result.added == 2


def test_what_a_vault_saved_itself_imports_unchanged(make_vault) -> None:
    """Round trip: records saved here import elsewhere with the same content hashes,
    including an answer that is relevant only because an identifier was given."""
    source, _ = make_vault("source", with_form=False)
    target, _ = make_vault("target", with_form=False)
    for vault in (source, target):
        vault.install_form(RELEVANT_FORM.encode(), filename="rel.md")
    outcome, dropped = save_answers(
        source, "rel_v", {"passport": "X1", "visa": "yes", "age": 3}, status="final"
    )
    assert dropped == ("passport",) and outcome.submission.data == {"visa": "yes", "age": 3}
    records = source.submissions()
    assert target.import_submissions(records, source="source").added == 1
    assert target.submission(records[0].uuid).content_hash == records[0].content_hash


def test_forms_given_with_the_import_are_installed_in_its_transaction(make_vault) -> None:
    from vault_helpers import form_bytes

    target, _ = make_vault("target", with_form=False)
    records = [_record(valid_answers()), _record({"age": "x"})]
    with pytest.raises(ImportRefusedError):
        target.import_submissions(records, source="t", new_forms=[(form_bytes(), "m.md")])
    assert target.forms() == []  # refused: the form was not left behind either
    result = target.import_submissions(records[:1], source="t", new_forms=[(form_bytes(), "m.md")])
    assert result.added == 1 and [f.form_id for f in target.forms()] == [FORM_ID]
    assert target.audit_verify().ok


def test_an_answer_relevant_through_an_identifier_survives_finalise(make_vault) -> None:
    """Re-serialising reopened answers once dropped it (its identifier is never stored)."""
    vault, _ = make_vault("v", with_form=False)
    vault.install_form(RELEVANT_FORM.encode(), filename="rel.md")
    outcome, _ = save_answers(vault, "rel_v", {"passport": "X1", "visa": "yes", "age": 3})
    final = vault.finalise(outcome.submission.uuid)
    assert final.data == {"visa": "yes", "age": 3}
    assert vault.audit_verify().ok and vault.integrity_problems() == []
