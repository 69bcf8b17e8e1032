"""``lintas self-test``'s exchange step: two throwaway offices send, import and acknowledge.

It runs in the self-test's temporary folder (removed afterwards) and checks what an
office relies on: the bundle is encrypted on disk, the records arrive whole, a second
import changes nothing, the receipt marks them as held, and no file the exchange
wrote holds the test data in clear.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lintas.i18n import N_, tr
from lintas.selftest import MARKER, PASSPHRASE, Check, CheckFailed, Context

if TYPE_CHECKING:
    from lintas.vault import Vault

FORM = b"""
| survey |
|        | type    | name    | label   | required |
|        | integer | age     | Age     | yes      |
|        | text    | remarks | Remarks |          |
| settings |
|          | form_id       | version |
|          | selftest_form | 1       |
"""


def _offices(folder: Path) -> tuple[Vault, Vault]:
    from lintas.exchange.identity import office_identity, trust
    from lintas.vault import KdfParams
    from lintas.vault import Vault as Opened

    kdf = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)  # throwaway vaults
    made = []
    for name in ("Post", "Hub"):
        vault, _ = Opened.create(
            folder / name, office=f"Self-test {name}", user="selftest", passphrase=PASSPHRASE,
            kdf=kdf,
        )  # fmt: skip
        vault.install_form(FORM, filename="selftest.md")
        office_identity(vault)
        made.append(vault)
    post, hub = made
    trust(post, office_identity(hub).card)
    trust(hub, office_identity(post).card)
    return post, hub


def _bundle_and_import(ctx: Context) -> str:
    from lintas.exchange.bundles import create_bundle, import_file

    folder = ctx.folder / "exchange"
    folder.mkdir()
    post, hub = _offices(folder)
    try:
        saved = post.save_submission(
            "selftest_form", {"age": 33, "remarks": "self-test"}, status="final",
            pseudonym=MARKER,
        )  # fmt: skip
        bundle = folder / "post-1.age"
        made = create_bundle(post, ["Self-test Hub"], bundle)
        if made.records != 1 or MARKER.encode() in bundle.read_bytes():
            raise CheckFailed(
                tr("The bundle was not made or not encrypted as it should be. Report this.")
            )
        report = import_file(hub, bundle, receipt_out=folder / "receipt.age")
        back = hub.submission(saved.uuid)
        if report.added != 1 or back.data != saved.data or back.pseudonym != MARKER:
            raise CheckFailed(tr("A record arrived changed or not at all. Report this."))
        if not import_file(hub, bundle).replayed or hub.count() != 1:
            raise CheckFailed(
                tr("Importing the same bundle again changed the vault. Report this.")
            )
        if import_file(post, folder / "receipt.age").acknowledged != 1:
            raise CheckFailed(tr("The receipt did not acknowledge the record. Report this."))
        if create_bundle(post, ["Self-test Hub"], folder / "post-2.age").records != 0:
            raise CheckFailed(tr("An acknowledged record would be sent again. Report this."))
    finally:
        post.close()
        hub.close()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and MARKER.encode() in path.read_bytes():
            raise CheckFailed(
                tr(
                    "Readable test data was found in {file} after an exchange. Do not use "
                    "this install for exchange; report this.",
                    file=path.name,
                )
            )
    return tr("bundle made (encrypted), checked, imported once, acknowledged by receipt")


CHECKS = [
    Check(N_("Exchange a bundle"), _bundle_and_import, needs=("Create a vault",)),
]
