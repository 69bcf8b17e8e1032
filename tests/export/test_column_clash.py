"""A question named like a column every export writes itself (_uuid, _status, _office;
_index, _parent_uuid in a repeat) gave the file two columns of that name, and a reader
took the question's text for the record's id. The export is now refused before anything
is written, naming the question, the column and the sheet; form check warns by row."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import CHEAP_KDF, PASSPHRASE

from lintas.export.plan import (
    META_COLUMNS,
    REPEAT_KEYS,
    ColumnClashError,
    check_columns,
    plan_sheets,
)
from lintas.export.statfiles import export_statistics
from lintas.export.workbook import ExportOptions, export_workbook
from lintas.form import check, load
from lintas.form.building import EXPORT_OWN_COLUMNS
from lintas.vault import Vault

FORM = b"""
| survey |
| | type | name | label |
| | text | village | Village |
| | text | _status | Status told by the worker |
| settings |
| | form_id | version |
| | clash | 1 |
"""
IN_A_REPEAT = b"""
| survey |
| | type | name | label |
| | begin repeat | member | Member |
| | integer | _index | Number on the card |
| | end repeat | |
"""


def test_the_sheets_would_repeat_a_column_and_the_check_says_which():
    form = load(FORM, filename="clash.md")
    (data,) = plan_sheets(form)
    assert data.header.count("_status") == 2  # what main wrote
    with pytest.raises(ColumnClashError) as caught:
        check_columns(form)
    message = str(caught.value)
    assert "'_status'" in message and "'data' sheet" in message and "Rename" in message
    with pytest.raises(ColumnClashError, match=r"'_index'.*'member' sheet"):
        check_columns(load(IN_A_REPEAT, filename="repeat.md"))


def test_form_check_warns_by_row_and_the_names_are_the_exports_own():
    assert EXPORT_OWN_COLUMNS == {*META_COLUMNS, *REPEAT_KEYS}
    problems = check(FORM, filename="clash.md")
    assert not [p for p in problems if p.is_error]
    (warning,) = [p for p in problems if "writes itself" in p.message]
    assert (warning.row, warning.column) == (3, "name")


@pytest.mark.parametrize("kind", ["xlsx", "sav"])
def test_a_vault_export_is_refused_and_writes_nothing(tmp_path: Path, kind):
    vault, _ = Vault.create(
        tmp_path / "vault", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
    )
    with vault:
        vault.install_form(FORM, filename="clash.md")  # forms installed before still open
        vault.save_submission("clash", {"village": "Ban Mai", "_status": "ok"}, status="final")
        out = tmp_path / f"out.{'xlsx' if kind == 'xlsx' else 'zip'}"
        with pytest.raises(ColumnClashError, match="_status"):
            if kind == "xlsx":
                export_workbook(vault, out, ExportOptions(form_id="clash"))
            else:
                export_statistics(vault, out, ExportOptions(form_id="clash"), kind)
        assert not out.exists()
        assert list(tmp_path.iterdir()) == [tmp_path / "vault"]
