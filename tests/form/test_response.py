"""Running a form: answers, logic kept up to date incrementally, and JSON round trips."""

# ruff: noqa: E501 - the forms are markdown tables, one sheet row per line

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintas.form import Response
from lintas.form.errors import InvalidAnswer, ResponseError, UnknownAddress

NOW = datetime(2026, 3, 1, 9, 30, 0, tzinfo=UTC)

SURVEY = """
| survey |
| | type | name | label::English (en) | label::Thai (th) | privacy | relevant | constraint | constraint_message::English (en) | constraint_message::Thai (th) | required | calculation | repeat_count | choice_filter | default | read_only | trigger |
| | start | start | | | | | | | | | | | | | | |
| | today | today | | | | | | | | | | | | | | |
| | text | pname | Name | ชื่อ | identifier | | | | | yes | | | | | | |
| | integer | age | Age | อายุ | quasi | | . >= 0 and . < 120 | Age 0-119 | อายุ 0-119 | yes | | | | | | |
| | begin group | adult | Adult | | | ${age} >= 18 | | | | | | | | | | |
| | select_one yn | works | Works? | | | | | | | yes | | | | | | |
| | decimal | wage | Wage | | sensitive | ${works} = 'y' | . > 0 | | | | | | | | | |
| | end group | | | | | | | | | | | | | | | |
| | select_one country | country | Country | | | | | | | | | | | | | |
| | select_one city | city | City | | | | | | | | | | country=${country} | | | |
| | select_multiple lang | langs | Languages | | | | | | | | | | | | | |
| | calculate | double | | | | | | | | | ${age} * 2 | | | | | |
| | calculate | stamp | | | | | | | | | concat('seen ', ${age}) | | | | | ${country} |
| | text | fixed | Fixed | | | | | | | | | | | abc | yes | |
| | date | dob | Birth | | | | | | | | | | | | | |
| | begin repeat | member | Member | | | | | | | | | | | | | |
| | text | mname | Member name | | | | | | | yes | | | | | | |
| | integer | mage | Member age | | | | . < ${age} | younger than you | | | | | | | | |
| | calculate | pos | | | | | | | | | position(..) | | | | | |
| | begin repeat | child | Child | | | | | | | | | | | | | |
| | integer | cage | Child age | | | | . < ${mage} | | | | | | | | | |
| | end repeat | | | | | | | | | | | | | | | |
| | end repeat | | | | | | | | | | | | | | | |
| | integer | nvisits | Visits | | | | | | | | | | | | | |
| | begin repeat | visit | Visit | | | | | | | | | ${nvisits} | | | | |
| | date | vdate | Visit date | | | | | | | | | | | | | |
| | end repeat | | | | | | | | | | | | | | | |
| | calculate | total | | | | | | | | | sum(${mage}) | | | | | |
| choices |
| | list_name | name | label::English (en) | label::Thai (th) | country |
| | yn | y | Yes | ใช่ | |
| | yn | n | No | ไม่ | |
| | country | th | Thailand | ไทย | |
| | country | kh | Cambodia | กัมพูชา | |
| | city | bkk | Bangkok | กรุงเทพ | th |
| | city | cnx | Chiang Mai | เชียงใหม่ | th |
| | city | pp | Phnom Penh | พนมเปญ | kh |
| | lang | th | Thai | ไทย | |
| | lang | km | Khmer | เขมร | |
| | lang | my | Burmese | พม่า | |
| settings |
| | form_id | version | default_language |
| | run | 1 | English (en) |
"""


@pytest.fixture(scope="module")
def form():
    from form_helpers import markdown

    from lintas.form import load

    return load(markdown(SURVEY))


@pytest.fixture
def response(form):
    return Response(form, now=NOW)


def test_metadata_and_defaults_are_filled_in(response):
    assert response.get("start") == "2026-03-01T09:30:00+00:00"
    assert response.get("today") == "2026-03-01"
    assert response.get("fixed") == "abc"
    assert response.state("fixed").read_only


def test_setting_an_answer_updates_only_what_depends_on_it(response):
    changed = response.set("age", 30)
    # The group "adult" became relevant, so its questions changed state too.
    assert changed == {"age", "double", "works", "wage"}
    assert response.get("double") == "60"
    assert response.state("works").relevant
    assert response.set("dob", "2000-01-02") == {"dob"}


def test_relevance_is_inherited_from_groups(response):
    response.set("age", 10)
    assert not response.state("works").relevant
    assert not response.state("wage").relevant
    with pytest.raises(ResponseError, match="not relevant"):
        response.set("works", "y")
    response.set("age", 40)
    response.set("works", "n")
    assert response.state("works").relevant and not response.state("wage").relevant
    response.set("works", "y")
    assert response.state("wage").relevant


def test_an_answer_that_stops_being_relevant_reads_as_empty_until_it_returns(response):
    response.set("age", 40)
    response.set("works", "y")
    response.set("wage", 250)
    response.set("age", 12)  # the "adult" group, and the answers in it, no longer apply
    assert response.get("works") is None and response.get("wage") is None
    assert "works" not in response.to_json()
    response.set("age", 41)
    assert response.get("works") == "y" and response.get("wage") == 250


