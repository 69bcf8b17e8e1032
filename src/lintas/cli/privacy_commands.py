"""``lintas privacy ...``: the disclosure report, and the regional pseudonymisation key."""

from __future__ import annotations

import argparse
from typing import Any

from lintas.cli.common import add_json_option, add_passphrase_options, emit
from lintas.cli.vault_commands import open_vault
from lintas.errors import EXIT_OK
from lintas.i18n import tr


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "privacy", help=tr("disclosure-control report and the regional pseudonymisation key")
    )
    actions = group.add_subparsers(dest="privacy_command", metavar="ACTION")

    report = _action(actions, "report", tr("what an export at a level would do (exports nothing)"),
                     run_report)  # fmt: skip
    report.add_argument("--form", required=True, metavar="ID")
    report.add_argument("--level", required=True, choices=("public", "restricted", "internal"))
    report.add_argument("--no-sensitive", action="store_true",
                        help=tr("assess a file without the sensitive questions"))  # fmt: skip

    key = actions.add_parser("key", help=tr("the regional pseudonymisation key"))
    key_actions = key.add_subparsers(dest="key_command", metavar="ACTION")
    _action(key_actions, "show", tr("the key's id and label (never the secret)"), run_key_show)
    imported = _action(
        key_actions, "import", tr("make a key file this vault's key"), run_key_import
    )
    imported.add_argument("file", metavar="FILE")
    exported = _action(key_actions, "export", tr("write the key to a key file"), run_key_export)
    exported.add_argument("file", metavar="FILE")


def _action(actions: Any, name: str, text: str, handler: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=text)
    parser.add_argument("path", metavar="PATH", help=tr("the vault folder"))
    add_passphrase_options(parser)
    add_json_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def run_report(args: argparse.Namespace) -> int:
    from lintas.export.level_report import level_report
    from lintas.export.report_text import text
    from lintas.privacy.report import privacy_report
    from lintas.vault.errors import PermissionDeniedError

    with open_vault(args, read_only=True) as vault:
        result = privacy_report(
            vault, args.form, args.level, include_sensitive=not args.no_sensitive
        )
        # First what an export at the level publishes (the app's report, the same figures
        # as the file's About sheet); it needs a supervisor, as exporting does.
        try:
            exported = level_report(vault, args.form, args.level)
        except PermissionDeniedError:
            exported = None
    data = result.to_dict()
    lines = []
    if exported is not None:
        data["export"] = exported.to_dict()
        lines = [*exported.lines(), "", text("form_policy")]
    emit(args, data, "\n".join([*lines, *result.lines()]))
    return EXIT_OK


def _key_info(key: Any) -> dict[str, str]:
    return {"key_id": key.key_id, "label": key.label, "created": key.created}


def run_key_show(args: argparse.Namespace) -> int:
    from lintas.privacy.regional import regional_key

    with open_vault(args) as vault:
        key = regional_key(vault)
    emit(args, _key_info(key), f"Regional key {key.key_id} ({key.label}), made {key.created}.")
    return EXIT_OK


def run_key_import(args: argparse.Namespace) -> int:
    from lintas.privacy.regional import import_regional_key_file

    with open_vault(args) as vault:
        key = import_regional_key_file(vault, args.file)
    emit(args, _key_info(key), f"This vault now uses regional key {key.key_id} ({key.label}).")
    return EXIT_OK


def run_key_export(args: argparse.Namespace) -> int:
    from lintas.privacy.regional import export_regional_key_file

    with open_vault(args) as vault:
        key = export_regional_key_file(vault, args.file)
    emit(args, _key_info(key),
         f"Wrote regional key {key.key_id} to {args.file}. Keep it secret: it lets anyone "
         "match pseudonyms to identifiers they can guess.")  # fmt: skip
    return EXIT_OK
