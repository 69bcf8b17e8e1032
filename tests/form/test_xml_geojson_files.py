"""Choice lists and instances from attached XML and GeoJSON files (ODK's formats):
select_one_from_file / select_multiple_from_file, xml-external and instance('name'),
the value= and label= parameters, and clear refusals of malformed or hostile files."""

# ruff: noqa: E501 - the forms are markdown tables, one sheet row per line

import json

import pytest
from form_helpers import markdown

from lintas.form import FormLoadError, Response, check, load
from lintas.form.errors import InvalidAnswer
from lintas.vault import KdfParams, Vault

FORM = markdown("""
| survey |
| | type | name | label | calculation | choice_filter | parameters |
| | select_one_from_file towns.xml | town | Town | | | |
| | select_multiple_from_file towns.xml | north | Northern towns | | region='n' | |
| | calculate | region | | instance('towns')/root/item[name=${town}]/region | | |
| | xml-external | offices | | | | |
| | calculate | office | | instance('offices')/root/item[town=${town}]/phone | | |
| | select_one_from_file sites.geojson | site | Site | | | |
| | calculate | where | | instance('sites')/root/item[id=${site}]/geometry | | |
| | select_one_from_file sites.geojson | plot | Plot | | | value=plot label=name |
| | calculate | plot_name | | instance('sites')/root/item[plot=${plot}]/name | | |
| settings |
| | form_id | version |
| | files_form | 1 |
""")
TOWNS = b"""<?xml version="1.0" encoding="UTF-8"?>
<root>
  <item><name>maesot</name><label>Mae Sot</label><region>n</region></item>
  <item><name>hatyai</name><label>Hat Yai</label><region>s</region></item>
  <item><name>chiangrai</name><label>Chiang Rai</label><region>n</region></item>
</root>
"""
OFFICES = b"<root><item><name>o1</name><town>hatyai</town><phone>074-1</phone></item></root>"
SITES = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "s1",
                "geometry": {"type": "Point", "coordinates": [100.5, 13.75]},
                "properties": {
                    "title": "North well",
                    "name": "Well A",
                    "plot": "p7",
                    "depth": 1.50,
                },
            },
            {
                "type": "Feature",
                "id": 2,
                "geometry": {"type": "LineString", "coordinates": [[98.5, 16.7], [98.6, 16.8]]},
                "properties": {"id": "ignored", "title": "Canal", "name": "Canal B", "plot": "p8"},
            },
            {
                "type": "Feature",
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[98, 16], [99, 16], [99, 17], [98, 16]]],
                },
                "properties": {"id": "s3", "title": "Field", "name": "Field C", "plot": "p9"},
            },
        ],
    }
).encode()
FILES = {"towns.xml": TOWNS, "offices.xml": OFFICES, "sites.geojson": SITES}


def test_xml_and_geojson_files_give_choices_filters_and_instances():
    form = load(FORM, filename="files.md", files=FILES)
    assert form.reads_files == ("offices.xml", "sites.geojson", "towns.xml")
    response = Response(form)
    town = response._question_node("town")
    assert [(c.name, c.label.get()) for c in response.choices_of(town)] == [
        ("maesot", "Mae Sot"), ("hatyai", "Hat Yai"), ("chiangrai", "Chiang Rai"),
    ]  # fmt: skip
    response.set("town", "hatyai")
    assert response.get("region") == "s" and response.get("office") == "074-1"
    response.set("north", ["maesot", "chiangrai"])
    with pytest.raises(InvalidAnswer, match="not one of the choices"):
        response.set("north", ["hatyai"])
    # GeoJSON: value is the feature's id (the top-level one wins), label its title.
    site = response._question_node("site")
    assert [(c.name, c.label.get()) for c in response.choices_of(site)] == [
        ("s1", "North well"), ("2", "Canal"), ("s3", "Field"),
    ]  # fmt: skip
    response.set("site", "s1")
    assert response.get("where") == "13.75 100.5 0 0"
    response.set("site", "2")
    assert response.get("where") == "16.7 98.5 0 0; 16.8 98.6 0 0"
    response.set("site", "s3")
    assert response.get("where") == "16 98 0 0; 16 99 0 0; 17 99 0 0; 16 98 0 0"
    # value= and label= parameters choose other properties.
    plot = response._question_node("plot")
    assert [(c.name, c.label.get()) for c in response.choices_of(plot)] == [
        ("p7", "Well A"), ("p8", "Canal B"), ("p9", "Field C"),
    ]  # fmt: skip
    response.set("plot", "p8")
    assert response.get("plot_name") == "Canal B"  # the file's own 'name' property
    assert Response.from_json(form, response.to_json()).to_json() == response.to_json()