def test_constraint_results_and_messages_follow_the_language(form):
    thai = Response(form, language="Thai (th)", now=NOW)
    thai.set("age", 150)
    state = thai.state("age")
    assert not state.constraint_ok and state.constraint_message == "อายุ 0-119"
    assert state.label == "อายุ"
    english = Response(form, now=NOW)
    english.set("age", 150)
    assert english.state("age").constraint_message == "Age 0-119"
    english.set("age", 20)
    assert english.state("age").constraint_ok


def test_choice_filters_offer_only_matching_choices(response):
    assert response.state("city").choices == ()
    response.set("country", "th")
    assert [c.name for c in response.state("city").choices] == ["bkk", "cnx"]
    response.set("city", "cnx")
    with pytest.raises(InvalidAnswer):
        response.set("city", "pp")
    response.set("country", "kh")
    assert [c.name for c in response.state("city").choices] == ["pp"]
    problems = {p.address: p.message for p in response.validate(final=False)}
    assert "not one of the choices" in problems["city"]


def test_triggered_calculations_run_only_when_their_trigger_changes(response):
    response.set("age", 30)
    assert response.get("stamp") is None
    response.set("country", "th")
    assert response.get("stamp") == "seen 30"
    response.set("age", 31)
    assert response.get("stamp") == "seen 30"


@pytest.mark.parametrize(
    ("address", "value"),
    [
        ("age", "abc"),
        ("age", 1.5),
        ("age", True),
        ("wage", "lots"),
        ("dob", "01/02/2000"),
        ("works", "a b"),
        ("langs", ["th", "xx"]),
        ("country", "fr"),
    ],
)
def test_values_are_type_checked(response, address, value):
    response.set("age", 30)
    response.set("works", "y")
    with pytest.raises(InvalidAnswer):
        response.set(address, value)


def test_typed_values_come_back(response):
    response.set("age", "42")
    response.set("works", "y")
    response.set("langs", ["km", "th"])
    response.set("wage", 12.5)
    assert response.get("age") == 42
    assert response.get("langs") == ["km", "th"]
    assert response.get("wage") == 12.5


def test_calculated_and_read_only_questions_cannot_be_set(response):
    with pytest.raises(ResponseError):
        response.set("double", 4)
    with pytest.raises(ResponseError):
        response.set("fixed", "x")
    with pytest.raises(UnknownAddress):
        response.set("nobody", 1)
    with pytest.raises(UnknownAddress):
        response.set("member[1]/mname", "x")


def test_repeats_are_added_removed_and_nested(response):
    response.set("age", 50)
    assert response.add_repeat("member") == 1
    assert response.add_repeat("member") == 2
    response.set("member[1]/mage", 20)
    response.set("member[2]/mage", 60)
    assert response.get("total") == "80"
    assert not response.state("member[2]/mage").constraint_ok
    assert response.state("member[2]/mage").constraint_message == "younger than you"
    assert response.get("member[2]/pos") == "2"
    assert response.add_repeat("child", "member[1]") == 1
    response.set("member[1]/child[1]/cage", 30)
    assert not response.state("member[1]/child[1]/cage").constraint_ok
    response.remove_repeat("member[1]")
    assert response.repeat_count("member") == 1
    assert response.get("member[1]/mage") == 60 and response.get("member[1]/pos") == "1"
    assert response.get("total") == "60"
    assert "member[1]/mname" in response.addresses()


def test_repeat_count_sets_the_number_of_instances(response):
    response.set("nvisits", 3)
    assert response.repeat_count("visit") == 3
    response.set("visit[3]/vdate", "2026-01-01")
    response.set("nvisits", 1)
    assert response.repeat_count("visit") == 1
    with pytest.raises(ResponseError):
        response.add_repeat("visit")


def test_validate_names_every_problem_with_its_address(response):
    response.set("age", 30)
    response.add_repeat("member")
    response.set("member[1]/mage", 99)
    problems = {p.address: p.message for p in response.validate()}
    assert problems["pname"] == "An answer is required."
    assert problems["works"] == "An answer is required."
    assert problems["member[1]/mname"] == "An answer is required."
    assert problems["member[1]/mage"] == "younger than you"
    assert set(p.address for p in response.validate(final=False)) == {"member[1]/mage"}


def test_to_json_drops_non_relevant_and_identifier_answers(response):
    response.set("pname", "Somchai")
    response.set("age", 40)
    response.set("works", "y")
    response.set("wage", 100)
    response.add_repeat("member")
    response.set("member[1]/mname", "Noi")
    data = response.to_json()
    assert "pname" not in data and "Somchai" not in str(data)
    assert response.identifier_answers() == {"pname": "Somchai"}
    assert data["wage"] == 100.0 and data["age"] == 40
    assert data["member"] == [{"mname": "Noi", "pos": "1"}]
    response.set("age", 10)
    data = response.to_json()
    assert "works" not in data and "wage" not in data


