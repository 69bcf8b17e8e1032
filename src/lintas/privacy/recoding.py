"""Global recoding rules: coarsen a quasi-identifier for every record alike.

Rules are declared in the XLSForm, per question in a ``sdc_recode`` column of
the survey sheet, or per form in the settings sheet as
``sdc_recode = "age_years=age_5y; occupation=isco_major"``. The shipped rules
follow STANDARDS.md:

- ``age_5y``: ILOSTAT 5-year bands (AGE_5YRBANDS) top-coded at 65+, with the
  15-19 band split at 18 so that minors always stay separable, and 0-14 below;
- ``isco_major``: an ISCO-08 code (unit, minor or sub-major group) to its major
  group, the first digit;
- ``asean_or_other``: an ISO 3166-1 alpha-3 code outside the eleven ASEAN
  members to "other";
- ``isced_aggregate``: an ISCED 2011 level 0-8 to the ILO aggregate levels.

Values a rule cannot read (text in an age field) are left as they are, so the
disclosure check still sees them; blanks stay blank.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from lintas.privacy.errors import UnknownRecodingRule

# Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, Philippines, Singapore,
# Thailand, Viet Nam, and Timor-Leste (the eleventh member since October 2025).
ASEAN = frozenset({"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"})
OTHER_COUNTRY = "other"


@dataclass(frozen=True)
class RecodingRule:
    name: str
    description: str
    apply: Callable[[Hashable], Hashable]


def _as_int(value: Hashable) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def age_band(value: Hashable) -> Hashable:
    age = _as_int(value)
    if age is None or age < 0:
        return value
    if age < 15:
        return "0-14"
    if age < 18:
        return "15-17"
    if age < 20:
        return "18-19"
    if age >= 65:
        return "65+"
    low = age - age % 5
    return f"{low}-{low + 4}"


def isco_major(value: Hashable) -> Hashable:
    text = str(value).strip() if value is not None else ""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value).zfill(4) if value >= 1000 or value == 0 else str(value)
    if text and text.isdigit() and len(text) <= 4:
        return text[0]
    return value


def asean_or_other(value: Hashable) -> Hashable:
    if value is None or value == "":
        return value
    code = str(value).strip().upper()
    return code if code in ASEAN else OTHER_COUNTRY


_ISCED = {0: "less_than_basic", 1: "basic", 2: "basic", 3: "intermediate", 4: "intermediate"}


def isced_aggregate(value: Hashable) -> Hashable:
    level = _as_int(value)
    if level is None or not 0 <= level <= 8:
        return value
    return _ISCED.get(level, "advanced")


RULES: Mapping[str, RecodingRule] = {
    rule.name: rule
    for rule in (
        RecodingRule("age_5y", "age in 5-year bands, 65+ top-coded, under-18 separate", age_band),
        RecodingRule("isco_major", "ISCO-08 occupation to its major group", isco_major),
        RecodingRule("asean_or_other", "countries outside ASEAN to 'other'", asean_or_other),
        RecodingRule("isced_aggregate", "ISCED 2011 level to ILO aggregate", isced_aggregate),
    )
}


def rule_named(name: str) -> RecodingRule:
    try:
        return RULES[name]
    except KeyError:
        known = ", ".join(sorted(RULES))
        raise UnknownRecodingRule(
            f"The recoding rule '{name}' is not known. Use one of: {known}."
        ) from None


def parse_form_setting(text: str) -> dict[str, str]:
    """``"age_years=age_5y; occupation=isco_major"`` -> {question: rule name}."""
    declared: dict[str, str] = {}
    for part in text.replace(",", ";").split(";"):
        if not part.strip():
            continue
        question, sep, name = part.partition("=")
        if not sep or not question.strip() or not name.strip():
            raise UnknownRecodingRule(
                f"The sdc_recode setting '{part.strip()}' should read question=rule, "
                "for example age_years=age_5y."
            )
        declared[question.strip()] = rule_named(name.strip()).name
    return declared


def recode_column(values: list[Hashable], rule: RecodingRule) -> tuple[list[Hashable], int]:
    """The recoded values and how many of them changed."""
    # Few distinct values per column: apply the rule once per value, not per record.
    counts = Counter(values)
    mapping = {value: rule.apply(value) for value in counts}
    recoded = list(map(mapping.__getitem__, values))
    changed = sum(counts[value] for value, new in mapping.items() if new != value)
    return recoded, changed


def recode_codes(
    codes: np.ndarray, table: Sequence[Hashable], rule: RecodingRule
) -> tuple[np.ndarray, int, list[Hashable], int]:
    """Recode a factorised column (``equivalence.factorise``) on its distinct values.

    Returns the new codes (0 = blank), how many new codes there are, the recoded
    value of each original code, and how many records changed value.
    """
    shown = [rule.apply(value) for value in table]
    counts = np.bincount(codes, minlength=len(table))
    changed = sum(int(n) for n, old, new in zip(counts, table, shown) if new != old)
    new_codes: dict[Hashable, int] = {None: 0}
    for value in shown:
        new_codes.setdefault(value, len(new_codes))
    mapping = np.fromiter(map(new_codes.__getitem__, shown), np.int64, len(shown))
    return mapping[codes], len(new_codes), shown, changed
