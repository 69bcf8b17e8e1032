"""The key file's non-slot entries are authenticated, and its KDF costs have a floor.

Issue 15, points 5 and 10: an edited ``kdf_policy`` made the next ``vault passwd`` write a
slot cheap to brute-force while ``audit verify`` said intact; a failed passwd left
``keys.json.tmp`` holding a slot for the new passphrase.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, snapshot

from lintas.cli import main
from lintas.errors import EXIT_DAMAGED, DamagedError
from lintas.vault import Vault
from lintas.vault.errors import StorageError, TamperedKeyFileError, WeakKdfError
from lintas.vault.keyfile import KEY_FILE
from lintas.vault.keyslots import KDF_FLOOR, WEAK_KDF_FOR_TESTS_ENV, KdfParams

NEW = "a brand new passphrase"


def _edit_key_file(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    for name in (KEY_FILE, KEY_FILE + ".prev"):
        data = json.loads((folder / name).read_text())
        change(data)
        (folder / name).write_text(json.dumps(data))


def _cli(capsys, monkeypatch, *argv: str) -> tuple[int, str]:
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LINTAS_NEW_PASSPHRASE", NEW)
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def real_floor_vault(tmp_path, monkeypatch) -> Path:
    """A vault at exactly the OWASP floor, with the test suite's weak-KDF switch off."""
    monkeypatch.delenv(WEAK_KDF_FOR_TESTS_ENV)
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=KDF_FLOOR
    )
    vault.close()
    return tmp_path / "v"


def test_a_kdf_policy_below_the_floor_is_refused_as_tampering(
    real_floor_vault, capsys, monkeypatch
):
    folder = real_floor_vault
    _edit_key_file(folder, lambda d: d["kdf_policy"].update(memory_kib=8, iterations=1))
    before = snapshot(folder)
    code, text = _cli(capsys, monkeypatch, "vault", "passwd", folder)
    assert code == EXIT_DAMAGED
    assert "tampered" in text and "below the floor" in text
    code, text = _cli(capsys, monkeypatch, "audit", "verify", folder)
    assert code == EXIT_DAMAGED and "tampered" in text
    assert snapshot(folder) == before  # no cheap slot was written


def test_an_edited_kdf_policy_above_the_floor_fails_its_mac(real_floor_vault, capsys, monkeypatch):
    folder = real_floor_vault
    # Still above OWASP's floor but cheaper than the vault's own policy: only the MAC
    # can tell it was edited.
    _edit_key_file(folder, lambda d: d["kdf_policy"].update(memory_kib=19 * 1024 + 8))
    before = snapshot(folder)
    for argv in (("vault", "passwd", folder), ("audit", "verify", folder)):
        code, text = _cli(capsys, monkeypatch, *argv)
        assert code == EXIT_DAMAGED, text
        assert "tampered" in text
    assert snapshot(folder) == before
    with pytest.raises(TamperedKeyFileError):
        Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True)


def test_a_slot_below_the_floor_is_refused(real_floor_vault):
    folder = real_floor_vault

    def weaken(data: dict) -> None:
        data["slots"][0]["kdf"].update(memory_kib=1024, iterations=1)

    _edit_key_file(folder, weaken)
    with pytest.raises(TamperedKeyFileError, match="below the floor"):
        Vault.open(folder, user="anan", passphrase=PASSPHRASE)


def test_no_vault_is_created_below_the_floor(tmp_path, monkeypatch):
    monkeypatch.delenv(WEAK_KDF_FOR_TESTS_ENV)
    with pytest.raises(WeakKdfError, match="below the floor"):
        Vault.create(
            tmp_path / "v",
            office="X",
            user="anan",
            passphrase=PASSPHRASE,
            kdf=KdfParams(memory_kib=19 * 1024, iterations=1, lanes=1),
        )
    assert not (tmp_path / "v").exists()


# (The vault id is bound into every slot's associated data and user tag already.)
@pytest.mark.parametrize("entry", ["key_check", "database_salt", "mac"])
def test_every_header_entry_is_authenticated(make_vault, tmp_path, entry):
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    original = json.loads((folder / KEY_FILE).read_text())

    def change(data: dict) -> None:
        value = data[entry]
        data[entry] = value[:-1] + ("0" if value[-1] != "0" else "1")

    _edit_key_file(folder, change)
    with pytest.raises(DamagedError) as raised:
        Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True)
    assert raised.value.exit_code == EXIT_DAMAGED
    assert original["mac"]


def test_a_stripped_mac_is_tampering_not_an_old_file(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    _edit_key_file(folder, lambda d: d.pop("mac"))
    with pytest.raises(TamperedKeyFileError, match="removed"):
        Vault.open(folder, user="anan", passphrase=PASSPHRASE)


def test_a_key_file_from_before_the_mac_is_sealed_on_the_next_writable_open(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    with vault.writing() as conn:
        conn.execute("DELETE FROM settings WHERE key = 'key_file_sealed'")
    vault.close()
    folder = tmp_path / "vault"
    _edit_key_file(folder, lambda d: (d.pop("mac"), d.pop("database_salt")))
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True) as old:
        assert old.key_file.mac == ""  # read-only: accepted as it is, nothing written
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as again:
        assert again.audit_entries(1)[0].detail == {"sealed_key_file": True}
    data = json.loads((folder / KEY_FILE).read_text())
    assert data["mac"] and len(data["database_salt"]) == 32
    _edit_key_file(folder, lambda d: d.pop("mac"))
    with pytest.raises(TamperedKeyFileError):
        Vault.open(folder, user="anan", passphrase=PASSPHRASE)


def test_a_failed_passwd_leaves_no_slot_for_the_new_passphrase(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    folder = tmp_path / "vault"
    # Something in the way of keeping the previous version (here a folder where the
    # hard link goes) makes the key file write fail after the temporary file is whole.
    blocker = folder / (KEY_FILE + ".prev.tmp")
    blocker.mkdir()
    (blocker / "x").write_text("x")
    with pytest.raises(StorageError):
        vault.change_passphrase(NEW, old_passphrase=PASSPHRASE)
    assert not (folder / (KEY_FILE + ".tmp")).exists()
    vault.close()
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True):
        pass  # the old passphrase still opens it


def test_a_temporary_key_file_left_by_a_crash_is_removed_on_the_next_open(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    vault.close()
    folder = tmp_path / "vault"
    leftover = folder / (KEY_FILE + ".tmp")
    leftover.write_bytes((folder / KEY_FILE).read_bytes())
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True):
        pass
    assert leftover.exists()  # a read-only open writes nothing, not even this
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE):
        pass
    assert not leftover.exists()
