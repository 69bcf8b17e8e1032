"""Keyed pseudonyms of direct identifiers.

The identifier itself is never stored. What is stored is a short typed code:
``psn1:`` followed by 16 base32 characters, the first 80 bits of
HMAC-SHA256(regional key, normalised identifier) (RFC 2104, FIPS 198-1 allow
truncation to at least 32 bits; NIST SP 800-107 section 5.3.3).

Why 80 bits: the chance that any two of *n* different people share a code is
about n^2 / 2^81. For 10 million records that is 4e-11, for 100 million 4e-9:
negligible, while the code stays short enough to show and compare. Guessing
is not the threat the length guards against; the key is (a 256-bit secret).
Without the key, an attacker who enumerates every likely passport number gets
codes that match nothing, unlike an unkeyed hash (ODK ``digest()``).

Normalisation makes the same identifier typed differently at two offices give
one code: Unicode NFKC (full-width forms, ligatures), case folding, every
Unicode decimal digit (Thai ๑, Lao ໑, Khmer ១, Myanmar ၁, ...) folded to ASCII,
and spaces, punctuation, symbols and invisible format characters dropped.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import unicodedata
from collections.abc import Mapping

from lintas.privacy.errors import EmptyIdentifierError
from lintas.privacy.keys import RegionalKey

PREFIX = "psn1:"
MAC_BYTES = 10  # 80 bits -> 16 base32 characters, no padding
_DOMAIN = b"lintas pseudonym v1\x00"
# Separates field name from value and fields from each other. Normalised text can
# never contain control characters, so the encoding is unambiguous.
_NAME_SEP = "\x1e"
_FIELD_SEP = "\x1f"
_DROPPED_CATEGORIES = ("Z", "P", "S", "C")


def _fold_char(char: str) -> str:
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    if unicodedata.category(char)[0] in _DROPPED_CATEGORIES:
        return ""
    return char


def normalise_identifier(value: str) -> str:
    """The canonical form of an identifier that pseudonyms are computed from.

    ``" ab-123 456"``, ``"AB123456"`` and ``"ＡＢ１２３４５６"`` all give ``"ab123456"``.
    """
    folded = unicodedata.normalize("NFKC", value).casefold()
    # Case folding can produce decomposed sequences again (e.g. "İ"), so recompose.
    folded = unicodedata.normalize("NFKC", folded)
    kept = "".join(_fold_char(char) for char in folded)
    # Dropping a space can bring a base letter next to its combining mark
    # ("R¸" -> "r" + U+0327), so compose once more for one canonical result.
    return unicodedata.normalize("NFKC", kept)


def is_pseudonym(text: str) -> bool:
    """True for a well-formed pseudonym code (``psn1:`` + 16 base32 characters)."""
    body = text[len(PREFIX) :]
    return (
        text.startswith(PREFIX)
        and len(body) == 16
        and all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for c in body)
    )


def pseudonymise(value: str, key: RegionalKey) -> str:
    """The pseudonym of one identifier value.

    Raises EmptyIdentifierError when nothing is left after normalisation
    (an empty or punctuation-only answer must not give everyone one code).
    """
    normalised = normalise_identifier(value)
    if not normalised:
        raise EmptyIdentifierError(
            "The identifier is empty once spaces and punctuation are removed, "
            "so no pseudonym can be made. Type the identifier, or leave it unanswered."
        )
    return _code(key, normalised.encode("utf-8"))


def pseudonymise_answers(answers: Mapping[str, str], key: RegionalKey) -> str | None:
    """One pseudonym for a response's identifier answers (address -> value).

    Each field's name goes into the MAC with its value, so passport "123" and
    phone "123" differ. Empty answers are left out; None if none is left.
    Repeat indices stay in the address: "member[1]/passport" is its own field.
    """
    parts = []
    for address in sorted(answers):
        normalised = normalise_identifier(str(answers[address]))
        if normalised:
            parts.append(address + _NAME_SEP + normalised)
    if not parts:
        return None
    return _code(key, _FIELD_SEP.join(parts).encode("utf-8"))


def _code(key: RegionalKey, message: bytes) -> str:
    mac = hmac.new(key.secret, _DOMAIN + message, hashlib.sha256).digest()[:MAC_BYTES]
    return PREFIX + base64.b32encode(mac).decode("ascii")
