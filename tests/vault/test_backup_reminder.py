"""Issue 10: the office's backup reminder and what a restore checks before it copies.

Before: nothing said when the vault was last backed up, the app could not remind of
it, and a restore copied any folder holding files named keys.json and vault.db
(a cut copy or a plain SQLite file was only found at the unlock, in the restored copy)."""

from datetime import UTC, datetime, timedelta

import pytest
from vault_helpers import PASSPHRASE

from lintas.vault import Vault, restore_backup
from lintas.vault.backup_reminder import DEFAULT_BACKUP_REMINDER_DAYS, BackupReminderError
from lintas.vault.errors import (
    DamagedDatabaseError,
    DamagedKeyFileError,
    KeyFileMismatchError,
    PermissionDeniedError,
)


def test_last_backup_and_the_reminder_follow_the_audit_trail(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    assert vault.last_backup() is None and vault.backup_due()  # never backed up
    assert vault.backup_reminder_days() == DEFAULT_BACKUP_REMINDER_DAYS == 7
    vault.backup(tmp_path / "b1")
    last = vault.last_backup()
    assert last is not None and abs(datetime.now(UTC) - last) < timedelta(minutes=1)
    assert not vault.backup_due()
    assert vault.backup_due(now=last + timedelta(days=7, seconds=1))
    assert not vault.backup_due(now=last + timedelta(days=6, hours=23))
    vault.set_backup_reminder_days(0)  # no reminder at all
    assert not vault.backup_due(now=last + timedelta(days=365))


def test_only_a_supervisor_sets_the_interval(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.add_user("bee", "bee's own passphrase", role="enumerator")
    vault.set_backup_reminder_days(3)
    entry = [e for e in vault.audit_entries() if e.action == "backup.reminder"][-1]
    assert entry.detail == {"from": 7, "to": 3} and entry.user == "anan"
    vault.close()
    with Vault.open(tmp_path / "vault", user="bee", passphrase="bee's own passphrase") as bee:
        assert bee.backup_reminder_days() == 3  # every user is reminded alike
        with pytest.raises(PermissionDeniedError):
            bee.set_backup_reminder_days(0)
        with pytest.raises(PermissionDeniedError):  # nor through the generic settings call
            bee.set_setting("backup.reminder_days", "0")
        bee.backup(tmp_path / "by-bee")  # an enumerator may back up (the core allows it)
        assert bee.last_backup() is not None and bee.backup_reminder_days() == 3


@pytest.mark.parametrize("days", [-1, 91, 2.5, "7", True, None])
def test_a_bad_interval_is_refused_before_anything_is_written(make_vault, days):
    vault, _ = make_vault(with_form=False)
    head = vault.audit_head()
    with pytest.raises(BackupReminderError):
        vault.set_backup_reminder_days(days)
    assert vault.audit_head() == head and vault.backup_reminder_days() == 7


def test_a_restore_refuses_a_damaged_or_foreign_backup_before_copying(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    other, _ = make_vault("other", with_form=False)
    good = vault.backup(tmp_path / "good")
    cases = {}
    for name, change in {
        "cut": lambda f: (f / "vault.db").write_bytes((f / "vault.db").read_bytes()[:1000]),
        "plain": lambda f: (f / "vault.db").write_bytes(b"SQLite format 3\x00" + bytes(8192)),
        "keys": lambda f: [(f / n).write_text("{no") for n in ("keys.json", "keys.json.prev")],
    }.items():
        cases[name] = vault.backup(tmp_path / name)
        change(cases[name])
    foreign = other.backup(tmp_path / "foreign")
    (foreign / "keys.json").write_bytes((good / "keys.json").read_bytes())
    for source, error in (
        (cases["cut"], DamagedDatabaseError),
        (cases["plain"], DamagedDatabaseError),
        (cases["keys"], DamagedKeyFileError),
        (foreign, KeyFileMismatchError),
    ):
        with pytest.raises(error):
            restore_backup(source, tmp_path / "restored")
        assert not (tmp_path / "restored").exists()
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".restored")]
    restored = restore_backup(good, tmp_path / "restored")
    with Vault.open(restored, user="anan", passphrase=PASSPHRASE) as again:
        # The backup's own entry is written after its copy: a restored vault was never
        # backed up itself (earlier backups' entries would come with it).
        assert again.last_backup() is None and again.backup_due()
