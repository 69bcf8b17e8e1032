"""Locations: ODK's value format, typed decimal and DMS coordinates, ranges, geo functions."""



import pytest
from form_helpers import markdown

from lintas.form import Privacy, Response, check, load
from lintas.form.errors import InvalidAnswer
from lintas.form.geo import GeoError, geo_text, parse_coordinate, parse_point

GEO_FORM = """
| survey |
| | type | name | label | privacy | constraint | calculation |
| | geopoint | office | Office | | distance(., '13.75 100.5') < 1000000 | |
| | geotrace | route | Route | sensitive | | |
| | geoshape | plot | Plot | quasi | | |
| | geopoint | home | Home | identifier | | |
| | calculate | plot_area | | | | area(${plot}) |
| | calculate | route_length | | | | distance(${route}) |
"""


def form():
    return load(markdown(GEO_FORM), filename="geo.md")


@pytest.mark.parametrize(
    ("text", "axis", "expected"),
    [
        ("13.75", "lat", 13.75),
        ("-13.75", "lat", -13.75),
        ("13.75 S", "lat", -13.75),
        ("13°45'00\"N", "lat", 13.75),
        ("S 13 45 0", "lat", -13.75),
        ("100°30′15″E", "lon", 100 + 30 / 60 + 15 / 3600),
        ("100d 30m W", "lon", -100.5),
    ],
)
def test_coordinates_are_read_decimal_or_dms(text, axis, expected):
    assert parse_coordinate(text, axis) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("91, 10", "outside -90 to 90"),
        ("10, 181", "outside -180 to 180"),
        ("13°75'N 100E", "below 60"),
        ("100E 13N", r"latitude \(N or S\)"),
        ("thirteen, 100", "not a coordinate"),
        ("13.5", "not a latitude and a longitude"),
        ("-13 S, 100", "both a minus sign"),
    ],
)
def test_bad_typed_points_say_what_is_wrong(text, message):
    with pytest.raises(GeoError, match=message):
        parse_point(text)


def test_pasted_pairs_in_the_usual_shapes():
    assert parse_point("13.7563, 100.5018") == (13.7563, 100.5018)
    assert parse_point("13.7563 100.5018") == (13.7563, 100.5018)
    lat, lon = parse_point("13°45'22.7\"N 100°30'6.5\"E")
    assert lat == pytest.approx(13.756306, abs=1e-6) and lon == pytest.approx(100.501806, abs=1e-6)


def test_odk_value_format_and_shape_closing():
    assert geo_text("geopoint", "13.75 100.5") == "13.75 100.5 0 0"
    assert geo_text("geopoint", [13.75, 100.5, 12, 5]) == "13.75 100.5 12 5"
    assert geo_text("geotrace", "1 1;2 2 10 3") == "1 1 0 0;2 2 10 3"
    # An open ring is closed by repeating its first point, as ODK writes shapes.
    assert geo_text("geoshape", "0 0;0 1;1 1") == "0 0 0 0;0 1 0 0;1 1 0 0;0 0 0 0"
    for kind, value, message in [
        ("geopoint", "1 1;2 2", "one point"),
        ("geotrace", "1 1", "at least two"),
        ("geoshape", "0 0;0 1;0 0", "three different"),
        ("geopoint", "1 1 -20000", "altitude"),
        ("geopoint", "1 1 0 -5", "negative"),
        ("geopoint", "1 1 nan", "finite"),
    ]:
        with pytest.raises(GeoError, match=message):
            geo_text(kind, value)


def test_geo_answers_run_through_the_engine_and_round_trip():
    response = Response(form())
    response.set("office", "13.75 100.5")
    response.set("route", "13.75 100.5;13.76 100.5")
    response.set("plot", "0 0;0 0.001;0.001 0.001;0.001 0")
    response.set("home", "14 101")
    assert float(response.get("route_length")) == pytest.approx(1113.19, abs=0.5)
    assert float(response.get("plot_area")) == pytest.approx(12364.0, rel=0.01)
    saved = response.to_json()
    assert saved["office"] == "13.75 100.5 0 0"
    assert "home" not in saved  # an identifier location is never stored
    again = Response.from_json(form(), saved)
    assert again.to_json() == saved
    with pytest.raises(InvalidAnswer, match="outside -90 to 90"):
        response.set("office", "95 100")


def test_a_constraint_on_a_geopoint_is_evaluated():
    response = Response(form())
    response.set("office", "40 -70")  # New York is not near Bangkok
    assert not response.state("office").constraint_ok
    response.set("office", "13.8 100.6")
    assert response.state("office").constraint_ok


def test_a_location_without_a_role_is_quasi_and_form_check_warns_by_row():
    loaded = form()
    assert loaded.question("office").privacy is Privacy.QUASI
    assert loaded.question("route").privacy is Privacy.SENSITIVE
    warnings = [p for p in check(markdown(GEO_FORM)) if "no privacy role" in p.message]
    assert [(p.row, p.column) for p in warnings] == [(2, "privacy")]


def test_what_a_clerk_types_becomes_odk_text_and_back():
    from lintas.form.geo import GeoRangeError, shown_pairs, typed_geo

    assert typed_geo("geopoint", "") is None
    assert typed_geo("geopoint", "13°45'N 100°30'E", "12", "5") == "13.75 100.5 12 5"
    assert typed_geo("geotrace", "1, 1; 2, 2") == "1 1 0 0;2 2 0 0"
    assert shown_pairs("13.75 100.5 12 5") == ("13.75, 100.5", "12", "5")
    assert shown_pairs("13.75 100.5 0 0") == ("13.75, 100.5", "", "")
    assert shown_pairs("1 1 0 0;2 2 0 0") == ("1, 1; 2, 2", "", "")
    with pytest.raises(GeoRangeError):
        typed_geo("geopoint", "13, 100", "", "-1")
    with pytest.raises(GeoError, match="metres"):
        typed_geo("geopoint", "13, 100", "high")


def test_the_office_location_is_a_checked_vault_setting(tmp_path):
    from lintas.errors import LintasError
    from lintas.vault import KdfParams, Vault

    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    with vault:
        assert vault.office_location() is None
        assert vault.set_office_location("16.7167, 98.5667") == "16.7167 98.5667 0 0"
        with pytest.raises(LintasError, match="outside -90 to 90"):
            vault.set_office_location("160, 98")
        assert vault.office_location() == "16.7167 98.5667 0 0"
