"""Load-time checks of every expression, each placed by sheet, row and column."""

import pytest
from form_helpers import markdown

from lintas.form import check


def problems_of(
    survey_rows: str,
    header: str = "| | type | name | label | relevant | calculation | constraint |",
):
    text = f"""
    | survey |
    {header}
    {survey_rows}
    """
    return [p for p in check(markdown(text)) if p.is_error]


def test_a_syntax_error_names_row_column_and_position():
    (problem,) = problems_of("""
    | | integer | age | Age | | | |
    | | text | q | Q | ${age} >> 3 | | |
    """)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, "relevant")
    assert "not a valid expression" in problem.message and "character" in problem.message


def test_an_unknown_field_is_reported_by_row_and_column():
    # pyxform's sheet check finds this one first; its message is passed on, placed.
    (problem,) = problems_of("""
    | | integer | age | Age | | | |
    | | calculate | c | | | ${agee} + 1 | |
    """)
    assert (problem.row, problem.column) == (3, "calculation")
    assert "'agee'" in problem.message and "Did you mean ${age}?" in problem.message


def test_unknown_functions_and_wrong_argument_counts_are_reported():
    found = problems_of("""
    | | integer | age | Age | | | |
    | | calculate | c | | | frobnicate(${age}) | |
    | | calculate | d | | | substr(${age}) | |
    """)
    assert [(p.row, p.column) for p in found] == [(3, "calculation"), (4, "calculation")]
    assert "frobnicate" in found[0].message
    assert "substr" in found[1].message


def test_a_reference_into_a_repeat_from_outside_it_must_be_aggregated():
    found = problems_of("""
    | | begin repeat | member | Member | | | |
    | | integer | mage | Age | | | |
    | | end repeat | | | | | |
    | | calculate | total | | | sum(${mage}) | |
    | | calculate | first | | | indexed-repeat(${mage}, ${member}, 1) | |
    | | calculate | wrong | | | ${mage} + 1 | |
    """)
    (problem,) = found
    assert (problem.row, problem.column) == (7, "calculation")
    assert "inside the repeat 'member'" in problem.message


def test_references_within_the_same_or_enclosing_repeat_are_in_scope():
    assert not problems_of("""
    | | integer | n | N | | | |
    | | begin repeat | member | Member | | | |
    | | integer | mage | Age | | | |
    | | begin repeat | child | Child | | | |
    | | integer | cage | Age | | | . < ${mage} and ${n} > 0 |
    | | end repeat | | | | | |
    | | calculate | kids | | | count(${cage}) | |
    | | end repeat | | | | | |
    """)


def test_a_reference_into_a_sibling_repeat_is_out_of_scope():
    (problem,) = problems_of("""
    | | begin repeat | a | A | | | |
    | | integer | x | X | | | |
    | | end repeat | | | | | |
    | | begin repeat | b | B | | | |
    | | integer | y | Y | ${x} > 1 | | |
    | | end repeat | | | | | |
    """)
    assert (problem.row, problem.column) == (6, "relevant")


def test_cycles_among_calculations_and_relevance_are_reported():
    found = problems_of("""
    | | calculate | a | | | ${b} + 1 | |
    | | calculate | b | | | ${c} + 1 | |
    | | text | c | C | ${a} > 1 | | |
    | | calculate | selfish | | | ${selfish} + 1 | |
    """)
    messages = [p.message for p in found]
    assert len(found) == 2
    assert any("${a}" in m and "${b}" in m and "${c}" in m for m in messages)
    assert any("${selfish}" in m for m in messages)
    assert all("circle" in m for m in messages)


def test_every_expression_column_is_checked():
    header = (
        "| | type | name | label | required | read_only | default | choice_filter "
        "| repeat_count | constraint |"
    )
    found = problems_of(
        """
    | | select_one yn | q | Q | 1 + | 2 * | | nope3( ) | | |
    | | begin repeat | r | R | | | | | ) | |
    | | integer | i | I | | | concat(, 1) | | | . > |
    | | end repeat | | | | | | | | |
    | choices |
    | | list_name | name | label |
    | | yn | y | Yes |
    """,
        header,
    )
    columns = {p.column for p in found}
    assert columns == {
        "required",
        "read_only",
        "choice_filter",
        "repeat_count",
        "default",
        "constraint",
    }


def test_a_trigger_naming_no_question_is_reported():
    text = """
    | survey |
    | | type | name | label | calculation | trigger |
    | | calculate | c | | now() | ${missing} |
    """
    problems = [p for p in check(markdown(text)) if p.is_error]
    assert problems and all(p.row == 2 for p in problems)


@pytest.mark.parametrize(
    "expression", ["${a} + 1", "if(${a} > 1, 'x', 'y')", "count-selected(${a})"]
)
def test_good_expressions_raise_nothing(expression):
    assert not problems_of(f"""
    | | integer | a | A | | | |
    | | calculate | c | | | {expression} | |
    """)


def test_the_instance_name_expression_is_checked_on_the_settings_sheet():
    text = """
    | survey |
    | | type | name | label |
    | | text | a | A |
    | settings |
    | | form_id | instance_name |
    | | f | concat('x', ${a} |
    """
    (problem,) = [p for p in check(markdown(text)) if p.is_error]
    assert (problem.sheet, problem.row, problem.column) == ("settings", 2, "instance_name")


def test_a_choice_filter_reading_a_missing_column_gets_a_warning():
    text = """
    | survey |
    | | type | name | label | choice_filter |
    | | select_one country | country | Country | |
    | | select_one city | city | City | countyr = ${country} and starts-with(name, 'b') |
    | choices |
    | | list_name | name | label | country |
    | | country | th | Thailand | |
    | | city | bkk | Bangkok | th |
    """
    (problem,) = check(markdown(text))
    assert problem.severity == "warning" and "'countyr'" in problem.message
    assert (problem.row, problem.column) == (3, "choice_filter")


def test_a_group_whose_relevance_reads_its_own_question_gets_a_warning():
    text = """
    | survey |
    | | type | name | label | relevant |
    | | begin group | g | G | ${inner} = 'yes' |
    | | text | inner | Inner | |
    | | end group | | | |
    """
    (problem,) = check(markdown(text))
    assert problem.severity == "warning" and (problem.row, problem.column) == (2, "relevant")
