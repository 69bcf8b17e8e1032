"""A revoked slot must not outlive the change that revoked it, and the vault's files
are readable by their owner only."""

from __future__ import annotations

import shutil
import stat

import pytest
from vault_helpers import FORM_ID, PASSPHRASE, valid_answers

from lintas.vault import Vault
from lintas.vault.errors import AuthenticationError

OTHER = "a different long passphrase"


def copy_with_prev_as_current(vault_folder, tmp_path):
    """What an attacker holding a copy of the folder could try: the .prev file as keys."""
    copy = tmp_path / "stolen"
    shutil.copytree(vault_folder, copy)
    (copy / "keys.json").unlink()
    shutil.copy(copy / "keys.json.prev", copy / "keys.json")
    return copy


def test_a_removed_user_cannot_unlock_through_the_previous_key_file(make_vault, tmp_path):
    vault, _ = make_vault()
    vault.add_user("mya", OTHER)
    vault.remove_user("mya")
    folder = vault.folder
    vault.close()
    stolen = copy_with_prev_as_current(folder, tmp_path)
    with pytest.raises(AuthenticationError):
        Vault.open(stolen, user="mya", passphrase=OTHER).close()
    Vault.open(stolen, user="anan", passphrase=PASSPHRASE).close()


def test_an_old_passphrase_does_not_survive_in_the_previous_key_file(make_vault, tmp_path):
    vault, _ = make_vault()
    vault.change_passphrase(OTHER, old_passphrase=PASSPHRASE)
    folder = vault.folder
    vault.close()
    stolen = copy_with_prev_as_current(folder, tmp_path)
    with pytest.raises(AuthenticationError):
        Vault.open(stolen, user="anan", passphrase=PASSPHRASE).close()
    Vault.open(stolen, user="anan", passphrase=OTHER).close()


def test_vault_files_are_private_to_their_owner(make_vault, tmp_path):
    vault, _ = make_vault()
    vault.save_submission(FORM_ID, valid_answers(), status="draft")
    backup = vault.backup(tmp_path / "backup")
    for folder in (vault.folder, backup):
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, folder
        for path in folder.iterdir():
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode & 0o077 == 0, f"{path.name} is readable by others: {oct(mode)}"
    vault.close()


def test_the_vault_still_opens_after_losing_its_key_file(make_vault):
    vault, _ = make_vault()
    vault.add_user("mya", OTHER)
    folder = vault.folder
    vault.close()
    (folder / "keys.json").unlink()
    with Vault.open(folder, user="mya", passphrase=OTHER) as reopened:
        assert reopened.count() == 0
