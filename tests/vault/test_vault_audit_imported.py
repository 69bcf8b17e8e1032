"""Issue 15 point 6, imported records: deleting or adding one was not noticed.

A bulk import writes one audit entry, not one per record, so `audit verify` could only
check that an imported revision hashed to its own content_hash. Now the import keeps
which revisions it stored (import_records, committed to by the entry's records_sha256)
and each is checked like a local save. The attacks use the data key, as in
test_vault_audit_attacks.py.
"""

from __future__ import annotations

import dataclasses
import uuid as uuid_module

from test_vault_audit_attacks import reopen, tamper
from vault_helpers import FORM_ID, valid_answers

from lintas.vault import audit
from lintas.vault.submissions import Submission, content_hash


def _records(count: int) -> list[Submission]:
    at = "2026-11-27T10:00:00Z"
    head = (FORM_ID, "1", "final", 1, at, at, "bee", "bee", "Hub", "")
    return [
        Submission(str(uuid_module.uuid4()), *head, valid_answers(age=20 + i)) for i in range(count)
    ]


def imported_vault(vault, count: int = 4) -> list[Submission]:
    records = _records(count)
    assert vault.import_submissions(records, source="bundle x").added == count
    newer = dataclasses.replace(records[0], revision=2, data=valid_answers(age=70))
    assert vault.import_submissions([newer], source="bundle y").updated == 1
    vault.save_submission(FORM_ID, valid_answers(age=33))  # a local one beside them
    return records


def test_an_untouched_vault_with_imports_has_no_problems(vault):
    imported_vault(vault)
    assert vault.record_problems() == [] and vault.audit_verify().ok
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM import_records").fetchone()[0] == 5


def test_a_deleted_imported_record_is_found(vault):
    records = imported_vault(vault)
    folder, gone = vault.folder, records[2].uuid
    tamper(vault, f"DELETE FROM submissions WHERE uuid = '{gone}'")
    with reopen(folder) as again:
        assert again.audit_verify().ok  # the chain alone still looks intact
        [problem] = again.record_problems()
        assert gone in problem and "in the audit chain but missing" in problem


def test_a_deleted_imported_revision_in_history_is_found(vault):
    records = imported_vault(vault)
    folder, uuid = vault.folder, records[0].uuid
    tamper(vault, f"DELETE FROM submission_history WHERE uuid = '{uuid}'")
    with reopen(folder) as again:
        [problem] = again.record_problems()
        assert f"{uuid} revision 1" in problem and "missing" in problem


def test_a_record_added_outside_lintas_is_found_after_an_import(vault):
    imported_vault(vault)
    folder = vault.folder
    extra = str(uuid_module.uuid4())
    text = '{"age":44,"sex":"male"}'
    digest = content_hash(FORM_ID, "1", text, None)
    tamper(
        vault,
        "INSERT INTO submissions (uuid, form_id, form_version, status, revision, created_at, "
        "updated_at, created_by, updated_by, office, content_hash, data) VALUES "
        f"('{extra}', '{FORM_ID}', '1', 'final', 1, 'x', 'x', 'anan', 'anan', 'Mae Sot', "
        f"'{digest}', '{text}')",
    )
    with reopen(folder) as again:
        [problem] = again.record_problems()
        assert extra in problem and "no audit entry" in problem


def test_an_imported_record_edited_with_its_hash_recomputed_is_found(vault):
    records = imported_vault(vault)
    folder, uuid = vault.folder, records[1].uuid
    text = '{"age":99}'
    digest = content_hash(FORM_ID, "1", text, None)
    tamper(
        vault,
        f"UPDATE submissions SET data = '{text}', content_hash = '{digest}' WHERE uuid = '{uuid}'",
    )
    with reopen(folder) as again:
        [problem] = again.record_problems()
        assert uuid in problem and "differs from the content its import recorded" in problem


def test_hiding_a_deletion_in_the_import_list_is_found(vault):
    records = imported_vault(vault)
    folder, gone = vault.folder, records[3].uuid
    tamper(
        vault,
        f"DELETE FROM submissions WHERE uuid = '{gone}'",
        f"DELETE FROM import_records WHERE uuid = '{gone}'",
    )
    with reopen(folder) as again:
        [problem] = again.record_problems()
        assert "import entry" in problem and "records_sha256" in problem


def test_the_cli_exits_4(vault, capsys, monkeypatch):
    from vault_helpers import PASSPHRASE

    from lintas.cli import main

    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    records = imported_vault(vault)
    folder = vault.folder
    tamper(vault, f"DELETE FROM submissions WHERE uuid = '{records[1].uuid}'")
    assert main(["audit", "verify", str(folder)]) == 4
    out, err = capsys.readouterr()
    assert records[1].uuid in out + err


def test_imports_from_before_the_lists_stay_lenient(vault):
    """A vault migrated from schema 5 has import entries without a list: records with
    no entry of their own are not reported there (they cannot be told apart)."""
    imported_vault(vault)
    with vault.writing() as conn:
        conn.execute("DELETE FROM import_records")
        conn.execute("DELETE FROM audit")  # rebuild the chain with an old-style entry
        audit.append(conn, "t", "anan", "vault.create")
        old = {"added": 4, "updated": 1, "skipped": 0, "records_sha256": "0"}
        audit.append(conn, "t", "anan", "submission.import", subject="old", detail=old)
    assert vault.audit_verify().ok
    problems = vault.record_problems()
    assert not any("no audit entry" in p for p in problems), problems
