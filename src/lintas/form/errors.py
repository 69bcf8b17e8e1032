"""What can go wrong with a form: problems found while loading, and errors raised.

A :class:`Problem` is one finding about an XLSForm, placed where the form author
will look for it (sheet, row, column). Loading collects every problem it can find
before giving up, so that an author fixes a form in one pass rather than one error
at a time. :class:`FormLoadError` carries them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lintas.errors import LintasError
from lintas.i18n import N_, tr

# A note tells the author what Lintas does with a row, where nothing is wrong.
Severity = Literal["error", "warning", "note"]
# How a problem line starts: "Error (...): ..." (the JSON keeps the English severity).
_SEVERITY = {"error": N_("Error"), "warning": N_("Warning"), "note": N_("Note")}


@dataclass(frozen=True)
class Problem:
    """One error, warning or note about an XLSForm, placed by sheet, row and column."""

    severity: Severity
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def where(self) -> str:
        """'survey sheet, row 12, column relevant' (the parts that are known)."""
        parts = []
        if self.sheet:
            parts.append(tr("'{sheet}' sheet", sheet=self.sheet))
        if self.row is not None:
            parts.append(tr("row {row}", row=self.row))
        if self.column:
            parts.append(tr("column '{column}'", column=self.column))
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        prefix = tr(_SEVERITY.get(self.severity, self.severity.capitalize()))
        return f"{prefix} ({where}): {self.message}" if where else f"{prefix}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity,
            "message": self.message,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
        }


def error(
    message: str, sheet: str | None = None, row: int | None = None, column: str | None = None
) -> Problem:
    return Problem("error", message, sheet, row, column)


def warning(
    message: str, sheet: str | None = None, row: int | None = None, column: str | None = None
) -> Problem:
    return Problem("warning", message, sheet, row, column)


def note(
    message: str, sheet: str | None = None, row: int | None = None, column: str | None = None
) -> Problem:
    return Problem("note", message, sheet, row, column)


class FormError(LintasError):
    """Base of every form-engine error."""


class FormLoadError(FormError):
    """The XLSForm cannot be loaded; ``problems`` lists everything found wrong."""

    def __init__(self, problems: list[Problem], source_name: str = "") -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        count = len(errors)
        if source_name:
            head = tr("The form '{name}' cannot be used: {count} problems.",
                      name=source_name, count=count)  # fmt: skip
            if count == 1:
                head = tr("The form '{name}' cannot be used: 1 problem.", name=source_name)
        else:
            head = tr("The form cannot be used: {count} problems.", count=count)
            if count == 1:
                head = tr("The form cannot be used: 1 problem.")
        lines = [head, *(f"  {p}" for p in errors)]
        lines.append(tr("Fix these in the spreadsheet and load it again."))
        super().__init__("\n".join(lines))


class ResponseError(FormError):
    """A response was asked to do something its form does not allow."""


class UnknownAddress(ResponseError):
    """An address that names no question or repeat instance of the form."""

    def __init__(self, address: str, reason: str = "") -> None:
        detail = f" {reason}" if reason else ""
        super().__init__(
            f"There is no question at '{address}' in this form.{detail} "
            "Addresses look like 'age' or 'member[2]/age'."
        )
        self.address = address


class InvalidAnswer(ResponseError):
    """A value that does not fit the question's type."""

    def __init__(self, address: str, message: str) -> None:
        super().__init__(f"'{address}': {message}")
        self.address = address
