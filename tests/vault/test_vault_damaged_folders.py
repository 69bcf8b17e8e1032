"""Damaged or half-restored vault folders: each says what is wrong and changes no byte."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from vault_helpers import FORM_ID, PASSPHRASE, snapshot, valid_answers

from lintas.vault import Vault
from lintas.vault.connection import DATABASE_FILE
from lintas.vault.errors import (
    DamagedDatabaseError,
    DamagedKeyFileError,
    NoSuchUserError,
    OutdatedKeyFileError,
    StorageError,
    VaultIsAFileError,
)
from lintas.vault.keyfile import KEY_FILE

NEW_PASSPHRASE = "a brand new passphrase"


def test_damaged_key_file_whose_previous_version_predates_the_passphrase(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    folder = tmp_path / "vault"
    older = (folder / KEY_FILE).read_bytes()
    vault.change_passphrase(NEW_PASSPHRASE, old_passphrase=PASSPHRASE)
    vault.close()
    # A crash just after the new key file landed leaves .prev with the old slots
    # (a finished write refreshes .prev, so the crash has to be staged).
    (folder / (KEY_FILE + ".prev")).write_bytes(older)
    (folder / KEY_FILE).write_bytes(b'{"format": "lintas-vault-keys", "vers')
    before = snapshot(folder)
    with pytest.raises(OutdatedKeyFileError) as raised:
        Vault.open(folder, user="anan", passphrase=NEW_PASSPHRASE)
    assert raised.value.exit_code == 4
    assert "lintas vault recover" in raised.value.message
    with pytest.raises(OutdatedKeyFileError):
        Vault.open(folder, user="nobody", passphrase=NEW_PASSPHRASE)
    assert snapshot(folder) == before
    # The message's advice works: the earlier passphrase still opens the vault.
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as again:
        assert again.actor == "anan"


def test_missing_key_file_beside_the_database_is_damage_not_a_stranger(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    (folder / KEY_FILE).unlink()
    (folder / (KEY_FILE + ".prev")).unlink(missing_ok=True)
    before = snapshot(folder)
    with pytest.raises(DamagedKeyFileError, match="missing") as raised:
        Vault.open(folder, user="anan", passphrase=PASSPHRASE)
    assert raised.value.exit_code == 4
    assert snapshot(folder) == before


@pytest.mark.parametrize("read_only", [False, True])
def test_an_emptied_database_is_damage_and_is_not_rebuilt(make_vault, tmp_path, read_only):
    vault, _ = make_vault()
    vault.save_submission("migrant_v", {"age": 20, "sex": "male"})
    vault.close()
    folder = tmp_path / "vault"
    (folder / DATABASE_FILE).write_bytes(b"")
    before = snapshot(folder)
    with pytest.raises(DamagedDatabaseError, match="empty") as raised:
        Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=read_only)
    assert raised.value.exit_code == 4
    assert snapshot(folder) == before
    assert (folder / DATABASE_FILE).stat().st_size == 0


def test_a_file_given_as_the_vault_is_named_as_a_file(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text("{}")
    with pytest.raises(VaultIsAFileError, match="is a file, not a vault") as raised:
        Vault.open(path, user="anan", passphrase=PASSPHRASE)
    assert raised.value.exit_code == 1


def test_removing_or_resetting_a_user_who_is_not_there_is_a_plain_user_error(make_vault):
    vault, _ = make_vault(with_form=False)
    with pytest.raises(NoSuchUserError) as raised:
        vault.remove_user("ghost")
    assert raised.value.exit_code == 1
    assert "ask a supervisor to add you" not in raised.value.message
    with pytest.raises(NoSuchUserError):
        vault.change_passphrase(NEW_PASSPHRASE, user="ghost")
    assert [u.name for u in vault.users()] == ["anan"]


def _break_wrapped(slot: dict) -> None:
    slot["wrapped"] = "!!not base64!!"


def _break_cost(slot: dict) -> None:
    slot["kdf"]["memory_kib"] = 2**40


def _break_salt(slot: dict) -> None:
    del slot["kdf"]["salt"]


@pytest.mark.parametrize("damage", [_break_wrapped, _break_cost, _break_salt])
def test_a_damaged_slot_is_a_damaged_key_file_not_an_internal_error(make_vault, tmp_path, damage):
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    (folder / (KEY_FILE + ".prev")).unlink(missing_ok=True)
    content = json.loads((folder / KEY_FILE).read_text())
    damage(next(s for s in content["slots"] if s["kind"] == "passphrase"))
    (folder / KEY_FILE).write_text(json.dumps(content))
    before = snapshot(folder)
    with pytest.raises(DamagedKeyFileError) as raised:
        Vault.open(folder, user="anan", passphrase=PASSPHRASE)
    assert raised.value.exit_code == 4
    assert snapshot(folder) == before


def test_a_key_file_that_cannot_be_written_is_a_storage_error(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    folder = tmp_path / "vault"
    (folder / (KEY_FILE + ".tmp")).mkdir()  # stands in for a full disk or a read-only stick
    with pytest.raises(StorageError, match="free space") as raised:
        vault.change_passphrase(NEW_PASSPHRASE, old_passphrase=PASSPHRASE)
    assert raised.value.exit_code == 1
    vault.close()
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as again:
        assert again.actor == "anan"


def test_a_backup_that_cannot_be_written_names_the_destination(make_vault, tmp_path):
    vault, _ = make_vault()
    for _ in range(30):
        vault.save_submission(FORM_ID, valid_answers(remarks="x" * 2000))
    vault.close()
    destination = tmp_path / "copy"
    # A file-size limit in a child process stands in for a full USB stick.
    script = textwrap.dedent(f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
        from lintas.vault import Vault
        from lintas.vault.errors import BackupWriteError
        folder, passphrase = {str(tmp_path / "vault")!r}, {PASSPHRASE!r}
        with Vault.open(folder, user="anan", passphrase=passphrase, read_only=True) as v:
            try:
                v.backup({str(destination)!r})
            except BackupWriteError as error:
                print("refused:", error.message)
    """)
    child = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert "refused: The backup could not be written to" in child.stdout, child.stderr
    assert [p.name for p in tmp_path.iterdir() if "copy" in p.name] == []
    with Vault.open(tmp_path / "vault", user="anan", passphrase=PASSPHRASE) as again:
        assert again.count() == 30
