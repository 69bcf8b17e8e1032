"""Fixtures for the exchange tests: real SQLCipher vaults of two or three offices."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "vault"))

from vault_helpers import CHEAP_KDF, PASSPHRASE, form_bytes

from lintas.exchange.identity import office_identity, trust
from lintas.vault import Vault


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[Callable[..., list[Vault]]]:
    """make("A", "Hub") -> open vaults that trust each other (every pair)."""
    opened: list[Vault] = []

    def make(*names: str, form: bool = True) -> list[Vault]:
        vaults = []
        for name in names:
            vault, _ = Vault.create(
                tmp_path / name, office=name, user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
            )
            if form:
                vault.install_form(form_bytes(), filename="migrant.md")
            office_identity(vault)
            opened.append(vault)
            vaults.append(vault)
        for vault in vaults:
            for other in vaults:
                if other is not vault:
                    trust(vault, office_identity(other).card)
        return vaults

    yield make
    for vault in opened:
        vault.close()
