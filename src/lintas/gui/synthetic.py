"""Synthetic interviews for the demo vault and the benchmarks (no Qt, no real people).

Answers are drawn at random for any form, through the form engine itself, so
every record respects the form's relevance, constraints and choice filters.
Identifier questions are left unanswered: the demo holds no names at all.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuid_module
from collections.abc import Iterator
from typing import Any

from lintas.errors import LintasError
from lintas.form import Response
from lintas.form.consent import AGREED, consent_question
from lintas.form.model import Form, Privacy, Question
from lintas.form.types import METADATA

_SILENT = {"note", "calculate", "hidden"} | METADATA
_INTEGER_RANGES = ((18, 55), (1, 12), (0, 30), (0, 100), (1900, 2030))
_ATTEMPTS = 18  # each integer range three times


def random_answers(form: Form, rng: random.Random, today: dt.date) -> dict[str, Any]:
    """One interview's answers (``to_json`` form), valid for ``form``."""
    response = Response(form)
    consent = consent_question(form)
    for address in response.addresses():
        question = response.question_at(address)
        if question.type in _SILENT or question.privacy is Privacy.IDENTIFIER:
            continue
        if consent is not None and question.key == consent.key:
            response.set(address, AGREED)  # a refusal leaves no record at all (consent rule)
            continue
        state = response.state(address)
        if not state.relevant or state.read_only:
            continue
        if question.type == "text" and not state.required:
            continue  # free text stays empty: nothing in it could look like a person
        _answer(response, address, question, rng, today)
    return response.to_json()


def _answer(response: Any, address: str, question: Question, rng: random.Random, today) -> None:
    for attempt in range(_ATTEMPTS):
        value = _value(question, response.state(address), rng, today, attempt)
        if value is None:
            return
        try:
            response.set(address, value)
        except LintasError:
            continue
        if response.state(address).constraint_ok:
            return
    try:
        response.set(address, None)
    except LintasError:
        return


def _value(question: Question, state: Any, rng: random.Random, today: dt.date, attempt: int):
    kind = question.type
    choices = [c.name for c in (state.choices or ())]
    if kind == "select_one":
        return _skewed(choices, rng) if choices else None
    if kind == "select_multiple":
        return rng.sample(choices, k=min(len(choices), rng.randint(1, 2))) if choices else None
    if kind == "integer":
        # Recent years too: a year constraint often ties the year to the age asked earlier.
        ranges = (*_INTEGER_RANGES, (today.year - 8, today.year))
        low, high = ranges[attempt % len(ranges)]
        return rng.randint(low, high)
    if kind in ("decimal", "range"):
        if kind == "range":
            start = float(question.parameters.get("start", 0))
            end = float(question.parameters.get("end", 10))
            return int(rng.uniform(start, end))
        return round(rng.uniform(0, 2000 / (attempt + 1)), 2)
    if kind == "date":
        return (today - dt.timedelta(days=rng.randint(0, 720 // (attempt + 1)))).isoformat()
    if kind == "time":
        return f"{rng.randint(7, 18):02d}:{rng.choice((0, 15, 30, 45)):02d}:00"
    if kind == "datetime":
        return f"{today.isoformat()}T{rng.randint(7, 18):02d}:00:00"
    if kind == "acknowledge":
        return "OK"
    if kind == "text":
        return "n/a"
    return None


ASEAN = ("MMR", "KHM", "LAO", "IDN", "PHL", "VNM", "THA", "MYS", "SGP", "BRN", "TLS")


def _skewed(choices: list[str], rng: random.Random) -> str:
    # Real surveys are lopsided (most respondents from a few countries); so is the demo.
    regional = [code for code in ASEAN if code in choices]
    if len(choices) > 20 and regional and rng.random() < 0.92:
        choices = regional
    weights = [1.0 / (index + 1) for index in range(len(choices))]
    return rng.choices(choices, weights=weights, k=1)[0]


def synthetic_records(
    form: Form,
    count: int,
    *,
    users: tuple[str, ...],
    office: str,
    seed: int = 7,
    distinct: int = 40,
    days: int = 21,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Iterator[Any]:
    """``count`` Submission values spread over the last ``days`` days, for import_submissions.

    Only ``distinct`` answer sets are drawn through the engine (that is the slow
    part); records reuse them, which is enough for charts, tables and timing.
    """
    from lintas.vault import Submission

    rng = random.Random(seed)
    today = today or dt.datetime.now(dt.UTC).date()
    pool = [random_answers(form, rng, today) for _ in range(min(distinct, count))]
    latest = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    for index in range(count):
        moment = dt.datetime.combine(
            today - dt.timedelta(days=int(rng.triangular(0, days, 0))),
            dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)),
        )
        if moment > latest:
            # Today's office hours may not have happened yet: no record from the future.
            # No random draw here: one would shift every later record, so the same seed
            # would give other answers depending on the time of day.
            moment = latest - dt.timedelta(minutes=1 + index % 240)
        stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        yield Submission(
            uuid=str(uuid_module.UUID(int=rng.getrandbits(128), version=4)),
            form_id=form.form_id,
            form_version=form.version,
            status="draft" if index % 15 == 0 else "final",
            revision=1,
            created_at=stamp,
            updated_at=stamp,
            created_by=users[index % len(users)],
            updated_by=users[index % len(users)],
            office=office,
            content_hash="",
            data=pool[index % len(pool)],
        )
