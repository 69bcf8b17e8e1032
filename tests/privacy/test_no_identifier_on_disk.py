"""No identifier value reaches the disk, in any normalisation (real vaults, real crashes).

Interviews are entered through lintas.privacy (pseudonym on save), edited,
finalised, backed up and the process is killed twice with SIGKILL while the WAL
holds fresh pages. Then every file under the test's folder (vault, WAL/SHM, key
slots, backups, the temp folder SQLite used) is searched for every identifier
as typed and in every normal form (NFC, NFD, NFKC, case-folded, upper,
Lintas's own normalisation), in UTF-8, UTF-16-LE and UTF-16-BE, and for the
regional key's secret. Encryption alone would pass that search, so the vault
and both backups are then opened and every row of every table (submissions,
history, audit chain, settings, secrets, matches) is searched decrypted: the
identifiers must not be stored at all, not merely be stored encrypted.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import unicodedata
import uuid
from pathlib import Path

import pytest

from lintas.privacy.pseudonyms import normalise_identifier
from lintas.vault import Vault

SCENARIO = Path(__file__).resolve().parent / "identifier_scenario.py"


def _identifiers() -> dict[str, str]:
    digits = "".join(str(int(c, 16) % 10) for c in uuid.uuid4().hex[:10])
    other = "".join(str(int(c, 16) % 10) for c in uuid.uuid4().hex[:10])
    tag = uuid.uuid4().hex[:8]
    wide = "".join(chr(ord(c) + 0xFEE0) for c in f"MQ{digits}")  # full-width forms
    return {
        "passport": f"MQ{digits}",
        "passport_spaced": f"mq {digits[:5]} {digits[5:]}",
        "passport_wide": wide,
        "name": f"สมชาย ใจดี{tag}",
        "name_upper": f"Nguyễn Văn Ánh{tag}".upper(),
        "other_passport": f"ZX-{other}",
        "other_name": f"Aung Kyaw Zin {tag}",
    }


def _forms(value: str) -> set[str]:
    forms = {value, normalise_identifier(value), value.casefold(), value.upper()}
    for form in list(forms):
        forms |= {unicodedata.normalize(n, form) for n in ("NFC", "NFD", "NFKC", "NFKD")}
    # Digit runs and name parts on their own, as they might be stored separately.
    forms |= {part for part in value.replace("-", " ").split() if len(part) >= 5}
    return {form for form in forms if len(form) >= 5}


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _run(phase: str, folder: Path, ids: dict[str, str], temp: Path) -> str:
    env = {**os.environ, "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp)}
    result = subprocess.run(
        [sys.executable, str(SCENARIO), phase, str(folder), json.dumps(ids)],
        env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == -signal.SIGKILL, result.stderr
    return result.stdout.strip()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="the scenario crashes itself with SIGKILL")
def test_no_identifier_reaches_the_disk(tmp_path):
    ids = _identifiers()
    temp = tmp_path / "tmp"
    temp.mkdir()
    folder = tmp_path / "vault"
    secret_hex = _run("write", folder, ids, temp)
    assert (folder / "vault.db-wal").stat().st_size > 0  # the crash left a live WAL
    _run("reopen", folder, ids, temp)
    assert (tmp_path / "backup1").is_dir() and (tmp_path / "backup2").is_dir()

    needles: dict[bytes, str] = {}
    for name, value in ids.items():
        for form in _forms(value):
            for encoded in _encodings(form):
                needles[encoded] = f"{name} as {form!r}"
    secret = bytes.fromhex(secret_hex)
    for encoded in (secret, secret_hex.encode(), base64.urlsafe_b64encode(secret).rstrip(b"=")):
        needles[encoded] = "the regional key's secret"

    files = [p for p in sorted(tmp_path.rglob("*")) if p.is_file()]
    assert len(files) >= 6
    found = [
        f"{what} in {path.relative_to(tmp_path)}"
        for path in files
        for needle, what in needles.items()
        if needle in path.read_bytes()
    ]
    assert found == []

    identifier_needles = {n: w for n, w in needles.items() if "secret" not in w}
    for stored in (folder, tmp_path / "backup1", tmp_path / "backup2"):
        dump = _decrypted_dump(stored, with_match=stored.name != "backup1")
        leaks = [f"{what} in {stored.name}" for n, what in identifier_needles.items() if n in dump]
        assert leaks == []


def _decrypted_dump(folder: Path, *, with_match: bool) -> bytes:
    from privacy_helpers import PASSPHRASE

    parts: list[bytes] = []
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True) as vault:
        db = vault.db
        tables = db.table_names()
        assert {"submissions", "submission_history", "audit", "duplicate_matches"} <= set(tables)
        assert db["submissions"].count >= 2
        # backup1 predates the repeat interview; the others hold its recorded match.
        assert (db["duplicate_matches"].count >= 1) == with_match
        for table in tables:
            for row in db[table].rows:
                for value in row.values():
                    parts.append(value if isinstance(value, bytes) else str(value).encode())
    return b"\n".join(parts)
