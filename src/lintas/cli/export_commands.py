"""``lintas export`` and ``lintas workbook verify|read`` (docs/workbook-format.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lintas.cli.common import add_json_option, add_passphrase_options, emit
from lintas.cli.vault_commands import open_vault
from lintas.errors import EXIT_OK, LintasError
from lintas.i18n import tr


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help=tr("write the standard workbook of a form"))
    export.add_argument("path", metavar="VAULT", help=tr("the vault folder"))
    export.add_argument("out", metavar="OUT", help=tr("the file to write, e.g. survey.xlsx"))
    export.add_argument("--form", metavar="ID", help=tr("the form (needed when there are several)"))
    # No defaults here: a flag given overrides --preset, and an absent one does not.
    export.add_argument("--level", choices=("public", "restricted", "internal"))
    export.add_argument("--labels", metavar="LANG", help=tr("choice labels in LANG, not codes"))
    export.add_argument("--from", dest="since", metavar="DATE", help=tr("created on or after"))
    export.add_argument("--to", dest="until", metavar="DATE", help=tr("created before"))
    export.add_argument(
        "--last-month", action="store_true",
        help=tr("the calendar month before today (UTC), worked out at each run (for presets)"),
    )  # fmt: skip
    export.add_argument("--status", choices=("draft", "final", "void"))
    export.add_argument("--format", choices=("xlsx", "csv", "sav", "dta"))
    export.add_argument("--preset", metavar="NAME", help=tr("the settings of a saved export"))
    export.add_argument(
        "--save-preset", metavar="NAME", help=tr("save this export's settings under NAME")
    )
    export.add_argument(
        "--password-file", metavar="F",
        help=tr("encrypt the workbook with the password on the first line of F"),
    )  # fmt: skip
    add_passphrase_options(export)
    add_json_option(export)
    export.set_defaults(handler=run_export)

    workbook = subparsers.add_parser("workbook", help=tr("check or read a Lintas workbook"))
    actions = workbook.add_subparsers(dest="workbook_command", metavar="ACTION")
    verify = actions.add_parser("verify", help=tr("check a workbook against the standard"))
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--password-file", metavar="F", help=tr("the workbook's password"))
    add_json_option(verify)
    verify.set_defaults(handler=run_verify)
    read = actions.add_parser("read", help=tr("print the data back as JSON lines"))
    read.add_argument("file", metavar="FILE")
    read.add_argument("--password-file", metavar="F", help=tr("the workbook's password"))
    read.set_defaults(handler=run_read)


def run_export(args: argparse.Namespace) -> int:
    from lintas.export.presets import ExportSettings, preset, save_preset, with_overrides
    from lintas.export.run import export
    from lintas.export.workbook import _form_id

    password = _password(args)
    if args.last_month and (args.since or args.until):
        raise LintasError("Give either --last-month or --from/--to, not both.")
    with open_vault(args) as vault:
        if args.preset:
            settings = preset(vault, args.preset)
        else:
            settings = ExportSettings(form_id=_form_id(vault, args.form))
        settings = with_overrides(
            settings, form_id=args.form, level=args.level, labels=args.labels,
            since=args.since, until=args.until, status=args.status, format=args.format,
            period="last_month" if args.last_month else None,
        )  # fmt: skip
        if settings.format != "xlsx" and password is not None:
            raise LintasError(
                "--password-file encrypts .xlsx workbooks only; a sav, dta or csv zip cannot "
                "carry a password. Export --format xlsx, or protect the zip another way."
            )
        with _ProgressBar() as progress:
            result = export(
                vault, Path(args.out), settings.options(), file_format=settings.format,
                password=password, progress=progress,
            )  # fmt: skip
        if args.save_preset:
            save_preset(vault, args.save_preset, settings)
    saved = (
        "\n" + tr("Saved these settings as '{preset}'.", preset=args.save_preset)
        if args.save_preset
        else ""
    )
    emit(
        args,
        {"file": str(result.path), "records": result.records, "sha256": result.sha256,
         "level": result.level, "form": result.form_id, "format": result.format,
         "encrypted": result.encrypted, "disclosure": result.disclosure,
         "preset": args.preset, "saved_preset": args.save_preset},
        tr("Wrote {records} records of {form} ({level} level, {format}) to {path}",
           records=result.records, form=result.form_id, level=result.level,
           format=result.format, path=result.path)
        + f"\nSHA-256 {result.sha256}" + _disclosure_text(result.disclosure) + saved,
    )  # fmt: skip
    return EXIT_OK


def _disclosure_text(disclosure: dict[str, Any]) -> str:
    if not disclosure:
        return ""
    l_text = tr("n/a") if disclosure.get("l_reached") is None else disclosure["l_reached"]
    kept = ", ".join(f"{name} {share:.1%}" for name, share in disclosure["kept"].items())
    dropped = ", ".join(disclosure.get("dropped_by_suppression", {})) or tr("none")
    lines = [
        tr("Disclosure control: k = {k} (target {target}), l = {l}; {removed} records left out.",
           k=disclosure["k_reached"], target=disclosure["k_target"], l=l_text,
           removed=disclosure["records_removed"]),
        tr("Values kept: {kept}.", kept=kept or tr("no variables published")),
        tr("Dropped rather than blanked: {dropped}.", dropped=dropped),
    ]  # fmt: skip
    return "".join("\n" + line for line in lines)


class _ProgressBar:
    """A rich progress bar on a terminal; nothing at all when stderr is not one."""

    def __enter__(self) -> Callable[[int, int, str], bool] | None:
        if not sys.stderr.isatty():
            self._bar = None
            return None
        from rich.progress import Progress

        self._bar = Progress(transient=True)
        self._bar.start()
        self._task = self._bar.add_task("Export", total=None)
        return self._update

    def _update(self, done: int, total: int, what: str) -> bool:
        assert self._bar is not None
        self._bar.update(self._task, completed=done, total=total or None, description=what)
        return True

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def run_verify(args: argparse.Namespace) -> int:
    from lintas.export.reader import verify_workbook

    lines = verify_workbook(Path(args.file), _password(args))
    emit(args, {"file": args.file, "ok": True, "checked": lines}, "\n".join(lines))
    return EXIT_OK


def run_read(args: argparse.Namespace) -> int:
    from lintas.export.reader import read_workbook

    for record in read_workbook(Path(args.file), _password(args)):
        print(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return EXIT_OK


def _password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "password_file", None):
        return None
    from lintas.export.encrypted import read_password_file

    return read_password_file(args.password_file)