def test_from_json_restores_the_same_response(form, response):
    response.set("age", 40)
    response.set("country", "th")
    response.set("city", "bkk")
    response.set("langs", ["th", "my"])
    response.add_repeat("member")
    response.set("member[1]/mage", 12)
    response.add_repeat("child", "member[1]")
    response.set("member[1]/child[1]/cage", 2)
    response.set("nvisits", 2)
    response.set("visit[2]/vdate", "2026-02-02")
    data = response.to_json()
    again = Response.from_json(form, data)
    assert again.to_json() == data
    assert again.get("member[1]/child[1]/cage") == 2
    assert again.repeat_count("visit") == 2


def test_from_json_refuses_unknown_names_and_bad_values(form):
    with pytest.raises(ResponseError):
        Response.from_json(form, {"nobody": 1})
    with pytest.raises(InvalidAnswer):
        Response.from_json(form, {"age": "old"})


answers = st.fixed_dictionaries(
    {},
    optional={
        "age": st.integers(min_value=0, max_value=119),
        "works": st.sampled_from(["y", "n"]),
        "wage": st.floats(min_value=0.5, max_value=1e6, allow_nan=False).map(lambda f: round(f, 2)),
        "country": st.sampled_from(["th", "kh"]),
        "langs": st.lists(st.sampled_from(["th", "km", "my"]), min_size=1, unique=True),
        "dob": st.dates().map(lambda d: d.isoformat()),
        "members": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "mname": st.text(min_size=1, max_size=8).filter(str.strip),
                    "mage": st.integers(0, 200),
                    "kids": st.lists(st.integers(0, 99), max_size=2),
                },
            ),
            max_size=3,
        ),
    },
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answers)
def test_json_round_trip_is_exact(form, data):
    response = Response(form, now=NOW)
    for name in ("age", "works", "wage", "country", "langs", "dob"):
        if name in data:
            try:
                response.set(name, data[name])
            except ResponseError:
                pass  # e.g. not offered in this state; the round trip still must hold
    for index, member in enumerate(data.get("members", []), start=1):
        response.add_repeat("member")
        for name in ("mname", "mage"):
            if name in member:
                response.set(f"member[{index}]/{name}", member[name])
        for kid, age in enumerate(member.get("kids", []), start=1):
            response.add_repeat("child", f"member[{index}]")
            response.set(f"member[{index}]/child[{kid}]/cage", age)
    saved = response.to_json()
    loaded = Response.from_json(form, saved)
    assert loaded.to_json() == saved
    assert Response.from_json(form, loaded.to_json()).to_json() == saved


SHOWN = """
| survey |
| | type | name | label | hint | privacy | required |
| | text | pname | Name | | identifier | yes |
| | integer | age | How old is ${pname}? | Ask ${pname} gently | | yes |
"""


def test_labels_show_answers_and_refresh_when_they_change():
    from form_helpers import markdown

    from lintas.form import load

    response = Response(load(markdown(SHOWN)))
    assert response.set("pname", "Noi") == {"pname", "age"}
    state = response.state("age")
    assert (state.label, state.hint) == ("How old is Noi?", "Ask Noi gently")


def test_a_saved_response_does_not_miss_its_withheld_identifiers():
    from form_helpers import markdown

    from lintas.form import load

    form = load(markdown(SHOWN))
    live = Response(form)
    live.set("age", 30)
    assert [p.address for p in live.validate()] == ["pname"]
    saved = Response.from_json(form, live.to_json())
    assert saved.validate() == []


operations = st.lists(
    st.one_of(
        st.tuples(st.just("age"), st.integers(0, 130)),
        st.tuples(st.just("works"), st.sampled_from(["y", "n", None])),
        st.tuples(st.just("wage"), st.integers(1, 500)),
        st.tuples(st.just("country"), st.sampled_from(["th", "kh", None])),
        st.tuples(st.just("city"), st.sampled_from(["bkk", "cnx", "pp"])),
        st.tuples(st.just("nvisits"), st.integers(0, 3)),
        st.tuples(st.just("add member"), st.none()),
        st.tuples(st.just("member[1]/mage"), st.integers(0, 130)),
        st.tuples(st.just("member[2]/mage"), st.integers(0, 130)),
    ),
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations)
def test_incremental_updates_match_a_full_evaluation(form, steps):
    response = Response(form, now=NOW)
    for address, value in steps:
        try:
            if address == "add member":
                response.add_repeat("member")
            else:
                response.set(address, value)
        except (ResponseError, UnknownAddress):
            pass  # not possible in this state (no such instance, choice not offered)
    incremental = {a: response.state(a) for a in response.addresses()}
    response.evaluate_all()
    assert {a: response.state(a) for a in response.addresses()} == incremental


NAMED = """
| survey |
| | type | name | label | parameters |
| | text | pname | Name | |
| | range | score | Score | start=1 end=5 step=1 |
| settings |
| | form_id | instance_name |
| | named | concat('S-', ${pname}) |
"""


def test_instance_name_and_range_bounds():
    from form_helpers import markdown

    from lintas.form import load

    response = Response(load(markdown(NAMED)))
    response.set("pname", "Noi")
    assert response.instance_name() == "S-Noi"
    response.set("score", 5)
    with pytest.raises(InvalidAnswer, match="between 1 and 5"):
        response.set("score", 6)
