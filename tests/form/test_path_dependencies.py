"""Plain XPath paths with //, *, predicates, current() and other axes are dependencies:
a calculation that reads a field through one is worked out again when that field's
answer changes, and gives what a whole-form evaluation gives (before, these stayed
stale: sum(//age) stayed empty, count(/data/member[m_age > 17]) stayed 0)."""

import pytest
from form_helpers import markdown

from lintas.form import Response, load
from lintas.form.literal_paths import PathIndex

FORM = """
| survey |
| | type | name | label | calculation | privacy |
| | begin group | hh | Household | | |
| | integer | age | Age | | |
| | text | passport | Passport | | identifier |
| | end group | | | | |
| | begin repeat | member | Member | | |
| | integer | m_age | Age | | |
| | end repeat | | | | |
| | calculate | c | | {expression} | |
"""

EXPRESSIONS = {
    "descendant": "sum(//age)",
    "descendant below the root": "sum(/data//age)",
    "any element": "sum(/data/*/age)",
    "relative any element": "sum(../member/*)",
    "a predicate's own path": "count(/data/member[m_age > 17])",
    "a self path in a predicate": "count(/data/member[./m_age > 17])",
    "current() in a predicate": "count(/data/member[m_age > current()/../hh/age])",
    "ancestor axis": "count(/data/member/m_age/ancestor::data/hh/age[. > 5])",
    "following-sibling axis": "sum(/data/hh/following-sibling::member/m_age)",
    "a filter expression's predicate": "count((/data/member)[m_age > 17])",
}


def form_with(expression):
    return load(markdown(FORM.replace("{expression}", expression)), filename="paths.md")


@pytest.mark.parametrize("expression", EXPRESSIONS.values(), ids=list(EXPRESSIONS))
def test_a_calculation_follows_the_fields_its_paths_read(expression):
    form = form_with(expression)
    response = Response(form)
    response.add_repeat("member")
    seen = set()
    for address, value in (("member[1]/m_age", 20), ("age", 10), ("member[1]/m_age", 3),
                           ("age", 2), ("member[1]/m_age", 30)):  # fmt: skip
        response.set(address, value)
        # Recomputed from scratch: the value the incremental update must have reached.
        answers = {k: v for k, v in response.to_json().items() if k != "c"}
        whole = Response.from_json(form, answers).get("c")
        assert response.get("c") == whole, (expression, address, value)
        seen.add(whole)
    assert len(seen) > 1  # the expression does move with these answers


def test_paths_into_a_choice_list_read_only_the_forms_own_fields():
    index = PathIndex(form_with("1"))
    # Inside instance('x')[...], a relative name is the list item's column, not a field;
    # current() and absolute paths are the form's.
    text = "instance('towns')/root/item[age = current()/../hh/age and m_age = /data/member/m_age]"
    assert index.reads("c", text) == {"age", "m_age"}
    assert index.reads("c", "instance('towns')/root/item[age > 1]") == set()


def test_a_predicate_reading_an_identifier_taints_the_calculation():
    # Conservative: the value is worked out from the identifier's answers.
    form = form_with("count(/data/hh[passport != ''])")
    assert "c" in form.identifier_derived and not form.is_stored("c")


def test_a_choice_filter_with_current_follows_the_answer_it_reads():
    # The way forms converted from XForms write ${country} in a choice filter.
    form = load(markdown("""
    | survey |
    | | type | name | label | choice_filter |
    | | select_one country | country | Country | |
    | | select_one city | city | City | country = current()/../country |
    | choices |
    | | list_name | name | label | country |
    | | country | th | Thailand | |
    | | country | mm | Myanmar | |
    | | city | bkk | Bangkok | th |
    | | city | ygn | Yangon | mm |
    """), filename="cities.md")  # fmt: skip
    response = Response(form)
    response.set("country", "th")
    assert [c.name for c in response.state("city").choices] == ["bkk"]
    response.set("country", "mm")
    assert [c.name for c in response.state("city").choices] == ["ygn"]
