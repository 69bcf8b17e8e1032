"""Autosave: an app killed mid-interview loses nothing older than a few seconds."""

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE

FORM = textwrap.dedent(
    """
    | survey |
    | | type | name | label |
    | | text | remarks | Remarks |
    | | integer | age | Age |
    | settings |
    | | form_id | version |
    | | killed_form | 1 |
    """
).strip()


def test_a_killed_app_keeps_the_autosaved_draft(tmp_path):
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, office="Poipet", user="mai", passphrase=PASSPHRASE, kdf=FAST_KDF)
    with vault:
        vault.install_form(FORM.encode(), filename="killed.md")
    child = Path(__file__).with_name("autosave_child.py")
    text = "worked nights at the pier"
    process = subprocess.Popen(
        [sys.executable, str(child), str(path), "mai", PASSPHRASE,
         str(tmp_path / "prefs.ini"), "killed_form", text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    try:
        assert process.stdout.readline().strip() == "TYPED", process.stderr.read()
        time.sleep(4)  # autosave runs every second in this app
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    with Vault.open(path, user="mai", passphrase=PASSPHRASE) as reopened:
        drafts = reopened.submissions(status="draft")
        assert [draft.data.get("remarks") for draft in drafts] == [text]
        assert reopened.integrity_problems() == []
