# ruff: noqa: E501  (the form is a markdown table: one row per line)
"""Issue 15, point 2: values worked out from an identifier are never stored.

Each field below copies an identifier in another way (calculate, concat, a text
question's calculation and trigger, a calculate in a repeat, a default, once(),
jr:choice-name). Before the fix the app's own save path stored every one of them
in clear and ``form check`` said "no problems found".
"""

from __future__ import annotations

import json

from privacy_helpers import CHEAP_KDF, PASSPHRASE

from lintas.form import Response, check, load
from lintas.form.model import Privacy
from lintas.privacy.entry import save_response
from lintas.vault import Vault

PASSPORT = "MA1234567"
NAME = "Aung Ko Ko"

TAINT_MD = """
| survey |
|        | type             | name        | label       | privacy    | calculation                         | default     | trigger     |
|        | text             | passport    | Passport    | identifier |                                     |             |             |
|        | text             | full_name   | Name        | identifier |                                     |             |             |
|        | select_one doc   | doc_kind    | Document    | identifier |                                     |             |             |
|        | date             | birth_date  | Birth date  | identifier |                                     |             |             |
|        | calculate        | copy        |             |            | ${passport}                         |             |             |
|        | calculate        | tagged      |             |            | concat('N:', ${full_name})          |             |             |
|        | calculate        | copy_of_copy|             |            | ${copy}                             |             |             |
|        | text             | echoed      | Echo        |            | ${passport}                         |             | ${passport} |
|        | calculate        | kept_once   |             |            | once(${passport})                   |             |             |
|        | calculate        | doc_label   |             |            | jr:choice-name(${doc_kind}, '${doc_kind}') |      |             |
|        | integer          | age_years   | Age         | quasi      | int((decimal-date-time(today()) - decimal-date-time(${birth_date})) div 365.25) | | |
|        | note             | shown       | Passport ${passport} |   |                                     |             |             |
|        | text             | remarks     | Remarks     |            |                                     |             |             |
|        | begin repeat     | trip        | Trips       |            |                                     |             |             |
|        | calculate        | trip_copy   |             |            | ${full_name}                        |             |             |
|        | text             | trip_default| Default     |            |                                     | ${passport} |             |
|        | end repeat       |             |             |            |                                     |             |             |
| choices |
|         | list_name | name     | label    |
|         | doc       | passport | Passport MA-secret |
|         | doc       | id_card  | ID card  |
| settings |
|          | form_id     | version |
|          | taint_test  | 1       |
"""

DERIVED = {"copy", "tagged", "copy_of_copy", "echoed", "kept_once", "doc_label",
           "trip_copy", "trip_default"}  # fmt: skip


def test_the_loader_marks_every_field_worked_out_from_an_identifier():
    form = load(TAINT_MD.encode(), filename="taint.md")
    assert form.identifier_derived == frozenset(DERIVED | {"age_years"})
    for name in DERIVED | {"passport", "full_name", "doc_kind", "birth_date"}:
        assert not form.is_stored(name), name
    # An explicit privacy role keeps a deliberate derived value (age from birth date).
    assert form.question("age_years").privacy is Privacy.QUASI
    assert form.is_stored("age_years")
    assert form.is_stored("remarks") and form.is_stored("shown")


def test_the_app_save_path_stores_no_value_worked_out_from_an_identifier(tmp_path):
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    with vault:
        vault.install_form(TAINT_MD.encode(), filename="taint.md")
        response = Response(vault.form("taint_test"))
        response.set("passport", PASSPORT)
        response.set("full_name", NAME)
        response.set("doc_kind", "passport")
        response.set("birth_date", "1990-05-01")
        response.set("remarks", "fine")
        response.add_repeat("trip")
        # The engine does work them out during the interview (they may be shown there).
        assert response.get("copy") == PASSPORT
        assert response.get("echoed") == PASSPORT
        outcome = save_response(vault, response, status="draft")
        stored = vault.submission(outcome.submission.uuid)
    text = json.dumps(dict(stored.data), ensure_ascii=False)
    for secret in (PASSPORT, NAME, "Aung", "MA-secret", "1990"):
        assert secret not in text, (secret, text)
    for name in DERIVED:
        assert f'"{name}"' not in text, name
    assert stored.data["remarks"] == "fine"
    assert "age_years" in stored.data  # given an explicit role: kept on purpose


def test_form_check_reports_every_identifier_derived_field_by_row():
    problems = check(TAINT_MD.encode(), filename="taint.md")
    assert not [p for p in problems if p.is_error]
    derived = {p.row: p.message for p in problems if "identifier" in p.message}
    # Row 1 is the header row, so passport is on row 2.
    rows = {"copy": 6, "tagged": 7, "copy_of_copy": 8, "echoed": 9, "kept_once": 10,
            "doc_label": 11, "age_years": 12, "trip_copy": 16, "trip_default": 17}  # fmt: skip
    for name, row in rows.items():
        assert row in derived and f"'{name}'" in derived[row], (name, derived)
    assert "never stores" in derived[6]
    assert "deliberate" in derived[12]
