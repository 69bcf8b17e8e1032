"""The search() appearance over an attached CSV: every row, or the rows a typed value
finds (contains, startswith, endswith, matches; ASCII case ignored), with a filter
column, composite labels, one choice per value, and clear refusals by row."""

# ruff: noqa: E501 - the forms are markdown tables, one sheet row per line

import pytest
from form_helpers import markdown

from lintas.form import FormLoadError, Response, check, load
from lintas.form.errors import InvalidAnswer
from lintas.vault import KdfParams, Vault

FORM = markdown("""
| survey |
| | type | name | label | appearance |
| | text | q | Type part of a name | |
| | select_one kind | type | Kind | |
| | select_one fruits | all | Any fruit | search('fruits') |
| | select_one fruits | found | Fruit | search('fruits', 'contains', 'name,label', ${q}) |
| | select_one fruits2 | starts | Fruit | quick search('fruits', 'startswith', 'label', ${q}, 'kind', ${type}) |
| | select_multiple fruits3 | ends | Fruits | search('fruits', 'endswith', 'label', ${q}) |
| | select_one fruits4 | exact | Fruit | search('fruits', 'matches', 'label', ${q}) |
| choices |
| | list_name | name | label |
| | kind | tree | Tree |
| | kind | vine | Vine |
| | fruits | name | label |
| | fruits2 | name | label,kind |
| | fruits3 | name | label |
| | fruits4 | name | label |
| settings |
| | form_id | version |
| | search_form | 1 |
""")
FRUITS = b"name,label,kind\nmango,Mango,tree\npapaya,Papaya,tree\nmelon,Melon,vine\nmango,Mango again,tree\ngrape,,vine\n"


def names(response, address):
    return [c.name for c in response.choices_of(response._question_node(address))]


def test_search_offers_the_rows_the_typed_value_finds():
    form = load(FORM, filename="search.md", files={"fruits.csv": FRUITS})
    assert form.reads_files == ("fruits.csv",)
    # The choices sheet's one row only names columns: it is no choice list of the form
    # (pyxform writes no instance for it), so no export lists 'name' as a fruit.
    assert not {"fruits", "fruits2", "fruits3", "fruits4"} & set(form.choice_lists)
    composite = form.choice_lists["search fruits (value=name, label=label,kind)"]
    assert composite.find("grape").label.get() == "grape (kind: vine)"  # no label: its value
    response = Response(form)
    # search('fruits'): every row, one choice per value; a row without label shows its value.
    offered = response.choices_of(response._question_node("all"))
    assert [(c.name, c.label.get()) for c in offered] == [
        ("mango", "Mango"), ("papaya", "Papaya"), ("melon", "Melon"), ("grape", "grape"),
    ]  # fmt: skip
    response.set("q", "ME")  # case does not matter
    assert names(response, "found") == ["melon"]
    response.set("q", "a")
    assert names(response, "found") == ["mango", "papaya", "grape"]
    response.set("found", "papaya")
    response.set("q", "m")
    assert names(response, "starts") == []  # the filter column must equal the kind: none yet
    response.set("type", "tree")
    assert names(response, "starts") == ["mango"]
    response.set("type", "vine")
    assert names(response, "starts") == ["melon"]
    starts = response.choices_of(response._question_node("starts"))
    assert starts[0].label.get() == "Melon (kind: vine)"  # the second label column
    response.set("q", "ON")
    assert names(response, "ends") == ["melon"]
    with pytest.raises(InvalidAnswer, match="not one of the choices"):
        response.set("ends", ["mango"])
    response.set("q", "mango")
    assert names(response, "exact") == ["mango"]
    response.set("exact", "mango")
    assert Response.from_json(form, response.to_json()).to_json() == response.to_json()


