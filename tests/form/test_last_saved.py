"""${last-saved#name}: the answer in the last record of the same form saved in this vault."""

# ruff: noqa: E501 - the forms are markdown tables, one sheet row per line

import pytest
from form_helpers import markdown

from lintas.form import FormLoadError, Response, load
from lintas.vault import KdfParams, Vault

FORM = markdown("""
| survey |
| | type | name | label | default | calculation | privacy |
| | text | post | Border post | ${last-saved#post} | | |
| | integer | n | Number | | | |
| | calculate | before | | | ${last-saved#n} + 0 | |
| | text | passport | Passport | | | identifier |
| | text | copy | Copy | ${last-saved#passport} | | |
| settings |
| | form_id | version |
| | last_saved | 1 |
""")


def test_a_new_interview_starts_from_the_last_saved_record(tmp_path):
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    with vault:
        vault.install_form(FORM, filename="last.md")
        form = vault.form("last_saved")
        first = Response(form, last_saved=vault.last_saved("last_saved"))
        assert first.get("post") is None  # nothing saved yet
        first.set("post", "Mae Sot")
        first.set("n", 7)
        first.set("passport", "AB1234567")
        vault.save_submission("last_saved", {k: v for k, v in first.to_json().items() if k != "passport"})
        second = Response(form, last_saved=vault.last_saved("last_saved"))
        assert second.get("post") == "Mae Sot" and second.get("before") == "7"
        assert second.get("copy") is None  # an identifier is never stored, so never comes back
        # A reopened record keeps what it was saved with.
        second.set("post", "Ranong")
        assert Response.from_json(form, second.to_json()).get("post") == "Ranong"


def test_last_saved_of_an_unknown_name_is_an_error_by_row():
    text = markdown("""
    | survey |
    | | type | name | label | default |
    | | text | post | Post | ${last-saved#pots} |
    """)
    with pytest.raises(FormLoadError) as caught:
        load(text)
    (problem,) = [p for p in caught.value.problems if p.is_error]
    assert problem.row == 2 and "Could not find the name 'pots'" in problem.message
