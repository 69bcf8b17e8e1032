"""Conformance: every vector of ../shared/corpus/xpath/cases.jsonl.

The vectors come from the Enketo and JavaRosa test suites (see SOURCES.md next
to them). Each runs in its own time zone through ``EvalContext.tz`` (the
process's TZ is never touched), with the clock fixed for the whole case so
that ``{{today}}`` templates and ``today()`` agree even across midnight.
Cases we judge wrong against the ODK XForms spec are listed, with reasons, in
xpath_known_deviations.tsv; they are strict xfails, so a fix shows up loudly.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from lintas.form.xpath import (
    DateValue,
    EvalContext,
    Node,
    XPathError,
    format_value,
    parse,
    to_boolean,
    to_number,
    to_string,
)
from lintas.form.xpath.nodes import DOCUMENT

HERE = Path(__file__).resolve().parent
CASES_FILE = HERE.parents[1] / ".." / "shared" / "corpus" / "xpath" / "cases.jsonl"
DEVIATIONS_FILE = HERE / "xpath_known_deviations.tsv"
# The suites' own time zones when a case does not name one (SOURCES.md, `tz`).
SUITE_ZONES = {"enketo/openrosa-xpath-evaluator": "America/Phoenix", "getodk/javarosa": "UTC"}


def _load_cases() -> list[dict[str, Any]]:
    if not CASES_FILE.is_file():
        return []
    with CASES_FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _load_deviations() -> dict[str, str]:
    deviations = {}
    for line in DEVIATIONS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            case_id, reason = line.split("\t", 1)
            deviations[case_id] = reason
    return deviations


CASES = _load_cases()
DEVIATIONS = _load_deviations()


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case["id"] in DEVIATIONS:
            marks.append(pytest.mark.xfail(reason=DEVIATIONS[case["id"]], strict=True))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _fill_template(text: Any, today: datetime) -> Any:
    if not isinstance(text, str):
        return text
    for key, delta in (("{{today}}", 0), ("{{today-1}}", -1), ("{{today+1}}", 1)):
        text = text.replace(key, (today + timedelta(days=delta)).strftime("%Y-%m-%d"))
    return text


def _context_node(case: dict[str, Any], tz: ZoneInfo, now: datetime) -> Node:
    context = case["context"]
    if not context or context.get("xml") is None:
        return Node(DOCUMENT)
    root = Node.from_xml(_fill_template(context["xml"], now))
    document = root.document()
    if not context.get("context_node"):
        return document
    found = parse(context["context_node"]).evaluate(EvalContext(document, tz=tz, now=now))
    assert isinstance(found, list)
    # The Enketo tests looked the node up with getElementById; when the document
    # has no such element that gave null, and the evaluator used the document.
    return found[0] if found else document


def _run(case: dict[str, Any]) -> tuple[Any, datetime]:
    tz = ZoneInfo(case.get("tz") or SUITE_ZONES[case["suite"]])
    now = datetime.now(tz)
    node = _context_node(case, tz, now)
    expression = parse(_fill_template(case["expr"], now))
    return expression.evaluate(EvalContext(node, tz=tz, now=now)), now


def _check_number(case: dict[str, Any], actual: float) -> None:
    expected = case["expected"]
    if expected in ("NaN", "Infinity", "-Infinity"):
        assert to_string(actual) == expected
        return
    factor = case.get("round_factor")
    if factor:
        actual = math.floor(actual * factor + 0.5) / factor
    tolerance = case.get("tolerance") or 0.0
    assert actual == pytest.approx(expected, abs=tolerance, rel=1e-15 if not tolerance else 0)
    if expected == 0 and math.copysign(1, expected) < 0:
        assert math.copysign(1, actual) < 0, "expected negative zero"


def _check_text(case: dict[str, Any], text: str, now: datetime) -> None:
    if case.get("expected_pattern") is not None:
        flags = re.IGNORECASE if "i" in (case.get("expected_pattern_flags") or "") else 0
        assert re.search(case["expected_pattern"], text, flags), text
    if case.get("expected_length") is not None:
        assert len(text) == case["expected_length"]
    if case["expected"] is None:
        return
    expected = _fill_template(case["expected"], now)
    if case["type"] == "date" and case["suite"] == "getodk/javarosa":
        # JavaRosa asserted a java.util.Date built from the calendar day only.
        text = text[:10]
    assert text == expected


@pytest.mark.skipif(not CASES, reason="corpus missing")  # the corpus_dir fixture fails loudly
@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any], corpus_dir: Path) -> None:
    kind = case["type"]
    if kind == "error":
        with pytest.raises(XPathError):
            _run(case)
        return
    value, now = _run(case)
    if kind == "boolean":
        assert to_boolean(value) is case["expected"]
    elif kind == "number":
        _check_number(case, to_number(value, now.tzinfo))
    elif kind == "date":
        assert isinstance(value, DateValue | str)
        _check_text(case, format_value(value), now)
    else:
        _check_text(case, to_string(value), now)


def test_every_case_is_collected(corpus_dir: Path) -> None:
    assert len(CASES) == 1770
    unknown = set(DEVIATIONS) - {case["id"] for case in CASES}
    assert not unknown, f"deviations name unknown cases: {sorted(unknown)}"
