"""Helpers shared by the vault tests (imported by conftest.py and test modules).

Tests pass CHEAP_KDF explicitly to Vault.create; the defaults stay strong.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from lintas.vault import KdfParams

CHEAP_KDF = KdfParams(memory_kib=256, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery"

# A small XLSForm in pyxform's markdown syntax, with every answer type the survey uses.
FORM_MD = """
| survey |
|        | type                  | name       | label        | required | constraint | privacy    |
|        | text                  | full_name  | Name         |          |            | identifier |
|        | integer               | age        | Age          | yes      | . >= 15    | quasi      |
|        | decimal               | wage       | Monthly wage |          |            | sensitive  |
|        | select_one sex        | sex        | Sex          | yes      |            | quasi      |
|        | select_multiple issue | issues     | Problems     |          |            | sensitive  |
|        | date                  | arrived    | Arrival date |          |            |            |
|        | text                  | remarks    | Remarks      |          |            |            |
|        | begin repeat          | child      | Children     |          |            |            |
|        | text                  | child_note | Note         |          |            |            |
|        | end repeat            |            |              |          |            |            |
| choices |
|         | list_name | name          | label         |
|         | sex       | female        | Female        |
|         | sex       | male          | Male          |
|         | issue     | debt          | Debt          |
|         | issue     | passport_held | Passport held |
| settings |
|          | form_id   | version | form_title     |
|          | migrant_v | 1       | Migrant survey |
"""
FORM_ID = "migrant_v"


def form_bytes(text: str = FORM_MD) -> bytes:
    return text.encode("utf-8")


def valid_answers(age: int = 30, remarks: str = "ok") -> dict:
    return {
        "age": age,
        "sex": "female",
        "wage": 1234.5,
        "issues": ["debt"],
        "arrived": "2026-01-15",
        "remarks": remarks,
    }


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (names relative), to prove nothing changed."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
