"""Free-text guards: catch identifiers, leave ordinary survey answers alone."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lintas.privacy.freetext import Finding, find_identifiers, fold_digits, redact


def kinds(text):
    return [(f.kind, f.excerpt(text)) for f in find_identifiers(text)]


CAUGHT = [
    ("Call me on +66 81 234 5678", "phone", "+66 81 234 5678"),
    ("ติดต่อ 081-234-5678 ได้", "phone", "081-234-5678"),
    ("ဖုန်း 09 4512 34567", "phone", "09 4512 34567"),
    ("+95 9 451 234 567 is my brother", "phone", "+95 9 451 234 567"),
    ("លេខ +855 12 345 678", "phone", "+855 12 345 678"),
    ("ເບີ 020 5512 3456", "phone", "020 5512 3456"),
    ("+856 20 5512 3456", "phone", "+856 20 5512 3456"),
    ("số 0912 345 678", "phone", "0912 345 678"),
    ("+84 912 345 678", "phone", "+84 912 345 678"),
    ("WA 0812-3456-7890", "phone", "0812-3456-7890"),
    ("+62 812 3456 7890", "phone", "+62 812 3456 7890"),
    ("hp 012-345 6789", "phone", "012-345 6789"),
    ("+60 12-345 6789", "phone", "+60 12-345 6789"),
    ("cp 0917 123 4567", "phone", "0917 123 4567"),
    ("+63 917 123 4567", "phone", "+63 917 123 4567"),
    ("SG number 9123 4567", "phone", "9123 4567"),
    ("+65 9123 4567", "phone", "+65 9123 4567"),
    ("+673 712 3456", "phone", "+673 712 3456"),
    ("+670 7723 4567", "phone", "+670 7723 4567"),
    ("0066 81 234 5678", "phone", "0066 81 234 5678"),
    ("โทร ๐๘๑๒๓๔๕๖๗๘", "phone", "๐๘๑๒๓๔๕๖๗๘"),
    ("ဖုန်း ၀၉၄၅၁၂၃၄၅၆၇", "phone", "၀၉၄၅၁၂၃၄၅၆၇"),
    ("mail somchai.k@gmail.com please", "email", "somchai.k@gmail.com"),
    ("see https://example.org/p?id=7", "url", "https://example.org/p?id=7"),
    ("my fb is facebook.com/aung.aung.77", "url", "facebook.com/aung.aung.77"),
    ("www.line.me/ti/p/abc", "url", "www.line.me/ti/p/abc"),
    ("passport AA1234567 kept by agent", "passport", "AA1234567"),
    ("passport MA123456", "passport", "MA123456"),
    ("PH passport P1234567A", "passport", "P1234567A"),
    ("NRIC S1234567D", "passport", "S1234567D"),
    ("บัตร 1-2345-67890-12-3", "id_card", "1-2345-67890-12-3"),
    ("IC 900101-14-5678", "id_card", "900101-14-5678"),
    ("NRC 12/MaYaKa(N)123456", "id_card", "12/MaYaKa(N)123456"),
    ("မှတ်ပုံတင် ၁၂/မရက(နိုင်)၁၂၃၄၅၆", "id_card", "၁၂/မရက(နိုင်)၁၂၃၄၅၆"),
    ("NIK 3174012345678901", "digits", "3174012345678901"),
    ("account 123456789012", "digits", "123456789012"),
]


@pytest.mark.parametrize(("text", "kind", "excerpt"), CAUGHT)
def test_identifiers_are_found(text, kind, excerpt):
    assert (kind, excerpt) in kinds(text)


ORDINARY = [
    "I am 23 years old and came in 2019.",
    "Paid 15000 baht to the broker, then 3,500 baht for the medical check.",
    "ค่านายหน้า 15000 บาท",
    "Rp 2.500.000 untuk agen, Rp 150.000.000 total",
    "paid 150000000 rupiah",
    "biaya 25.000.000 rupiah",
    "1,500,000 kip for documents",
    "ကျပ် ၁၅၀၀၀၀၀ ပေးရတယ်",
    "Worked 12 hours a day, 7 days a week, for 6 months.",
    "Left on 05/12/2023, arrived 12-05-2023 or 05.12.2023.",
    "Salary 9000 THB per month, 300 per day",
    "We were 25 people in one room, 3 children.",
    "Tôi làm việc 10 tiếng mỗi ngày, lương 7.000.000 đồng",
    "Saya bekerja di kebun sawit selama 2 tahun",
    "ធ្វើការ ១២ ម៉ោង ក្នុងមួយថ្ងៃ",
    "ເຮັດວຽກ 10 ຊົ່ວໂມງ",
    "ISCO 7112, ISIC F, class 2019-2020",
    "room 12B, floor 3",
    "$ 1200 to the agency in 2022",
    "He is 17. Born 2007. Family of 5.",
    "Paid RM 4500 levy and MYR 1,200 fee",
    "PHP 85,000 placement fee",
    "e.g. see the supervisor",
    "Mr. Tun said: ok.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_answers_raise_no_warning(text):
    assert kinds(text) == []


def test_redact_replaces_each_finding_in_one_action():
    text = "Call +66 81 234 5678 or mail a.b@x.com, passport AA1234567."
    assert (
        redact(text, find_identifiers(text)) == "Call [phone] or mail [email], passport [passport]."
    )
    assert find_identifiers(redact(text, find_identifiers(text))) == []


def test_redact_with_a_template_and_overlaps():
    text = "0812345678"
    overlapping = [Finding("phone", 0, 10), Finding("digits", 2, 10)]
    assert redact(text, overlapping, "■") == "■"


def test_findings_do_not_overlap_and_specific_kinds_win():
    found = find_identifiers("write to aung@example.com")
    assert [f.kind for f in found] == ["email"]


def test_fold_digits_keeps_positions():
    text = "โทร ๐๘๑ ၁၂ ១២ ໑໒ ١٢"
    folded = fold_digits(text)
    assert len(folded) == len(text)
    assert folded == "โทร 081 12 12 12 12"


@given(st.text(max_size=80))
def test_redact_never_leaves_a_finding_and_findings_are_in_range(text):
    found = find_identifiers(text)
    for finding in found:
        assert 0 <= finding.start < finding.end <= len(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    redacted = redact(text, found)
    assert find_identifiers(redacted) == []
