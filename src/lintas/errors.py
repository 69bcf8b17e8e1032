"""The root of Lintas's catalogue of user-facing errors.

Every error a person can cause or meet (a wrong passphrase, a broken form, a
tampered bundle) is a subclass of :class:`LintasError`. Its message is written
for the user: what is wrong and what to do. The CLI and the GUI only format
these; a traceback is never a user message.

Each sub-package keeps its own errors in its ``errors.py`` (``lintas.form.errors``,
``lintas.vault.errors``, ...), all deriving from the classes here, so the
catalogue stays one tree while no module grows too large.
"""

from __future__ import annotations

from lintas.i18n import tr

# Exit codes of the command line (DESIGN.md, "Command line").
EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_DAMAGED = 4


class LintasError(Exception):
    """An error with a message meant for the person using Lintas."""

    exit_code = EXIT_USER_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class AuthenticationError(LintasError):
    """A wrong passphrase, recovery key or an unknown user."""

    exit_code = EXIT_AUTH


class DamagedError(LintasError):
    """A vault, bundle or workbook that is damaged or has been tampered with."""

    exit_code = EXIT_DAMAGED


class Cancelled(LintasError):
    """Long work stopped because the user asked it to."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("Cancelled. Nothing was changed."))
