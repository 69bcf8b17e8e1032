"""The code lists under resources/codelists/: sources named, codes complete and consistent."""

import csv
import importlib.metadata
import string

import pycountry
import pytest
from instrument_support import ZAWGYI_ORDER
from myanmartools import ZawgyiDetector

from lintas import codelists
from lintas.codelists import CodeListDamaged, CodeListNotFound

ALL = codelists.list_names()


def test_every_survey_list_is_shipped():
    expected = {
        "country", "currency", "isic_section", "isco_major", "isco_submajor", "isced_level",
        "education_aggregate", "worker_category", "forced_labour_indicator", "age_band",
        "age_group_minor", "sex", "flow_type", "yes_no", "response_code",
    }  # fmt: skip
    assert expected <= set(ALL)


@pytest.mark.parametrize("name", ALL)
def test_each_list_names_its_source_and_version(name):
    code_list = codelists.load(name)
    assert len(code_list.source) > 20, code_list.source
    assert "lintas list" in code_list.version
    assert len(code_list) >= 2
    assert all(code.label("en") for code in code_list.codes)


def test_countries_are_exactly_pycountry_alpha3_with_its_version():
    countries = codelists.load("country")
    assert set(countries.names()) == {c.alpha_3 for c in pycountry.countries}
    assert importlib.metadata.version("pycountry") in countries.version
    assert countries.get("THA").label("th") == "ไทย"
    assert countries.get("VNM").label("vi") == "Việt Nam"
    assert countries.column("asean")["IDN"] == "yes"
    # ASEAN first: an enumerator at a border post finds the likely answers at the top.
    assert {c.code for c in countries.codes[:11]} == {
        "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS",
    }  # fmt: skip


def test_currencies_are_pycountry_iso4217_without_funds_or_metals():
    currencies = codelists.load("currency")
    iso = {c.alpha_3 for c in pycountry.currencies}
    assert set(currencies.names()) <= iso
    for code in ("THB", "MMK", "KHR", "LAK", "VND", "IDR", "MYR", "PHP", "SGD", "BND", "USD"):
        assert code in currencies
    for code in ("XAU", "XDR", "XTS", "XXX"):
        assert code not in currencies


def test_isic_rev4_has_the_21_sections_a_to_u():
    assert codelists.load("isic_section").names() == tuple(string.ascii_uppercase[:21])


def test_isco08_sub_major_groups_sit_under_their_major_group():
    majors = codelists.load("isco_major")
    subs = codelists.load("isco_submajor")
    assert sorted(majors.names()) == [str(n) for n in range(10)]
    assert len(subs) == 43  # ISCO-08 has 43 sub-major groups
    for code in subs.codes:
        assert code.extra["major"] == code.code[0]
        assert code.extra["major"] in majors


def test_isced_levels_map_to_the_ilo_aggregates():
    levels = codelists.load("isced_level")
    aggregates = codelists.load("education_aggregate")
    mapping = levels.column("ilo_aggregate")
    assert levels.names() == tuple(str(n) for n in range(9))
    assert mapping == {
        "0": "less_than_basic", "1": "basic", "2": "basic", "3": "intermediate",
        "4": "intermediate", "5": "advanced", "6": "advanced", "7": "advanced", "8": "advanced",
    }  # fmt: skip
    assert set(mapping.values()) <= set(aggregates.names())


def test_ilo_2018_worker_categories():
    assert codelists.load("worker_category").names() == (
        "frontier", "seasonal", "itinerant", "project_tied", "specified_employment",
        "self_employed", "seafarer", "offshore", "domestic", "other",
    )  # fmt: skip


def test_age_bands_cover_every_allowed_age_once():
    bands = codelists.load("age_band").codes
    for age in range(10, 100):
        hits = [b for b in bands if int(b.extra["min_age"]) <= age <= int(b.extra["max_age"])]
        assert len(hits) == 1, age


def burmese_labels():
    for name in ALL:
        for code in codelists.load(name).codes:
            if code.labels.get("my"):
                yield name, code.code, code.labels["my"]


def test_burmese_labels_are_in_unicode_order():
    for name, code, text in burmese_labels():
        assert not ZAWGYI_ORDER.search(text), (name, code, text)


def test_burmese_labels_read_as_unicode_to_the_zawgyi_detector():
    # The detector needs a long text to be sure; single short labels are ambiguous.
    text = " ".join(label for _, _, label in burmese_labels())
    assert len(text) > 2000
    assert ZawgyiDetector().get_zawgyi_probability(text) < 0.01


def test_an_unknown_list_is_a_clear_error():
    with pytest.raises(CodeListNotFound, match="no code list 'nope'"):
        codelists.load("nope")


def test_a_list_without_its_source_is_rejected(tmp_path):
    (tmp_path / "bad.csv").write_text("# version: 1\ncode,label_en\na,A\n", encoding="utf-8")
    with pytest.raises(CodeListDamaged, match="does not name its source"):
        codelists.read(tmp_path / "bad.csv")


def test_a_repeated_code_is_rejected(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("# source: x\n# version: 1\ncode,label_en\na,A\na,B\n", encoding="utf-8")
    with pytest.raises(CodeListDamaged, match="repeated"):
        codelists.read(path)


def test_corridor_names_override_iso_codes_and_are_marked():
    folder = codelists.codelist_dir() / "supplements"
    lines = (folder / "corridor_names.csv").read_text(encoding="utf-8").splitlines()
    entries = [
        entry
        for entry in csv.DictReader(line for line in lines if not line.startswith("#"))
        if entry["label"]
    ]
    assert entries
    for entry in entries:
        code = codelists.load(entry["list"]).get(entry["code"])
        assert code.labels[entry["language"]] == entry["label"]
        assert entry["language"] in code.extra["lintas_drafted"].split()


CORRIDOR_COUNTRIES = {
    "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS",  # ASEAN
    "SAU", "ARE", "QAT", "KWT", "OMN", "BHR",  # Gulf
    "CHN", "JPN", "KOR", "PRK", "TWN", "HKG", "MAC",  # East Asia
}  # fmt: skip


def test_every_asean_and_corridor_country_has_a_non_english_name_in_every_language():
    countries = codelists.load("country")
    missing = [
        f"{code} {lang}"
        for code in sorted(CORRIDOR_COUNTRIES)
        for lang in ("th", "km", "lo", "my", "vi", "id", "ms", "fil")
        if not countries.get(code).labels.get(lang)
        or lang not in countries.get(code).extra["lintas_drafted"].split()
    ]
    assert missing == []
    # and their currencies, which the earnings and remittance questions use
    currencies = codelists.load("currency")
    for code in ("THB", "MYR", "SGD", "SAR", "AED", "CNY", "JPY", "KRW", "TWD", "HKD", "MOP"):
        assert all(currencies.get(code).labels.get(lang) for lang in ("my", "ms", "fil")), code
