"""Zawgyi detection (myanmartools) and our Zawgyi -> Unicode conversion."""

import pytest

from lintas.privacy.zawgyi import (
    is_zawgyi,
    to_unicode_if_zawgyi,
    zawgyi_probability,
    zawgyi_to_unicode,
)


def cps(*points):
    return "".join(chr(p) for p in points)


# (Zawgyi as typed on a Zawgyi keyboard, the same words in Unicode). Unicode forms
# follow the storage order of Unicode Technical Note #11.
PAIRS = [
    # "Myanmar": medial RA typed before the consonant, asat at 1039
    (cps(0x103B, 0x1019, 0x1014, 0x1039, 0x1019, 0x102C), "မြန်မာ"),
    # "speak": E vowel and medial RA both before the consonant
    (cps(0x1031, 0x103B, 0x1015, 0x102C), "ပြော"),
    # "thank you": E before the consonant, medial YA at 103A
    (
        cps(0x1031, 0x1000, 0x103A, 0x1038, 0x1007, 0x1030, 0x1038, 0x1010, 0x1004, 0x1039)
        + cps(0x1015, 0x102B, 0x1010, 0x101A, 0x1039),
        "ကျေးဇူးတင်ပါတယ်",
    ),
    # "mingalaba": kinzi typed after its consonant
    (cps(0x1019, 0x1002, 0x1064, 0x101C, 0x102C, 0x1015, 0x102B), "မင်္ဂလာပါ"),
    # "look": dot below and asat typed in the other order
    (cps(0x103B, 0x1000, 0x100A, 0x1039, 0x1037), "ကြည့်"),
    # "staff": zero typed for WA
    (cps(0x1040, 0x1014, 0x1039, 0x1011, 0x1019, 0x1039, 0x1038), "ဝန်ထမ်း"),
    # "I (male)": medial YA + WA, E before TA
    (
        cps(0x1000, 0x103A, 0x103C, 0x1014, 0x1039, 0x1031, 0x1010, 0x102C, 0x1039),
        "ကျွန်တော်",
    ),
    # "-ness": HA + U ligature 1088
    (cps(0x1019, 0x1088), "မှု"),
    # "have": medial HA at 103D
    (cps(0x101B, 0x103D, 0x102D), "ရှိ"),
    # "go out": medial WA at 103C
    (cps(0x1011, 0x103C, 0x1000, 0x1039), "ထွက်"),
    # "country": NA variant 108F
    (cps(0x108F, 0x102D, 0x102F, 0x1004, 0x1039, 0x1004, 0x1036), "နိုင်ငံ"),
    # "work": stacked PA under MA (1078)
    (cps(0x1000, 0x1019, 0x1078, 0x102C), "ကမ္ပာ"),
    # "health": E + medial YA + stacked
    (
        cps(0x1000, 0x103A, 0x1014, 0x1039, 0x1038, 0x1019, 0x102C, 0x1031, 0x101B, 0x1038),
        "ကျန်းမာရေး",
    ),
    # "agent / broker" style word with medial HA+WA ligature 108A
    (cps(0x1006, 0x108A, 0x1031, 0x1038), "ဆွှေး"),
    # "school"
    (cps(0x1031, 0x1000, 0x103A, 0x102C, 0x1004, 0x1039, 0x1038), "ကျောင်း"),
    # "finished": tall medial RA variant 107F
    (cps(0x107F, 0x1015, 0x102E), "ပြီ"),
    # "worker"
    (cps(0x1021, 0x101C, 0x102F, 0x1015, 0x1039, 0x101E, 0x1019, 0x102C, 0x1038), "အလုပ်သမား"),
    # "gold": E before the consonant, WA+HA ligature
    (cps(0x1031, 0x101B, 0x108A), "ရွှေ"),
    # medial RA variant 107E
    (cps(0x107E, 0x1000, 0x100A, 0x1039), "ကြည်"),
    # "chairman": stacked KA 1060 and the TTA+TTHA ligature 1092
    (cps(0x1025, 0x1000, 0x1060, 0x1092), "ဥက္ကဋ္ဌ"),
    # "town": alternate U 1033 and dot below variant 1095
    (cps(0x107F, 0x1019, 0x102D, 0x1033, 0x1095), "မြို့"),
    # "emergency"
    (
        cps(0x1021, 0x1031, 0x101B, 0x1038, 0x1015, 0x1031, 0x102B, 0x1039),
        "အရေးပေါ်",
    ),
]


@pytest.mark.parametrize(("zawgyi", "unicode"), PAIRS)
def test_conversion_gives_the_unicode_spelling(zawgyi, unicode):
    assert zawgyi_to_unicode(zawgyi) == unicode


def test_detector_tells_zawgyi_from_unicode_on_a_sentence():
    zawgyi = " ".join(z for z, _ in PAIRS)
    unicode = " ".join(u for _, u in PAIRS)
    assert is_zawgyi(zawgyi)
    assert not is_zawgyi(unicode)
    assert to_unicode_if_zawgyi(zawgyi) == unicode
    assert to_unicode_if_zawgyi(unicode) == unicode


@pytest.mark.parametrize(
    "text",
    [
        "I paid 15000 baht",
        "ค่านายหน้า 15000 บาท",
        "ကျွန်တော် ထိုင်းနိုင်ငံမှာ အလုပ်လုပ်ခဲ့တယ်",
        "ខ្ញុំធ្វើការនៅថៃ",
        "",
    ],
)
def test_non_zawgyi_text_is_left_alone(text):
    assert to_unicode_if_zawgyi(text) == text


def test_text_without_myanmar_letters_has_zero_probability():
    assert zawgyi_probability("hello 123") == 0.0


def test_digits_stay_digits_outside_words():
    # ၁၀ (10) is a number; only a zero inside a word is the letter WA.
    assert zawgyi_to_unicode("၁၀ ႏွစ္") == "၁၀ နှစ်"
