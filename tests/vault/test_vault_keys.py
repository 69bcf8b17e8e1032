"""Key slots, the recovery key, escrow, passphrase changes, users and rekey."""

from __future__ import annotations

import json

import pyrage
import pytest
from vault_helpers import CHEAP_KDF, PASSPHRASE, snapshot

from lintas.vault import Throttle, Vault
from lintas.vault.errors import (
    DamagedKeyFileError,
    LastSupervisorError,
    PermissionDeniedError,
    RecoveryKeyTypoError,
    UnknownUserError,
    UserExistsError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from lintas.vault.keyfile import KEY_FILE
from lintas.vault.keyslots import DEFAULT_KDF
from lintas.vault.recovery import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)


def test_recovery_key_round_trips_forgiving_case_spaces_and_lookalikes():
    secret = new_recovery_secret()
    text = format_recovery_key(secret)
    groups = text.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    sloppy = " ".join(groups).lower().replace("1", "l").replace("0", "o")
    assert parse_recovery_key(sloppy) == secret


def test_every_single_character_typo_is_caught_and_located():
    text = format_recovery_key(bytes(range(20)))
    caught = 0
    positions = [i for i, c in enumerate(text) if c != "-"]
    for index in positions:
        for replacement in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            if replacement == text[index]:
                continue
            typo = text[:index] + replacement + text[index + 1 :]
            with pytest.raises(RecoveryKeyTypoError) as raised:
                parse_recovery_key(typo)
            caught += 1
            assert f"group {index // 6 + 1}" in raised.value.message or "check" in str(raised.value)
    assert caught == len(positions) * 31


def test_default_kdf_is_strong():
    # Tests use CHEAP_KDF explicitly; the defaults must stay expensive.
    assert DEFAULT_KDF.memory_kib >= 65536 and DEFAULT_KDF.iterations >= 3


