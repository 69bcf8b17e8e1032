"""Regenerate country.csv and currency.csv from pycountry (ISO 3166-1, ISO 4217).

Run from the project root after upgrading pycountry:

    python3 resources/codelists/generate_iso_lists.py

then ``python3 forms/build_survey.py`` so that the form's choices follow.
Localised names come from the iso-codes translations that pycountry ships;
a language that has no translation for an entry gets an empty cell (the form
then shows English and says so in its translation_status sheet).
"""

from __future__ import annotations

import csv
import gettext
import importlib.metadata
import re
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "th", "km", "lo", "my", "vi", "id", "ms", "fil")
# iso-codes files Filipino under "fil" for some domains and Tagalog ("tl") for others.
LOCALE_FALLBACKS = {"fil": ["fil", "tl"]}
ASEAN = ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS")
ASEAN_CURRENCIES = ("BND", "KHR", "IDR", "LAK", "MYR", "MMK", "PHP", "SGD", "THB", "VND", "USD")
# ISO 4217 entries that are not money a worker pays or earns: funds, metals, test codes.
SUPPLEMENT_NOTE = (
    "column lintas_drafted: languages whose label is a Lintas team draft from "
    "supplements/corridor_names.csv (overrides iso-codes); these need native-speaker review"
)
SEARCH_NOTE = (
    "column also_known_as: other names people type (any language, '/' separated), "
    "from supplements/corridor_names.csv; the app's type-ahead searches them"
)
NOT_MONEY = {
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XAG", "XAU", "XBA",
    "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX", "VED", "ZWL",
}  # fmt: skip


def translators(domain: str) -> dict[str, gettext.NullTranslations]:
    found: dict[str, gettext.NullTranslations] = {}
    for lang in LANGUAGES[1:]:
        for locale in LOCALE_FALLBACKS.get(lang, [lang]):
            try:
                found[lang] = gettext.translation(domain, pycountry.LOCALES_DIR, [locale])
                break
            except FileNotFoundError:
                continue
    return found


# pyxform (and so every XLSForm tool) reads curly quotes as straight ones; storing them
# straight keeps the code lists and the form's choices identical.
STRAIGHT_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def read_corridor_names() -> dict[tuple[str, str, str], tuple[str, list[str]]]:
    """(list, code, language) -> (label, other names) for the ASEAN and corridor entries.

    These override iso-codes, whose names for them are dated, garbled or missing in several
    languages (Vietnamese "Căm Bốt", Indonesian "Timor Timur", Burmese English labels).
    """
    lines = (HERE / "supplements" / "corridor_names.csv").read_text(encoding="utf-8").splitlines()
    rows = csv.DictReader(line for line in lines if not line.startswith("#"))
    return {
        (row["list"], row["code"], row["language"]): (
            row["label"],
            [name for name in row["also_known_as"].split("/") if name],
        )
        for row in rows
    }


def also_known_as(list_name: str, code: str) -> str:
    """Every other name of an entry, in any language, for type-ahead search ('/' separated)."""
    names: list[str] = []
    for (kind, entry, _lang), (_label, others) in read_corridor_names().items():
        if (kind, entry) == (list_name, code):
            names += [name for name in others if name not in names]
    return "/".join(names)


ZWSP = "\u200b"
DANGLING_NG = re.compile(r"^(.+), (.+ ng)$")


def tidy(lang: str, label: str) -> str:
    """Mend iso-codes labels that type-ahead search cannot find.

    Khmer separates words with zero-width spaces; iso-codes has some leading or doubled, which
    break matching. Filipino inverts names ("Korea, Republika ng"), so "Republika ng Korea"
    or a search ending in the country's name finds nothing: put them in reading order.
    """
    while ZWSP * 2 in label:
        label = label.replace(ZWSP * 2, ZWSP)
    label = label.strip(ZWSP)
    if lang == "fil":
        match = DANGLING_NG.match(label)
        if match:
            label = f"{match.group(2)} {match.group(1)}"
    return label


def localised(
    list_name: str, code: str, name: str, domain: dict[str, gettext.NullTranslations]
) -> list[str]:
    """English name, one cell per other language, then the languages the supplement filled."""
    corridor = read_corridor_names()
    cells = [name.translate(STRAIGHT_QUOTES)]
    drafted = []
    for lang in LANGUAGES[1:]:
        # A name the catalogue holds counts as translated even when it reads the same
        # as English ("Indonesia" in Indonesian); a missing one stays empty.
        catalogue = getattr(domain.get(lang), "_catalog", {})
        translated = catalogue.get(name, "").translate(STRAIGHT_QUOTES)
        if corridor.get((list_name, code, lang), ("", []))[0]:
            translated = corridor[(list_name, code, lang)][0]
            drafted.append(lang)
        cells.append(tidy(lang, translated))
    return [*cells, " ".join(drafted)]


def write(path: Path, header_lines: list[str], columns: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for line in header_lines:
            handle.write(f"# {line}\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


def countries(version: str) -> None:
    domain = translators("iso3166-1")
    entries = sorted(pycountry.countries, key=lambda c: (c.alpha_3 not in ASEAN, c.name))
    rows = [
        [
            c.alpha_3,
            *localised("country", c.alpha_3, c.name, domain),
            c.alpha_2,
            "yes" if c.alpha_3 in ASEAN else "no",
            also_known_as("country", c.alpha_3),
        ]
        for c in entries
    ]
    write(
        HERE / "country.csv",
        [
            "source: ISO 3166-1 alpha-3 via pycountry (iso-codes data and translations)",
            f"version: pycountry {version}; lintas list 2",
            "order: ASEAN members and Timor-Leste first, then by English name",
            "generated: resources/codelists/generate_iso_lists.py (do not edit by hand)",
            SUPPLEMENT_NOTE,
            SEARCH_NOTE,
        ],
        [
            "code",
            *(f"label_{lang}" for lang in LANGUAGES),
            "lintas_drafted",
            "alpha_2",
            "asean",
            "also_known_as",
        ],
        rows,
    )


def currencies(version: str) -> None:
    domain = translators("iso4217")
    entries = [c for c in pycountry.currencies if c.alpha_3 not in NOT_MONEY]
    entries.sort(
        key=lambda c: (
            c.alpha_3 not in ASEAN_CURRENCIES,
            ASEAN_CURRENCIES.index(c.alpha_3) if c.alpha_3 in ASEAN_CURRENCIES else 0,
            c.alpha_3,
        )
    )
    rows = [
        [
            c.alpha_3,
            *localised("currency", c.alpha_3, c.name, domain),
            c.numeric,
            also_known_as("currency", c.alpha_3),
        ]
        for c in entries
    ]
    write(
        HERE / "currency.csv",
        [
            "source: ISO 4217 currency codes via pycountry (iso-codes data and translations)",
            f"version: pycountry {version}; lintas list 2",
            "order: ASEAN currencies and USD first, then by code",
            "left out: funds, precious metals and test codes (not money a worker pays or earns)",
            "generated: resources/codelists/generate_iso_lists.py (do not edit by hand)",
            SUPPLEMENT_NOTE,
            SEARCH_NOTE,
        ],
        [
            "code",
            *(f"label_{lang}" for lang in LANGUAGES),
            "lintas_drafted",
            "numeric",
            "also_known_as",
        ],
        rows,
    )


if __name__ == "__main__":
    pycountry_version = importlib.metadata.version("pycountry")
    countries(pycountry_version)
    currencies(pycountry_version)
