"""The passphrase meter's estimate: lintas.strength (zxcvbn), shared with the CLI."""

from __future__ import annotations

from lintas.strength import LEVELS, strength

__all__ = ["LEVELS", "strength"]
