"""What can go wrong when reading the shipped code lists."""

from __future__ import annotations

from lintas.errors import DamagedError, LintasError


class CodeListNotFound(LintasError):
    """A code list that is not among the shipped files."""


class CodeListDamaged(DamagedError):
    """A code list file that cannot be read as the documented CSV layout."""