def test_a_vault_installs_the_form_with_its_xml_and_geojson_files(tmp_path):
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    with vault:
        with pytest.raises(FormLoadError, match=r"sites\.geojson.*not among the form's files"):
            vault.install_form(
                FORM, filename="files.md", files={"towns.xml": TOWNS, "offices.xml": OFFICES}
            )
        vault.install_form(FORM, filename="files.md", files=FILES)
        vault._form_cache.clear()
        form = vault.form("files_form")
        response = Response(form)
        response.set("town", "maesot")
        response.set("site", "s1")
        saved = vault.save_submission("files_form", response.to_json())
        assert vault.submission(saved.uuid).data["where"] == "13.75 100.5 0 0"
    # The files are inside the encrypted vault, never in clear beside it.
    for path in (tmp_path / "v").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Chiang Rai" not in data and b"North well" not in data, path


def test_a_bare_form_checks_with_a_warning_for_each_file():
    problems = check(FORM, filename="files.md")
    assert not [p for p in problems if p.is_error]
    warned = {p.row for p in problems if "Install it together" in p.message}
    assert warned == {2, 5, 7}


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE root [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<root><item><name>x</name><label>&d;</label></item></root>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE root [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<root><item><name>x</name><label>&secret;</label></item></root>"""


@pytest.mark.parametrize(
    ("file_name", "content", "message"),
    [
        ("towns.xml", b"<root><item><name>a</name>", "is not well-formed XML"),
        ("towns.xml", BILLION_LAUGHS, "declares a DTD or entities"),
        ("towns.xml", XXE, "declares a DTD or entities"),
        ("towns.xml", b"<root>" + b"<item>" * 40 + b"</item>" * 40 + b"</root>", "nested deeper"),
        ("towns.xml", b"<data><item><name>a</name><label>A</label></item></data>", "<root>"),
        ("towns.xml", b"<root><item><name>a</name><label>A</label></item><row/></root>", "<row>"),
        ("towns.xml", b"<root><item><label>A</label></item></root>", "no 'name'"),
        ("towns.xml", b"<root><item><name>a</name></item></root>", "no 'label'"),
        ("towns.xml", b"<root/>" + b" " * (21 * 2**20), "at most 20 MB"),
        ("sites.geojson", b"{not json", "is not valid JSON"),
        ("sites.geojson", b'{"type": "Feature"}', "FeatureCollection"),
        ("sites.geojson", b'{"type": "FeatureCollection"}', "'features'"),
        (
            "sites.geojson",
            b'{"type": "FeatureCollection", "features": [{"type": "Point"}]}',
            "feature 1",
        ),
        (
            "sites.geojson",
            b'{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "a", "properties": {"title": "A"}, "geometry": {"type": "Point", "coordinates": [200, 13]}}]}',
            "longitude",
        ),
        (
            "sites.geojson",
            b'{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "a", "properties": {"title": "A"}, "geometry": {"type": "MultiPoint", "coordinates": [[1, 2]]}}]}',
            "MultiPoint",
        ),
        (
            "sites.geojson",
            b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"title": "A"}}]}',
            "no 'id'",
        ),
        ("sites.geojson", b"[" * 100_000 + b"]" * 100_000, "nested deeper"),
    ],
    ids=lambda value: value if isinstance(value, str) else f"{len(value)} bytes",
)
def test_a_malformed_hostile_or_oversize_file_is_an_error_naming_it(file_name, content, message):
    files = {**FILES, file_name: content}
    with pytest.raises(FormLoadError) as caught:
        load(FORM, filename="files.md", files=files)
    errors = [p for p in caught.value.problems if p.is_error]
    assert any(
        message in p.message and file_name in p.message and p.sheet == file_name for p in errors
    ), errors
    assert "Traceback" not in str(caught.value) and "root:x:0:0" not in str(caught.value)
