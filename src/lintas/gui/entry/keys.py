"""Which key picks which choice, and which choices a typed text finds.

Plain Python (no Qt), so that the rules can be read and tested on their own.

Keys of a short list (:func:`choice_keys`): when some codes are one-digit numbers,
as ISCED's 0-8 or a count's "0", "1", "2", the key is the code, as CSPro keys them:
a clerk reading "2. Two" presses 2 and 2 is stored. A code that starts with a digit
("3_plus") takes that digit, and the other choices ("dk", "refused") take the free
digits after the highest one used. A list without numeric codes is keyed by place:
1-9, then 0 for the tenth.

Type-ahead of a long list (:func:`ranked_matches`): the list the popup shows *is*
the ranking, and Enter takes its highlighted row, so what is shown and what is
picked cannot differ. A code typed in full comes first, then codes it begins,
then names it begins, then names with a word it begins, then (from two letters
on) names that contain it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

DIGITS = "1234567890"  # place order: the tenth choice is 0


def _leading_digit(text: str) -> str | None:
    """The first character as an ASCII digit when it is a digit in any script (๓, ၃, 3)."""
    text = text.strip()
    if not text:
        return None
    value = unicodedata.digit(text[0], None)
    return str(value) if value is not None else None


def choice_keys(codes: Sequence[str]) -> list[str | None]:
    """The key of each choice, in order; None when a list has no key left for it."""
    numeric = [code for code in codes if len(code) == 1 and code.isascii() and code.isdigit()]
    if not numeric:
        return [DIGITS[i] if i < len(DIGITS) else None for i in range(len(codes))]
    keys: list[str | None] = [code if code in numeric else None for code in codes]
    taken = set(numeric)
    for index, code in enumerate(codes):  # "3_plus" -> 3
        digit = _leading_digit(code) if keys[index] is None else None
        if digit is not None and digit not in taken:
            keys[index] = digit
            taken.add(digit)
    start = max(int(d) for d in taken) + 1
    free = [str(d % 10) for d in range(start, start + 10) if str(d % 10) not in taken]
    for index in range(len(codes)):
        if keys[index] is None and free:
            keys[index] = free.pop(0)
    return keys


def keyed_label(key: str | None, label: str) -> str:
    """A choice as shown: "2. Two". A label that itself starts with another number
    ("3 or more" on key 4) shows its key boxed, "[4] 3 or more", so the two stay apart."""
    if key is None:
        return label
    digit = _leading_digit(label)
    if digit is not None and digit != key:
        return f"[{key}] {label}"
    return f"{key}. {label}"


_WORD = re.compile(r"[\w']+")  # "Don't" is one word: "T" does not find it


def _fold(text: str) -> str:
    """Case and accents do not count: "viet nam" finds "Việt Nam"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def match_rank(
    query: str, code: str, names: Sequence[str], others: Sequence[str] = ()
) -> int | None:
    """How well ``query`` finds a choice (0 best), or None when it does not.

    ``names`` (the shown label, English, other usual names) match anywhere; ``others``
    (labels in the form's other languages) only as a whole name or its start, from three
    letters on, so that "T" in an English app does not bring up a Filipino "Tubig…".
    """
    q = _fold(query.strip())
    if not q:
        return None
    folded_code = _fold(code)
    folded = [_fold(name) for name in names]
    folded_others = [_fold(name) for name in others]
    if q == folded_code:
        return 0
    if q in folded or q in folded_others:
        return 1
    if folded_code.startswith(q):
        return 2
    if any(name.startswith(q) for name in folded) or (
        len(q) >= 3 and any(name.startswith(q) for name in folded_others)
    ):
        return 3
    if any(word.startswith(q) for name in folded for word in _WORD.findall(name)):
        return 4
    if len(q) >= 2 and any(q in name for name in folded):
        return 5  # Thai, Lao, Khmer and Burmese write words without spaces
    return None


Entry = tuple[str, Sequence[str], Sequence[str]]  # code, names, other languages' labels


def ranked_matches(query: str, entries: Sequence[Entry]) -> list[int]:
    """Indexes of the entries that ``query`` finds, best first, ties in list order."""
    ranked = []
    for index, (code, names, others) in enumerate(entries):
        rank = match_rank(query, code, names, others)
        if rank is not None:
            ranked.append((rank, index))
    return [index for _rank, index in sorted(ranked)]
