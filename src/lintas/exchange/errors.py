"""Errors of the exchange layer: each names what is wrong and what to do."""

from __future__ import annotations

from lintas.errors import DamagedError, LintasError


class ExchangeError(LintasError):
    """A bundle, card or peer problem that the user can fix (exit 1)."""


class BundleRejectedError(DamagedError):
    """A bundle or receipt that is damaged, tampered with or not for us (exit 4).

    Raised before anything is written: the vault is unchanged.
    """

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(
            f"The bundle '{path}' was refused: {reason}. Nothing was imported; "
            "ask the sender for a fresh copy."
        )
        self.reason = reason
