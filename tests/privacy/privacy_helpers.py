"""A small survey with identifier, quasi and sensitive questions, and vault helpers."""

from __future__ import annotations

from pathlib import Path

from lintas.vault import KdfParams, Vault

CHEAP_KDF = KdfParams(memory_kib=256, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery"
FORM_ID = "privacy_test"

FORM_MD = """
| survey |
|        | type           | name        | label       | required | privacy    | sdc_recode     |
|        | text           | passport    | Passport    |          | identifier |                |
|        | text           | full_name   | Name        |          | identifier |                |
|        | integer        | age         | Age         | yes      | quasi      | age_5y         |
|        | select_one sex | sex         | Sex         | yes      | quasi      |                |
|        | text           | citizenship | Citizenship |          | quasi      | asean_or_other |
|        | select_one yn  | withheld    | Withheld    |          | sensitive  |                |
|        | text           | remarks     | Remarks     |          |            |                |
|        | begin repeat   | trip        | Trips       |          |            |                |
|        | text           | trip_note   | Trip note   |          |            |                |
|        | end repeat     |             |             |          |            |                |
| choices |
|         | list_name | name   | label  |
|         | sex       | female | Female |
|         | sex       | male   | Male   |
|         | yn        | yes    | Yes    |
|         | yn        | no     | No     |
| settings |
|          | form_id      | version | form_title   |
|          | privacy_test | 1       | Privacy test |
"""


def make_vault(folder: Path, *, office: str = "Mae Sot", user: str = "anan") -> Vault:
    vault, _ = Vault.create(folder, office=office, user=user, passphrase=PASSPHRASE, kdf=CHEAP_KDF)
    vault.install_form(FORM_MD.encode("utf-8"), filename="privacy.md")
    return vault
