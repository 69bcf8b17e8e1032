"""A form with every exported type, nested repeats included, in a real vault."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lintas.vault import KdfParams, Vault

CHEAP_KDF = KdfParams(memory_kib=256, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery"
# Synthetic interviews are dated back from this day, not from the real today, so that
# what a level suppresses (and so every figure a test checks) is the same on every day.
FIXED_TODAY = dt.date(2026, 6, 15)

FORM_MD = """
| survey |
|        | type                   | name       | label::English (en) | label::Thai (th) | privacy    | calculation   |
|        | text                   | passport   | Passport            | หนังสือเดินทาง    | identifier |               |
|        | text                   | code       | Code                | รหัส              |            |               |
|        | integer                | age        | Age                 | อายุ              | quasi      |               |
|        | decimal                | wage       | Wage                | ค่าจ้าง           |            |               |
|        | date                   | arrived    | Arrived             | มาถึง             |            |               |
|        | time                   | at         | At                  | เวลา              |            |               |
|        | datetime               | seen       | Seen                | เห็น              |            |               |
|        | select_one sex         | sex        | Sex                 | เพศ               | quasi      |               |
|        | select_multiple reason | reasons    | Reasons             | เหตุผล            |            |               |
|        | calculate              | double_age |                     |                   |            | ${age} * 2    |
|        | calculate              | half_wage  |                     |                   |            | ${wage} div 2 |
|        | calculate              | pass_tail  |                     |                   |            | substr(${passport}, 0, 3) |
|        | begin repeat           | member     | Members             | สมาชิก            |            |               |
|        | text                   | m_name     | Member              | สมาชิก            |            |               |
|        | begin repeat           | job        | Jobs                | งาน               |            |               |
|        | integer                | job_years  | Years               | ปี                |            |               |
|        | end repeat             |            |                     |                   |            |               |
|        | end repeat             |            |                     |                   |            |               |
| choices |
|         | list_name | name | label::English (en) | label::Thai (th) |
|         | sex       | f    | Female              | หญิง              |
|         | sex       | m    | Male                | ชาย               |
|         | reason    | work | Work                | งาน               |
|         | reason    | debt | Debt                | หนี้              |
|         | reason    | kin  | Family              | ครอบครัว          |
| settings |
|          | form_id  | version | form_title     | default_language |
|          | all_kind | 3       | Every kind     | English (en)     |
"""  # noqa: E501 (a form table reads best unwrapped)
FORM_ID = "all_kind"

ANSWERS = {
    "code": "007",
    "age": 34,
    "wage": 12.5,
    "arrived": "2024-03-01",
    "at": "08:30:00",
    "seen": "2024-03-01T08:30:00",
    "sex": "f",
    "reasons": ["work", "kin"],
    "double_age": "68",
    "half_wage": "6.25",
    "member": [
        {"m_name": '=HYPERLINK("http://x")', "job": [{"job_years": 2}, {"job_years": 5}]},
        {"m_name": "+66 81", "job": [{"job_years": 1}]},
    ],
}


def make_vault(folder: Path, user: str = "anan") -> Vault:
    vault, _ = Vault.create(
        folder, office="Mae Sot", user=user, passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    vault.install_form(FORM_MD.encode("utf-8"), filename="all_kind.md")
    return vault
