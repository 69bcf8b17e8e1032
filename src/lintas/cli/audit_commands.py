"""``lintas audit verify``: recompute a vault's audit chain and name the first broken link.

It also checks every database page (SQLCipher's HMAC and SQLite's structure): a flipped
bit in a page no query happens to read would otherwise pass as an intact vault.
"""

from __future__ import annotations

import argparse
from typing import Any

from lintas.cli.common import add_json_option, add_passphrase_options, emit
from lintas.cli.vault_commands import open_vault
from lintas.errors import EXIT_DAMAGED, EXIT_OK
from lintas.i18n import tr


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("audit", help=tr("check a vault's audit chain"))
    actions = group.add_subparsers(dest="audit_command", metavar="ACTION")
    verify = actions.add_parser("verify", help=tr("recompute every link of the audit chain"))
    verify.add_argument("path", metavar="PATH", help=tr("the vault folder"))
    add_passphrase_options(verify)
    add_json_option(verify)
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    with open_vault(args, read_only=True) as vault:
        report = vault.audit_verify()
        pages = vault.integrity_problems()
        records = vault.record_problems()
        rollback = vault.rollback_problem()
        head_seq, head_hash = vault.audit_head()
    data = {
        "ok": report.ok and not pages and not records and not rollback,
        "head": {"seq": head_seq, "hash": head_hash},
        "record_problems": records,
        "rollback": rollback,
        "entries": report.entries,
        "first_broken": report.first_broken,
        "problem": report.problem,
        "page_problems": pages,
    }
    if report.ok:
        text = f"The audit chain is intact: {report.entries} entries."
    else:
        text = (
            f"The audit chain is broken at entry {report.first_broken}: {report.problem}. "
            "The vault's history has been tampered with; restore it from a backup."
        )
    if pages:
        text += (
            f"\nBut {len(pages)} problem(s) in the database pages: {'; '.join(pages[:3])}. "
            "The vault is damaged or has been tampered with; restore it from a backup."
        )
    if records:
        text += (
            f"\nBut {len(records)} record problem(s): {'; '.join(records[:3])}. "
            "Records were changed, added or removed outside Lintas; restore from a backup."
        )
    if rollback:
        text += f"\nBut {rollback}. Find the newest copy of the vault."
    emit(args, data, text)
    return EXIT_OK if data["ok"] else EXIT_DAMAGED