def test_a_vault_installs_a_search_form_only_with_its_csv(tmp_path):
    problems = check(FORM, filename="search.md")
    assert not [p for p in problems if p.is_error]
    assert {p.row for p in problems if "fruits.csv" in p.message} == {4}
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    with vault:
        with pytest.raises(FormLoadError, match=r"fruits\.csv.*not among the form's files"):
            vault.install_form(FORM, filename="search.md", files={})
        vault.install_form(FORM, filename="search.md", files={"fruits.csv": FRUITS})
        vault._form_cache.clear()
        response = Response(vault.form("search_form"))
        response.set("q", "pap")
        response.set("found", "papaya")
        saved = vault.save_submission("search_form", response.to_json())
        assert vault.submission(saved.uuid).data["found"] == "papaya"


@pytest.mark.parametrize(
    ("appearance", "message"),
    [
        ("search('fruits', 'fuzzy', 'label', ${q})", "the kinds are"),
        ("search('fruits', 'contains', 'label')", "3 argument(s)"),
        ("search(fruits)", "write it in quotes"),
        ("search('fruits', 'contains', 'label', ${q}", "without closing"),
        ("search('fruits', 'contains', 'colour', ${q})", "no column 'colour'"),
    ],
)
def test_a_search_whose_meaning_is_not_clear_is_refused_by_row(appearance, message):
    text = FORM.replace(b"search('fruits', 'contains', 'name,label', ${q})", appearance.encode())
    with pytest.raises(FormLoadError) as caught:
        load(text, filename="search.md", files={"fruits.csv": FRUITS})
    errors = [p for p in caught.value.problems if p.is_error]
    assert any(message in p.message for p in errors), errors
    assert all(p.row == 5 or p.sheet == "fruits.csv" for p in errors), errors


SHARED = """
| survey |
| | type | name | label | appearance | choice_filter |
| | text | q | Q | | |
| | select_one fruits | found | Fruit | search('fruits') | |
| | select_one fruits | plain | Fruit | | |
| choices |
| | list_name | name | label |
| | fruits | name | label |
"""


@pytest.mark.parametrize(
    ("old", "new", "column", "message"),
    [
        # pyxform refuses both of these; Lintas must not accept them.
        ("| select_one fruits | found |", "| select_one_from_file fruits.csv | found |",
         "appearance", "from the file 'fruits.csv' and also uses the search()"),
        ("", "", "appearance", "which 'plain' also use(s) without search()"),
        # pyxform drops the filter of a search() select (its items are written inline).
        ("search('fruits') | |", "search('fruits') | name = ${q} |",
         "choice_filter", "ODK ignores the choice_filter"),
        ("| select_one fruits | found |", "| select_one fruits or_other | found |",
         "type", "'or_other' and the search() appearance"),
        ("| fruits | name | label |", "| fruits | name | label |\n| | fruits | other | Other |",
         "appearance", "must have exactly one row"),
    ],
)  # fmt: skip
def test_search_forms_that_cannot_work_are_refused_by_row(old, new, column, message):
    text = SHARED.replace(old, new, 1) if old else SHARED
    if old:  # the plain select is there only for the shared-list case
        text = text.replace("| | select_one fruits | plain | Fruit | | |\n", "")
    with pytest.raises(FormLoadError) as caught:
        load(markdown(text), filename="s.md", files={"fruits.csv": FRUITS})
    errors = [p for p in caught.value.problems if p.is_error]
    assert [(p.row, p.column) for p in errors] == [(3, column)], errors
    assert message in errors[0].message


def test_a_search_call_with_a_space_is_no_search_as_in_pyxform():
    # pyxform and Collect look for 'search(' exactly; 'search (' is a plain appearance,
    # and the select offers its choices sheet rows.
    text = SHARED.replace("search('fruits')", "search ('fruits')").replace(
        "| | select_one fruits | plain | Fruit | | |\n", ""
    )
    form = load(markdown(text), filename="s.md")
    assert form.reads_files == ()
    assert [c.name for c in form.choice_lists["fruits"].choices] == ["name"]
