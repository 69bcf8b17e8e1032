"""Issue 11: an unexpected error shows no traceback, and its log holds no data.

Markers (an answer, a name, a passphrase, a file name with a name in it) go through
a real `lintas record add` on a real vault; a fault injected where the vault checks
the answers raises an error whose message, cause and local variables all carry them.
The clerk's message and the log file are then scanned for every marker.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lintas.cli import main
from lintas.gui.demo_form import demo_form_bytes
from lintas.vault import Vault

ANSWER = "ANSWER-MARKER-Pa-Kyi-Village"
NAME = "NAME-MARKER-Somchai-Wongsa"
PASSPHRASE = "PASSPHRASE-MARKER horse staple 42"


def test_unexpected_error_logs_locations_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault_path = tmp_path / "vault"
    vault, _ = Vault.create(vault_path, office="Office", user="sup", passphrase=PASSPHRASE)
    with vault:
        form_id = vault.install_form(demo_form_bytes(), filename="demo.md").form_id
    answers = tmp_path / f"{NAME}.json"
    answers.write_text(json.dumps({"village": ANSWER, "respondent": NAME}), encoding="utf-8")

    def faulty_check(form, data, final=False):  # a bug of ours, deep in the save path
        held = dict(data)  # a local that holds the answers
        try:
            raise ValueError(" ".join(str(v) for v in held.values()))
        except ValueError as inner:
            raise RuntimeError(f"while checking {held}") from inner

    monkeypatch.setattr("lintas.vault.records.check_submission", faulty_check)
    # record add reads the answers through the privacy layer first (issue 15, point 1).
    monkeypatch.setattr("lintas.privacy.entry.response_for", faulty_check)
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    log_dir = tmp_path / "logs"
    monkeypatch.setenv("LINTAS_LOG_DIR", str(log_dir))
    monkeypatch.delenv("LINTAS_DEBUG", raising=False)

    code = main(["record", "add", str(vault_path), "--form", form_id, "--json", str(answers)])
    err = capsys.readouterr().err

    assert code == 1
    assert "Traceback" not in err and "unexpected problem" in err
    log = (log_dir / "errors.log").read_text(encoding="utf-8")
    assert str(log_dir / "errors.log") in err
    for marker in (ANSWER, NAME, PASSPHRASE, "Somchai", "Pa-Kyi"):
        assert marker not in err, marker
        assert marker not in log, marker
    # What a developer needs is there: the types and the code locations, with the cause.
    assert "builtins.RuntimeError" in log and "builtins.ValueError" in log
    # The answers are read (and the fault met) in the privacy layer before the vault.
    assert "in save_answers" in log and "lintas record" in log
    assert str(tmp_path) not in log  # no user paths (a folder can carry a name)
