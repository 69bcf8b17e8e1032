"""Issue 10: an autosave updates a draft in place; a revision is what a person saved.

Reproduced on main (b9b2169) through the app's save path: 6 autosaves left a draft at
revision 6 with 5 history copies and 6 audit entries. Now they leave revision 1, no
history copy and no entry until the draft session ends, when one ``submission.autosave``
entry records what they left; ``audit verify`` still finds outside edits of drafts.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from vault_helpers import FORM_ID, PASSPHRASE, valid_answers

from lintas.vault import Vault
from lintas.vault.connection import open_database
from lintas.vault.errors import SubmissionStateError
from lintas.vault.submissions import content_hash

SAVES = {"submission.create", "submission.edit", "submission.finalise", "submission.autosave"}


def saves_of(vault: Vault, uuid: str) -> list[str]:
    entries = [e for e in vault.audit_entries(100_000) if e.subject == uuid and e.action in SAVES]
    return [e.action for e in sorted(entries, key=lambda e: e.seq)]


def reopen(folder, read_only: bool = False) -> Vault:
    return Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=read_only)


def test_autosaves_keep_the_revision_and_write_one_entry_when_the_session_ends(vault):
    uuid = vault.save_submission(FORM_ID, valid_answers(age=20)).uuid
    before = vault.audit_head()[0]
    for age in range(21, 31):
        record = vault.autosave_draft(uuid, valid_answers(age=age))
    assert (record.revision, record.data["age"]) == (1, 30)
    assert vault.submission(uuid).data["age"] == 30
    assert vault.submission_history(uuid) == []
    assert vault.audit_head()[0] == before  # ten autosaves, no entry yet
    assert vault.record_problems() == []
    folder = vault.folder
    vault.close()
    with reopen(folder, read_only=True) as again:
        assert saves_of(again, uuid) == ["submission.create", "submission.autosave"]
        [seal] = [e for e in again.audit_entries(5) if e.action == "submission.autosave"]
        assert seal.detail == {
            "revision": 1, "status": "draft", "hash": again.submission(uuid).content_hash
        }  # fmt: skip
        assert again.record_problems() == [] and again.audit_verify().ok


def test_a_persons_save_after_autosaves_makes_one_revision_with_a_sound_history(vault):
    uuid = vault.save_submission(FORM_ID, valid_answers(age=20)).uuid
    vault.autosave_draft(uuid, valid_answers(age=25))
    vault.autosave_draft(uuid, valid_answers(age=26))
    final = vault.update_submission(uuid, valid_answers(age=27), status="final")
    assert final.revision == 2
    [first] = vault.submission_history(uuid)
    assert (first.revision, first.data["age"]) == (1, 26)  # what the autosaves left
    assert saves_of(vault, uuid) == ["submission.create", "submission.autosave", "submission.edit"]
    assert vault.record_problems() == []
    # Nothing is left to seal on close: the entry came before the history copy.
    head = vault.audit_head()[0]
    folder = vault.folder
    vault.close()
    with reopen(folder, read_only=True) as again:
        assert again.audit_head()[0] == head + 0 and again.record_problems() == []


def test_unchanged_autosaves_write_no_entry_at_all(vault):
    uuid = vault.save_submission(FORM_ID, valid_answers(age=20)).uuid
    vault.autosave_draft(uuid, valid_answers(age=20))  # the same answers again
    folder = vault.folder
    vault.close()
    with reopen(folder, read_only=True) as again:
        assert saves_of(again, uuid) == ["submission.create"]
        assert again.record_problems() == []


def test_only_drafts_are_autosaved_in_place(vault):
    uuid = vault.save_submission(FORM_ID, valid_answers(), status="final").uuid
    with pytest.raises(SubmissionStateError, match="only a draft"):
        vault.autosave_draft(uuid, valid_answers(age=44))
    assert vault.submission(uuid).data["age"] == 30


CRASHING_CHILD = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {tests!r})
    from vault_helpers import PASSPHRASE, valid_answers
    from lintas.vault import Vault
    vault = Vault.open({folder!r}, user="anan", passphrase=PASSPHRASE)
    vault.autosave_draft({uuid!r}, valid_answers(age=55))
    print("SAVED", flush=True)
    os.kill(os.getpid(), {kill})  # the power goes: no close, no entry
    """
)


def crash_after_autosave(folder, uuid: str) -> None:
    """A child process autosaves the draft (age 55), then is killed before its close."""
    code = CRASHING_CHILD.format(
        tests=os.path.dirname(__file__), folder=str(folder), uuid=uuid, kill=int(signal.SIGKILL)
    )
    command = [sys.executable, "-c", code]
    child = subprocess.run(command, capture_output=True, text=True, check=False)
    assert child.returncode == -signal.SIGKILL and child.stdout == "SAVED\n", child.stderr


def test_a_crash_after_an_autosave_keeps_it_and_the_next_close_writes_its_entry(vault):
    uuid = vault.save_submission(FORM_ID, valid_answers(age=20)).uuid
    folder = vault.folder
    vault.close()
    crash_after_autosave(folder, uuid)
    with reopen(folder, read_only=True) as again:
        assert again.submission(uuid).data["age"] == 55
        assert saves_of(again, uuid) == ["submission.create"]
        assert again.record_problems() == []  # vouched for by its MAC until sealed
    with reopen(folder) as again:
        pass  # a writable open and close ends the crashed session
    with reopen(folder, read_only=True) as again:
        assert saves_of(again, uuid) == ["submission.create", "submission.autosave"]
        assert again.record_problems() == []


def tamper(folder, key: bytes, *statements: str) -> None:
    conn = open_database(folder, key)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def outside_edit(record, age: int) -> tuple[str, str]:
    text = f'{{"age":{age}}}'
    return text, content_hash(record.form_id, record.form_version, text, record.pseudonym)


@pytest.mark.parametrize("with_row", [False, True], ids=["record only", "record and row"])
def test_an_outside_edit_of_an_autosaved_draft_is_found(vault, with_row):
    uuid = vault.save_submission(FORM_ID, valid_answers(age=20)).uuid
    folder, key, record = vault.folder, vault._unlocked_key(), vault.submission(uuid)
    vault.close()
    crash_after_autosave(folder, uuid)  # an autosave no entry holds yet
    text, digest = outside_edit(record, 99)
    statements = [
        f"UPDATE submissions SET data = '{text}', content_hash = '{digest}' WHERE uuid = '{uuid}'"
    ]
    if with_row:  # the row's hash too: its MAC needs a key derived from the data key
        statements.append(f"UPDATE draft_autosaves SET content_hash = '{digest}'")
    tamper(folder, key, *statements)
    with reopen(folder, read_only=True) as again:
        [problem] = again.record_problems()
        assert uuid in problem and "differs from the content its audit entry recorded" in problem


def test_a_final_record_turned_into_a_draft_outside_is_found(vault):
    uuid = vault.save_submission(FORM_ID, valid_answers(age=20), status="final").uuid
    record = vault.submission(uuid)
    folder, key = vault.folder, vault._unlocked_key()
    vault.close()
    text, digest = outside_edit(record, 99)
    tamper(
        folder,
        key,
        f"UPDATE submissions SET status = 'draft', data = '{text}', content_hash = '{digest}' "
        f"WHERE uuid = '{uuid}'",
    )
    with reopen(folder, read_only=True) as again:
        [problem] = again.record_problems()
        assert "differs from the content its audit entry recorded" in problem
