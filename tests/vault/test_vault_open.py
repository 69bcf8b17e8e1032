"""Opening never creates, and every way of failing has its own typed, clear error."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from vault_helpers import CHEAP_KDF, PASSPHRASE, snapshot

from lintas.errors import EXIT_AUTH, EXIT_DAMAGED
from lintas.vault import Vault
from lintas.vault.connection import DATABASE_FILE
from lintas.vault.errors import (
    DamagedDatabaseError,
    KeyFileMismatchError,
    NewerSchemaError,
    NotAVaultError,
    UnknownUserError,
    VaultBusyError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from lintas.vault.keyfile import KEY_FILE


def test_missing_path_creates_nothing(tmp_path):
    with pytest.raises(VaultNotFoundError):
        Vault.open(tmp_path / "nowhere", user="anan", passphrase=PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_folder_that_is_not_a_vault(tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(NotAVaultError, match="not a Lintas vault"):
        Vault.open(tmp_path / "photos", user="anan", passphrase=PASSPHRASE)
    assert snapshot(tmp_path / "photos") == {"cat.jpg": snapshot(tmp_path / "photos")["cat.jpg"]}


def test_vault_without_its_database_is_not_a_vault(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.close()
    (tmp_path / "vault" / DATABASE_FILE).rename(tmp_path / "elsewhere.db")
    with pytest.raises(NotAVaultError, match=DATABASE_FILE):
        Vault.open(tmp_path / "vault", user="anan", passphrase=PASSPHRASE)


def test_create_refuses_an_existing_folder_with_files(make_vault, tmp_path):
    make_vault(with_form=False)
    with pytest.raises(VaultExistsError):
        Vault.create(
            tmp_path / "vault", office="X", user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
        )


def test_wrong_passphrase_and_unknown_user_change_no_byte(make_vault, tmp_path):
    vault, _ = make_vault()
    vault.save_submission("migrant_v", {"age": 20, "sex": "male"})
    vault.close()
    folder = tmp_path / "vault"
    before = snapshot(folder)
    with pytest.raises(WrongPassphraseError) as wrong:
        Vault.open(folder, user="anan", passphrase="not the passphrase")
    with pytest.raises(UnknownUserError) as unknown:
        Vault.open(folder, user="nobody", passphrase=PASSPHRASE)
    assert wrong.value.exit_code == unknown.value.exit_code == EXIT_AUTH
    assert wrong.value.message == "Wrong passphrase for user 'anan'. Nothing was changed."
    assert snapshot(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(before)


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def test_page_failing_its_hmac_is_reported_as_damage(make_vault, tmp_path):
    vault, _ = make_vault()
    for age in range(20, 60):
        vault.save_submission("migrant_v", {"age": age, "sex": "male", "remarks": "x" * 300})
    vault.close()
    db = tmp_path / "vault" / DATABASE_FILE
    _flip(db, db.stat().st_size - 100)
    with pytest.raises(DamagedDatabaseError) as raised:
        with Vault.open(tmp_path / "vault", user="anan", passphrase=PASSPHRASE) as again:
            again.submissions()
    assert raised.value.exit_code == EXIT_DAMAGED


def test_first_page_damage_is_reported_at_open(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.close()
    _flip(tmp_path / "vault" / DATABASE_FILE, 200)
    with pytest.raises(DamagedDatabaseError, match="damaged or has been tampered with"):
        Vault.open(tmp_path / "vault", user="anan", passphrase=PASSPHRASE)


def test_open_for_writing_in_another_process_is_busy(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from lintas.vault import Vault
            v = Vault.open({str(folder)!r}, user="anan", passphrase={PASSPHRASE!r})
            print("open", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(VaultBusyError, match="open for writing"):
            Vault.open(folder, user="anan", passphrase=PASSPHRASE)
        # Reading alongside the writer is allowed.
        with Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True) as reader:
            assert reader.office == "Mae Sot"
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    Vault.open(folder, user="anan", passphrase=PASSPHRASE).close()


def test_vault_from_a_newer_lintas_is_refused(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.conn.execute("PRAGMA user_version = 99")
    vault.close()
    with pytest.raises(NewerSchemaError):
        Vault.open(tmp_path / "vault", user="anan", passphrase=PASSPHRASE)


def test_keys_of_another_vault_do_not_open_this_one(make_vault, tmp_path):
    first, _ = make_vault("first", with_form=False)
    second, _ = make_vault("second", with_form=False)
    first.close()
    second.close()
    (tmp_path / "first" / KEY_FILE).write_bytes((tmp_path / "second" / KEY_FILE).read_bytes())
    before = snapshot(tmp_path / "first")
    # Said as what it is, not as a damaged database to be restored from a backup.
    with pytest.raises(KeyFileMismatchError, match="does not belong to this vault") as raised:
        Vault.open(tmp_path / "first", user="anan", passphrase=PASSPHRASE)
    assert raised.value.exit_code == 4
    assert "damaged" not in str(raised.value)
    assert snapshot(tmp_path / "first") == before


def test_create_and_backup_into_a_missing_folder_are_clear_errors(make_vault, tmp_path):
    from lintas.vault.errors import FolderMissingError

    with pytest.raises(FolderMissingError):
        Vault.create(
            tmp_path / "no" / "such" / "vault",
            office="X",
            user="anan",
            passphrase=PASSPHRASE,
            kdf=CHEAP_KDF,
        )
    vault, _ = make_vault(with_form=False)
    with pytest.raises(FolderMissingError):
        vault.backup(tmp_path / "missing" / "copy")
    assert not (tmp_path / "no").exists()
