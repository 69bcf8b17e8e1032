"""Forms that read attached files: select_one_from_file, csv-external, pulldata(),
select_one_external; installed as a zip or as the form plus its files."""

# ruff: noqa: E501 - the forms are markdown tables, one sheet row per line

import io
import zipfile

import pytest
from form_helpers import markdown

from lintas.form import FormLoadError, Response, check, load
from lintas.form.errors import InvalidAnswer
from lintas.form.package import make_package
from lintas.vault import KdfParams, Vault

FORM = markdown("""
| survey |
| | type | name | label | calculation | choice_filter |
| | csv-external | towns | | | |
| | select_one_from_file towns.csv | town | Town | | |
| | select_multiple_from_file towns.csv | north | Northern towns | | region='n' |
| | calculate | pop | | pulldata('towns', 'population', 'name', ${town}) | |
| | calculate | region | | instance('towns')/root/item[name=${town}]/region | |
| settings |
| | form_id | version |
| | towns_form | 1 |
""")
TOWNS = "name,label,label::Thai (th),region,population\nmaesot,Mae Sot,แม่สอด,n,120000\nhatyai,Hat Yai,หาดใหญ่,s,160000\nchiangrai,Chiang Rai,เชียงราย,n,70000\n".encode()


def test_choices_filters_instance_and_pulldata_read_the_csv():
    form = load(FORM, filename="towns.md", files={"towns.csv": TOWNS})
    assert form.files == ("towns.csv",)
    response = Response(form)
    assert [c.name for c in response.choices_of(response._question_node("town"))] == [
        "maesot",
        "hatyai",
        "chiangrai",
    ]
    response.set("town", "hatyai")
    assert response.get("pop") == "160000" and response.get("region") == "s"
    response.set("north", ["maesot", "chiangrai"])
    with pytest.raises(InvalidAnswer, match="not one of the choices"):
        response.set("north", ["hatyai"])  # filtered out: a southern town
    assert Response.from_json(form, response.to_json()).to_json() == response.to_json()
    town = form.choice_lists["towns"].find("maesot")
    assert town.label.get("Thai (th)") == "แม่สอด" and town.label.get() == "Mae Sot"


def test_a_bare_form_checks_with_a_warning_and_installs_only_with_its_file(tmp_path):
    problems = check(FORM, filename="towns.md")
    assert not [p for p in problems if p.is_error]
    (warned,) = [p for p in problems if "towns.csv" in p.message]
    assert (warned.row, warned.column) == (2, "type") and "Install it together" in warned.message
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    with vault:
        with pytest.raises(FormLoadError, match=r"towns\.csv.*not among the form's files"):
            vault.install_form(FORM, filename="towns.md")
        assert vault.forms() == []
        installed = vault.install_form(FORM, filename="towns.md", files={"towns.csv": TOWNS})
        assert installed.filename == "towns.zip"
        # The stored package holds the file; reopening reads it from there.
        vault._form_cache.clear()
        form = vault.form("towns_form")
        assert len(form.choice_lists["towns"].choices) == 3
        response = Response(form)
        response.set("town", "maesot")
        saved = vault.save_submission("towns_form", response.to_json())
        assert vault.submission(saved.uuid).data["pop"] == "120000"


def test_a_zip_of_the_form_and_its_files_loads_as_one(tmp_path):
    package = make_package(FORM, "towns.md", {"towns.csv": TOWNS})
    assert package == make_package(FORM, "towns.md", {"towns.csv": TOWNS})  # same bytes, same hash
    form = load(package, filename="towns.zip")
    assert form.files == ("towns.csv",) and len(form.choice_lists["towns"].choices) == 3
    # ODK Central's layout: the form at the top, its media in a folder.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("towns.md", FORM)
        archive.writestr("towns-media/towns.csv", TOWNS)
        archive.writestr("__MACOSX/._towns.md", b"junk")
    assert load(buffer.getvalue(), filename="central.zip").files == ("towns.csv",)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"label,region\nMae Sot,n\n", "no 'name' column"),
        (b"name,region\nmaesot,n\n", "no 'label' column"),
        ("name,label\nแม่สอด,x\n".encode("utf-16"), "not UTF-8"),
        (b"name,label\nmaesot,Mae Sot,extra\n", "has 3 cells"),
        (b"", "empty"),
        (b"name,label,name\na,A,b\n", "twice"),
    ],
)
def test_a_malformed_csv_is_an_error_naming_the_file_and_row(content, message):
    with pytest.raises(FormLoadError) as caught:
        load(FORM, filename="towns.md", files={"towns.csv": content})
    errors = [p for p in caught.value.problems if p.is_error]
    assert any(message in p.message and p.sheet == "towns.csv" for p in errors), errors
    assert "Traceback" not in str(caught.value)


def test_broken_and_ambiguous_packages_are_refused_clearly():
    for data, message in [
        (make_package(FORM, "a.md", {"b.md": FORM}), "exactly one form"),
        (b"PK\x03\x04" + b"\x00" * 60, "may be damaged"),
    ]:
        with pytest.raises(FormLoadError, match=message):
            load(data, filename="bad.zip")
    big = make_package(FORM, "towns.md", {"towns.csv": b"name,label\n" + b"a,A\n" * (6 * 2**20)})
    with pytest.raises(FormLoadError, match="at most 20 MB"):
        load(big, filename="big.zip")


def test_value_and_label_parameters_choose_the_csv_columns():
    text = markdown("""
    | survey |
    | | type | name | label | parameters |
    | | select_one_from_file towns.csv | town | Town | value=population label=region |
    | | select_one_from_file towns.csv | code | Code | |
    """)
    form = load(text, filename="towns.md", files={"towns.csv": TOWNS})
    response = Response(form)
    offered = response.choices_of(response._question_node("town"))
    assert [(c.name, c.label.get()) for c in offered][:2] == [("120000", "n"), ("160000", "s")]
    response.set("town", "160000")
    codes = [c.name for c in response.choices_of(response._question_node("code"))]
    assert codes[:1] == ["maesot"]
    with pytest.raises(FormLoadError, match="no 'zone' column"):
        load(
            text.replace(b"value=population", b"value=zone"),
            filename="towns.md",
            files={"towns.csv": TOWNS},
        )


def test_select_one_external_reads_the_forms_own_external_choices_sheet(corpus_dir):
    form = load(corpus_dir / "xlsforms" / "XLSForm__pyxform__choice_name_as_type.xls")
    response = Response(form)
    response.set("zone", "zone")
    offered = response.choices_of(response._question_node("atype"))
    assert offered and all(c.extra.get("zone") == "zone" for c in offered)
    response.set("atype", offered[0].name)


def test_a_package_made_from_named_files_holds_base_names_only():
    """A file handed over as ``../towns.csv`` or ``sub\\towns.csv`` (through the Python
    API) is stored, and travels in bundles, under its base name: a tool that unzips the
    package never writes outside its folder."""
    import io
    import zipfile

    from lintas.form.package import make_package

    package = make_package(b"form", "dir/form.md", {"../towns.csv": b"a", "sub\\ids.csv": b"b"})
    names = zipfile.ZipFile(io.BytesIO(package)).namelist()
    assert names == ["form.md", "towns.csv", "ids.csv"]
