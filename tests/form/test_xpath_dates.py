"""Dates: local midnight, days since the epoch, time zones and DST, formatting."""

from __future__ import annotations

import math
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from lintas.form.xpath import DateValue, XPathEvaluationError, evaluate, format_value

BANGKOK = ZoneInfo("Asia/Bangkok")
UTC = ZoneInfo("UTC")
NOW = datetime(2026, 11, 28, 9, 30, tzinfo=BANGKOK)


def run(expression: str, instance: object = None, tz: ZoneInfo = BANGKOK) -> object:
    return evaluate(expression, instance, now=NOW, tz=tz)


def test_today_and_now_use_the_fixed_clock_in_the_context_zone() -> None:
    assert format_value(run("today()")) == "2026-11-28"
    assert format_value(run("now()")) == "2026-11-28T09:30:00.000+07:00"
    # 09:30 in Bangkok is still the 28th in UTC (02:30).
    assert format_value(run("today()", tz=UTC)) == "2026-11-28"


def test_a_date_is_local_midnight_and_its_number_is_days_since_the_epoch() -> None:
    assert run("number(date('1970-01-02'))", tz=UTC) == 1.0
    assert run("decimal-date-time('1970-01-01')") == pytest.approx(-7 / 24)
    assert run("decimal-date-time('1970-01-02T00:00:00Z')") == 1.0


def test_dates_compare_and_subtract_as_dates() -> None:
    xml = "<data><dob>2000-02-29</dob><visit>2026-11-28</visit></data>"
    assert run("/data/dob < today()", xml) is True
    assert run("/data/visit = today()", xml) is True
    assert run("/data/visit - /data/dob", xml) == 9769.0
    assert run("date('2001-12-26') > date('2001-12-25')") is True
    assert run("'2018-06-25' = '2018-06-25T00:00:00.000+07:00'") is True


def test_age_in_years_the_way_forms_compute_it() -> None:
    xml = "<data><dob>1990-11-29</dob></data>"
    assert run("int((today() - /data/dob) div 365.25)", xml) == 35.0


def test_days_added_to_a_date_give_a_date_back() -> None:
    assert format_value(run("date(today() + 10)")) == "2026-12-08"
    assert format_value(run("date('2026-11-28T12:00:00+07:00')")) == (
        "2026-11-28T12:00:00.000+07:00"
    )


def test_days_across_a_daylight_saving_change_count_elapsed_time() -> None:
    paris = ZoneInfo("Europe/Paris")  # DST ends on 2026-10-25
    value = run("date('2026-10-26') - date('2026-10-24')", tz=paris)
    assert value == 2 + 1 / 24  # the 25th had 25 hours, as JavaRosa and Enketo count it
    assert format_value(run("date(decimal-date-time('2026-10-26'))", tz=paris)) == "2026-10-26"


def test_invalid_and_empty_dates() -> None:
    assert run("date('')") == ""
    invalid = run("date('2023-02-30')")
    assert isinstance(invalid, DateValue) and not run("boolean(date('2023-02-30'))")
    assert math.isnan(run("number(date('not a date'))"))
    with pytest.raises(XPathEvaluationError, match="needs a date or date-time"):
        run("decimal-date-time('tomorrow')")


def test_decimal_time_is_the_fraction_of_the_local_day() -> None:
    assert run("decimal-time('12:00:00+07:00')") == 0.5
    assert run("decimal-time('05:00:00Z')") == 0.5  # 05:00Z is noon in Bangkok
    assert math.isnan(run("decimal-time('25:00')"))


def test_format_date_and_format_date_time() -> None:
    assert run("format-date('2026-03-05', '%Y/%m/%d %e %n %b %a %y')") == (
        "2026/03/05 5 3 Mar Thu 26"
    )
    assert run("format-date-time('2026-03-05T07:08:09.123+07:00', '%H:%M:%S.%3 %h')") == (
        "07:08:09.123 7"
    )
    assert run("format-date('', '%Y')") == ""


@pytest.fixture
def process_zone(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Switch the process's own TZ, restoring it afterwards."""
    import time

    def switch(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield switch
    monkeypatch.undo()
    time.tzset()


def test_results_depend_on_the_context_zone_not_the_process_zone(process_zone) -> None:  # type: ignore[no-untyped-def]
    phoenix = ZoneInfo("America/Phoenix")
    expressions = ["number(date('1970-01-01'))", "string(date(0))", "decimal-time('06:00-07:00')"]
    process_zone("Pacific/Kiritimati")  # UTC+14
    far_east = [run(e, tz=phoenix) for e in expressions]
    process_zone("UTC")
    assert [run(e, tz=phoenix) for e in expressions] == far_east
    assert far_east == [pytest.approx(7 / 24), "1969-12-31T17:00:00.000-07:00", 0.25]


def test_the_default_zone_follows_tz(process_zone) -> None:  # type: ignore[no-untyped-def]
    process_zone("Asia/Yangon")
    assert evaluate("decimal-date-time('1970-01-01')") == pytest.approx(-6.5 / 24)
