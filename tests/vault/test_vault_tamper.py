"""Tamper proof: flipped bits in the database are reported as damage, never returned as data."""

from __future__ import annotations

import random
import shutil

import pytest
from vault_helpers import FORM_ID, PASSPHRASE, valid_answers

from lintas.vault import Vault
from lintas.vault.connection import DATABASE_FILE
from lintas.vault.errors import DamagedDatabaseError


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    from vault_helpers import CHEAP_KDF, form_bytes

    folder = tmp_path_factory.mktemp("pristine") / "vault"
    vault, _ = Vault.create(
        folder, office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    vault.install_form(form_bytes())
    for age in range(15, 75):
        vault.save_submission(FORM_ID, valid_answers(age=age, remarks="r" * 200), status="final")
    records = vault.submissions()
    vault.close()  # the last close checkpoints the WAL into vault.db
    return folder, records


def _read_everything(folder):
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as vault:
        records = vault.submissions()
        report = vault.audit_verify()
        problems = vault.integrity_problems()
    return records, report, problems


def test_untouched_copy_reads_clean(pristine, tmp_path):
    folder, records = pristine
    shutil.copytree(folder, tmp_path / "copy")
    got, report, problems = _read_everything(tmp_path / "copy")
    assert got == records and report.ok and problems == []


def test_bit_flips_anywhere_are_detected(pristine, tmp_path):
    folder, records = pristine
    size = (folder / DATABASE_FILE).stat().st_size
    rng = random.Random(3)
    offsets = [0, 17, 100, 1023, 4095, 4096, size - 1] + [rng.randrange(size) for _ in range(33)]
    for n, offset in enumerate(offsets):
        copy = tmp_path / f"copy{n}"
        shutil.copytree(folder, copy)
        db = copy / DATABASE_FILE
        data = bytearray(db.read_bytes())
        data[offset] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(data))
        try:
            got, _, problems = _read_everything(copy)
        except DamagedDatabaseError as error:
            assert "damaged or has been tampered with" in error.message
            continue
        # Whatever was read before the damage was found is exactly what was written,
        # and the full check still names the damaged page.
        assert got == records
        assert problems, f"flip at offset {offset} went unnoticed"
