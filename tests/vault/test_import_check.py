"""The compiled import check (lintas.vault.import_check) never accepts what the engine refuses.

Each record below goes through both: the quick check alone, and the form engine's full
check (validation.check_imported with quick=False). Whenever the quick check says yes,
the engine must say yes too. Records are made from every question of each form, with
good values and hostile ones (wrong types, non-canonical numbers, choices not offered,
lists where one value goes, objects, NaN, half characters, too long, identifiers,
groups, repeats, notes, calculations given empty, unknown keys), over the forms made
for these tests, the project's survey and every form of the conformance corpus.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lintas.errors import LintasError
from lintas.form import load
from lintas.form.model import Form, Group, Question
from lintas.vault.errors import ImportRefusedError
from lintas.vault.import_check import ImportCheck
from lintas.vault.submissions import Submission
from lintas.vault.validation import check_imported

TRICKY = """
| survey |
| | type | name | label | relevant | calculation | default | choice_filter | privacy |
| | text | passport | P | |  | |  | identifier |
| | calculate | initials | I | | substr(${passport}, 0, 1) |
| | select_one yn | consent | C |
| | integer | age | A | ${consent} = 'yes' |
| | calculate | adult | Ad | | if(${age} >= 18, 'y', 'n') |
| | decimal | wage | W | |  | 100 |
| | select_one country | country | Co |
| | select_one city | city | Ci | |  | | country=${country} |
| | select_multiple issue | issues | Is |
| | begin group | g | G | ${age} > 10 |
| | date | arrived | Ar |
| | time | at | At |
| | datetime | seen | S |
| | end group |
| | acknowledge | ok | O |
| | geopoint | where | Wh |
| | range | score | Sc |
| | note | hello | H |
| | email | mail | M |
| | text | remarks | R |
| | begin repeat | child | Ch |
| | text | child_note | N |
| | end repeat |
| choices |
| | list_name | name | label | country |
| | yn | yes | Yes |
| | yn | no | No |
| | country | th | Thai |
| | country | mm | Myanmar |
| | city | bkk | Bangkok | th |
| | city | ygn | Yangon | mm |
| | issue | debt | Debt |
| | issue | fees | Fees |
| settings |
| | form_id | version |
| | tricky | 1 |
"""

COUNTED = """
| survey |
|        | type         | name  | label | repeat_count |
|        | integer      | n     | N     |              |
|        | begin repeat | kid   | K     | ${n}         |
|        | integer      | k_age | KA    |              |
|        | end repeat   |       |       |              |
| settings |
|          | form_id | version |
|          | counted | 1       |
"""

TYPED_CALCULATION = """
| survey |
|        | type          | name | label | calculation |
|        | integer       | a    | A     |             |
|        | select_one yn | b    | B     | if(${a} > 1, 'yes', 'maybe') |
| choices |
|         | list_name | name | label |
|         | yn        | yes  | Yes   |
| settings |
|          | form_id | version |
|          | typed   | 1       |
"""

REPEATED_NAMES = """
| survey |
| | type | name | label | relevant |
| | begin group | household | H |
| | text | name | Household name |
| | integer | size | Size |
| | end group |
| | begin group | worker | W | ${size} > 0 |
| | text | name | Worker name |
| | select_one yn | agreed | A |
| | end group |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
| settings |
| | form_id | version |
| | repeated | 1 |
"""

HOSTILE = [
    None, "", " ", "x y", "ok", "yes", "no", "OK", "true", "\ud800", "a\udfffb", "x" * 20_001,
    0, 1, -1, 30, 10**31, 10**40, True, False, 0.0, -0.0, 30.0, 1.5, 1e-7, 1e20,
    float("nan"), float("inf"), "30", "1.5", " 7 ", "2026-01-15", "2026-1-5",
    "2026-01-15T10:00:00", "2026-01-15T10:00:00.5+07:00", "10:00:00", "10:00", "25:00",
    "16.8 100.5 0 0", "16.8 100.5", "99 999", [], [None], ["debt"], ["debt", "debt"],
    ["fees", "debt"], ["debt fees"], [1], [["x"]], [{"a": 1}], {}, {"a": 1},
]  # fmt: skip


def _good(form: Form, question: Question, pick: random.Random) -> object:
    if question.choice_list:
        names = form.choice_lists[question.choice_list].names() or ("x",)
        if question.type == "select_multiple":
            return sorted(set(pick.sample(names, k=min(len(names), pick.randint(1, 2)))))
        return pick.choice(names)
    return {
        "integer": pick.randint(0, 99),
        "decimal": pick.choice([1.5, 2.0, 1234.5]),
        "date": "2026-01-15",
        "time": "10:00:00",
        "datetime": "2026-01-15T10:00:00",
        "acknowledge": "OK",
        "geopoint": "16.8 100.5 0 0",
        "start-geopoint": "16.8 100.5 0 0",
        "background-geopoint": pick.choice(["16.8 100.5 0 0", "13.75 100.5 12 5"]),
        "range": pick.randint(1, 9),
    }.get(question.type, pick.choice(["ok", "interview 7", "ราคา"]))


def _elements(form: Form) -> list:
    return [element for element in form.walk()]


def _record(form: Form, data: dict) -> Submission:
    at = "2026-11-27T10:00:00Z"
    return Submission(
        "r1", form.form_id, form.version, "final", 1, at, at, "a", "a", "Office", "", data,
    )  # fmt: skip


def _records(form: Form, count: int, seed: int) -> list[dict]:
    pick = random.Random(seed)
    elements = _elements(form)
    questions = [e for e in elements if isinstance(e, Question)]
    # Half the records use only questions the quick check knows (so that it has
    # something to say yes to), the other half any question of the form.
    known = [q for q in questions if q.name in ImportCheck(form).fields]
    made = []
    for number in range(count):
        data: dict = {}
        for question in known if number % 2 else questions:
            roll = pick.random()
            if roll < 0.5:
                data[question.name] = _good(form, question, pick)
            elif roll < 0.53:
                data[question.name] = pick.choice(HOSTILE)
        if "consent" in data and pick.random() < 0.8:
            data["consent"] = "yes"
        if pick.random() < 0.15 and elements:
            data[pick.choice(elements).name] = pick.choice(HOSTILE)  # a group, note, repeat
        if pick.random() < 0.05:
            data["not_a_question"] = "x"
        if pick.random() < 0.1:
            repeats = [e for e in elements if isinstance(e, Group) and e.repeat]
            if repeats:
                data[repeats[0].name] = [{}]
        made.append(data)
    return made


def _engine_accepts(form: Form, data: dict) -> bool:
    try:
        check_imported(form, _record(form, data), quick=False)
    except ImportRefusedError:
        return False
    return True


def _compare(form: Form, count: int = 300, seed: int = 1) -> tuple[int, int]:
    """(records the quick check accepted, records the engine accepted); asserts the rule."""
    quick = ImportCheck(form)
    accepted = engine = 0
    for data in _records(form, count, seed):
        says = quick.accepts(data)
        truth = _engine_accepts(form, data)
        assert truth or not says, f"{form.form_id}: quick check accepted {data!r}"
        accepted += says
        engine += truth
    return accepted, engine


def _form(text: str) -> Form:
    return load(text.encode(), filename="t.md")


def test_the_tricky_form_the_quick_check_agrees_with_the_engine() -> None:
    form = _form(TRICKY)
    quick, engine = _compare(form, count=1500)
    # Not vacuous: it decides a good share of the records, and they are real answers.
    assert quick >= 50 and engine >= quick


def test_a_name_used_in_two_groups_is_keyed_by_its_path_in_both_checks() -> None:
    form = _form(REPEATED_NAMES)
    quick = ImportCheck(form)
    assert {"household/name", "worker/name"} <= set(quick.fields)
    good = {"household/name": "Aung", "worker/name": "Mya", "size": 2, "agreed": "yes"}
    assert quick.accepts(good) and _engine_accepts(form, good)
    assert not quick.accepts({"name": "Aung"})  # the bare name is no key of this form
    accepted, _engine = _compare(form, count=600)
    assert accepted >= 20


def test_a_form_with_a_repeat_count_or_a_typed_calculation_goes_to_the_engine() -> None:
    for text, data in ((COUNTED, {"n": 2}), (TYPED_CALCULATION, {"a": 2})):
        form = _form(text)
        assert not ImportCheck(form).usable
        assert _engine_accepts(form, data)  # the engine still decides, and here accepts
        assert not ImportCheck(form).accepts(data)


def test_good_answers_are_accepted_quickly_and_refusals_left_to_the_engine() -> None:
    form = _form(TRICKY)
    quick = ImportCheck(form)
    good = {"consent": "yes", "age": 30, "wage": 1.5, "issues": ["debt"], "remarks": "ok"}
    assert quick.accepts(good) and _engine_accepts(form, good)
    for change in (
        {"passport": "X1"}, {"initials": "X"}, {"city": "bkk"}, {"age": 30.0},
        {"issues": ["debt", "debt"]}, {"consent": "no"}, {"remarks": "\ud800"},
        {"hello": "x"}, {"g": "x"}, {"child": [{"child_note": "n"}]}, {"adult": ""},
    ):  # fmt: skip
        assert not quick.accepts({**good, **change}), change


def test_the_survey_and_every_corpus_form(corpus_dir: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    paths = [root / "forms" / "asean_migrant_worker_survey.xlsx"]
    paths += sorted((corpus_dir / "xlsforms").glob("*.xls*"))
    checked = decided = 0
    for number, path in enumerate(paths):
        try:
            form = load(path.read_bytes(), filename=path.name)
        except LintasError:  # a form the loader refuses cannot be installed either
            continue
        quick, _engine = _compare(form, count=60, seed=number)
        checked += 1
        decided += quick > 0
    assert checked >= 40 and decided >= 20, (checked, decided)


@pytest.mark.parametrize("value", [0.0, -0.0, 1, True, 1.0])
def test_equal_values_of_other_types_are_not_confused_by_the_memo(value: object) -> None:
    form = _form(TRICKY)
    quick = ImportCheck(form)
    for first in (0.0, -0.0, 1, True, 1.0):
        quick.accepts({"consent": "yes", "wage": first})  # fill the memo with look-alikes
    data = {"consent": "yes", "wage": value}
    assert quick.accepts(data) == _engine_accepts(form, data)
    assert _engine_accepts(form, {"consent": "yes", "wage": 0.0})  # not vacuous


SEARCH = """
| survey |
| | type | name | label | appearance |
| | text | q | Q | |
| | select_one fruits | any | Any | search('fruits') |
| | select_one fruits2 | found | Found | search('fruits', 'contains', 'label', ${q}) |
| choices |
| | list_name | name | label |
| | fruits | name | label |
| | fruits2 | name | label |
"""


def test_a_search_select_both_checks_agree_and_the_filter_goes_to_the_engine() -> None:
    fruits = b"name,label\nmango,Mango\nmelon,Melon\n"
    form = load(SEARCH.encode(), filename="t.md", files={"fruits.csv": fruits})
    quick = ImportCheck(form)
    assert quick.accepts({"any": "melon"}) and _engine_accepts(form, {"any": "melon"})
    assert not quick.accepts({"any": "name"})  # the choices sheet's row is no choice
    assert not _engine_accepts(form, {"any": "name"})
    # The search is a choice filter: 'mango' is not found by 'el', so the engine refuses.
    assert not _engine_accepts(form, {"q": "el", "found": "mango"})
    assert not quick.accepts({"q": "el", "found": "mango"})
    assert _engine_accepts(form, {"q": "el", "found": "melon"})
    accepted, _engine = _compare(form, count=600)
    assert accepted >= 20


LOCATIONS = """
| survey |
| | type | name | label | trigger | privacy |
| | start-geopoint | started_at | | | quasi |
| | text | village | V | | |
| | background-geopoint | village_at | | ${village} | |
| | text | passport | P | | identifier |
| | background-geopoint | passport_at | | ${passport} | |
| | start-geopoint | secret_at | | | identifier |
"""


def test_start_and_background_geopoints_both_checks_agree() -> None:
    form = _form(LOCATIONS)
    quick = ImportCheck(form)
    point = "16.8 100.5 0 0"
    good = {"started_at": point, "village": "x", "village_at": point, "passport_at": point}
    assert quick.accepts(good) and _engine_accepts(form, good)
    for change in ({"started_at": "95 100 0 0"}, {"village_at": "here"}, {"secret_at": point}):
        assert not quick.accepts({**good, **change}), change
        assert not _engine_accepts(form, {**good, **change}), change
    accepted, _engine = _compare(form, count=600)
    assert accepted >= 20
