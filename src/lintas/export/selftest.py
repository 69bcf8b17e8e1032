"""``lintas self-test`` step: export the throwaway vault's interview, verify and read it back.

Joins the run through ``lintas.selftest.EXTRA_CHECK_MODULES``. The workbooks go to a
folder of their own that is removed at once (the internal one holds the test pseudonym
in plain text, as an office's own file does).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from lintas.i18n import N_, tr
from lintas.selftest import PASSPHRASE, Check, CheckFailed, Context


def _export_and_verify(ctx: Context) -> str:
    from lintas.export.reader import read_workbook, verify_workbook
    from lintas.export.workbook import ExportOptions, export_workbook
    from lintas.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="lintas-export-check-"))
    try:
        with Vault.open(ctx.folder / "vault", user="selftest", passphrase=PASSPHRASE) as vault:
            held = {s.uuid: dict(s.data) for s in vault.submissions()}
            internal = export_workbook(vault, folder / "internal.xlsx", ExportOptions())
            restricted = export_workbook(
                vault, folder / "restricted.xlsx", ExportOptions(level="restricted")
            )
        verify_workbook(internal.path)
        verify_workbook(restricted.path)
        back = {r["_uuid"]: r["data"] for r in read_workbook(internal.path)}
        if back != held:
            raise CheckFailed(
                tr(
                    "The exported workbook does not read back to what the vault holds. Report "
                    "this; do not send exports from this install."
                )
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    d = restricted.disclosure
    return tr(
        "{count} interview exported, verified and read back; the restricted file verifies "
        "({removed} of {records} left out to reach k = {k})",
        count=internal.records, removed=d.get("records_removed"), records=d.get("records"),
        k=d.get("k_target"),
    )  # fmt: skip


CHECKS = [Check(N_("Export, verify, read back"), _export_and_verify,
                needs=("Save, reopen, read back",))]  # fmt: skip
