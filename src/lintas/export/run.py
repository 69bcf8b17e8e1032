"""One entry point for every export format, used by the command line and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lintas.errors import LintasError
from lintas.export.workbook import ExportOptions, export_workbook
from lintas.progress import Progress

FORMATS = ("xlsx", "sav", "dta", "csv")


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int
    sha256: str
    level: str
    form_id: str
    format: str
    encrypted: bool
    disclosure: dict[str, Any] = field(default_factory=dict)  # what the level did


def suffix_for(file_format: str) -> str:
    """The file name ending each format writes (sav, dta and csv come in a zip)."""
    return ".xlsx" if file_format == "xlsx" else ".zip"


def export(
    vault: Any,
    destination: Path | str,
    options: ExportOptions,
    *,
    file_format: str = "xlsx",
    password: str | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write ``destination`` in ``file_format``; ``password`` encrypts an .xlsx workbook."""
    if file_format not in FORMATS:
        raise LintasError(f"Unknown format '{file_format}'. Use one of: {', '.join(FORMATS)}.")
    if password is not None and file_format != "xlsx":
        raise LintasError(
            "A password protects .xlsx workbooks only; a sav, dta or csv zip cannot "
            "carry one. Choose the xlsx format, or protect the zip another way."
        )
    if file_format == "xlsx":
        result: Any = export_workbook(vault, Path(destination), options, progress, password)
    else:
        from lintas.export.statfiles import export_statistics

        result = export_statistics(vault, Path(destination), options, file_format, progress)
    return ExportSummary(
        result.path, result.records, result.sha256, result.level, result.form_id,
        file_format, password is not None, dict(getattr(result, "disclosure", None) or {}),
    )  # fmt: skip


@dataclass(frozen=True)
class LevelPreview:
    """What an export at a level would publish, worked out before anything is written."""

    level: str
    records: int  # interviews that match the filters
    columns: int  # question columns over every sheet
    not_published: tuple[str, ...]  # questions this level leaves out (declared or dropped)
    disclosure: dict[str, Any]  # as About's "disclosure" ({} at the internal level)


def preview(vault: Any, options: ExportOptions, progress: Progress | None = None) -> LevelPreview:
    """The level's first pass only (the disclosure control), so a supervisor sees the cost."""
    from lintas.export.workbook import _form_id, prepare_content
    from lintas.vault import submissions as stored

    vault.require_supervisor("export data")
    form = vault.form(_form_id(vault, options.form_id))
    filters = stored.Filters(
        form_id=form.form_id, status=options.status, since=options.since, until=options.until
    )
    with vault.reading() as conn:
        total = stored.count(conn, filters)
        content = prepare_content(conn, form, filters, options.level, progress)
    dropped = set(content.chosen.dropped)
    if content.protection is not None:
        dropped |= set(content.protection.dropped)
    columns = sum(len(plan.columns) for plan in content.plans)
    return LevelPreview(options.level, total, columns, tuple(sorted(dropped)), content.disclosure)
