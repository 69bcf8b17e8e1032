"""``lintas form ...``: check an XLSForm, try an expression.

Other command modules add their own sub-commands to the same ``form`` group
through :func:`form_subparsers` (``form install`` lives with the vault).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from lintas.cli.common import add_json_option, emit
from lintas.errors import EXIT_OK, EXIT_USER_ERROR, LintasError
from lintas.i18n import tr

_GROUP: dict[str, Any] = {}


def register(subparsers: Any) -> None:
    form = subparsers.add_parser("form", help=tr("check XLSForms and try expressions"))
    actions = form.add_subparsers(dest="form_command", metavar="ACTION")
    _GROUP["actions"] = actions

    check = actions.add_parser("check", help=tr("report every problem in an XLSForm"))
    check.add_argument(
        "file", metavar="FILE", help=tr("the XLSForm (.xlsx, .xls or .md), or a zip with its files")
    )
    add_files_option(check)
    add_json_option(check)
    check.set_defaults(handler=run_check)

    evaluate = actions.add_parser("eval", help=tr("evaluate an ODK XPath expression"))
    evaluate.add_argument("expression", metavar="EXPR")
    evaluate.add_argument("--instance", metavar="FILE", help=tr("an XML or JSON instance"))
    evaluate.add_argument("--context", metavar="PATH", help=tr("path of the context node"))
    add_json_option(evaluate)
    evaluate.set_defaults(handler=run_eval)


def add_files_option(parser: Any) -> None:
    parser.add_argument(
        "--files", metavar="DIR",
        help=tr("a folder of the files the form reads (CSV choice lists, pulldata tables, images)"),
    )  # fmt: skip


def read_form_files(folder: str | None) -> dict[str, bytes] | None:
    """The files of a form's folder by name (not its subfolders), or None when not given."""
    from lintas.form.package import MAX_FILE_BYTES, MAX_FILES

    if folder is None:
        return None
    path = Path(folder)
    if not path.is_dir():
        raise LintasError(f"'{folder}' is not a folder. Give the folder with the form's files.")
    entries = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
    if len(entries) > MAX_FILES:
        raise LintasError(f"'{folder}' holds {len(entries)} files; a form may have {MAX_FILES}.")
    files = {}
    for entry in entries:
        if entry.stat().st_size > MAX_FILE_BYTES:
            raise LintasError(
                f"'{entry.name}' is {entry.stat().st_size / 2**20:,.0f} MB; one file of a form "
                f"may be at most {MAX_FILE_BYTES // 2**20} MB."
            )
        try:
            files[entry.name] = entry.read_bytes()
        except OSError as error:
            raise LintasError(f"Cannot read '{entry}': {error.strerror}.") from None
    return files


def form_subparsers() -> Any:
    """The ``form`` group's sub-command table, for modules that add to it."""
    return _GROUP["actions"]


def run_check(args: argparse.Namespace) -> int:
    from lintas.form import check

    problems = check(Path(args.file), files=read_form_files(args.files))
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    # One message per singular/plural pair: gettext plurals are not used by the catalog tool.
    found = [
        tr("1 error") if len(errors) == 1 else tr("{count} errors", count=len(errors)),
        tr("1 warning") if len(warnings) == 1 else tr("{count} warnings", count=len(warnings)),
    ]
    summary = tr("{file}: {errors}, {warnings}.", file=args.file, errors=found[0],
                 warnings=found[1])  # fmt: skip
    if not problems:
        summary = tr("{file}: no problems found. The form is ready to install.", file=args.file)
    text = "\n".join([*(str(p) for p in problems), summary])
    data = {
        "file": args.file,
        "ok": not errors,
        "errors": len(errors),
        "warnings": len(warnings),
        "problems": [p.to_dict() for p in problems],
    }
    emit(args, data, text)
    return EXIT_USER_ERROR if errors else EXIT_OK


def run_eval(args: argparse.Namespace) -> int:
    from lintas.form.xpath import XPathError, evaluate, format_value

    instance = _read_instance(args.instance) if args.instance else None
    try:
        value = evaluate(args.expression, instance, args.context)
    except XPathError as problem:
        raise LintasError(str(problem)) from None
    text = format_value(value)
    emit(args, {"expression": args.expression, "value": text}, text)
    return EXIT_OK


def _read_instance(path: str) -> Any:
    import json

    try:
        data = Path(path).read_bytes()
    except OSError as problem:
        raise LintasError(f"Cannot read the instance file '{path}': {problem.strerror}.") from None
    if path.lower().endswith(".json"):
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as problem:
            raise LintasError(f"The instance file '{path}' is not valid JSON: {problem}.") from None
    return data
