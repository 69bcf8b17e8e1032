"""Keyed pseudonyms: stable across offices with one key, useless without it."""

import random
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lintas.privacy.errors import EmptyIdentifierError
from lintas.privacy.keys import RegionalKey
from lintas.privacy.pseudonyms import (
    PREFIX,
    is_pseudonym,
    normalise_identifier,
    pseudonymise,
    pseudonymise_answers,
)

KEY = RegionalKey(bytes(range(32)), label="test")

# The same identifier as two offices might type it.
SAME_IDENTIFIER = [
    ("MA 123 456", "ma123456"),
    ("ab-1234567", "AB1234567"),
    ("ＡＢ１２３４５６７", "ab 1234567"),  # full-width forms (a Japanese IME, a phone keyboard)
    ("AA๑๒๓๔๕๖๗", "aa1234567"),  # Thai digits
    ("N໐໑໒໓໔໕໖໗", "n01234567"),  # Lao digits
    ("P១២៣៤៥៦៧", "P-1234567"),  # Khmer digits
    ("MC၁၂၃၄၅၆", "mc 123 456"),  # Myanmar digits
    ("+66 81 234 5678", "66812345678"),
    ("Nguyễn Văn An", "NGUYỄN VĂN AN"),
    ("Nguye\u0302\u0303n Van An", "nguyễn van an"),  # decomposed accents
    ("Somchai\u200bJaidee", "somchai jaidee"),  # zero-width space
    ("STRASSE", "straße"),  # case folding, not lowercasing
]


@pytest.mark.parametrize(("typed_here", "typed_there"), SAME_IDENTIFIER)
def test_same_identifier_typed_differently_gives_one_pseudonym(typed_here, typed_there):
    office_a = RegionalKey.from_bytes(KEY.to_bytes())  # each office has its own copy
    office_b = RegionalKey.from_bytes(KEY.to_bytes())
    assert pseudonymise(typed_here, office_a) == pseudonymise(typed_there, office_b)


def test_normalisation_keeps_thai_and_myanmar_letters_and_marks():
    assert normalise_identifier("สมชาย ใจดี") == "สมชายใจดี"
    assert normalise_identifier("အောင် ကို") == "အောင်ကို"


def test_different_identifiers_give_different_pseudonyms():
    codes = {pseudonymise(f"AB{n:07d}", KEY) for n in range(2000)}
    assert len(codes) == 2000


def test_different_keys_give_different_pseudonyms():
    other = RegionalKey.generate("other region")
    assert pseudonymise("AB1234567", KEY) != pseudonymise("AB1234567", other)


def test_pseudonym_is_a_short_typed_code_without_the_identifier():
    code = pseudonymise("AB1234567", KEY)
    assert code.startswith(PREFIX) and len(code) == len(PREFIX) + 16
    assert is_pseudonym(code)
    assert "1234567" not in code and "ab" not in code.lower()[len(PREFIX) :]


def test_brute_force_over_likely_passports_without_the_key_matches_nothing():
    real_key = RegionalKey.generate()
    rng = random.Random(4)
    letters = [a + b for a in string.ascii_uppercase for b in string.ascii_uppercase]
    victims = {f"{rng.choice(letters)}{rng.randrange(10**7):07d}" for _ in range(50)}
    stored = {pseudonymise(v, real_key) for v in victims}
    # The intruder has the stored codes and guesses 10^5 passport numbers, including
    # every victim's real one, but not the key.
    guesses = list(victims) + [f"{rng.choice(letters)}{n:07d}" for n in range(100_000 - 50)]
    wrong_key = RegionalKey.generate()
    matches = [g for g in guesses if pseudonymise(g, wrong_key) in stored]
    assert matches == []
    # With the key the same guesses find every victim: the key is what protects them.
    assert {g for g in guesses if pseudonymise(g, real_key) in stored} == victims


def test_an_unkeyed_digest_would_be_found_by_the_same_brute_force():
    # Why a keyed MAC: ODK's digest() stores sha256(value), which enumeration reverses.
    import hashlib

    target = hashlib.sha256(b"MA123456").hexdigest()
    guesses = (f"MA{n:06d}" for n in range(200_000))
    assert any(hashlib.sha256(g.encode()).hexdigest() == target for g in guesses)


@pytest.mark.parametrize("value", ["", "   ", "--/--", "\u200b"])
def test_empty_identifier_is_refused(value):
    with pytest.raises(EmptyIdentifierError, match="empty"):
        pseudonymise(value, KEY)


def test_answers_pseudonym_depends_on_field_and_value():
    passport = pseudonymise_answers({"passport": "123456"}, KEY)
    phone = pseudonymise_answers({"phone": "123456"}, KEY)
    assert passport != phone
    both = pseudonymise_answers({"passport": "AB 123", "name": "Ana"}, KEY)
    assert both == pseudonymise_answers({"name": "ana", "passport": "ab123"}, KEY)
    assert pseudonymise_answers({"passport": " - "}, KEY) is None
    assert pseudonymise_answers({}, KEY) is None


@given(st.text(min_size=1, max_size=30))
def test_normalisation_is_idempotent(value):
    once = normalise_identifier(value)
    assert normalise_identifier(once) == once


@given(st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=20))
def test_spacing_and_case_never_change_the_pseudonym(value):
    spaced = " ".join(value.upper())
    assert pseudonymise(value, KEY) == pseudonymise(spaced, KEY)
