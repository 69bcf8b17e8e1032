"""Issue 10: backup with progress and Cancel, restore into a new folder, form versions.

Before: `vault.backup` took no progress (the app could not show one or stop it), there
was no restore at all (a backup had to be copied back by hand, over the vault or not),
and no call said which form versions hold records.
"""

from __future__ import annotations

import pytest
from vault_helpers import FORM_ID, FORM_MD, PASSPHRASE, form_bytes, valid_answers

from lintas.errors import Cancelled
from lintas.vault import Vault, restore_backup
from lintas.vault.errors import NotAVaultError, VaultExistsError


def test_backup_reports_progress_and_cancel_leaves_nothing(vault, tmp_path):
    for age in range(20, 60):
        vault.save_submission(FORM_ID, valid_answers(age=age), status="final")
    heard = []
    path = vault.backup(tmp_path / "copy", progress=lambda *step: heard.append(step))
    assert path.is_dir() and heard[0][0] == 0 and heard[-1][0] == heard[-1][1] > 0
    before = vault.audit_head()[0]
    with pytest.raises(Cancelled):
        vault.backup(tmp_path / "stopped", progress=lambda *_step: False)
    assert not (tmp_path / "stopped").exists()
    assert [p.name for p in tmp_path.iterdir() if "stopped" in p.name] == []
    assert vault.audit_head()[0] == before  # a cancelled backup is not audited
    vault.save_submission(FORM_ID, valid_answers(), status="final")  # the vault still works


def test_cancel_pressed_as_the_copy_ends_keeps_nothing(vault, tmp_path):
    """The copy of this small vault ends before the watcher's first look; a Cancel seen
    at the last report still leaves no copy and no audit entry."""
    for age in range(15, 95):
        vault.save_submission(FORM_ID, valid_answers(age=age, remarks="x" * 5_000))
    before, calls = vault.audit_head()[0], []

    def progress(done, total, _what):
        calls.append((done, total))
        return done < total  # stop at the end

    with pytest.raises(Cancelled):
        vault.backup(tmp_path / "stopped", progress=progress)
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 400_000
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]
    assert vault.audit_head()[0] == before


def test_a_restored_backup_opens_with_the_same_passphrase_in_a_new_folder(vault, tmp_path):
    uuid = vault.save_submission(FORM_ID, valid_answers(age=41), status="final").uuid
    (tmp_path / "usb").mkdir()
    backup = vault.backup(tmp_path / "usb" / "backup")
    steps = []
    restored = restore_backup(backup, tmp_path / "restored", progress=lambda *s: steps.append(s))
    assert steps[-1][0] == steps[-1][1] > 0  # bytes copied, of the total
    with Vault.open(restored, user="anan", passphrase=PASSPHRASE) as again:
        assert again.submission(uuid).data["age"] == 41
        assert again.record_problems() == []


def test_a_restore_never_writes_over_a_vault(vault, tmp_path):
    backup = vault.backup(tmp_path / "backup")
    with pytest.raises(VaultExistsError):
        restore_backup(backup, vault.folder)  # the open vault
    with pytest.raises(NotAVaultError):
        restore_backup(tmp_path, tmp_path / "elsewhere")  # not a backup folder
    assert not (tmp_path / "elsewhere").exists()
    with pytest.raises(Cancelled):
        restore_backup(backup, tmp_path / "stopped", progress=lambda *_s: False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "vault"]


def test_form_versions_count_their_records(vault):
    vault.install_form(form_bytes(FORM_MD.replace("| migrant_v | 1 ", "| migrant_v | 2 ")))
    vault.save_submission(FORM_ID, valid_answers(), form_version="1")
    vault.save_submission(FORM_ID, valid_answers(), form_version="2")
    vault.save_submission(FORM_ID, valid_answers(), form_version="2")
    assert [(f.version, n) for f, n in vault.form_versions()] == [("1", 1), ("2", 2)]


def test_a_restored_copy_and_its_original_both_open_without_a_rollback_warning(
    vault, tmp_path
):
    """Before: opening the restored copy (older by nature) warned, and moved this
    computer's anchor onto it, so the original warned too at every later open. A folder
    restore_backup made starts its own history here; each folder keeps its own head."""
    import shutil

    for age in range(20, 25):
        vault.save_submission(FORM_ID, valid_answers(age=age), status="final")
    original = vault.folder
    backup = vault.backup(tmp_path / "backup")
    vault.save_submission(FORM_ID, valid_answers(age=60), status="final")  # after it
    vault.close()
    restored = restore_backup(backup, tmp_path / "restored")
    with Vault.open(restored, user="anan", passphrase=PASSPHRASE) as copy:
        assert copy.history_warning is None and copy.count() == 5
        copy.save_submission(FORM_ID, valid_answers(age=61), status="final")
    with Vault.open(original, user="anan", passphrase=PASSPHRASE) as again:
        assert again.history_warning is None and again.count() == 6
    with Vault.open(restored, user="anan", passphrase=PASSPHRASE) as copy:
        assert copy.history_warning is None and copy.count() == 6
    # The tripwire still holds for each folder: the restored folder put back to the
    # backup (an older copy of it, by hand) warns, and so does the original put back.
    shutil.rmtree(restored)
    shutil.copytree(backup, restored)  # no marker: a copy by hand
    with Vault.open(restored, user="anan", passphrase=PASSPHRASE) as rolled:
        assert rolled.history_warning and "older than the one last seen" in rolled.history_warning


def test_a_backup_copied_by_hand_to_a_new_folder_still_warns(vault, tmp_path):
    """Only restore_backup's own copy is excused: an older copy of the vault put in any
    other folder is checked against the newest head this computer saw of the vault."""
    import shutil

    vault.save_submission(FORM_ID, valid_answers(age=30), status="final")
    backup = vault.backup(tmp_path / "backup")
    vault.save_submission(FORM_ID, valid_answers(age=31), status="final")
    vault.close()
    shutil.copytree(backup, tmp_path / "by-hand")
    with Vault.open(tmp_path / "by-hand", user="anan", passphrase=PASSPHRASE) as old:
        assert old.history_warning and "older than the one last seen" in old.history_warning
    # The anchor file names no folder: only hashes of their paths.
    import json
    import os

    anchors = json.loads(open(os.environ["LINTAS_ANCHOR_FILE"], encoding="utf-8").read())
    assert all(str(tmp_path) not in key for key in anchors)
