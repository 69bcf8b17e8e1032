"""lintas vault autolock: the vault's longest auto-lock delay from the command line
(issue 15, point 10d; the core API is lintas.vault.autolock, tested in tests/vault)."""

from __future__ import annotations

import pytest

from lintas.cli import main
from lintas.vault import KdfParams, Vault

PASSPHRASE = "correct horse battery"
BEE = "bee has a passphrase too"
CHEAP = KdfParams(memory_kib=256, iterations=1, lanes=1)


@pytest.fixture
def folder(monkeypatch, tmp_path):
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP
    )
    with vault:
        vault.add_user("bee", BEE)
    return str(tmp_path / "v")


def test_show_set_and_refuse(folder, capsys, monkeypatch):
    assert main(["vault", "autolock", folder, "--user", "anan", "--json"]) == 0
    assert '"max_minutes": 30' in capsys.readouterr().out
    assert main(["vault", "autolock", folder, "--user", "anan", "--max-minutes", "12"]) == 0
    assert "12 minutes" in capsys.readouterr().out
    assert main(["vault", "autolock", folder, "--user", "anan", "--max-minutes", "241"]) == 1
    assert "from 1 to 240" in capsys.readouterr().err
    assert main(["vault", "autolock", folder, "--user", "anan", "--max-minutes", "0"]) == 0
    assert "No limit" in capsys.readouterr().out
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True) as vault:
        assert vault.autolock_limit() == 0
        assert [e.action for e in vault.audit_entries(4)].count("autolock.limit") == 2


def test_an_enumerator_may_look_but_not_change(folder, capsys, monkeypatch):
    monkeypatch.setenv("LINTAS_PASSPHRASE", BEE)
    assert main(["vault", "autolock", folder, "--user", "bee"]) == 0
    assert "30 minutes" in capsys.readouterr().out
    assert main(["vault", "autolock", folder, "--user", "bee", "--max-minutes", "0"]) == 1
    assert "only a supervisor" in capsys.readouterr().err
