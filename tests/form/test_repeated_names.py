"""The same question name in two groups, as ODK allows: keyed by name while it is unique
in the form, by its group path (``household/name``) when it is not (docs/forms.md)."""

import pytest
from form_helpers import markdown

from lintas.form import Privacy, Response, check
from lintas.form.errors import ResponseError

FORM = """
| survey |
| | type | name | label | privacy | relevant | calculation |
| | begin group | household | Household | | | |
| | text | name | Village name | quasi | | |
| | text | phone | Household phone | identifier | | |
| | end group | | | | | |
| | begin repeat | member | Member | | | |
| | text | name | Member's first name | | | |
| | integer | age | Age | quasi | string-length(../name) > 0 | |
| | text | phone | Member's phone | quasi | | |
| | end repeat | | | | | |
| | calculate | members | | | | count(${member}) |
| settings |
| | form_id | version |
| | repeated_names | 1 |
"""


@pytest.fixture
def form(form_from):
    return form_from(FORM)


def test_a_name_in_two_groups_loads_and_is_keyed_by_its_group_path(form):
    keys = [q.key for q in form.questions()]
    assert keys == [
        "household/name",
        "household/phone",
        "member/name",
        "age",
        "member/phone",
        "members",
    ]
    assert form.question("household/name").label.get() == "Village name"
    assert form.question("member/phone").privacy is Privacy.QUASI
    # Privacy goes by the field, not the bare name: the household phone is an
    # identifier and never stored, the member's phone (quasi) is stored.
    assert not form.is_stored("household/phone")
    assert form.is_stored("member/phone")


def test_entry_validation_and_the_json_round_trip_use_the_keys(form):
    response = Response(form)
    assert response.addresses() == ["household/name", "household/phone", "members"]
    response.set("household/name", "Ban Mai")
    response.set("household/phone", "0811111111")
    response.add_repeat("member")
    assert not response.state("member[1]/age").relevant  # ../name is still empty
    changed = response.set("member[1]/member/name", "Aye")
    # The plain path ../name reads the member's own name, and is a dependency like ${}.
    assert "member[1]/age" in changed
    assert response.state("member[1]/age").relevant
    response.set("member[1]/age", 34)
    response.set("member[1]/member/phone", "0822222222")
    assert response.get("member[1]/member/name") == "Aye"
    assert response.validate() == []
    saved = response.to_json()
    assert saved == {
        "household/name": "Ban Mai",
        "member": [{"member/name": "Aye", "age": 34, "member/phone": "0822222222"}],
        "members": "1",
    }
    assert response.identifier_answers() == {"household/phone": "0811111111"}
    again = Response.from_json(form, saved)
    assert again.to_json() == saved
    assert again.get("household/name") == "Ban Mai"
    assert again.validate() == []


def test_a_bare_name_that_is_not_unique_is_no_address_and_no_saved_key(form):
    response = Response(form)
    with pytest.raises(ResponseError, match="'household/name', 'member/name'"):
        response.set("name", "x")
    with pytest.raises(ResponseError, match=r"names no question.*'household/name'"):
        Response.from_json(form, {"name": "Ban Mai"})


def test_unique_names_keep_their_plain_keys(form_from):
    form = form_from("""
    | survey |
    | | type | name | label |
    | | begin group | g | G |
    | | text | a | A |
    | | end group | | |
    | | begin repeat | r | R |
    | | text | b | B |
    | | end repeat | | |
    """)
    assert [e.key for e in form.walk()] == ["g", "a", "r", "b"]
    response = Response(form)
    response.set("a", "x")
    response.add_repeat("r")
    response.set("r[1]/b", "y")
    assert response.to_json() == {"a": "x", "r": [{"b": "y"}]}


