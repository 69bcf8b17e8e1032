"""Years typed in the Buddhist Era (issue 14).

Thai respondents often give the year in the Buddhist Era (BE), 543 years ahead of the
Gregorian calendar: 2567 for 2024. The form stores Gregorian years, and its constraints
rejected 2567 as "in the future" without saying why. A year that is too far ahead to be
Gregorian but lands in a plausible range once 543 is taken off can only be BE; the app offers
the converted year so the clerk stores the Gregorian one with one click.
"""

from __future__ import annotations

import re

BUDDHIST_ERA_OFFSET = 543
EARLIEST_YEAR = 1900  # no respondent's journey or birth starts earlier

_YEAR_NAME = re.compile(r"(^|_)year($|_)")


def is_year_question(name: str, question_type: str) -> bool:
    """Integer questions named for a year (year_of_departure_or_arrival), not ages (age_years)."""
    return question_type == "integer" and bool(_YEAR_NAME.search(name))


def gregorian_from_buddhist_era(value: object, this_year: int) -> int | None:
    """The Gregorian year when ``value`` can only be a Buddhist Era year, else None.

    Next year is still a plausible Gregorian answer (a planned departure), so only a value
    beyond it counts; and the converted year must fall between 1900 and next year.
    """
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    if value <= this_year + 1:
        return None
    converted = value - BUDDHIST_ERA_OFFSET
    if EARLIEST_YEAR <= converted <= this_year + 1:
        return converted
    return None
