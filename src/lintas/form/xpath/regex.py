"""regex() patterns, run by RE2: time linear in the text, whatever the pattern.

Python's ``re`` backtracks: ``^(a+)+$`` against 30 'a's and a '!' took 36 s in a
constraint, so one typed answer could freeze the app. RE2 (google-re2) never
backtracks. What it cannot run in linear time -- back-references (``\\1``) and
look-around (``(?=``, ``(?!``, ``(?<=``, ``(?<!``) -- is refused with a message,
and ``form check`` warns on such a literal pattern before any interview. No form
we know needs them (the shipped survey and the ODK corpus do not), so there is no
backtracking fallback.
"""

from __future__ import annotations

from typing import Any

import re2

# Compiled patterns, bounded: a pattern can come from an answer (regex(., ${p})).
_CACHE_SIZE = 256
_cache: dict[str, Any] = {}
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # RE2 would print its own parse errors on stderr


class PatternError(ValueError):
    """A pattern RE2 cannot run; the message says why, for the form author."""


def compile_pattern(pattern: str) -> Any:
    """The RE2 pattern, or PatternError saying what is wrong with it."""
    compiled = _cache.get(pattern)
    if compiled is None:
        try:
            compiled = re2.compile(pattern, options=_OPTIONS)
        except re2.error as error:
            raise PatternError(describe_failure(pattern, error)) from None
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[pattern] = compiled
    return compiled


def describe_failure(pattern: str, error: Exception) -> str:
    construct = _nonlinear_construct(pattern)
    if construct:
        return (
            f"The regular expression {pattern!r} uses {construct}, which cannot run in "
            "linear time, so Lintas does not run it (a slow pattern could freeze the "
            "interview). Rewrite it without that construct."
        )
    reason = error.args[0] if error.args else error
    if isinstance(reason, bytes):
        reason = reason.decode("utf-8", "replace")
    return f"The regular expression {pattern!r} is not valid: {reason}."


def _nonlinear_construct(pattern: str) -> str:
    if any(mark in pattern for mark in ("(?=", "(?!", "(?<=", "(?<!")):
        return "look-around ((?=, (?!, (?<=, (?<!)"
    for index, char in enumerate(pattern[:-1]):
        if char == "\\" and pattern[index + 1].isdigit() and pattern[index + 1] != "0":
            return "a back-reference (\\1 ... \\9)"
    return ""


def search(pattern: str, text: str) -> bool:
    """True when ``pattern`` matches anywhere in ``text`` (ODK regex())."""
    return compile_pattern(pattern).search(text) is not None
