"""Turn an interview's identifier answers into a pseudonym, via lintas.privacy (worker thread).

The identifier values exist only in the Response's memory. Here they meet the
regional key, which the privacy part keeps in the vault's encrypted secrets,
and only the keyed pseudonym goes on to be stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def pseudonym_for(vault: Any, identifiers: Mapping[str, str]) -> str | None:
    """The pseudonym of ``identifiers``, or None when there are none or no regional key yet."""
    answered = {address: value for address, value in identifiers.items() if str(value).strip()}
    if not answered:
        return None
    from lintas import privacy

    for name in ("pseudonym_for_vault", "vault_pseudonym"):
        helper = getattr(privacy, name, None)
        if callable(helper):
            return helper(vault, answered)
    key = _regional_key(vault)
    if key is None:
        return None
    from lintas.privacy.pseudonyms import pseudonymise_answers

    return pseudonymise_answers(answered, key)


def _regional_key(vault: Any) -> Any:
    from lintas import privacy

    loader = getattr(privacy, "regional_key", None) or getattr(privacy, "load_regional_key", None)
    if callable(loader):
        return loader(vault)
    return None
