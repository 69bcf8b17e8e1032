"""The printable recovery key: 160 random bits a person can type back.

Format: eight groups of five Crockford base32 characters, ``ABCD7-...``. In each
group the first four characters carry 20 bits of the key and the fifth is a
check character over the group and its position, so every single-character typo
(and two swapped groups) is caught and reported by group number before any
decryption is tried.
Crockford's alphabet leaves out I, L, O and U; typing them is forgiven
(I and L read as 1, O as 0), as are lower case, spaces and missing hyphens.
"""

from __future__ import annotations

import secrets

from lintas.vault.errors import RecoveryKeyTypoError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
DATA_CHARS = 4
KEY_BYTES = GROUPS * DATA_CHARS * 5 // 8  # 20 bytes = 160 bits
_WEIGHTS = (1, 3, 5, 7)
_FORGIVEN = str.maketrans({"I": "1", "L": "1", "O": "0"})


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _check_char(index: int, data: str) -> str:
    # Odd weights are invertible mod 32, so changing any one character always changes
    # the sum: every single-character typo is caught. The group index term catches
    # groups typed in the wrong order.
    total = sum(weight * ALPHABET.index(char) for weight, char in zip(_WEIGHTS, data))
    return ALPHABET[(total + 7 * index + 11) % 32]


def format_recovery_key(secret: bytes) -> str:
    """The grouped, checksummed text of a 20-byte recovery secret."""
    if len(secret) != KEY_BYTES:
        raise ValueError("a recovery secret is 20 bytes")
    number = int.from_bytes(secret, "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(GROUPS * DATA_CHARS))]
    groups = []
    for index in range(GROUPS):
        data = "".join(chars[index * DATA_CHARS : (index + 1) * DATA_CHARS])
        groups.append(data + _check_char(index, data))
    return "-".join(groups)


def parse_recovery_key(text: str) -> bytes:
    """The secret behind a typed recovery key.

    Raises RecoveryKeyTypoError naming the group with the mistake.
    """
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_FORGIVEN)
    group_size = DATA_CHARS + 1
    if len(cleaned) != GROUPS * group_size:
        raise RecoveryKeyTypoError(
            f"it should have {GROUPS} groups of {group_size} characters, "
            f"but {len(cleaned)} characters were given. Check it against the printout."
        )
    bad = [c for c in cleaned if c not in ALPHABET]
    if bad:
        raise RecoveryKeyTypoError(
            f"'{bad[0]}' is not used in recovery keys. Check it against the printout."
        )
    number = 0
    for index in range(GROUPS):
        group = cleaned[index * group_size : (index + 1) * group_size]
        data, check = group[:DATA_CHARS], group[DATA_CHARS]
        if _check_char(index, data) != check:
            raise RecoveryKeyTypoError(
                f"group {index + 1} ('{group}') does not match its check character. "
                "Check that group against the printout."
            )
        for char in data:
            number = (number << 5) | ALPHABET.index(char)
    return number.to_bytes(KEY_BYTES, "big")
