"""The tables sheet: T1-T8 with primary and secondary suppression across all margins."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from lintas.export.cube import audit, suppress
from lintas.privacy import tables as two_way

ROOT = Path(__file__).resolve().parents[2]
STANDARD = ROOT / "forms" / "asean_migrant_worker_survey.xlsx"


def _range(result, cell) -> tuple[float, float]:
    """Exact min and max of a hidden cell over every table that fits the published cells."""
    from scipy import optimize  # a test dependency: the suppression proof must run in CI
    shape = result.shape
    interior = list(itertools.product(*(range(n) for n in shape)))
    column = {c: j for j, c in enumerate(interior)}

    def row(target):
        vector = np.zeros(len(interior))
        for inner in interior:
            if all(i == n or i == k for i, k, n in zip(target, inner, shape, strict=True)):
                vector[column[inner]] = 1
        return vector

    published = [c for c, f in result.flags.items() if not f]
    a_eq = np.array([row(c) for c in published])
    b_eq = np.array([result.values[c] for c in published])
    goal = row(cell)
    low = optimize.linprog(goal, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
    high = optimize.linprog(-goal, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
    return low.fun, -high.fun


@pytest.mark.parametrize("seed", range(6))
def test_three_way_table_hides_no_cell_its_margins_give_away(seed):
    rng = np.random.default_rng(seed)
    counts = rng.poisson(rng.uniform(1.5, 8), (3, 4, 3))
    result = suppress(counts, 5)
    assert not result.determined and not audit(counts.shape, result.values, result.flags)
    for cell, value in result.values.items():
        if 0 < value < 5:
            assert result.flags[cell] == "C"
    for cell, flag in result.flags.items():
        if flag:
            low, high = _range(result, cell)
            # Every hidden cell can take at least two whole values: it is not recoverable.
            assert np.floor(high + 1e-9) - np.ceil(low - 1e-9) >= 1, (cell, low, high)


def test_audit_finds_a_hidden_cell_that_a_line_total_gives_back():
    counts = np.array([[[6, 7], [8, 9]], [[10, 11], [12, 13]]])
    result = suppress(counts, 5)
    values = dict(result.values)
    flags = {c: "" for c in values}
    for cell in [(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)]:  # no two on one line
        flags[cell] = "D"
    # Each line holds one hidden cell: every one of them follows from a line's total.
    assert set(audit(counts.shape, values, flags)) == set(c for c, f in flags.items() if f)


def test_two_way_result_agrees_with_the_privacy_audit():
    counts = np.array([[12, 3, 8, 0], [7, 1, 20, 6], [30, 9, 2, 11]])
    result = suppress(counts, 5)
    interior = [[result.flags[(i, j)] for j in range(4)] for i in range(3)]
    margins_hidden = [c for c, f in result.flags.items() if f and (c[0] == 3 or c[1] == 4)]
    assert not margins_hidden  # the margins here are all >= 5
    assert two_way.audit(counts.tolist(), interior) == []
    assert result.primary == 3


@pytest.fixture(scope="module")
def standard(tmp_path_factory):
    from export_helpers import CHEAP_KDF, FIXED_TODAY, PASSPHRASE

    from lintas.gui.synthetic import synthetic_records
    from lintas.vault import Vault

    folder = tmp_path_factory.mktemp("tables")
    vault, _ = Vault.create(folder / "vault", office="Mae Sot", user="sup",
                            passphrase=PASSPHRASE, kdf=CHEAP_KDF)  # fmt: skip
    installed = vault.install_form(STANDARD.read_bytes(), filename=STANDARD.name)
    form = vault.form(installed.form_id, installed.version)
    # One collection country, so that the tables have one block as an office's would.
    records = [
        dataclasses.replace(r, data={**r.data, "collection_country": "THA"})
        for r in synthetic_records(form, 600, users=("sup",), office="Mae Sot", seed=5,
                                   distinct=600, days=100, today=FIXED_TODAY)
    ]  # fmt: skip
    vault.import_submissions(records, source="test")
    yield vault, folder
    vault.close()


def _sheet(path: Path, name: str) -> list[dict]:
    rows = list(openpyxl.load_workbook(path, read_only=True)[name].iter_rows(values_only=True))
    width = len(rows[0])
    return [dict(zip(rows[0], (*r, *[None] * (width - len(r))), strict=True)) for r in rows[1:]]


def test_tables_sheet_suppresses_small_cells_and_keeps_shared_margins_alike(standard):
    from lintas.export.reader import verify_workbook
    from lintas.export.workbook import ExportOptions, export_workbook

    vault, folder = standard
    out = folder / "public.xlsx"
    export_workbook(vault, out, ExportOptions(level="public", status="final"))
    rows = _sheet(out, "tables")
    assert {r["TABLE"] for r in rows} == {f"T{n}" for n in range(1, 9)}
    for r in rows:
        if r["OBS_STATUS"]:
            assert r["OBS_STATUS"] in ("C", "D") and r["OBS_VALUE"] is None
        elif r["INDICATOR"] not in ("T7_MEDIAN", "T7_MEAN"):
            assert r["OBS_VALUE"] == 0 or r["OBS_VALUE"] >= r["THRESHOLD"], r
    flags = {(r["INDICATOR"], r["REF_AREA"], r["TIME_PERIOD"], r["SEX"], r["CLASSIF1"],
              r["CLASSIF2"]): r["OBS_STATUS"] for r in rows}  # fmt: skip
    shared = 0
    for (ind, area, year, sex, c1, c2), flag in flags.items():
        if ind == "T1" and c1 == "_T":  # T1's sex x citizenship is T2's
            assert flags[("T2", area, year, sex, c2, "_T")] == flag or (
                flag and flags[("T2", area, year, sex, c2, "_T")]
            )
            shared += bool(flag)
    about = {r["key"]: r["value"] for r in _sheet(out, "About")}
    made = json.loads(about["tables"])
    assert made["left_out"] == {} and made["tables"]["T1"]["C"] > 0
    assert "tables" in verify_workbook(out)[1]


def test_hidden_in_one_table_is_hidden_in_every_table_that_shows_it(standard):
    from lintas.export.tables import TableCounter

    vault, _ = standard
    counter = TableCounter(vault.form("asean_mw_survey"))
    for s in vault.submissions(form_id="asean_mw_survey"):
        counter.add(s.status, s.data)
    rows = counter.result()
    status = {(r[1], r[0], r[5], r[2], r[3], r[4]): r[7] for r in rows}
    for (ind, area, year, sex, c1, c2), flag in status.items():
        if ind == "T1" and c1 == "_T":
            assert bool(status[("T2", area, year, sex, c2, "_T")]) == bool(flag)
        if ind == "T6" and c1 == "_T" and ("T5", area, year, sex, "_T", "return") in status:
            assert bool(status[("T5", area, year, sex, "_T", "return")]) == bool(flag)


def test_a_form_without_the_standard_variables_gets_no_tables(tmp_path):
    from export_helpers import ANSWERS, FORM_ID, make_vault

    from lintas.export.workbook import ExportOptions, export_workbook

    with make_vault(tmp_path / "vault") as vault:
        vault.save_submission(FORM_ID, ANSWERS, status="final")
        out = tmp_path / "out.xlsx"
        export_workbook(vault, out, ExportOptions())
    assert "tables" not in openpyxl.load_workbook(out, read_only=True).sheetnames
    about = {r["key"]: r["value"] for r in _sheet(out, "About")}
    left_out = json.loads(about["tables"])["left_out"]
    assert set(left_out) == {f"T{n}" for n in range(1, 9)}
    assert "the form has no" in left_out["T1"] and "citizenship" in left_out["T1"]


def test_verify_refuses_a_tables_sheet_that_shows_a_small_count(standard, tmp_path):
    from lintas.export.reader import (
        TamperedWorkbookError,
        _contents,
        _sheet_digest,
        verify_workbook,
    )
    from lintas.export.workbook import ExportOptions, export_workbook

    vault, folder = standard
    out = folder / "internal.xlsx"
    export_workbook(vault, out, ExportOptions(status="final"))
    lines = verify_workbook(out)
    assert any(line.startswith("Tables: ") for line in lines)
    book = openpyxl.load_workbook(out)
    ws = book["tables"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[header.index("OBS_STATUS")].value == "C":
            row[header.index("OBS_STATUS")].value = None
            row[header.index("OBS_VALUE")].value = 2  # a forger shows a hidden small cell
            break
    digest = _sheet_digest(ws, "tables", _contents(book, out))
    for row in book["About"].iter_rows(min_row=2):
        if row[0].value == "sha256:tables":
            row[1].value = digest
    forged = tmp_path / "forged.xlsx"
    book.save(forged)
    with pytest.raises(TamperedWorkbookError, match="shows 2, below its threshold"):
        verify_workbook(forged)


def test_a_large_table_falls_back_to_layer_audits_that_hold(monkeypatch):
    from lintas.export import cube

    monkeypatch.setattr(cube, "WHOLE_AUDIT_LIMIT", 0)  # every table counts as large
    counts = np.random.default_rng(9).poisson(4, (3, 5, 4))
    result = suppress(counts, 5)
    assert not result.determined and result.primary > 0
    # Each two-way layer, with its margins, hides nothing its lines give back.
    for d in range(3):
        for fixed in range(counts.shape[d] + 1):
            rest = [e for e in range(3) if e != d]
            rows, cols = counts.shape[rest[0]], counts.shape[rest[1]]

            def at(i, j, d=d, fixed=fixed, rest=rest):
                index = [0, 0, 0]
                index[d], index[rest[0]], index[rest[1]] = fixed, i, j
                return tuple(index)

            layer = [[result.flags[at(i, j)] for j in range(cols)] for i in range(rows)]
            values = [[result.values[at(i, j)] for j in range(cols)] for i in range(rows)]
            assert two_way.audit(values, layer) == []
