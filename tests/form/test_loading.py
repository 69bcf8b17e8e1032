"""Loading XLSForms into the model: what we support, and what we refuse by row."""

# ruff: noqa: E501 - the forms are markdown tables, one sheet row per line

import io
import random
import zipfile

import pytest
from form_helpers import markdown

from lintas.errors import Cancelled
from lintas.form import FormLoadError, Group, Privacy, check, load

FULL = """
| survey |
| | type | name | label::English (en) | label::Thai (th) | hint::English (en) | guidance_hint | privacy | relevant | constraint | constraint_message::English (en) | constraint_message::Thai (th) | required | required_message | default | read_only | appearance | calculation | repeat_count | choice_filter | trigger | parameters | note_col |
| | start | start | | | | | | | | | | | | | | | | | | | | |
| | today | today | | | | | | | | | | | | | | | | | | | | |
| | text | pname | Name | ชื่อ | Full name | Ask politely | identifier | | | | | yes | Needed | | | | | | | | | keep me |
| | integer | age | Age | อายุ | | | quasi | | . >= 0 | 0 or more | 0 ขึ้นไป | | | 30 | | | | | | | | |
| | begin group | about | About | | | | | ${age} > 0 | | | | | | | | field-list | | | | | | |
| | select_one country | country | Country | | | | sensitive | | | | | | | | | minimal | | | | | | |
| | select_one city | city | City | | | | | | | | | | | | | | | | country=${country} | | | |
| | select_multiple lang or_other | langs | Languages | | | | | | | | | | | | | | | | | | | |
| | end group | | | | | | | | | | | | | | | | | | | | | |
| | decimal | income | Income | | | | | | | | | | | | yes | | | | | | | |
| | range | score | Score | | | | | | | | | | | | | | | | | | start=1 end=5 step=1 | |
| | date | dob | Birth | | | | | | | | | | | | | | | | | | | |
| | time | t | Time | | | | | | | | | | | | | | | | | | | |
| | datetime | dt | When | | | | | | | | | | | | | | | | | | | |
| | note | n1 | Thanks | | | | | | | | | | | | | | | | | | | |
| | acknowledge | ack | OK? | | | | | | | | | | | | | | | | | | | |
| | hidden | h | | | | | | | | | | | | x | | | | | | | | |
| | calculate | double | | | | | | | | | | | | | | | ${age} * 2 | | | ${age} | | |
| | begin repeat | member | Member | | | | | | | | | | | | | | | ${age} | | | | |
| | text | mname | Member name | | | | | | | | | | | | | | | | | | | |
| | begin repeat | child | Child | | | | | | | | | | | | | | | | | | | |
| | integer | cage | Child age | | | | | | | | | | | | | | | | | | | |
| | end repeat | | | | | | | | | | | | | | | | | | | | | |
| | end repeat | | | | | | | | | | | | | | | | | | | | | |
| | end | end | | | | | | | | | | | | | | | | | | | | |
| choices |
| | list_name | name | label::English (en) | label::Thai (th) | country |
| | country | th | Thailand | ไทย | |
| | country | kh | Cambodia | กัมพูชา | |
| | city | bkk | Bangkok | กรุงเทพ | th |
| | city | pp | Phnom Penh | พนมเปญ | kh |
| | lang | km | Khmer | เขมร | |
| settings |
| | form_id | version | form_title | default_language | instance_name |
| | survey1 | 2024.1 | Migrant survey | English (en) | concat('S-', ${age}) |
"""


def test_a_form_with_every_supported_feature_loads_into_the_model(form_from):
    form = form_from(FULL)
    assert (form.form_id, form.version, form.title) == ("survey1", "2024.1", "Migrant survey")
    assert form.default_language == "English (en)"
    assert form.instance_name == "concat('S-', ${age})"
    assert set(form.languages) == {"English (en)", "Thai (th)"}
    assert len(form.sha256) == 64
    pname = form.question("pname")
    assert pname.privacy is Privacy.IDENTIFIER
    assert pname.label.get("Thai (th)") == "ชื่อ"
    assert pname.hint.get("English (en)") == "Full name"
    assert pname.guidance_hint.get() == "Ask politely"
    assert pname.required == "true()"
    assert pname.required_message.get() == "Needed"
    assert pname.extra["note_col"] == "keep me"
    assert pname.row == 4
    age = form.question("age")
    assert age.constraint == ". >= 0"
    assert age.constraint_message.get("Thai (th)") == "0 ขึ้นไป"
    assert (age.default, age.default_is_expression) == ("30", False)
    assert form.question("income").read_only == "true()"
    assert dict(form.question("score").parameters) == {"start": "1", "end": "5", "step": "1"}
    city = form.question("city")
    assert (city.choice_list, city.choice_filter) == ("city", "country=${country}")
    assert form.choice_lists["city"].find("pp").extra["country"] == "kh"
    langs = form.question("langs")
    assert langs.type == "select_multiple" and langs.or_other
    assert "other" in form.choice_lists["lang"].names()
    assert form.question("langs_other").relevant  # the generated "specify other"
    double = form.question("double")
    assert (double.calculation, double.trigger) == ("${age} * 2", ("age",))
    types = {q.name: q.type for q in form.questions()}
    assert types["start"] == "start" and types["end"] == "end" and types["today"] == "today"
    assert types["n1"] == "note" and types["ack"] == "acknowledge" and types["h"] == "hidden"
    assert types["dt"] == "datetime" and types["t"] == "time" and types["dob"] == "date"


