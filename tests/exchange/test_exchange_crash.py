"""kill -9 during ``lintas bundle import``: the vault holds all of the bundle or none of it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_exchange_cli import SRC
from vault_helpers import CHEAP_KDF, FORM_ID, PASSPHRASE, form_bytes, valid_answers

from lintas.exchange.bundles import create_bundle
from lintas.exchange.identity import office_identity, trust
from lintas.vault import Vault

RECORDS = 3000


@pytest.mark.slow
def test_kill_during_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    made = []
    for name in ("A", "Hub"):
        vault, _ = Vault.create(
            tmp_path / name, office=name, user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
        )
        vault.install_form(form_bytes(), filename="migrant.md")
        office_identity(vault)
        made.append(vault)
    a, hub = made
    trust(a, office_identity(hub).card)
    trust(hub, office_identity(a).card)
    for n in range(RECORDS):
        a.save_submission(FORM_ID, valid_answers(age=20 + n % 40), status="final")
    create_bundle(a, ["Hub"], tmp_path / "b.age")
    a.close()
    hub.close()
    env = dict(os.environ, PYTHONPATH=SRC, LINTAS_PASSPHRASE=PASSPHRASE)
    rng = random.Random(13)
    for _ in range(8):
        process = subprocess.Popen(  # our own interpreter and module
            [sys.executable, "-m", "lintas", "bundle", "import", str(tmp_path / "Hub"),
             str(tmp_path / "b.age")],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.5, 4.0))
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
        process.wait()
        with Vault.open(tmp_path / "Hub", user="anan", passphrase=PASSPHRASE) as check:
            count = check.count()
            with check.reading() as conn:
                ledger = conn.execute(
                    "SELECT count(*) FROM sync_ledger WHERE direction = 'in'"
                ).fetchone()[0]
            assert check.audit_verify().ok
        assert (count, ledger) in ((0, 0), (RECORDS, 1)), (count, ledger, finished)
        if count == RECORDS:
            break
