"""Issue 15, point 2: the record view never shows a value worked out from an identifier.

A record stored before identifier taint existed (or by any other path that wrote
the raw answers) can hold such a value; the view leaves it out by the form's rule.
"""

from __future__ import annotations

import pytest

from lintas.gui.pages.records import record_html
from lintas.vault import KdfParams, Submission, Vault
from lintas.vault.errors import IdentifierAnswerError

FORM = b"""
| survey |
| | type | name | label | privacy | calculation |
| | text | passport | Passport | identifier | |
| | calculate | copy | Copy | | ${passport} |
| | text | remarks | Remarks | | |
| settings |
| | form_id | version |
| | view_taint | 1 |
"""


def test_the_vault_refuses_identifier_derived_values_and_the_view_hides_old_ones(tmp_path):
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    with vault:
        vault.install_form(FORM, filename="view.md")
        with pytest.raises(IdentifierAnswerError, match="worked out"):
            vault.save_submission("view_taint", {"copy": "MA1234567", "remarks": "fine"})
        assert vault.count() == 0
        form = vault.form("view_taint")
    # A record saved before identifier taint existed can still hold the copy.
    record = Submission(
        "r1", "view_taint", "1", "final", 1, "2026-11-28T01:00:00Z", "2026-11-28T01:00:00Z",
        "anan", "anan", "Mae Sot", "", {"copy": "MA1234567", "remarks": "fine"},
    )  # fmt: skip
    page = record_html(record, form, lambda text: text)
    assert "MA1234567" not in page and "Copy" not in page
    assert "fine" in page and "Remarks" in page
