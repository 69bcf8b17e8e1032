"""Passphrase strength for the app's meter and the CLI's warning, with zxcvbn.

zxcvbn knows common passwords, words, names, keyboard patterns and l33t
substitutions, so "password123" rates Weak, where the old count of character
kinds rated it Fair. It is advice for the person choosing: the vault enforces only
its minimum (MIN_PASSPHRASE_CHARS, not counting spaces), and Argon2id makes every
guess expensive. Runs offline; no Qt.
"""

from __future__ import annotations

from zxcvbn import zxcvbn

LEVELS = ("Too short", "Weak", "Fair", "Good", "Strong")
# zxcvbn is slow on very long input and gains nothing there: rate the first part.
_RATED_CHARS = 100


def strength(passphrase: str, minimum: int = 8) -> int:
    """0 (too short) to 4 (strong); zxcvbn's scores 0 and 1 both read Weak."""
    if len(passphrase.strip()) < minimum:
        return 0
    score = int(zxcvbn(passphrase[:_RATED_CHARS])["score"])
    return max(1, score)