def test_groups_and_nested_repeats_keep_their_structure(form_from):
    form = form_from(FULL)
    groups = {e.name: e for e in form.walk() if isinstance(e, Group)}
    assert groups["about"].field_list and not groups["about"].repeat
    assert groups["about"].relevant == "${age} > 0"
    member = groups["member"]
    assert member.repeat and member.repeat_count == "${age}"
    assert [c.name for c in member.children] == ["mname", "child"]
    assert groups["child"].repeat
    assert form.question("cage").path == "/data/member/child/cage"
    assert "instanceID" not in {e.name for e in form.walk()}


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("| | rank towns | r | Rank | |", "rank"),
    ],
)
def test_unsupported_features_are_refused_naming_the_row(row, expected):
    text = f"""
    | survey |
    | | type | name | label | calculation |
    | | text | first | First | |
    {row}
    | choices |
    | | list_name | name | label |
    | | towns | a | A |
    | external_choices |
    | | list_name | name | label |
    | | towns | a | A |
    """
    with pytest.raises(FormLoadError) as caught:
        load(markdown(text))
    (problem,) = [p for p in caught.value.problems if p.is_error]
    assert expected in problem.message
    assert (problem.sheet, problem.row) == ("survey", 3)
    assert "Lintas" in str(caught.value)


def test_a_search_appearance_without_its_file_loads_with_a_warning_by_row():
    # It was refused outright (11834bc); now the CSV it names gives the choices
    # (tests/form/test_search_appearance.py), and a bare form is warned by row.
    text = """
    | survey |
    | | type | name | label | appearance |
    | | text | first | First | |
    | | select_one towns | town | Town | search('towns') |
    | choices |
    | | list_name | name | label |
    | | towns | name | label |
    """
    form = load(markdown(text))
    (warning,) = [w for w in form.warnings if "towns.csv" in w]
    assert "row 3" in warning and "'appearance'" in warning
    assert form.reads_files == ("towns.csv",)


def test_media_on_labels_and_choices_is_kept_and_warned_by_row():
    text = """
    | survey |
    | | type | name | label | media::image | media::audio::English (en) |
    | | select_one yn | q | Q | q.png | q_en.mp3 |
    | choices |
    | | list_name | name | label | media::image | media::audio |
    | | yn | y | Yes | yes.png | |
    | | yn | n | No | | no.mp3 |
    """
    problems = check(markdown(text))
    assert not [p for p in problems if p.is_error]
    places = {(p.sheet, p.row, p.column) for p in problems if "not among the form's files" in p.message}
    assert places == {("survey", 2, "media"), ("choices", 2, "media")}
    # A question's sound plays from the form's files (a Play button): only its absence is
    # noted, with the image's. A choice's sound is not played: that is said by row.
    (missing,) = [p for p in problems if p.sheet == "survey" and p.column == "media"]
    assert "'q.png', 'q_en.mp3'" in missing.message and "does not play" not in missing.message
    plays = [(p.sheet, p.row) for p in problems if "does not play" in p.message]
    assert plays == [("choices", 3)]
    # Installed with its files, the images show and the question's sound plays.
    files = {"q.png": b"png-bytes", "yes.png": b"png-2", "q_en.mp3": b"ID3"}
    with_files = [p for p in check(markdown(text), files=files) if p.column == "media"]
    assert [p.message for p in with_files if "not among" in p.message] == []
    assert [(p.sheet, p.row) for p in with_files] == [("choices", 3)]
    assert load(markdown(text), files=files).media_bytes == files
    form = load(markdown(text))
    question = form.question("q")
    assert question.media["image"].get() == "q.png"
    assert question.media["audio"].get("English (en)") == "q_en.mp3"
    assert form.choice_lists["yn"].find("y").media["image"].get() == "yes.png"
    assert form.media_files() == ("q.png", "q_en.mp3", "yes.png", "no.mp3")


