"""Labels keep to their script, and what is still English can only shrink (issue 14).

Reads the shipped workbook: every label and hint of Thai, Khmer, Lao and Burmese, the
zero-width spaces Khmer uses between words, and the translation_status sheet.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[2]
WORKBOOK = ROOT / "forms" / "asean_migrant_worker_survey.xlsx"
BASELINE = Path(__file__).with_name("english_label_baseline.json")
OWN_SCRIPT = {
    "th": "\u0e00-\u0e7f",
    "lo": "\u0e80-\u0eff",
    "km": "\u1780-\u17ff",
    "my": "\u1000-\u109f",
}
# Codes and names a label may carry in Latin letters: the date format, classification names,
# the memorandum of understanding channel and the CFA/CFP franc issuers.
ALLOWED_LATIN = {
    "YYYY-MM", "ILO", "ISIC", "Rev", "Rev.", "T", "T.", "ISCO-", "MOU",
    "CFA", "BEAC", "BCEAO", "CFP",
}  # fmt: skip
ZWSP = "\u200b"


@pytest.fixture(scope="module")
def workbook():
    return load_workbook(WORKBOOK, read_only=True)


def texts(workbook):
    """(sheet, row name, column, language code, text) for every translated cell."""
    for sheet in ("survey", "choices"):
        rows = list(workbook[sheet].iter_rows(values_only=True))
        header = rows[0]
        for row in rows[1:]:
            for column, value in zip(header, row):
                if column and "::" in column and isinstance(value, str) and value:
                    lang = column.rsplit("(", 1)[-1].rstrip(")")
                    yield sheet, row[1], column, lang, value


def test_no_latin_letters_inside_thai_khmer_lao_or_burmese_text(workbook):
    problems = []
    for sheet, name, column, lang, text in texts(workbook):
        script = OWN_SCRIPT.get(lang)
        if not script or not re.search(f"[{script}]", text):
            continue  # a whole-English label is "missing", counted on translation_status
        plain = re.sub(r"\$\{[^}]*\}", "", text)
        latin = set(re.findall(r"[A-Za-z][A-Za-z.\-]*", plain)) - ALLOWED_LATIN
        if latin:
            problems.append(f"{sheet} {name} {column}: {sorted(latin)}")
    assert problems == []


def test_no_leading_trailing_or_doubled_zero_width_spaces(workbook):
    problems = [
        f"{sheet} {name} {column}"
        for sheet, name, column, _, text in texts(workbook)
        if text.startswith(ZWSP) or text.endswith(ZWSP) or ZWSP * 2 in text
    ]
    assert problems == []


def test_what_is_still_english_only_goes_down(workbook):
    rows = workbook["translation_status"].iter_rows(min_row=2, values_only=True)
    english = Counter(row[3] for row in rows if str(row[4]).startswith("missing"))
    baseline = {k: v for k, v in json.loads(BASELINE.read_text()).items() if k != "_about"}
    assert set(english) <= set(baseline)
    grown = {
        lang: (english[lang], limit) for lang, limit in baseline.items() if english[lang] > limit
    }
    assert grown == {}, f"more labels in English than the baseline (now, baseline): {grown}"
    assert sum(english.values()) > 0  # the sheet is read: Burmese still has English names
