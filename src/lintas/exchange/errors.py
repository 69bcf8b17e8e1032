"""Errors of the exchange layer: each names what is wrong and what to do."""

from __future__ import annotations

from lintas.errors import DamagedError, LintasError
from lintas.i18n import tr


class ExchangeError(LintasError):
    """A bundle, card or peer problem that the user can fix (exit 1)."""


class BundleRejectedError(DamagedError):
    """A bundle or receipt that is damaged, tampered with or not for us (exit 4).

    Raised before anything is written: the vault is unchanged.
    """

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(
            tr(
                "The bundle '{path}' was refused: {reason}. Nothing was imported; "
                "ask the sender for a fresh copy.",
                path=path,
                reason=reason,
            )
        )
        self.reason = reason


class KeyReplaceRefusedError(ExchangeError):
    """A hub's regional key that would replace a key pseudonyms were made under.

    Nothing was changed. The facts are kept so that the app can explain them in its own
    language and offer to replace the key anyway (import_file(..., replace_key=True)).
    """

    def __init__(self, made: int, old_key: str, old_label: str, new_key: str, office: str):
        self.made, self.old_key, self.new_key, self.office = made, old_key, new_key, office
        super().__init__(
            tr(
                "This vault already made {made} pseudonyms under its regional key {old_key} "
                "({label}). Pseudonyms made under one key never match those made under "
                "another, and they cannot be made again. Nothing was changed. If {office}'s "
                "key {new_key} must replace it anyway, import again with --replace-key "
                "(repeat interviews will not be found across that change).",
                made=made, old_key=old_key, label=old_label or tr("no label"),
                office=office, new_key=new_key,
            )
        )