def test_an_ambiguous_reference_is_the_authors_error_named_by_row():
    problems = check(
        markdown("""
    | survey |
    | | type | name | label |
    | | begin group | household | Household |
    | | text | name | Village name |
    | | end group | | |
    | | begin repeat | member | Member |
    | | text | name | First name |
    | | integer | age | Age of ${name} |
    | | end repeat | | |
    """)
    )
    errors = [p for p in problems if p.is_error]
    assert len(errors) == 1
    assert errors[0].row == 7 and "'name' appears more than once" in errors[0].message


def test_a_form_with_unique_names_is_built_exactly_as_before():
    # The shipped survey: every key is its name and the loader keeps the very same
    # elements, so stored JSON, addresses and export columns cannot change.
    from pathlib import Path

    from lintas.form import load
    from lintas.form.keys import with_keys

    survey = Path(__file__).resolve().parents[2] / "forms" / "asean_migrant_worker_survey.xlsx"
    form = load(survey.read_bytes(), filename=survey.name)
    assert all(element.key == element.name for element in form.walk())
    assert with_keys(form.children) is form.children


def test_form_check_names_the_row_of_an_ambiguous_reference_and_passes_the_form_without_it(
    tmp_path, capsys
):
    from lintas.cli import main

    good = tmp_path / "repeated.md"
    good.write_text(FORM, encoding="utf-8")
    assert main(["form", "check", str(good)]) == 0
    ambiguous = tmp_path / "ambiguous.md"
    text = FORM.replace("count(${member})", "${name}")
    ambiguous.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["form", "check", str(ambiguous)]) == 1
    out = capsys.readouterr().out
    assert "('survey' sheet, row 11, column 'calculation')" in out  # the calculate row
    assert "The name 'name' appears more than once." in out


def test_nested_groups_and_a_top_level_name_each_get_their_own_path(form_from):
    form = form_from("""
    | survey |
    | | type | name | label |
    | | text | name | Interviewer's name |
    | | begin repeat | member | Member |
    | | begin group | details | Details |
    | | text | name | First name |
    | | end group | | |
    | | begin repeat | job | Job |
    | | begin group | details | Job details |
    | | text | name | Employer |
    | | end group | | |
    | | end repeat | | |
    | | end repeat | | |
    """)
    assert [e.key for e in form.walk()] == [
        "name", "member", "member/details", "member/details/name", "job",
        "member/job/details", "member/job/details/name",
    ]  # fmt: skip
    response = Response(form)
    response.set("name", "Anan")
    response.add_repeat("member")
    response.set("member[1]/member/details/name", "Aye")
    response.add_repeat("job", "member[1]")
    response.set("member[1]/job[1]/member/job/details/name", "Rice mill")
    saved = response.to_json()
    assert saved == {
        "name": "Anan",
        "member": [{
            "member/details/name": "Aye",
            "job": [{"member/job/details/name": "Rice mill"}],
        }],
    }  # fmt: skip
    assert Response.from_json(form, saved).to_json() == saved
    with pytest.raises(ResponseError, match="'member' needs an index"):
        response.get("member/details/name")


def test_a_plain_path_to_a_repeated_identifier_taints_what_copies_it(form_from):
    # ${id} would be ambiguous, so a form reaches the household's id by its path.
    form = form_from("""
    | survey |
    | | type | name | label | privacy | calculation |
    | | begin group | household | Household | | |
    | | text | id | Household ID | identifier | |
    | | calculate | copy | | | ../id |
    | | end group | | | | |
    | | begin repeat | member | Member | | |
    | | integer | id | Line number | quasi | |
    | | calculate | line | | | ../id + 0 |
    | | end repeat | | | | |
    """)
    assert form.identifier_derived == frozenset({"copy"})
    assert not form.is_stored("copy") and form.is_stored("line")
    response = Response(form)
    response.set("household/id", "H-77")
    assert response.get("copy") == "H-77"  # worked out in memory, never saved
    response.add_repeat("member")
    response.set("member[1]/member/id", 3)
    assert response.get("member[1]/line") == "3"
    assert response.to_json() == {"member": [{"member/id": 3, "line": "3"}]}
