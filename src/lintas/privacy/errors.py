"""The privacy sub-package's errors, each with a message that says what to do."""

from __future__ import annotations

from lintas.errors import DamagedError, LintasError


class PrivacyError(LintasError):
    """Base of every privacy error."""


class EmptyIdentifierError(PrivacyError):
    """An identifier that is empty once spaces and punctuation are removed."""


class KeyFileError(DamagedError):
    """A regional key file that is not a key file, is truncated or was altered."""


class UnknownRecodingRule(PrivacyError):
    """A form names a recoding rule that Lintas does not know."""


class TableShapeError(PrivacyError):
    """A table given to cell suppression that is empty or not rectangular."""


class UnknownLevelError(PrivacyError):
    """A disclosure level other than public, restricted or internal."""


class OpenWarningsError(PrivacyError):
    """A final save while free-text warnings are still open and not overridden."""
