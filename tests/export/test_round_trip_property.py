"""Hypothesis: any answers of a form with every type come back from the workbook unchanged."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from export_helpers import FORM_ID, make_vault
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintas.export.reader import read_workbook
from lintas.export.workbook import ExportOptions, export_workbook

_COUNTER = itertools.count()
TEXT = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=12).filter(
    lambda t: t.strip() == t and t != ""
)
DECIMAL = st.floats(-1e9, 1e9, allow_nan=False).filter(lambda x: not x.is_integer())
DATE = st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)).map(dt.date.isoformat)
TIME = st.times().map(lambda t: t.replace(microsecond=0).isoformat())
DATETIME = st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)).map(
    lambda d: d.replace(microsecond=0).isoformat()
)
JOB = st.fixed_dictionaries({}, optional={"job_years": st.integers(0, 80)})
MEMBER = st.fixed_dictionaries(
    {}, optional={"m_name": TEXT, "job": st.lists(JOB.filter(bool), min_size=1, max_size=3)}
)
ANSWERS = st.fixed_dictionaries(
    {},
    optional={
        "code": TEXT,
        "age": st.integers(-(2**40), 2**40),
        "wage": DECIMAL,
        "arrived": DATE,
        "at": TIME,
        "seen": DATETIME,
        "sex": st.sampled_from(["f", "m"]),
        "reasons": st.lists(st.sampled_from(["work", "debt", "kin"]), min_size=1, unique=True),
        "member": st.lists(MEMBER.filter(bool), min_size=1, max_size=3),
    },
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answers=st.lists(ANSWERS, min_size=1, max_size=4))
def test_any_answers_round_trip(tmp_path: Path, answers: list[dict]) -> None:
    folder = tmp_path / f"case{next(_COUNTER)}"
    folder.mkdir()
    with make_vault(folder / "vault") as vault:
        saved = [vault.save_submission(FORM_ID, a) for a in answers]
        out = folder / "out.xlsx"
        export_workbook(vault, out, ExportOptions())
        held = {s.uuid: dict(vault.submission(s.uuid).data) for s in saved}
    back = {record["_uuid"]: record["data"] for record in read_workbook(out)}
    assert back == held
