"""The app's translations keep different actions apart (issue 14: 'Void' was the word for 'Cancel').

In Thai, Lao, Vietnamese, Indonesian and Malay the Records page's "Void…" read "Cancel…", and the
void dialog offered "Cancel" beside "Cancel record". These checks read the shipped .ts files.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("th", "km", "lo", "my", "vi", "id", "ms", "fil")

# English sources that say the same thing in other words, so one translation may serve both.
SAME_MEANING = {frozenset({"add a user", "add user"}), frozenset({"void a record", "void record"})}


def _norm(text: str) -> str:
    return re.sub(r"[&…:.\s]+", " ", text).strip().lower()


def messages(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every message with a translation."""
    root = ET.parse(TRANSLATIONS / f"lintas_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            if text.strip():
                found.append((name, message.findtext("source") or "", text))
    return found


def shared_translations(language: str) -> list[str]:
    by_context: dict[tuple[str, str], set[str]] = {}
    for context, source, translation in messages(language):
        by_context.setdefault((context, _norm(translation)), set()).add(_norm(source))
    problems = []
    for (context, translation), sources in sorted(by_context.items()):
        if len(sources) > 1 and frozenset(sources) not in SAME_MEANING:
            problems.append(f"{language} {context}: {sorted(sources)} all read {translation!r}")
    return problems


def void_reads_cancel(language: str) -> list[str]:
    found = messages(language)
    cancel = {_norm(t) for _, s, t in found if _norm(s) == "cancel"}
    problems = []
    for context, source, translation in found:
        if re.search(r"\bvoid\b", source, re.I):
            for word in cancel:
                if word and word in _norm(translation):
                    problems.append(f"{language} {context}: {source!r} -> {translation!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_different_sources_in_one_context_never_share_a_translation(language: str) -> None:
    assert messages(language), f"no translations read from lintas_{language}.ts"
    assert shared_translations(language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_void_never_uses_the_word_for_cancel(language: str) -> None:
    assert any(_norm(s) == "cancel" for _, s, _ in messages(language))
    assert void_reads_cancel(language) == []
