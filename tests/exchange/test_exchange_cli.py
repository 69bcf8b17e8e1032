"""The exchange from the command line, and the standard ``age`` tool reading a bundle."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_exchange_roundtrip import _final
from vault_helpers import CHEAP_KDF, PASSPHRASE, form_bytes

from lintas.exchange import format as fmt
from lintas.vault import Vault

SRC = str(Path(__file__).resolve().parents[2] / "src")


def lintas(*args: str, check: int = 0) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=SRC, LINTAS_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-m", "lintas", *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    assert done.returncode == check, done.stdout + done.stderr
    return done


def _vault(tmp_path: Path, name: str) -> Path:
    vault, _ = Vault.create(
        tmp_path / name, office=name, user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    with vault:
        vault.install_form(form_bytes(), filename="migrant.md")
        if name == "A":
            for age in (25, 35):
                _final(vault, age)
    return tmp_path / name


def test_two_office_exchange_on_the_command_line(tmp_path: Path) -> None:
    a, hub = _vault(tmp_path, "A"), _vault(tmp_path, "Hub")
    card_a = lintas("office", "card", str(a), str(tmp_path / "a.card"), "--country", "TH")
    fingerprint = card_a.stdout.split("Fingerprint: ")[1].split()[0]
    assert len(fingerprint) == 29 and fingerprint.count("-") == 5
    lintas("office", "card", str(hub), str(tmp_path / "hub.card"))
    # Without a terminal and without --yes, trusting refuses instead of guessing.
    refused = lintas("office", "trust", str(hub), str(tmp_path / "a.card"), check=1)
    assert fingerprint in refused.stderr and "--yes" in refused.stderr
    lintas("office", "trust", str(hub), str(tmp_path / "a.card"), "--yes")
    lintas("office", "trust", str(a), str(tmp_path / "hub.card"), "--yes")
    listed = json.loads(lintas("office", "list", str(hub), "--json").stdout)
    assert [p["office_id"] for p in listed["peers"]] == [fingerprint]

    made = lintas("bundle", "create", str(a), "--to", "Hub", str(tmp_path / "b.age"))
    assert "2 records" in made.stdout
    shown = lintas("bundle", "inspect", str(hub), str(tmp_path / "b.age"))
    assert "from A" in shown.stdout and "Records: 2 (2 final)" in shown.stdout
    first = lintas("bundle", "import", str(hub), str(tmp_path / "b.age"),
                   "--receipt", str(tmp_path / "r.age"))  # fmt: skip
    assert "2 new, 0 updated, 0 already here, 0 in conflict" in first.stdout
    again = lintas("bundle", "import", str(hub), str(tmp_path / "b.age"))
    assert "imported already. Nothing was changed." in again.stdout
    ack = lintas("bundle", "import", str(a), str(tmp_path / "r.age"))
    assert "acknowledged 2 records" in ack.stdout

    damaged = bytearray((tmp_path / "b.age").read_bytes())
    damaged[-20] ^= 0x10
    (tmp_path / "bad.age").write_bytes(bytes(damaged))
    bad = lintas("bundle", "import", str(hub), str(tmp_path / "bad.age"), check=4)
    assert "was refused: it is damaged" in bad.stderr and "Traceback" not in bad.stderr

    revoked = lintas("office", "revoke", str(hub), "A")
    assert "Revoked A" in revoked.stdout
    assert "REVOKED" in lintas("office", "list", str(hub)).stdout


@pytest.mark.skipif(
    shutil.which("age") is None, reason="the age tool is not installed (.ci/run installs it)"
)
def test_standard_age_tool_decrypts_with_exported_identity(tmp_path: Path) -> None:
    a, hub = _vault(tmp_path, "A"), _vault(tmp_path, "Hub")
    lintas("office", "card", str(a), str(tmp_path / "a.card"))
    lintas("office", "card", str(hub), str(tmp_path / "hub.card"))
    lintas("office", "trust", str(a), str(tmp_path / "hub.card"), "--yes")
    lintas("bundle", "create", str(a), "--to", "Hub", str(tmp_path / "b.age"))
    refused = lintas("office", "export-identity", str(hub), str(tmp_path / "id.txt"), check=1)
    assert "SECRET" in refused.stderr and not (tmp_path / "id.txt").exists()
    lintas("office", "export-identity", str(hub), str(tmp_path / "id.txt"), "--yes")
    assert (tmp_path / "id.txt").stat().st_mode & 0o077 == 0  # owner-only
    done = subprocess.run(
        ["age", "--decrypt", "-i", str(tmp_path / "id.txt"), str(tmp_path / "b.age")],
        capture_output=True, check=True,
    )  # fmt: skip
    # The plaintext, parsed and checked against A's key as the hub holds it.
    key = office_identity_key(a)
    header, segments, end = fmt.read_all(done.stdout, lambda line: key)
    assert header.value["sender"]["name"] == "A" and end is not None and end["last"]
    records = [r for s in segments for r in s.records]
    forms = [f for s in segments for f in s.forms]
    assert sorted(r["data"]["age"] for r in records) == [25, 35]
    assert [f["form_id"] for f in forms] == ["migrant_v"]


def office_identity_key(folder: Path) -> bytes:
    card = json.loads((folder.parent / "a.card").read_text(encoding="utf-8"))
    return base64.b64decode(card["signing_key"])


def test_bundle_in_parts_on_the_command_line(tmp_path: Path) -> None:
    import secrets

    from vault_helpers import FORM_ID, valid_answers

    a, hub = _vault(tmp_path, "A"), _vault(tmp_path, "Hub")
    with Vault.open(a, user="anan", passphrase=PASSPHRASE) as vault:
        for n in range(30):
            answers = valid_answers(age=20 + n, remarks=secrets.token_urlsafe(6_000))
            vault.save_submission(FORM_ID, answers, status="final")
    lintas("office", "card", str(a), str(tmp_path / "a.card"))
    lintas("office", "card", str(hub), str(tmp_path / "hub.card"))
    lintas("office", "trust", str(hub), str(tmp_path / "a.card"), "--yes")
    lintas("office", "trust", str(a), str(tmp_path / "hub.card"), "--yes")
    out = tmp_path / "mail" / "b.age"
    out.parent.mkdir()
    made = lintas("bundle", "create", str(a), "--to", "Hub", "--max-size", "64K", str(out))
    parts = sorted(out.parent.glob("b.part*.age"))
    assert len(parts) >= 3 and f"in {len(parts)} parts" in made.stdout
    assert all(p.stat().st_size <= 64 * 1024 for p in parts)
    shown = lintas("bundle", "inspect", str(hub), str(parts[0]))
    assert "part 1 from A" in shown.stdout
    lost = parts[1].rename(tmp_path / "lost.age")
    missing = lintas("bundle", "import", str(hub), str(parts[0]), check=1)
    assert "part 2 is not here" in missing.stderr and "Traceback" not in missing.stderr
    done = lintas("bundle", "import", str(hub), str(parts[-1]), str(lost))
    assert f"({len(parts)} parts): 32 records: 32 new" in done.stdout
    bad = lintas("bundle", "create", str(a), "--to", "Hub", "--max-size", "lots", str(out), check=1)
    assert "is not a size" in bad.stderr
