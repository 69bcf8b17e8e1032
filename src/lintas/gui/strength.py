"""A rough passphrase-strength estimate for the meter (no Qt, no network).

It estimates guessing entropy from length and the kinds of characters used,
and gives credit for several words, as NIST SP 800-63B favours length over
composition rules. It is advice for the person typing, not a security check:
the vault enforces its own minimum, and Argon2id makes every guess expensive.
"""

from __future__ import annotations

import math
import unicodedata

LEVELS = ("Too short", "Weak", "Fair", "Good", "Strong")


def estimate_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isascii() and unicodedata.category(c).startswith("L") for c in passphrase):
        pool += 60  # Thai, Khmer, Lao, Myanmar letters: a large alphabet
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    distinct = len(set(passphrase))
    # Repeated characters ("aaaaaaaa") add little; count length by distinct share.
    effective = len(passphrase) * min(1.0, distinct / max(4, len(passphrase) / 2))
    return effective * math.log2(max(pool, 2))


def strength(passphrase: str, minimum: int = 8) -> int:
    """0 (too short) to 4 (strong)."""
    if len(passphrase) < minimum:
        return 0
    bits = estimate_bits(passphrase)
    words = len(passphrase.split())
    if words >= 4:
        bits += 10
    if bits < 45:
        return 1
    if bits < 65:
        return 2
    if bits < 85:
        return 3
    return 4
