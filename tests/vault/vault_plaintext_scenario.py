"""A scenario for test_vault_plaintext.py, run as its own process so TMPDIR applies to SQLite.

Usage: vault_plaintext_scenario.py PHASE VAULT_FOLDER MARKERS_JSON
PHASE "write": create the vault, install a form carrying markers, save, edit, finalise,
void, back up, then kill itself with SIGKILL while the WAL holds fresh pages.
PHASE "reopen": open after the crash, prove the markers are readable through the vault,
save again, back up again, and crash again.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vault_helpers import CHEAP_KDF, FORM_MD, PASSPHRASE

from lintas.vault import Vault


def marked_form(m: dict[str, str]) -> bytes:
    text = (
        FORM_MD.replace("Migrant survey", m["title"])
        .replace("| debt          | Debt          |", f"| {m['choice']} | {m['label']} |")
        .replace("Remarks", m["question_label"])
    )
    return text.encode()


def answers(m: dict[str, str]) -> dict:
    return {
        "age": int(m["integer"]),
        "wage": float(m["decimal"]),
        "sex": "female",
        "issues": [m["choice"]],
        "arrived": "2026-02-03",
        "remarks": m["text"],
        "child": [{"child_note": m["repeat_text"]}, {"child_note": m["thai"]}],
    }


def write(folder: Path, m: dict[str, str]) -> None:
    vault, _ = Vault.create(
        folder, office=m["office"], user=m["user"], passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    vault.install_form(marked_form(m), filename="marked.md")
    vault.set_secret("regional", m["secret"].encode())
    first = vault.save_submission("migrant_v", answers(m), status="draft", pseudonym=m["pseudonym"])
    vault.update_submission(first.uuid, {**answers(m), "remarks": m["edit"]})
    vault.finalise(first.uuid)
    second = vault.save_submission("migrant_v", answers(m), status="final")
    vault.void(second.uuid, m["reason"])
    vault.backup(folder.parent / "backup1")
    vault.save_submission("migrant_v", answers(m), status="final")
    os.kill(os.getpid(), signal.SIGKILL)


def reopen(folder: Path, m: dict[str, str]) -> None:
    vault = Vault.open(folder, user=m["user"], passphrase=PASSPHRASE)
    texts = json.dumps([dict(s.data) for s in vault.submissions()], ensure_ascii=False)
    history = json.dumps(
        [dict(h.data) for s in vault.submissions() for h in vault.submission_history(s.uuid)],
        ensure_ascii=False,
    )
    for key in ("text", "repeat_text", "thai", "choice"):
        assert m[key] in texts, key
    assert m["edit"] in texts and m["text"] in history
    assert vault.get_secret("regional") == m["secret"].encode()
    vault.save_submission("migrant_v", answers(m), status="draft")
    vault.backup(folder.parent / "backup2")
    vault.save_submission("migrant_v", answers(m), status="final")
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    phase, target, markers = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])
    {"write": write, "reopen": reopen}[phase](target, markers)
