"""Myanmar text: detect Zawgyi-encoded input and convert it to Unicode.

Zawgyi is a font encoding that reuses Myanmar code points for glyph shapes and
stores text in visual order (the vowel sign E and the medial RA are typed
before the consonant). Answers typed on a Zawgyi keyboard look right on that
phone but are different code points from the same words in Unicode, so they
would never compare equal in statistics. Detection uses Google's
``myanmartools`` model; conversion is our own rule set, written from the
Unicode Myanmar block chart and Unicode Technical Note #11 ("Representing
Myanmar in Unicode", storage order), since ICU's Zawgyi-my transliterator is
not available to Python here. It covers the common cases: reordering of E and
medial RA, the shifted medials and asat, kinzi, stacked consonants, the
ligature and alternate glyphs, and the letter-for-digit substitutions (၀ for
ဝ). Rare ligatures outside those map one for one where Unicode has an
equivalent and are otherwise left as they are.
"""

from __future__ import annotations

import warnings
from functools import cache

from myanmartools import ZawgyiDetector

# The detector's own guidance: above 0.95 the text is very likely Zawgyi.
ZAWGYI_THRESHOLD = 0.95

_KINZI = "\u1004\u103a\u1039"
_PRE_E = "\ue001"  # private markers for marks that Zawgyi types before the consonant
_PRE_RA = "\ue002"
_KINZI_MARK = "\ue003"

# Zawgyi code point -> Unicode text (markers for the ones needing reordering).
_MAP: dict[str, str] = {
    "\u1031": _PRE_E,
    "\u103b": _PRE_RA,
    **{chr(c): _PRE_RA for c in range(0x107E, 0x1085)},  # medial RA glyph variants
    "\u103a": "\u103b",  # medial YA
    "\u107d": "\u103b",
    "\u103c": "\u103d",  # medial WA
    "\u103d": "\u103e",  # medial HA
    "\u1087": "\u103e",
    "\u108a": "\u103d\u103e",
    "\u1088": "\u103e\u102f",
    "\u1089": "\u103e\u1030",
    "\u1039": "\u103a",  # Zawgyi's visible virama is the Unicode asat
    "\u1033": "\u102f",
    "\u1034": "\u1030",
    "\u105a": "\u102b\u103a",
    "\u1094": "\u1037",
    "\u1095": "\u1037",
    "\u1064": _KINZI_MARK,
    "\u108b": _KINZI_MARK + "\u102d",
    "\u108c": _KINZI_MARK + "\u102e",
    "\u108d": _KINZI_MARK + "\u1036",
    "\u108e": "\u102d\u1036",
    "\u106a": "\u1009",
    "\u106b": "\u100a",
    "\u108f": "\u1014",
    "\u1090": "\u101b",
    "\u1086": "\u103f",
    "\u106e": "\u100d\u1039\u100d",
    "\u106f": "\u100d\u1039\u100e",
    "\u1091": "\u100f\u1039\u100d",
    "\u1092": "\u100b\u1039\u100c",
    "\u1097": "\u100b\u1039\u100b",
    "\u1096": "\u1039\u1010\u103d",
    "\u104e": "\u104e\u1004\u103a\u1038",
}
# Stacked (subjoined) consonants: Zawgyi glyph -> the consonant under virama.
_STACKED = {
    0x1060: 0x1000, 0x1061: 0x1001, 0x1062: 0x1002, 0x1063: 0x1003, 0x1065: 0x1005,
    0x1066: 0x1006, 0x1067: 0x1006, 0x1068: 0x1007, 0x1069: 0x1008, 0x106C: 0x100B,
    0x106D: 0x100C, 0x1070: 0x100F, 0x1071: 0x1010, 0x1072: 0x1010, 0x1073: 0x1011,
    0x1074: 0x1011, 0x1075: 0x1012, 0x1076: 0x1013, 0x1077: 0x1014, 0x1078: 0x1015,
    0x1079: 0x1016, 0x107A: 0x1017, 0x107B: 0x1018, 0x107C: 0x1019, 0x1085: 0x101C,
    0x1093: 0x1018,
}  # fmt: skip
_MAP.update({chr(z): "\u1039" + chr(u) for z, u in _STACKED.items()})

