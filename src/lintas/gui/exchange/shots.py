"""The exchange screens for ``lintas screenshots``: two throwaway offices in a scratch
folder (the demo vault is never written to), a real send, receipt, conflict and a
tampered file, each screen as a supervisor sees it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from lintas.gui.demo_form import demo_form_bytes

OFFICE = "Poipet border post"
HUB = "Bangkok regional hub"
USER = "somsri"
PASSPHRASE = "seven green mangoes ripen"  # noqa: S105 - a throwaway screenshot vault


def make_offices(scratch: Path) -> dict[str, Path]:
    """Two trusting offices: 12 interviews at the post, one already at the hub, and a
    record both edited (a conflict to come). Returns the files the screens use."""
    from lintas.exchange.bundles import create_bundle, import_file
    from lintas.exchange.identity import office_identity, set_country, trust
    from lintas.gui.synthetic import synthetic_records
    from lintas.vault import Vault

    post_path, hub_path = scratch / "post", scratch / "hub"
    files = {"post": post_path, "card": scratch / "bangkok-hub-card.json"}
    post, _ = Vault.create(post_path, office=OFFICE, user=USER, passphrase=PASSPHRASE)
    hub, _ = Vault.create(hub_path, office=HUB, user=USER, passphrase=PASSPHRASE)
    with post, hub:
        for vault, country in ((post, "Cambodia"), (hub, "Thailand")):
            installed = vault.install_form(demo_form_bytes(), filename="demo.md")
            set_country(vault, country)
            office_identity(vault)
        form = post.form(installed.form_id, installed.version)
        post.import_submissions(
            synthetic_records(form, 12, users=(USER,), office=OFFICE), source="screenshots"
        )
        files["card"].write_text(json.dumps(office_identity(hub).card.to_json()))
        trust(hub, office_identity(post).card)
        trust(post, office_identity(hub).card)
        first = scratch / "post-1.age"
        create_bundle(post, [HUB], first)
        import_file(hub, first, receipt_out=scratch / "post-1-receipt.age")
        import_file(post, scratch / "post-1-receipt.age")
        record = post.submissions(status="final", limit=1)[0]
        data = dict(record.data)
        for vault, age in ((post, 34), (hub, 43)):
            vault.update_submission(record.uuid, {**data, "age": age}, status="final")
        post.import_submissions(
            synthetic_records(form, 3, users=(USER,), office=OFFICE, seed=11), source="later"
        )
        files["bundle"] = scratch / "hub-1.age"
        create_bundle(hub, [OFFICE], files["bundle"])
    data_bytes = bytearray(files["bundle"].read_bytes())
    data_bytes[len(data_bytes) // 2] ^= 0x01
    files["tampered"] = scratch / "hub-1-damaged.age"
    files["tampered"].write_bytes(bytes(data_bytes))
    return files


def exchange_steps(shooter: Any, scratch: Path, settle: Callable[..., None]) -> list:
    from lintas.exchange.identity import read_card
    from lintas.gui.exchange.conflicts import ConflictsDialog
    from lintas.gui.exchange.peers import PeersDialog, TrustCardDialog
    from lintas.gui.exchange.receipts import ReceiptsDialog
    from lintas.gui.exchange.transfer import ReceiveDialog, SendDialog

    window = shooter.window
    session = window.session
    files: dict[str, Path] = {}

    def open_post() -> None:
        files.update(make_offices(scratch))
        failures: list[str] = []
        session.open(files["post"], USER, PASSPHRASE, on_success=lambda _r: None,
                     on_failure=failures.append)  # fmt: skip
        session.operations.wait()
        settle(0.3)
        if failures:
            raise RuntimeError(failures[0])

    def wait() -> None:
        session.operations.wait()
        settle(0.3)

    def send() -> None:
        dialog = SendDialog(session, window)
        dialog.offices.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.path_row.edit.setText(str(scratch / "post-2.age"))
        dialog.send()
        wait()
        shooter.dialog_shot("exchange-send", dialog)

    def receive(name: str, path: Path) -> None:
        dialog = ReceiveDialog(session, window)
        dialog.path_row.edit.setText(str(path))
        dialog.receive()
        wait()
        shooter.dialog_shot(name, dialog)

    return [
        open_post,
        lambda: shooter.dialog_shot("exchange-peers", PeersDialog(session, window)),
        lambda: shooter.dialog_shot(
            "exchange-trust-card", TrustCardDialog(read_card(files["card"]), window)
        ),
        send,
        lambda: receive("exchange-receive", files["bundle"]),
        lambda: receive("exchange-refused", files["tampered"]),
        lambda: shooter.dialog_shot("exchange-receipts", ReceiptsDialog(session, window)),
        lambda: shooter.dialog_shot("exchange-conflicts", ConflictsDialog(session, window)),
    ]
