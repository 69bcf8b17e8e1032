"""The app's own languages: Qt translators over resources/translations/*.qm.

Questions come in the form's own languages (the form model's ``Text``); this
module is only for the app's buttons, menus and messages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from lintas.gui.paths import resources_dir
from lintas.i18n import set_language as set_core_language

# ISO 639-1 code -> the language's own name, for the language picker.
APP_LANGUAGES: dict[str, str] = {
    "en": "English",
    "th": "ไทย",
    "km": "ខ្មែរ",
    "lo": "ລາວ",
    "my": "မြန်မာ",
    "vi": "Tiếng Việt",
    "id": "Bahasa Indonesia",
    "ms": "Bahasa Melayu",
    "fil": "Filipino",
}

_installed: list[QTranslator] = []
_current: list[str] = ["en"]  # the app's language, for views that show form text


def install_language(code: str | None) -> str:
    """Load the app strings for ``code`` (default: the system locale); return the code used."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication before installing a language.")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = code or QLocale.system().name().split("_")[0]
    if chosen not in APP_LANGUAGES:
        chosen = "en"
    # English is the source language; its .qm only holds plural forms ("1 problem").
    translator = QTranslator(app)
    path = resources_dir() / "translations" / f"lintas_{chosen}.qm"
    if translator.load(str(path)):
        app.installTranslator(translator)
        _installed.append(translator)
    _current[0] = chosen
    # The core's own messages (errors, summaries, self-test steps) follow the app.
    set_core_language(chosen)
    return chosen


def current_language() -> str:
    """The app language installed last (ISO 639-1), 'en' before any."""
    return _current[0]


def form_language_for(app_language: str, form_languages: tuple[str, ...]) -> str | None:
    """The form language that matches the app language, e.g. 'th' -> 'Thai (th)'."""
    for name in form_languages:
        if name.endswith(f"({app_language})") or name == app_language:
            return name
    for name in form_languages:
        if name.endswith("(en)") or name.lower().startswith("english"):
            return name
    return form_languages[0] if form_languages else None
