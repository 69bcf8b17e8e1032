"""Guards at entry: find things in free text that look like direct identifiers.

Enumerators sometimes write a phone number, a passport number or a Facebook
link into an "other, specify" box. These detectors find them so the form can
warn and offer to redact before the answer is saved. They aim at precision on
ordinary survey answers (ages, years, dates, amounts such as "15000 baht" or
"Rp 2.500.000") while catching the identifier shapes used in ASEAN:

- phones: +66 Thailand, +95 Myanmar, +855 Cambodia, +856 Laos, +84 Viet Nam,
  +62 Indonesia, +60 Malaysia, +63 Philippines, +65 Singapore, +673 Brunei,
  +670 Timor-Leste (also with a 00 prefix), and local forms with a trunk 0
  (9 to 12 digits, e.g. 081-234-5678, 09 4512 34567) or 8-digit mobiles in 4+4
  groups (Singapore, Timor-Leste);
- e-mail addresses; URLs and bare web addresses (facebook.com/...);
- passports: 1-2 letters then 6-9 digits, optionally a final letter
  (AA1234567, MA123456, P1234567A, K1234567A);
- ID cards: Thai 13-digit ID (1-2345-67890-12-3), Malaysian MyKad
  (900101-14-5678), Myanmar NRC (12/MaYaKa(N)123456, also in Myanmar script);
- long digit runs: 9 or more digits in a row, in any script, unless a currency
  follows or precedes them (then it is an amount).

Digits of every script are folded to ASCII one for one before matching, so the
spans found index the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

KINDS = ("email", "url", "id_card", "passport", "phone", "digits")

_CURRENCY = (
    r"(?:baht|thb|kip|lak|kyats?|mmk|riels?|khr|dong|vnd|đồng|rupiah|idr|rp|ringgit|myr|rm|"
    r"pesos?|php|sgd|bnd|usd|dollars?|us\$|\$|฿|₭|៛|₫|₱|บาท|ກີບ|ကျပ်|រៀល|đ)"
)
# Each pattern starts only where a run of its characters starts (the negative
# look-behinds), so a long run is scanned once, not once per position.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_TLDS = (
    "com|net|org|info|biz|io|me|gov|edu|asia|app|"
    "th|mm|kh|la|vn|id|my|ph|sg|bn|tl|co\\.th|com\\.mm|com\\.kh|co\\.id|com\\.my|com\\.ph"
)
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    rf"|(?<![\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b(?:/\S*)?",
    re.IGNORECASE,
)
_MYANMAR_LETTERS = "\u1000-\u109f"
_NRC = re.compile(
    rf"\b\d{{1,2}}\s?/\s?[A-Za-z{_MYANMAR_LETTERS}]{{2,16}}\s?\(\s?[A-Za-z{_MYANMAR_LETTERS}]{{1,8}}\s?\)"
    r"\s?\d{5,6}\b"
)
_THAI_ID = re.compile(r"(?<![\d-])\d[- ]\d{4}[- ]\d{5}[- ]\d{2}[- ]\d(?![\d-])")
_MYKAD = re.compile(r"(?<![\d-])\d{6}-\d{2}-\d{4}(?![\d-])")
_PASSPORT = re.compile(r"(?<![\w-])[A-Za-z]{1,2}\s?\d{6,9}[A-Za-z]?(?![\w-])")
_INTERNATIONAL_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)\s?(?:66|95|855|856|84|62|60|63|65|673|670)"
    r"(?:[\s.-]?\(?\d{1,4}\)?){2,6}(?![\w])"
)
# A trunk-prefix local number: 0 then groups of digits joined by single spaces,
# dashes or dots (never "/" or ",": those are dates and amounts).
_LOCAL_PHONE = re.compile(r"(?<![\w.,/-])\(?0\d{1,4}\)?(?:[\s.-]?\d{2,5}){1,4}(?![\w,/-])")
_EIGHT_DIGIT_MOBILE = re.compile(r"(?<![\w.,/-])[3689]\d{3}[\s-]\d{4}(?![\w.,/-])")
_DIGIT_RUN = re.compile(r"\d{9,}")
_AMOUNT_AFTER = re.compile(rf"\s?{_CURRENCY}(?!\w)", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(rf"(?<!\w){_CURRENCY}\s?$", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """Something that looks like a direct identifier, at text[start:end]."""

    kind: str  # one of KINDS
    start: int
    end: int

    def excerpt(self, text: str) -> str:
        return text[self.start : self.end]


def fold_digits(text: str) -> str:
    """Every Unicode decimal digit as its ASCII digit; same length as ``text``."""
    if text.isascii():
        return text
    out = []
    for char in text:
        digit = unicodedata.decimal(char, None) if not char.isascii() else None
        out.append(str(digit) if digit is not None else char)
    return "".join(out)


def find_identifiers(text: str) -> list[Finding]:
    """Findings in ``text``, sorted by position, never overlapping.

    Where two detectors match the same characters the more specific kind wins
    (an e-mail is not also reported as a URL).
    """
    folded = fold_digits(text)
    candidates: list[Finding] = []
    for kind, matches in _all_matches(folded):
        candidates.extend(Finding(kind, m.start(), m.end()) for m in matches)
    return _without_overlaps(candidates)


def identifier_kinds(text: str) -> list[str]:
    """The kinds of identifier found in ``text``, each once, in the order of KINDS."""
    found = {f.kind for f in find_identifiers(text)}
    return [kind for kind in KINDS if kind in found]


def _all_matches(folded: str) -> Iterable[tuple[str, Iterable[re.Match[str]]]]:
    yield "email", _EMAIL.finditer(folded)
    yield "url", _URL.finditer(folded)
    yield "id_card", _NRC.finditer(folded)
    yield "id_card", _THAI_ID.finditer(folded)
    yield "id_card", _MYKAD.finditer(folded)
    yield "passport", _PASSPORT.finditer(folded)
    yield "phone", _INTERNATIONAL_PHONE.finditer(folded)
    yield "phone", (m for m in _LOCAL_PHONE.finditer(folded) if _is_local_phone(m, folded))
    yield "phone", (m for m in _EIGHT_DIGIT_MOBILE.finditer(folded) if not _amount(m, folded))
    yield "digits", (m for m in _DIGIT_RUN.finditer(folded) if not _amount(m, folded))


def _is_local_phone(match: re.Match[str], text: str) -> bool:
    digits = sum(c.isdigit() for c in match.group())
    return 9 <= digits <= 12 and not _amount(match, text)


def _amount(match: re.Match[str], text: str) -> bool:
    return bool(
        _AMOUNT_AFTER.match(text, match.end())
        or _AMOUNT_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
    )


def _without_overlaps(candidates: list[Finding]) -> list[Finding]:
    rank = {kind: i for i, kind in enumerate(KINDS)}
    # Most specific kind first, then the longest match.
    ordered = sorted(candidates, key=lambda f: (rank[f.kind], f.start - f.end, f.start))
    chosen: list[Finding] = []
    for finding in ordered:
        if all(finding.end <= c.start or finding.start >= c.end for c in chosen):
            chosen.append(finding)
    return sorted(chosen, key=lambda f: f.start)


def redact(text: str, findings: Iterable[Finding], template: str = "[{kind}]") -> str:
    """``text`` with each finding replaced by ``template`` (e.g. "[phone]")."""
    out = []
    position = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < position:
            continue  # overlapping findings: the first one already covers it
        out.append(text[position : finding.start])
        out.append(template.format(kind=finding.kind))
        position = finding.end
    out.append(text[position:])
    return "".join(out)
