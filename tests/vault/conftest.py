"""Fixtures for the vault tests: real SQLCipher vaults in tmp_path, cheap Argon2id."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from vault_helpers import CHEAP_KDF, PASSPHRASE, form_bytes

from lintas.vault import Vault


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[Callable[..., tuple[Vault, str]]]:
    opened: list[Vault] = []

    def make(name: str = "vault", *, with_form: bool = True, **options) -> tuple[Vault, str]:
        options.setdefault("office", "Mae Sot")
        options.setdefault("user", "anan")
        options.setdefault("passphrase", PASSPHRASE)
        vault, recovery = Vault.create(tmp_path / name, kdf=CHEAP_KDF, **options)
        if with_form:
            vault.install_form(form_bytes(), filename="migrant.md")
        opened.append(vault)
        return vault, recovery

    yield make
    for vault in opened:
        vault.close()


@pytest.fixture
def vault(make_vault) -> Vault:
    return make_vault()[0]
