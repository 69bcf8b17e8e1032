"""A scenario for test_no_identifier_on_disk.py, run as its own process (TMPDIR applies).

Usage: identifier_scenario.py PHASE VAULT_FOLDER IDENTIFIERS_JSON
PHASE "write": create a vault, save interviews whose identifier answers are the
markers (typed three ways), edit one, finalise, back up, then SIGKILL itself
while the WAL holds fresh pages. PHASE "reopen": open after the crash, save the
same person again (a repeat interview is found), back up, and crash again.
Prints the regional key's secret (hex) on stdout so the test can look for it too.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_helpers import FORM_ID, PASSPHRASE, make_vault

from lintas.form import Response
from lintas.privacy.entry import save_response
from lintas.privacy.regional import regional_key
from lintas.vault import Vault


def interview(vault: Vault, passport: str, name: str) -> Response:
    response = Response(vault.form(FORM_ID))
    for address, value in (("passport", passport), ("full_name", name), ("age", 31),
                           ("sex", "male"), ("citizenship", "KHM"), ("withheld", "no"),
                           ("remarks", "ordinary remark")):  # fmt: skip
        response.set(address, value)
    return response


def crash() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def write(folder: Path, ids: dict[str, str]) -> None:
    vault = make_vault(folder)
    first = save_response(vault, interview(vault, ids["passport"], ids["name"]))
    edited = interview(vault, ids["passport_spaced"], ids["name_upper"])
    edited.set("remarks", "edited remark")
    save_response(vault, edited, uuid=first.submission.uuid)
    vault.finalise(first.submission.uuid)
    save_response(vault, interview(vault, ids["passport_wide"], ids["name"]), status="final")
    print(regional_key(vault).secret.hex())
    vault.backup(folder.parent / "backup1")
    save_response(vault, interview(vault, ids["other_passport"], ids["other_name"]))
    crash()


def reopen(folder: Path, ids: dict[str, str]) -> None:
    vault = Vault.open(folder, user="anan", passphrase=PASSPHRASE)
    again = save_response(vault, interview(vault, ids["passport"], ids["name"]), status="final")
    assert again.possible_repeat, "the same person was not matched after the crash"
    vault.backup(folder.parent / "backup2")
    save_response(vault, interview(vault, ids["passport_spaced"], ids["name"]))
    crash()


if __name__ == "__main__":
    phase, target, markers = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])
    {"write": write, "reopen": reopen}[phase](target, markers)
