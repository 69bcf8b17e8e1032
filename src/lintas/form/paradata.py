"""Paradata for ODK's ``audit`` meta question: the seconds spent on each question.

ODK Collect's audit log is a CSV of events (question shown, answer changed, with
values when asked to track changes, and locations). Lintas keeps only what the
project's paradata needs and nothing that can identify anyone: for each question,
by *name*, the seconds its editor had the focus, summed over every visit (and
over the instances of a repeat). No value, no typed text, no time of day, no
place. The audit question's answer is that record as text, in the order the
questions were first visited: ``village=5.0;age=2.5`` (seconds, one decimal).

The app tells the response which question has the focus
(``Response.focus_question``); the running visit is counted up to the moment the
record is written (``Response.to_json``). A reopened record goes on from the
saved times.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection

AUDIT_TYPE = "audit"
_PAIR = re.compile(r"^([A-Za-z_][\w.\-]*)=(\d{1,9}(?:\.\d)?)$")
FORMAT = "question names and seconds, such as village=5.0;age=2.5"


class ParadataError(ValueError):
    """A saved audit text that is not question names and seconds."""


class QuestionTimes:
    """Seconds per question name, from focus changes (a monotonic clock)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.totals: dict[str, float] = {}
        self._current: str | None = None
        self._since = 0.0

    def enter(self, name: str | None) -> None:
        """``name`` has the focus now (None: no question has it)."""
        now = self.clock()
        self._close(now)
        self._current, self._since = name, now
        if name is not None:
            self.totals.setdefault(name, 0.0)

    def text(self) -> str:
        """The record so far, the running visit included (it goes on counting)."""
        self._close(self.clock())
        return ";".join(f"{name}={seconds:.1f}" for name, seconds in self.totals.items())

    def load(self, text: str) -> None:
        """Go on from a saved record (checked by :func:`parse`)."""
        self.totals = dict(parse(text))

    def _close(self, now: float) -> None:
        if self._current is not None:
            spent = max(0.0, now - self._since)
            self.totals[self._current] = self.totals.get(self._current, 0.0) + spent
            self._since = now


def parse(text: str, names: Collection[str] | None = None) -> list[tuple[str, float]]:
    """The (name, seconds) pairs of a saved audit text; ParadataError if it is not one.

    ``names`` (the form's question names) refuses a name that is no question, so an
    audit field cannot carry anything else into the vault.
    """
    pairs = []
    for part in text.split(";") if text else ():
        match = _PAIR.match(part.strip())
        if match is None:
            raise ParadataError(f"holds '{part.strip()[:40]}', which is not {FORMAT}.")
        if names is not None and match.group(1) not in names:
            raise ParadataError(
                f"names '{match.group(1)}', which is no question of this form; it must hold "
                f"{FORMAT}."
            )
        pairs.append((match.group(1), float(match.group(2))))
    return pairs
