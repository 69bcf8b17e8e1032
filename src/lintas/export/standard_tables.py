"""The standard tables T1–T8 (STANDARDS.md): which form fields and code lists each one reads.

This is the contract between the shipped instrument (``forms/asean_migrant_worker_survey.xlsx``,
form id ``asean_mw_survey``) and the export that computes the tables. Each
:class:`TableSpec` names its dimensions in the ILOSTAT-like long layout (SEX,
CLASSIF1, CLASSIF2, plus INDICATOR for T8), the submission field each dimension
is read from, the code list that gives the field's codes, and any recoding
(ages to 5-year bands or to under-18/18+). Counts are "respondents surveyed",
never population stocks.

It also holds the instrument's consent rule: a response whose ``consent`` is not
``"yes"`` must never be saved (:func:`consent_refused`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from lintas import codelists

FORM_ID = "asean_mw_survey"
CONSENT_FIELD = "consent"
# Respondent-level codes added to a dimension's code list where the form allows them.
RESPONSE_CODES = ("dk", "refused")


def consent_refused(data: Mapping[str, Any]) -> bool:
    """True when a response of the standard survey must be discarded, not saved.

    The form makes every question after ``consent`` irrelevant unless consent is
    "yes", so a refusal's answers are ``{"consent": "no"}`` alone. The app MUST NOT
    save such a response (not even as a draft) and SHOULD NOT autosave any draft
    before consent is "yes": a refusal leaves no record at all.
    """
    return data.get(CONSENT_FIELD) != "yes"


@dataclass(frozen=True)
class Dimension:
    """One breakdown of a table: where its values come from and what codes they take."""

    column: str  # SEX, CLASSIF1, CLASSIF2 or INDICATOR in the long layout
    field: str  # submission field (question or calculate name); "" for INDICATOR
    codelists: tuple[str, ...]  # code lists (resources/codelists) whose codes are the values
    recode: str = ""  # "age_band" or "age_group": the field holds an age in years


@dataclass(frozen=True)
class TableSpec:
    table_id: str
    title: str
    dimensions: tuple[Dimension, ...]
    statistic: str = "count"  # "count" or "ratio" (median and mean, with n)
    universe: str = "all consenting respondents"
    # Non-zero cells below this are suppressed (STANDARDS.md, "Disclosure control").
    suppress_below: int = 5
    includes_trafficking_indicators: bool = False

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(d.field for d in self.dimensions if d.field)


SEX = Dimension("SEX", "sex", ("sex",))
FLOW = Dimension("CLASSIF2", "flow_type", ("flow_type",))
CITIZENSHIP = ("country", "citizenship_special")

TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "T1",
        "Respondents by sex, 5-year age band and citizenship",
        (
            SEX,
            Dimension("CLASSIF1", "age_years", ("age_band",), "age_band"),
            Dimension("CLASSIF2", "citizenship", CITIZENSHIP),
        ),
    ),
    TableSpec(
        "T2",
        "Respondents by sex, citizenship and destination (corridor matrix)",
        (
            SEX,
            Dimension("CLASSIF1", "citizenship", CITIZENSHIP),
            Dimension("CLASSIF2", "corridor_destination", ("country",)),
        ),
    ),
    TableSpec(
        "T3",
        "Respondents with a job abroad by sex, ISIC Rev.4 section and flow type",
        (SEX, Dimension("CLASSIF1", "industry", ("isic_section",)), FLOW),
        universe="respondents with a job abroad (has_job = yes)",
    ),
    TableSpec(
        "T4",
        "Respondents with a job abroad by sex, ISCO-08 major group and flow type",
        (SEX, Dimension("CLASSIF1", "occupation_major", ("isco_major",)), FLOW),
        universe="respondents with a job abroad (has_job = yes)",
    ),
    TableSpec(
        "T5",
        "Respondents by sex, education (ILO aggregate of ISCED 2011) and flow type",
        (SEX, Dimension("CLASSIF1", "education_aggregate", ("education_aggregate",)), FLOW),
    ),
    TableSpec(
        "T6",
        "Returnees by sex and last country of work",
        (SEX, Dimension("CLASSIF1", "last_destination", ("country",))),
        universe="returnees (flow_type = return)",
    ),
    TableSpec(
        "T7",
        "SDG 10.7.1 recruitment cost / first-month earnings: median and mean with n, "
        "by sex and corridor",
        (
            SEX,
            Dimension("CLASSIF1", "citizenship", CITIZENSHIP),
            Dimension("CLASSIF2", "corridor_destination", ("country",)),
        ),
        statistic="ratio",
        universe="adults with both a recruitment cost and first-month earnings in the same "
        "currency (see sdg_10_7_1_ratio)",
        suppress_below=10,
    ),
    TableSpec(
        "T8",
        "Forced-labour and trafficking indicators reported, by sex and under-18/18+",
        (
            SEX,
            Dimension("CLASSIF1", "age_years", ("age_group_minor",), "age_group"),
            Dimension("INDICATOR", "", ("forced_labour_indicator",)),
        ),
        universe="all consenting respondents; a cell counts 'yes' answers to the indicator",
        suppress_below=10,
        includes_trafficking_indicators=True,
    ),
)


def table(table_id: str) -> TableSpec:
    for spec in TABLES:
        if spec.table_id == table_id:
            return spec
    raise KeyError(table_id)


def _band(list_name: str, age: int) -> str:
    for code in codelists.load(list_name).codes:
        if int(code.extra["min_age"]) <= age <= int(code.extra["max_age"]):
            return code.code
    raise ValueError(f"Age {age} is outside every band of the {list_name} code list.")


def age_band(age: int) -> str:
    """The 5-year band code (age_band.csv) of an age in years, top-coded at 65+."""
    return _band("age_band", age)


def age_group(age: int) -> str:
    """``under_18`` or ``18_plus`` (age_group_minor.csv)."""
    return _band("age_group_minor", age)


RECODES: Mapping[str, Callable[[int], str]] = {"age_band": age_band, "age_group": age_group}


def indicator_questions() -> dict[str, str]:
    """Indicator code -> form question, for T8 (forced_labour_indicator.csv)."""
    return codelists.load("forced_labour_indicator").column("question")


def sdg_10_7_1_ratio(data: Mapping[str, Any]) -> float | None:
    """Recruitment cost paid by the worker divided by first-month earnings, or None.

    Both must come from the same respondent (SDG 10.7.1 metadata) and, lacking
    exchange rates offline, be in the same currency; a worker who paid nothing
    has a ratio of 0. None when either side is unknown or earnings are not positive.
    """
    earnings = _number(data.get("first_month_earnings"))
    cost = _number(data.get("recruitment_cost_total"))
    if earnings is None or earnings <= 0 or cost is None:
        return None
    if cost > 0 and data.get("cost_currency") != data.get("earnings_currency"):
        return None
    return cost / earnings


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
