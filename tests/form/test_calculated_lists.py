"""Which list a calculation's codes come from (lintas.form.calculated_lists), on real forms."""

from __future__ import annotations

from pathlib import Path

from lintas.form import load
from lintas.form.calculated_lists import CalculatedList, calculated_labels, calculated_lists

ROOT = Path(__file__).resolve().parents[2]
STANDARD = ROOT / "forms" / "asean_migrant_worker_survey.xlsx"

FORM = """
| survey |
| | type | name | label::English (en) | label::Thai (th) | calculation |
| | select_one country | home | Home | บ้าน | |
| | select_one country | work | Work | งาน | |
| | select_one yn | paid | Paid? | จ่าย? | |
| | integer | age | Age | อายุ | |
| | calculate | home_copy | | | ${home} |
| | calculate | copy_of_copy | | | ${home_copy} |
| | calculate | where | | | if(${paid} = 'yes', ${work}, coalesce(${home}, '')) |
| | calculate | mixed | | | if(${paid} = 'yes', ${work}, ${paid}) |
| | calculate | band | | | if(${age} < 18, 'minor', 'adult') |
| | calculate | paid_word | | | if(${age} > 0, 'yes', 'no') |
| | calculate | not_a_code | | | if(${age} > 0, 'yes', 'maybe') |
| | calculate | numbers | | | if(${age} > 0, '1', '2') |
| | calculate | sum | | | ${age} * 2 |
| | calculate | named | | | jr:choice-name(${home}, '${home}') |
| | calculate | tie | | | if(${age} > 0, 'x', 'y') |
| choices |
| | list_name | name | label::English (en) | label::Thai (th) |
| | country | MYS | Malaysia | มาเลเซีย |
| | country | THA | Thailand | ไทย |
| | yn | yes | Yes | ใช่ |
| | yn | no | No | ไม่ |
| | yn3 | yes | Yes | ใช่ |
| | yn3 | no | No | ไม่ |
| | yn3 | dk | Don't know | ไม่ทราบ |
| | band | minor | Under 18 | ต่ำกว่า 18 |
| | band | adult | 18 or over | 18 ขึ้นไป |
| | one | x | X | X |
| | one | y | Y | Y |
| | two | x | X | X |
| | two | y | Y | Y |
| settings |
| | form_id | version |
| | calc_lists | 1 |
"""


def test_the_rule_on_every_kind_of_calculation():
    form = load(FORM.strip().encode("utf-8"), filename="calc.md")
    found = calculated_lists(form)
    assert found == {
        "home_copy": CalculatedList("country"),  # a copy of a select
        "copy_of_copy": CalculatedList("country"),  # a copy of that copy
        "where": CalculatedList("country"),  # if/coalesce over the same list, and ''
        "band": CalculatedList("band"),  # literals, the list named like it
        "paid_word": CalculatedList("yn"),  # literals in yn and yn3: the smaller
    }
    # Not guessed: two lists (mixed), a literal in no list (not_a_code), plain numbers,
    # arithmetic (sum), a label already (named), two lists of one size (tie).
    labels = calculated_labels(form, "Thai (th)")
    assert labels["where"]["MYS"] == "มาเลเซีย"
    assert labels["band"] == {"minor": "ต่ำกว่า 18", "adult": "18 ขึ้นไป"}
    assert calculated_labels(form, "English (en)")["paid_word"]["no"] == "No"


def test_the_standard_survey_codes_get_their_lists():
    form = load(STANDARD)
    found = calculated_lists(form)
    assert found["corridor_destination"] == CalculatedList("country")
    assert found["fl_any_indicator"] == CalculatedList("yes_no")
    # Lists the form does not carry come from the bundled code lists.
    assert found["age_group"] == CalculatedList("age_group_minor", bundled=True)
    assert found["education_aggregate"] == CalculatedList("education_aggregate", bundled=True)
    # Amounts and a formatted date are not codes.
    assert "recruitment_cost_total" not in found and "interview_period" not in found
    thai = calculated_labels(form, "Thai (th)")
    assert thai["age_group"]["18_plus"] == "อายุ 18 ปีขึ้นไป"
    assert thai["education_aggregate"]["basic"] == "ขั้นพื้นฐาน"
    assert calculated_labels(form, "English (en)")["corridor_destination"]["MYS"] == "Malaysia"
