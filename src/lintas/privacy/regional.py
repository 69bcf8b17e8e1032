"""The regional pseudonymisation key inside a vault.

The key is a secret of the vault (stored only inside the encrypted database),
kept as its key-file bytes so the checksum travels with it. A vault makes its
own key the first time it needs one; a supervisor replaces it with the
region's key from a key file or, later, from a hub's bundle. Pseudonyms made
under the old key do not match those under the new one: the identifiers they
came from were never stored, so they cannot be recomputed. Import the
regional key before the first interviews.
"""

from __future__ import annotations

import json
from pathlib import Path

from lintas.privacy.keys import RegionalKey
from lintas.vault import Vault
from lintas.vault.pseudonym_matches import create_secret_once

SECRET_NAME = "privacy.regional_key"  # noqa: S105 (the name of the secret, not a secret)
# Where the current key came from (JSON: key_id, from = "hub" | "key file" | "sent",
# office, to, at);
# lintas.exchange.regional.regional_key_status reads it to warn before interviews.
SOURCE_SETTING = "privacy.regional_key_source"


def regional_key(vault: Vault) -> RegionalKey:
    """The vault's regional key, made now (and audited) if it has none yet."""
    stored = vault.get_secret(SECRET_NAME)
    if stored is None:
        label = f"own key of {vault.office or 'this office'}"
        stored = create_secret_once(
            vault, SECRET_NAME, lambda: RegionalKey.generate(label).to_bytes()
        )
    return RegionalKey.from_bytes(stored)


def import_regional_key(vault: Vault, key: RegionalKey) -> None:
    """Make ``key`` this vault's regional key (supervisors only; audited by key id)."""
    vault.set_secret(SECRET_NAME, key.to_bytes())
    source = {"key_id": key.key_id, "from": "key file", "at": vault.now()}
    vault.set_setting(SOURCE_SETTING, json.dumps(source))
    vault.log("privacy.key.import", key.key_id, label=key.label)


def import_regional_key_file(vault: Vault, path: str | Path) -> RegionalKey:
    key = RegionalKey.read(path)
    import_regional_key(vault, key)
    return key


def export_regional_key_file(vault: Vault, path: str | Path) -> RegionalKey:
    """Write the vault's regional key to a key file for the region's offices (audited)."""
    vault.require_supervisor("export the regional key")
    key = regional_key(vault)
    key.write(path)
    vault.log("privacy.key.export", key.key_id)
    return key