# Storage order after the consonant (UTN #11): stacked, medials Y R W H, E,
# upper vowels, lower vowels, A vowels, anusvara, dot below, asat, visarga.
_RANK = {
    "\u1039": 1, "\u103b": 2, "\u103c": 3, "\u103d": 4, "\u103e": 5, "\u1031": 6,
    "\u102d": 7, "\u102e": 7, "\u1032": 7, "\u102f": 8, "\u1030": 8, "\u102b": 9,
    "\u102c": 9, "\u1036": 10, "\u1037": 11, "\u103a": 12, "\u1038": 13,
}  # fmt: skip


def _is_base(char: str) -> bool:
    # Consonants, independent vowels, great SA, and the letters ၎/၏.
    return "\u1000" <= char <= "\u102a" or char in "\u103f\u104c\u104d\u104e\u104f"


@cache
def _detector() -> ZawgyiDetector:
    # myanmartools 1.2 loads its model with a deprecated importlib call; the
    # warning is theirs and says nothing to our users.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return ZawgyiDetector()


def zawgyi_probability(text: str) -> float:
    """How likely ``text`` is Zawgyi (0..1); 0 for text with no Myanmar letters."""
    if not any("\u1000" <= c <= "\u109f" for c in text):
        return 0.0
    return float(_detector().get_zawgyi_probability(text))


def is_zawgyi(text: str) -> bool:
    return zawgyi_probability(text) > ZAWGYI_THRESHOLD


def to_unicode_if_zawgyi(text: str) -> str:
    """``text`` converted to Unicode when it is detected as Zawgyi, else unchanged."""
    return zawgyi_to_unicode(text) if is_zawgyi(text) else text


def zawgyi_to_unicode(text: str) -> str:
    """Convert Zawgyi-encoded Myanmar text to Unicode (see the module notes)."""
    mapped = "".join(_MAP.get(char, char) for char in text)
    mapped = _letters_for_digits(mapped)
    return _reorder(mapped)


def _letters_for_digits(text: str) -> str:
    # Zawgyi typists use ၀ (zero) for ဝ (WA) and ၇ (seven) for ရ (RA) because
    # they look alike; inside a word (next to a Myanmar letter or mark, not a
    # digit) they are letters.
    chars = list(text)
    for i, char in enumerate(chars):
        if char not in "\u1040\u1047":
            continue
        before = chars[i - 1] if i else ""
        after = chars[i + 1] if i + 1 < len(chars) else ""
        if _in_word(before) or _in_word(after) or after in (_PRE_E, _PRE_RA):
            chars[i] = "\u101d" if char == "\u1040" else "\u101b"
    return "".join(chars)


def _in_word(char: str) -> bool:
    return bool(char) and ("\u1000" <= char <= "\u103f" or char in (_KINZI_MARK,))


def _reorder(text: str) -> str:
    out: list[str] = []
    pending: list[str] = []  # E / medial RA typed before their consonant
    i = 0
    while i < len(text):
        char = text[i]
        if char in (_PRE_E, _PRE_RA):
            pending.append("\u1031" if char == _PRE_E else "\u103c")
            i += 1
        elif _is_base(char):
            i = _cluster(text, i, pending, out)
            pending = []
        else:
            out.extend(pending)
            pending = []
            out.append(_KINZI if char == _KINZI_MARK else char)
            i += 1
    out.extend(pending)
    return "".join(out)


def _cluster(text: str, start: int, pending: list[str], out: list[str]) -> int:
    """Emit the syllable cluster whose base is text[start]; return the next index."""
    marks: list[str] = list(pending)
    kinzi = False
    i = start + 1
    while i < len(text):
        char = text[i]
        if char == "\u1039" and i + 1 < len(text) and _is_base(text[i + 1]):
            marks.append(char + text[i + 1])  # a stacked consonant moves as a unit
            i += 2
        elif char == _KINZI_MARK:
            kinzi = True
            i += 1
        elif char in _RANK:
            marks.append(char)
            i += 1
        else:
            break
    marks.sort(key=lambda mark: _RANK[mark[0]])  # stable: keeps the typed order of equals
    out.append((_KINZI if kinzi else "") + text[start] + "".join(_dedupe(marks)))
    return i


def _dedupe(marks: list[str]) -> list[str]:
    # Zawgyi users often type a mark twice because the glyph looked faint.
    kept: list[str] = []
    for mark in marks:
        if not kept or kept[-1] != mark:
            kept.append(mark)
    return kept