def test_key_file_lists_no_user_names_or_key_material(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.add_user("somchai", "another passphrase")
    text = (tmp_path / "vault" / KEY_FILE).read_text()
    assert "somchai" not in text and "anan" not in text
    data = json.loads(text)
    assert {s["kind"] for s in data["slots"]} == {"passphrase", "recovery"}


def test_change_passphrase_rewrites_one_slot_and_refreshes_the_previous_file(make_vault, tmp_path):
    vault, recovery = make_vault(with_form=False)
    folder = tmp_path / "vault"
    before = (folder / KEY_FILE).read_bytes()
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("new passphrase 1", old_passphrase="not it at all")
    vault.change_passphrase("new passphrase 1", old_passphrase=PASSPHRASE)
    # Once the new file is durable, .prev is a copy of it: the old slot is gone.
    assert (folder / (KEY_FILE + ".prev")).read_bytes() == (folder / KEY_FILE).read_bytes()
    assert (folder / (KEY_FILE + ".prev")).read_bytes() != before
    assert (folder / (KEY_FILE + ".prev")).stat().st_ino != (folder / KEY_FILE).stat().st_ino
    old_slots = json.loads(before)["slots"]
    new_slots = json.loads((folder / KEY_FILE).read_text())["slots"]
    recovery_old = [s for s in old_slots if s["kind"] == "recovery"]
    assert recovery_old == [s for s in new_slots if s["kind"] == "recovery"]
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(folder, user="anan", passphrase=PASSPHRASE)
    Vault.open(folder, user="anan", passphrase="new passphrase 1").close()
    Vault.open_with_recovery_key(folder, recovery).close()


def test_weak_passphrase_is_refused(make_vault):
    vault, _ = make_vault(with_form=False)
    with pytest.raises(WeakPassphraseError):
        vault.add_user("bee", "short")


def test_users_roles_and_removal(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    folder = tmp_path / "vault"
    vault.add_user("bee", "bee passphrase", role="enumerator")
    with pytest.raises(UserExistsError):
        vault.add_user("bee", "bee passphrase 2")
    with pytest.raises(LastSupervisorError):
        vault.remove_user("anan")
    vault.close()
    with Vault.open(folder, user="bee", passphrase="bee passphrase") as bee:
        with pytest.raises(PermissionDeniedError):
            bee.add_user("cat", "cat passphrase")
        bee.change_passphrase("bee passphrase 2", old_passphrase="bee passphrase")
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as anan:
        anan.remove_user("bee")
        assert [u.name for u in anan.users()] == ["anan"]
        assert [u.name for u in anan.users(include_removed=True)] == ["anan", "bee"]
    with pytest.raises(UnknownUserError):
        Vault.open(folder, user="bee", passphrase="bee passphrase 2")


def test_escrow_slot_opens_with_the_matching_age_identity_only(make_vault, tmp_path):
    identity = pyrage.x25519.Identity.generate()
    other = pyrage.x25519.Identity.generate()
    vault, _ = make_vault(with_form=False)
    vault.set_escrow(str(identity.to_public()), label="Bangkok hub")
    vault.close()
    folder = tmp_path / "vault"
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open_with_escrow(folder, str(other))
    with Vault.open_with_escrow(folder, str(identity)) as hub:
        assert hub.office == "Mae Sot"
    with pytest.raises(ValueError):
        Vault.open(folder, user="anan", passphrase=PASSPHRASE).set_escrow("age1notakey")


def test_escrow_at_creation(tmp_path):
    identity = pyrage.x25519.Identity.generate()
    vault, _ = Vault.create(
        tmp_path / "v",
        office="Poipet",
        user="dara",
        passphrase=PASSPHRASE,
        kdf=CHEAP_KDF,
        escrow_recipient=str(identity.to_public()),
    )
    vault.close()
    Vault.open_with_escrow(tmp_path / "v", str(identity)).close()


def test_wrong_recovery_key_and_typo(make_vault, tmp_path):
    vault, recovery = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open_with_recovery_key(folder, format_recovery_key(new_recovery_secret()))
    typo = ("X" if recovery[0] != "X" else "Y") + recovery[1:]
    with pytest.raises(RecoveryKeyTypoError, match="group 1"):
        Vault.open_with_recovery_key(folder, typo)


def test_recovery_key_can_reset_a_forgotten_passphrase(make_vault, tmp_path):
    vault, recovery = make_vault(with_form=False)
    vault.close()
    with Vault.open_with_recovery_key(tmp_path / "vault", recovery) as office:
        office.change_passphrase("a fresh passphrase", user="anan")
    Vault.open(tmp_path / "vault", user="anan", passphrase="a fresh passphrase").close()


def test_rekey_changes_the_data_key_and_keeps_records(make_vault, tmp_path):
    vault, recovery = make_vault(with_form=False)
    folder = tmp_path / "vault"
    vault.add_user("bee", "bee passphrase")
    vault.set_secret("regional", b"\x00secret\xff")
    old_check = json.loads((folder / KEY_FILE).read_text())["key_check"]
    result = vault.rekey({"anan": PASSPHRASE})
    assert result.users_without_slot == ("bee",)
    assert json.loads((folder / KEY_FILE).read_text())["key_check"] != old_check
    assert vault.get_secret("regional") == b"\x00secret\xff"
    vault.close()
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open_with_recovery_key(folder, recovery)
    with pytest.raises(UnknownUserError):
        Vault.open(folder, user="bee", passphrase="bee passphrase")
    with Vault.open_with_recovery_key(folder, result.recovery_key) as again:
        assert again.get_secret("regional") == b"\x00secret\xff"
        assert again.audit_verify().ok
        assert again.integrity_problems() == []


def test_failed_unlocks_are_slowed_down_increasingly(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    pauses: list[float] = []
    throttle = Throttle(
        delay=lambda failures: 0.01 * failures, sleep=pauses.append, clock=lambda: 0.0
    )
    for _ in range(4):
        with pytest.raises(WrongPassphraseError):
            Vault.open(folder, user="anan", passphrase="wrong passphrase", throttle=throttle)
    assert pauses == [0.01, 0.02, 0.03]  # the first attempt is not delayed
    Vault.open(folder, user="anan", passphrase=PASSPHRASE, throttle=throttle).close()
    assert throttle.failures(folder) == 0


def test_the_delay_runs_from_the_last_failure(make_vault, tmp_path):
    # Issue 15 point 10c: the app counts the delay down on screen; an attempt made once
    # it is over must not wait again (before, it always slept the whole delay).
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    now = [100.0]
    pauses: list[float] = []
    throttle = Throttle(
        delay=lambda failures: 8.0 if failures else 0.0, sleep=pauses.append, clock=lambda: now[0]
    )
    with pytest.raises(WrongPassphraseError):
        Vault.open(folder, user="anan", passphrase="wrong passphrase", throttle=throttle)
    assert throttle.pause(folder, "anan") == 8.0
    now[0] += 3.0  # three seconds of countdown on screen
    assert throttle.pause(folder, "anan") == 5.0
    assert throttle.pause(tmp_path / "." / "vault", "anan") == 5.0  # the same folder
    with pytest.raises(WrongPassphraseError):  # started early: waits the rest
        Vault.open(folder, user="anan", passphrase="wrong again", throttle=throttle)
    assert pauses == [5.0]
    now[0] += 8.0  # the whole countdown
    Vault.open(folder, user="anan", passphrase=PASSPHRASE, throttle=throttle).close()
    assert pauses == [5.0]  # no second wait
    assert throttle.pause(folder, "anan") == 0.0


def test_default_delay_grows_and_is_capped():
    from lintas.vault.unlock import default_delay

    delays = [default_delay(n) for n in range(12)]
    assert delays[:3] == [0, 0, 0]
    assert delays[3:] == sorted(delays[3:]) and delays[4] > delays[3]
    assert max(delays) <= 60


def test_damaged_key_file_falls_back_to_previous_version(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.add_user("bee", "bee passphrase")  # makes keys.json.prev
    vault.close()
    folder = tmp_path / "vault"
    (folder / KEY_FILE).write_bytes(b'{"format": "lintas-vault-keys", "vers')
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as again:
        assert again.audit_entries(1)[0].detail == {"restored_key_file": True}
    json.loads((folder / KEY_FILE).read_text())  # whole again


def test_damaged_key_file_without_previous_is_a_clear_error(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    (folder / (KEY_FILE + ".prev")).unlink(missing_ok=True)
    (folder / KEY_FILE).write_text('{"format": "lintas-vault-keys", "version": 1}')
    before = snapshot(folder)
    with pytest.raises(DamagedKeyFileError) as raised:
        Vault.open(folder, user="anan", passphrase=PASSPHRASE)
    assert raised.value.exit_code == 4
    assert snapshot(folder) == before


@pytest.mark.parametrize("crash_after", ["export", "key_file"])
def test_rekey_interrupted_by_a_crash_is_finished_or_discarded(make_vault, tmp_path, crash_after):
    from lintas.vault.backup import REKEY_FILE, export_database
    from lintas.vault.keyfile import write_key_file
    from lintas.vault.keyfile_mac import sealed
    from lintas.vault.keyslots import new_data_key
    from lintas.vault.migrations import SCHEMA_VERSION
    from lintas.vault.recovery import new_recovery_secret

    vault, recovery = make_vault(with_form=False)
    folder = tmp_path / "vault"
    vault.set_secret("regional", b"survives")
    new_key, secret = new_data_key(), new_recovery_secret()
    new_file = vault._new_key_file(new_key, secret, {})
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    export_database(vault.conn, folder / REKEY_FILE, new_key, SCHEMA_VERSION)
    if crash_after == "key_file":
        write_key_file(folder, sealed(new_file, new_key, folder / REKEY_FILE))
    vault.close()  # the process "dies" here, before the copy is renamed into place
    key = format_recovery_key(secret) if crash_after == "key_file" else recovery
    with Vault.open_with_recovery_key(folder, key) as again:
        assert again.get_secret("regional") == b"survives"
        assert again.integrity_problems() == []
    assert not (folder / REKEY_FILE).exists()


def test_failed_unlocks_count_per_user(make_vault, tmp_path):
    # Issue 15 point 10: four wrong tries for anan delayed the supervisor's correct
    # passphrase by 60.6 s, because the count was per vault folder.
    vault, _ = make_vault(with_form=False)
    vault.add_user("mai", "supervisor passphrase", role="supervisor")
    vault.close()
    folder = tmp_path / "vault"
    pauses: list[float] = []
    throttle = Throttle(
        delay=lambda failures: 0.01 * failures, sleep=pauses.append, clock=lambda: 0.0
    )
    for _ in range(4):
        with pytest.raises(WrongPassphraseError):
            Vault.open(folder, user="anan", passphrase="wrong passphrase", throttle=throttle)
    assert throttle.failures(folder, "anan") == 4
    before = list(pauses)
    Vault.open(folder, user="mai", passphrase="supervisor passphrase", throttle=throttle).close()
    assert pauses == before  # mai waited for nothing
    with pytest.raises(WrongPassphraseError):  # anan is still slowed down
        Vault.open(folder, user="anan", passphrase="wrong again", throttle=throttle)
    assert pauses[-1] == 0.04
