"""Buddhist Era years are recognised only when they cannot be Gregorian (issue 14)."""

from lintas.form.years import gregorian_from_buddhist_era, is_year_question


def test_a_year_that_can_only_be_buddhist_era_gives_the_gregorian_year() -> None:
    assert gregorian_from_buddhist_era(2567, this_year=2026) == 2024
    assert gregorian_from_buddhist_era(2570, this_year=2026) == 2027  # planned departure


def test_a_plausible_gregorian_year_is_left_alone() -> None:
    for year in (1990, 2024, 2026, 2027):
        assert gregorian_from_buddhist_era(year, this_year=2026) is None


def test_a_year_that_is_neither_is_not_converted() -> None:
    assert gregorian_from_buddhist_era(2300, this_year=2026) is None  # 1757: too early
    assert gregorian_from_buddhist_era(2600, this_year=2026) is None  # 2057: still future
    assert gregorian_from_buddhist_era(None, this_year=2026) is None
    assert gregorian_from_buddhist_era(True, this_year=2026) is None


def test_only_integer_year_questions_are_checked() -> None:
    assert is_year_question("year_of_departure_or_arrival", "integer")
    assert is_year_question("birth_year", "integer")
    assert not is_year_question("age_years", "integer")
    assert not is_year_question("year_of_departure_or_arrival", "text")
