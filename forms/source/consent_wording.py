"""Words a language's consent texts must never use, and which texts count as consent texts.

A consent text tells the respondent (or the interviewer) what is stored and what is not.
A word that can mean the opposite of the promise has no place there: the Filipino "itago"
means both "keep" and "hide", so "Hindi kailanman itatago ang inyong pangalan" can be heard
as "your name will never be hidden". Such texts use a verb that can only mean store or
record (ise-save, itatala, iimbak).

``forms/build_survey.py`` refuses to build while a survey consent text uses a word listed
here; the tests apply the same list to the app's own strings about what is stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from survey_common import LANGUAGE_CODES, Row, T

# language -> {stem: why it is refused}. A stem matches inside any word, so every
# conjugation is caught (itago, itatago, itinatago, itinago, nakatago).
FORBIDDEN: dict[str, dict[str, str]] = {
    "fil": {
        "tago": "'itago' means both keep and hide; use ise-save, itatala or iimbak",
    },
}

TEXT_COLUMNS = ("label", "hint", "required_message", "constraint_message")
CONSENT_GROUP = "consent_section"
# Rows whose texts say what is stored: identifiers are never stored, quasi-identifiers
# are coarsened in exports.
STORAGE_CLASSES = ("identifier", "quasi")
# An app string is a consent text when its English says what is or is not stored.
STORAGE_PROMISE = re.compile(r"\b(stored|kept|keeps|saved)\b", re.IGNORECASE)


def forbidden_in(language: str, text: str) -> list[tuple[str, str]]:
    """(word found, why it is refused) for each forbidden stem in ``text``."""
    found = []
    for stem, why in FORBIDDEN.get(language, {}).items():
        for match in re.finditer(rf"\w*{re.escape(stem)}\w*", text, re.IGNORECASE):
            found.append((match.group(0), why))
    return found


def consent_rows(rows: Iterable[Row]) -> Iterator[Row]:
    """The rows of the consent group, and every identifier or quasi-identifier question."""
    depth = 0
    for row in rows:
        if row.type == "begin_group" and (depth or row.name == CONSENT_GROUP):
            depth += 1
        if depth or row.privacy in STORAGE_CLASSES:
            yield row
        if row.type == "end_group" and depth:
            depth -= 1


def problems(rows: Iterable[Row]) -> list[str]:
    """One message per forbidden word in a consent text of the survey, naming where it is."""
    messages = []
    for row in consent_rows(rows):
        for column in TEXT_COLUMNS:
            text: T | None = getattr(row, column)
            if text is None:
                continue
            for language in LANGUAGE_CODES:
                for word, why in forbidden_in(language, text.get(language)):
                    messages.append(
                        f"{row.name or row.type} {column} ({language}): '{word}': {why}"
                    )
    return messages
