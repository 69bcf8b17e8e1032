"""The audit chain, backups, and opening vaults of every earlier schema version."""

from __future__ import annotations

import json

import pytest
from vault_helpers import FORM_ID, PASSPHRASE, valid_answers

from lintas.vault import Vault
from lintas.vault.errors import VaultExistsError
from lintas.vault.migrations import SCHEMA_VERSION, schema_version


def test_every_change_is_in_the_chain(vault):
    saved = vault.save_submission(FORM_ID, valid_answers())
    vault.update_submission(saved.uuid, valid_answers(age=31))
    vault.finalise(saved.uuid)
    vault.void(saved.uuid, "duplicate")
    vault.add_user("bee", "bee passphrase")
    vault.log("export", "out.xlsx", level="public", rows=0)
    actions = [entry.action for entry in reversed(vault.audit_entries(100))]
    assert actions == [
        "vault.create",
        "vault.unlock",
        "form.install",
        "submission.create",
        "submission.edit",
        "submission.finalise",
        "submission.void",
        "user.add",
        "export",
    ]
    report = vault.audit_verify()
    assert report.ok and report.entries == len(actions)


@pytest.mark.parametrize("how", ["edit", "delete", "relink"])
def test_a_changed_entry_is_the_first_broken_link(vault, how):
    for age in (20, 21, 22):
        vault.save_submission(FORM_ID, valid_answers(age=age))
    conn = vault.conn
    if how == "edit":
        conn.execute("UPDATE audit SET detail = ? WHERE seq = 4", (json.dumps({"x": 1}),))
    elif how == "delete":
        conn.execute("DELETE FROM audit WHERE seq = 4")
    else:
        conn.execute("UPDATE audit SET prev_hash = ? WHERE seq = 4", ("f" * 64,))
    report = vault.audit_verify()
    assert not report.ok
    assert report.first_broken in (4, 5)
    assert report.problem


def test_backup_while_in_use_opens_with_the_same_slots(make_vault, tmp_path):
    vault, recovery = make_vault()
    saved = vault.save_submission(FORM_ID, valid_answers(), status="final")
    vault.set_secret("regional", b"k" * 32)
    copy = vault.backup(tmp_path / "copy")
    after = vault.save_submission(FORM_ID, valid_answers(age=50))  # not in the copy
    with pytest.raises(VaultExistsError):
        vault.backup(tmp_path / "copy")
    with Vault.open(copy, user="anan", passphrase=PASSPHRASE) as restored:
        assert restored.submission(saved.uuid) == saved
        assert restored.count() == 1 and after.uuid not in {s.uuid for s in restored.submissions()}
        assert restored.get_secret("regional") == b"k" * 32
        assert restored.integrity_problems() == []
        assert restored.audit_verify().ok
    Vault.open_with_recovery_key(copy, recovery).close()
    assert [e.action for e in vault.audit_entries(2)] == ["submission.create", "vault.backup"]


def test_read_only_vault_can_back_up_but_not_write(make_vault, tmp_path):
    vault, _ = make_vault()
    vault.save_submission(FORM_ID, valid_answers())
    vault.close()
    with Vault.open(
        tmp_path / "vault", user="anan", passphrase=PASSPHRASE, read_only=True
    ) as reader:
        reader.backup(tmp_path / "copy")
        from lintas.vault.errors import ReadOnlyVaultError

        with pytest.raises(ReadOnlyVaultError):
            reader.save_submission(FORM_ID, valid_answers())
    with Vault.open(tmp_path / "copy", user="anan", passphrase=PASSPHRASE) as copy:
        assert copy.count() == 1


@pytest.mark.parametrize("old_schema", range(1, SCHEMA_VERSION))
def test_vaults_of_every_earlier_schema_open_and_migrate(make_vault, tmp_path, old_schema):
    # The migration steps are append-only, so the first steps build exactly the old schema.
    vault, _ = make_vault("old", with_form=False, schema=old_schema)
    assert schema_version(vault.conn) == SCHEMA_VERSION  # create then open migrated it
    vault.close()


def test_shipped_schema_1_vault_opens_and_keeps_its_records(tmp_path):
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "schema1"
    shutil.copytree(fixture, tmp_path / "v1")
    with Vault.open(tmp_path / "v1", user="anan", passphrase=PASSPHRASE) as vault:
        assert schema_version(vault.conn) == SCHEMA_VERSION
        [record] = vault.submissions()
        assert record.data["remarks"] == "written with schema 1"
        assert record.pseudonym is None
        assert vault.audit_verify().ok
        assert vault.integrity_problems() == []
        vault.set_secret("regional", b"new in schema 2")
        vault.update_submission(record.uuid, {**record.data, "age": 33}, pseudonym="p")


def test_shipped_schema_1_record_hash_still_verifies(tmp_path):
    import shutil
    from pathlib import Path

    from lintas.vault.submissions import content_hash, data_json

    shutil.copytree(Path(__file__).parent / "fixtures" / "schema1", tmp_path / "v1")
    with Vault.open(tmp_path / "v1", user="anan", passphrase=PASSPHRASE) as vault:
        [record] = vault.submissions()
        expected = content_hash(record.form_id, record.form_version, data_json(record.data), None)
        assert record.content_hash == expected