def test_entities_are_refused():
    text = """
    | survey |
    | | type | name | label | save_to |
    | | text | a | A | a |
    | entities |
    | | dataset | label |
    | | people | ${a} |
    """
    problems = check(markdown(text))
    assert any("entities" in p.message for p in problems if p.is_error)


def test_audit_is_a_question_the_form_fills_in(form_from):
    form = form_from("""
    | survey |
    | | type | name | label |
    | | audit | audit | |
    | | text | a | A |
    """)
    assert [(q.name, q.type) for q in form.questions()] == [("a", "text"), ("audit", "audit")]
    assert not any("audit" in w for w in form.warnings)


@pytest.mark.parametrize("value", ["Identifier", " quasi ", "SENSITIVE", ""])
def test_privacy_values_are_read_without_regard_to_case(value, form_from):
    form = form_from(f"""
    | survey |
    | | type | name | label | privacy |
    | | text | a | A | {value} |
    """)
    assert form.question("a").privacy.value == value.strip().lower()


def test_an_unknown_privacy_value_is_an_error_naming_its_row():
    problems = check(
        markdown("""
    | survey |
    | | type | name | label | privacy |
    | | text | a | A | |
    | | text | b | B | secret |
    """)
    )
    (problem,) = problems
    assert (problem.row, problem.column) == (3, "privacy")
    assert "'secret'" in problem.message and "identifier" in problem.message


def test_pyxform_sheet_errors_become_problems_with_rows():
    problems = check(
        markdown("""
    | survey |
    | | type | name | label |
    | | text | a | A |
    | | calculate | c | C |
    """)
    )
    (problem,) = problems
    assert problem.is_error and problem.row == 3 and "calculation" in problem.message.lower()


def test_a_name_in_two_groups_loads_keyed_by_group_path(form_from):
    # Once refused; ODK allows it (tests/form/test_repeated_names.py has the rest).
    form = form_from("""
    | survey |
    | | type | name | label |
    | | begin group | g1 | G1 |
    | | text | a | A |
    | | end group | | |
    | | begin group | g2 | G2 |
    | | text | a | A again |
    | | end group | | |
    """)
    assert [q.key for q in form.questions()] == ["g1/a", "g2/a"]


def _zip_without_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 8, "not a spreadsheet"),
        # Random bytes hold '|' after a newline by chance; they are still no markdown form.
        (random.Random(13).randbytes(3000), "not a spreadsheet"),
        (b"just some notes\nnothing else", "text file"),
        ("| survey |\n| | text | a | café |\n".encode("latin-1"), "markdown form but is not UTF-8"),
        # A zip that is no workbook is read as a form with its files (lintas.form.package).
        (_zip_without_workbook(), "must hold exactly one form"),
        (b"PK\x03\x04broken", "zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1garbage", "cannot be read"),
    ],
)
def test_files_that_are_not_forms_get_one_clear_problem(data, expected):
    (problem,) = check(data, filename="upload.xlsx")
    assert problem.is_error and expected in problem.message
    with pytest.raises(FormLoadError):
        load(data)


def test_a_missing_file_is_reported(tmp_path):
    (problem,) = check(tmp_path / "nowhere.xlsx")
    assert "There is no file" in problem.message


def test_progress_is_reported_and_can_cancel(form_from):
    calls = []
    form_from(FULL, progress=lambda done, total, what: calls.append((done, total, what)))
    assert calls[0][0] == 0 and calls[-1][2] == "Done"
    with pytest.raises(Cancelled):
        form_from(FULL, progress=lambda done, total, what: done < 2)


def test_a_markdown_form_saved_with_a_byte_order_mark_loads():
    form = load(
        b"\xef\xbb\xbf"
        + markdown("""
    | survey |
    | | type | name | label |
    | | text | a | A |
    """)
    )
    assert [q.name for q in form.questions()] == ["a"]


def test_a_loop_asks_its_questions_once_per_choice():
    text = """
    | survey |
    | | type | name | label | privacy |
    | | begin loop over toilets | toilet | Toilets | |
    | | integer | number | How many %(label)s (%(name)s)? | quasi |
    | | end loop | | | |
    | choices |
    | | list_name | name | label |
    | | toilets | pit | Pit latrine |
    | | toilets | flush | Flush toilet |
    """
    form = load(markdown(text))
    copies = [q for q in form.questions()]
    assert [q.name for q in copies] == ["number__pit", "number__flush"]
    assert copies[0].label.get() == "How many Pit latrine (pit)?"
    assert all(q.privacy is Privacy.QUASI and q.row == 3 for q in copies)
    from lintas.form import Response

    response = Response(form)
    response.set("number__flush", 2)
    assert response.to_json() == {"number__flush": 2}
