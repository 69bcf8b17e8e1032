"""Passphrase strength (issue 15, point 8): zxcvbn in the app's meter and the CLI alike."""

from __future__ import annotations

import pytest

from lintas.cli import main
from lintas.gui.strength import strength as app_strength
from lintas.strength import LEVELS, strength
from lintas.vault import KdfParams, Vault
from lintas.vault.errors import WeakPassphraseError

CHEAP = KdfParams(memory_kib=256, iterations=1, lanes=1)


def test_password123_is_weak_not_fair_and_spaces_are_too_short():
    assert LEVELS[strength("password123")] == "Weak"
    assert strength(" " * 8) == 0 and strength("correct horse battery staple") == 4
    assert app_strength is strength  # the app's meter is the same estimate


def test_eight_spaces_are_refused_by_the_vault(tmp_path):
    with pytest.raises(WeakPassphraseError):
        Vault.create(tmp_path / "v", office="O", user="u", passphrase=" " * 8, kdf=CHEAP)
    assert not (tmp_path / "v").exists()


def test_the_cli_warns_about_a_weak_new_passphrase(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LINTAS_NEW_PASSPHRASE", "password123")
    monkeypatch.setenv("LINTAS_PASSPHRASE", "password123")
    code = main(["vault", "create", str(tmp_path / "v"), "--office", "O", "--user", "u"])
    err = capsys.readouterr().err
    assert code == 0 and "passphrase is weak" in err
