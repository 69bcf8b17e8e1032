"""``lintas audit verify``: recompute a vault's audit chain and name the first broken link."""

from __future__ import annotations

import argparse
from typing import Any

from lintas.cli.common import add_json_option, add_passphrase_options, emit
from lintas.cli.vault_commands import open_vault
from lintas.errors import EXIT_DAMAGED, EXIT_OK


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("audit", help="check a vault's audit chain")
    actions = group.add_subparsers(dest="audit_command", metavar="ACTION")
    verify = actions.add_parser("verify", help="recompute every link of the audit chain")
    verify.add_argument("path", metavar="PATH", help="the vault folder")
    add_passphrase_options(verify)
    add_json_option(verify)
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    with open_vault(args, read_only=True) as vault:
        report = vault.audit_verify()
    data = {
        "ok": report.ok,
        "entries": report.entries,
        "first_broken": report.first_broken,
        "problem": report.problem,
    }
    if report.ok:
        text = f"The audit chain is intact: {report.entries} entries."
    else:
        text = (
            f"The audit chain is broken at entry {report.first_broken}: {report.problem}. "
            "The vault's history has been tampered with; restore it from a backup."
        )
    emit(args, data, text)
    return EXIT_OK if report.ok else EXIT_DAMAGED
