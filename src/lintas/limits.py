"""Limits on answers given as JSON, checked before anything is parsed into a form or written.

Every way in (``record add``, the vault's save, an import) passes through
:func:`check_answers`, so a document that is too deep, too big, or holds a number
or a text no survey needs is refused with a message saying which limit and where,
instead of failing later (deep nesting once failed *after* the commit, while the
result was printed). The numbers are generous for any real interview; they are
documented in docs/vault.md ("Limits on answers").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lintas.errors import LintasError
from lintas.form.limits import CEILING as FORM_CEILING

MAX_DOCUMENT_BYTES = 16 * 1024 * 1024  # one submission's JSON, as read
MAX_DEPTH = 16  # objects and lists inside each other (nested repeats count two per level)
MAX_TEXT_CHARS = 20_000  # one text answer
MAX_DIGITS = 30  # digits in one number (a decimal's both sides together)
# Any one list: the form engine then applies the form's own repeat limit (10,000 by
# default, lintas.form.limits); this only stops a list no form could allow.
MAX_REPEAT_INSTANCES = FORM_CEILING
MAX_ANSWERS = 2_000_000  # values in one submission, all repeats together


class AnswerLimitError(LintasError):
    """Answers over one of the limits; the message names the limit and the answer."""


def check_document_size(size: int, name: str) -> None:
    if size > MAX_DOCUMENT_BYTES:
        raise AnswerLimitError(
            f"{name} are {size:,} bytes; one submission may hold at most "
            f"{MAX_DOCUMENT_BYTES:,}. Split the data into several submissions."
        )


def check_answers(data: Mapping[str, Any]) -> None:
    """Raise AnswerLimitError if ``data`` breaks a limit. Iterative: no recursion."""
    stack: list[tuple[str, Any, int]] = [("", data, 0)]
    count = 0
    while stack:
        address, value, depth = stack.pop()
        count += 1
        if count > MAX_ANSWERS:
            raise AnswerLimitError(
                f"The answers hold more than {MAX_ANSWERS:,} values; that is more than "
                "one submission can be."
            )
        where = f"'{address}'" if address else "The answers"
        if isinstance(value, Mapping | list):
            if depth >= MAX_DEPTH:
                raise AnswerLimitError(
                    f"{where} are nested more than {MAX_DEPTH} levels deep; no form "
                    "needs that. Give answers by question name, repeats as lists."
                )
            if isinstance(value, list):
                if len(value) > MAX_REPEAT_INSTANCES:
                    raise AnswerLimitError(
                        f"{where} has {len(value):,} entries; no form allows more than "
                        f"{MAX_REPEAT_INSTANCES:,} instances of a repeat."
                    )
                items = [(f"{address}[{i}]", v) for i, v in enumerate(value, start=1)]
            else:
                prefix = f"{address}/" if address else ""
                items = [(f"{prefix}{k}", v) for k, v in value.items()]
            stack.extend((a, v, depth + 1) for a, v in items)
        elif isinstance(value, str):
            if len(value) > MAX_TEXT_CHARS:
                raise AnswerLimitError(
                    f"{where} is {len(value):,} characters long; one answer may hold at "
                    f"most {MAX_TEXT_CHARS:,}."
                )
        elif isinstance(value, int | float) and not isinstance(value, bool):
            _check_digits(where, value)


def _check_digits(where: str, value: int | float) -> None:
    if isinstance(value, int):
        # Count by size first: str() of a huge int is itself slow (and limited).
        too_long = value.bit_length() > MAX_DIGITS * 4 or len(str(abs(value))) > MAX_DIGITS
    else:
        mantissa = repr(value).lower().split("e")[0]
        too_long = sum(c.isdigit() for c in mantissa) > MAX_DIGITS
    if too_long:
        raise AnswerLimitError(
            f"{where} is a number with more than {MAX_DIGITS} digits; no question takes one."
        )
