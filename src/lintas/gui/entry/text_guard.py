"""The free-text guard's findings in the app's language, for the field and the review page.

:mod:`lintas.privacy.freetext` names what it finds by code (``id_card``,
``passport``...). The clerk reads plain words instead. A redacted answer keeps
the codes (``[phone]``): they are stored, and read the same in every language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def kind_name(kind: str) -> str:
    """``kind`` (one of lintas.privacy.freetext.KINDS) in plain words."""
    # Written out one by one so that lupdate finds every name.
    names = {
        "email": QCoreApplication.translate("TextGuard", "an e-mail address"),
        "url": QCoreApplication.translate("TextGuard", "a web address"),
        "id_card": QCoreApplication.translate("TextGuard", "an ID card number"),
        "passport": QCoreApplication.translate("TextGuard", "a passport number"),
        "phone": QCoreApplication.translate("TextGuard", "a phone number"),
        "digits": QCoreApplication.translate(
            "TextGuard", "a long number (an ID or account number)"
        ),
    }
    return names.get(kind, kind)


def describe(warning: Any) -> str:
    """What the clerk is told about one :class:`lintas.privacy.entry.TextWarning`."""
    sentences = []
    if warning.findings:
        kinds = _listed([kind_name(kind) for kind in warning.kinds()])
        sentences.append(
            QCoreApplication.translate(
                "TextGuard",
                "This answer looks like it holds {kinds}. Lintas must not store it: "
                "press Redact, or change the answer.",
            ).replace("{kinds}", kinds)
        )
    if warning.zawgyi:
        sentences.append(
            QCoreApplication.translate(
                "TextGuard",
                "This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.",
            ).replace("{button}", fix_label(warning))
        )
    return " ".join(sentences)


def _listed(names: list[str]) -> str:
    """ "a, b and c" in the app's language."""
    if len(names) < 2:
        return "".join(names)
    separator = QCoreApplication.translate("TextGuard", ", ", "between the items of a list")
    return (
        QCoreApplication.translate("TextGuard", "{items} and {last}")
        .replace("{items}", separator.join(names[:-1]))
        .replace("{last}", names[-1])
    )


def fix_label(warning: Any) -> str:
    """The one-press fix's button: it redacts the findings and converts Zawgyi alike."""
    if warning.findings:
        return QCoreApplication.translate("TextGuard", "Redact")
    return QCoreApplication.translate("TextGuard", "Convert to Unicode")
