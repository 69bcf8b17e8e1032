"""``workbook verify`` at the restricted and public levels: measure k and l in the file.

The About sheet says what disclosure control reached; a reader should not have to take
that on trust. The data sheet's quasi-identifier columns (codebook ``privacy`` = quasi,
plus ``_office``) form the classes; k is the smallest class, l the fewest distinct
non-blank values of a sensitive column within a class that shows any (docs/workbook-
format.md, section 11). A file below its level's target, or whose About claims a k or l
that the data do not have, fails as altered.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Hashable
from typing import Any

from lintas.export.levels import OFFICE, required_k
from lintas.export.plan import LEVEL_META
from lintas.i18n import tr
from lintas.privacy.policy import SENSITIVE_L


def check_level(book: Any, contents: Any) -> tuple[list[str], list[str]]:
    """(problems, lines saying what was measured) for the file's level."""
    about = contents.about
    level = about.get("level", "")
    if level not in LEVEL_META:
        return [
            tr("About gives the level '{level}', which is not internal, restricted or public.",
               level=level)
        ], []
    if about.get("metadata_columns") and about["metadata_columns"].split() != list(
        LEVEL_META[level]
    ):
        return [tr("About's metadata_columns are not those of the {level} level.",
                   level=level)], []  # fmt: skip
    if level == "internal" or "data" not in book.sheetnames:
        return [], []
    try:
        claimed = json.loads(about.get("disclosure") or "{}")
    except ValueError:
        return [tr("About's disclosure is not valid JSON.")], []
    variables = contents.variables.get("data", [])
    quasi = [OFFICE, *(v.name for v in variables if v.privacy == "quasi")]
    sensitive = [v.name for v in variables if v.privacy == "sensitive"]
    k, l_value, records = _measure(book["data"], quasi, sensitive)
    k_target = required_k(level, about.get("form_id", ""), sensitive)
    problems = []
    if records and k < k_target:
        problems.append(tr("The data sheet is only {k}-anonymous; the {level} level needs "
                           "k >= {target}.", k=k, level=level, target=k_target))  # fmt: skip
    if records and sensitive and l_value < SENSITIVE_L:
        problems.append(tr("A sensitive column is only {l}-diverse in some class; the {level} "
                           "level needs l >= {target}.", l=l_value, level=level,
                           target=SENSITIVE_L))  # fmt: skip
    if records and claimed.get("k_reached") != k:
        problems.append(tr("About says k = {claimed}, the data sheet has k = {k}.",
                           claimed=claimed.get("k_reached"), k=k))  # fmt: skip
    if records and sensitive and claimed.get("l_reached") != l_value:
        problems.append(
            tr("About says l = {claimed}, the data sheet has l = {l}.",
               claimed=claimed.get("l_reached"), l=l_value)
        )
    shown = tr("n/a") if not sensitive else str(l_value)
    lines = [tr("Measured in the data sheet ({level} level): k = {k} over {columns}; l = {l}.",
                level=level, k=k, columns=", ".join(quasi), l=shown)]  # fmt: skip
    return problems, lines


def _measure(ws: Any, quasi: list[str], sensitive: list[str]) -> tuple[int, int, int]:
    rows = ws.iter_rows(values_only=True)
    header = [str(h) for h in next(rows, ())]
    where = {name: i for i, name in enumerate(header)}
    if any(name not in where for name in (*quasi, *sensitive)):
        return 0, 0, 0  # the header check already says which column is missing
    q_at = [where[n] for n in quasi]
    s_at = [where[n] for n in sensitive]
    sizes: Counter[tuple[Hashable, ...]] = Counter()
    values: dict[tuple[tuple[Hashable, ...], int], set[Hashable]] = {}
    records = 0
    for row in rows:
        cells = list(row) + [None] * (len(header) - len(row))
        key = tuple(cells[i] for i in q_at)
        sizes[key] += 1
        records += 1
        for j, i in enumerate(s_at):
            bucket = values.setdefault((key, j), set())
            if cells[i] is not None and cells[i] != "":
                bucket.add(cells[i])
    k = min(sizes.values(), default=0)
    shown = [len(v) for v in values.values() if v]
    return k, min(shown, default=0), records


def check_tables(book: Any) -> tuple[list[str], list[str]]:
    """The tables sheet: no published count below its threshold, no value in a hidden cell."""
    if "tables" not in book.sheetnames:
        return [], []
    rows = book["tables"].iter_rows(values_only=True)
    header = [str(h) for h in next(rows, ())]
    need = ("INDICATOR", "OBS_VALUE", "OBS_STATUS", "THRESHOLD")
    if any(name not in header for name in need):
        return [tr("The tables sheet lacks one of the columns {columns}.",
                   columns=", ".join(need))], []  # fmt: skip
    at = {name: header.index(name) for name in need}
    problems: list[str] = []
    cells = hidden = 0
    for number, row in enumerate(rows, start=2):
        cells += 1
        cell = list(row) + [None] * (len(header) - len(row))
        value, status = cell[at["OBS_VALUE"]], cell[at["OBS_STATUS"]]
        if status:
            hidden += 1
            if value is not None:
                problems.append(tr("tables row {row} is flagged {status} but shows a value.",
                                   row=number, status=status))  # fmt: skip
        elif str(cell[at["INDICATOR"]]).endswith(("_MEDIAN", "_MEAN")):
            continue
        elif isinstance(value, int | float) and 0 < value < float(cell[at["THRESHOLD"]] or 0):
            problems.append(tr("tables row {row} shows {value}, below its threshold.",
                               row=number, value=value))  # fmt: skip
        if len(problems) > 5:
            break
    return problems, [tr("Tables: {cells} cells, {hidden} hidden, none shown below its threshold.",
                         cells=cells, hidden=hidden)]  # fmt: skip
