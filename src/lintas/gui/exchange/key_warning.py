"""The warning before interviews while this office has no regional key from its hub.

Pseudonyms are keyed hashes of identifiers that are never stored, so those made under
another key can never be made again: the warning must come before the first interview.
The facts come from ``lintas.exchange.regional.regional_key_status``; the words are the
app's own, in its language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def key_warning(vault: Any) -> str:
    """The sentence to show (worker thread), or "" when the key came from the hub or a file."""
    try:
        from lintas.exchange.regional import regional_key_status
    except ImportError:  # an older core without the check: nothing to say
        return ""
    status = regional_key_status(vault)
    if not status.needs_warning:
        return ""
    if status.source == "none":
        return QCoreApplication.translate(
            "KeyWarning",
            "This office has no regional key from its hub yet. Pseudonyms made now will "
            "never match those of the other offices, and cannot be made again later. Before "
            "the first interview, a supervisor receives the hub's key bundle (Office → "
            "Receive bundle).",
        )
    count = status.pseudonyms  # a plain name: Qt's extractor skips an attribute count
    return QCoreApplication.translate(
        "KeyWarning",
        "This office uses its own regional key, not one from its hub: its %n "
        "pseudonyms will never match those of the other offices. Before the next "
        "interview, a supervisor receives the hub's key bundle (Office → Receive bundle).",
        "",
        count,
    )
