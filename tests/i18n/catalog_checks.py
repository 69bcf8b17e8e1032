"""Checks shared by the per-group message tests: every message of some source files is
in every catalog, translated, with its placeholders, and marked for native review.

A module of its own (not conftest): the group tests import it by name."""

from lintas import i18n
from lintas.i18n_tool import collect, po_path, read_po

TRANSLATED = i18n.LANGUAGES[1:]  # English is the source


def messages_from(*prefixes: str) -> set[str]:
    """The marked messages of the files whose path (lintas/...) starts with a prefix."""
    return {
        message
        for message, where in collect().items()
        if any(w.startswith(prefixes) for w in where)
    }


def gaps_in(code: str, messages: set[str]) -> list[str]:
    """What is wrong with ``messages`` in the catalog of ``code`` (empty when all is well)."""
    entries = {e.msgid: e for e in read_po(po_path(code))}
    gaps = []
    for message in sorted(messages):
        entry = entries.get(message)
        if entry is None or not entry.msgstr.strip():
            gaps.append(f"untranslated: {message}")
        elif i18n.placeholders(entry.msgstr) != i18n.placeholders(message):
            gaps.append(f"placeholders differ: {message} -> {entry.msgstr}")
        elif "needs native review" not in entry.comments:
            gaps.append(f"not marked for review: {message}")
        elif entry.msgstr == message and not message.isascii():
            gaps.append(f"left as the English text: {message}")
    return gaps


def in_language(code: str, message: str, **values: object) -> str:
    """``message`` as language ``code`` shows it, filled in."""
    return i18n.translated_in(code, message).format(**values)
