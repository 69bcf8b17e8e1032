"""Messages from the core in the user's language (gettext; no Qt).

The core writes what a person reads (errors, export and bundle summaries, self-test
steps, refusal reasons) in English and wraps it, so that the app and the command line
show it in their language:

    from lintas.i18n import N_, tr

    raise LintasError(tr("There is no vault at '{path}'. Check the path.", path=path))

- ``tr(text, **values)``: ``text`` in the current language, then ``str.format(**values)``.
  Placeholders are named (``{path}``, never ``{}`` or an f-string, which cannot be
  looked up). A translation whose placeholders do not fit falls back to English.
  (Not gettext's usual ``_``: the code uses ``_`` as a throwaway name, which would
  shadow it inside a function. GUI modules import it as ``core_tr``: Qt's lupdate
  would take a plain ``tr()`` there for a Qt string.)
- ``N_(text)``: returns ``text`` unchanged; it only marks a module-level constant
  (a self-test step's name) for the catalog. Translate it where it is shown, ``tr(name)``.
- ``set_language(code)``: the desktop app calls it with its language setting
  (lintas.gui.i18n.install_language); the command line with ``--lang`` or the
  environment (``language_from_environment``: LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
- ``current_language()``: the code in force ('en' until set).

The catalogs are ``resources/locale/<code>/LC_MESSAGES/lintas.po`` (the text a
translator edits) and the compiled ``lintas.mo`` beside it, shipped in the wheel and
the one-folder build with the rest of resources/. ``python3 resources/locale/update.py``
collects every ``tr()`` and ``N_()`` text of the core into them and compiles them
(resources/locale/README.md).
"""

from __future__ import annotations

import gettext
import os
import re
import string
from collections.abc import Mapping
from pathlib import Path

from lintas.paths import resources_dir

# The app's languages (lintas.gui.i18n.APP_LANGUAGES has their own names); English
# is the source language and has no catalog.
LANGUAGES = ("en", "th", "km", "lo", "my", "vi", "id", "ms", "fil")
DOMAIN = "lintas"
# Locale names that mean one of ours: Tagalog is written as Filipino here.
_ALIASES = {"tl": "fil", "zg": "my"}

_state: dict[str, object] = {"code": "en", "catalog": gettext.NullTranslations()}
_loaded: dict[str, gettext.NullTranslations] = {}


def locale_dir() -> Path:
    return resources_dir() / "locale"


def _catalog(code: str) -> gettext.NullTranslations:
    if code not in _loaded:
        path = locale_dir() / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if code == "en" or not path.is_file():
            _loaded[code] = gettext.NullTranslations()
        else:
            with open(path, "rb") as handle:
                _loaded[code] = gettext.GNUTranslations(handle)
    return _loaded[code]


def normalise(code: str | None) -> str | None:
    """'th_TH.UTF-8' -> 'th', 'fil-PH' -> 'fil'; None for a language we do not have."""
    if not code:
        return None
    base = re.split(r"[_.@-]", code.strip(), maxsplit=1)[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it; 'en' otherwise."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        # LANGUAGE is a list ("th:en"); the others name one locale. "C"/"POSIX": English.
        for part in value.split(":") if name == "LANGUAGE" else [value]:
            found = normalise(part)
            if found:
                return found
        if name != "LANGUAGE":
            return "en"
    return "en"


def set_language(code: str | None) -> str:
    """Use ``code`` for the core's messages from now on; returns the code in force."""
    chosen = normalise(code) or "en"
    _state["code"], _state["catalog"] = chosen, _catalog(chosen)
    return chosen


def current_language() -> str:
    return str(_state["code"])


def _fields(text: str) -> set[str]:
    parsed = string.Formatter().parse(text)
    return {field for _text, field, _spec, _conv in parsed if field is not None}


def tr(text: str, **values: object) -> str:
    if not text:  # gettext("") is the catalog's header, never a message
        return text
    catalog = _state["catalog"]
    assert isinstance(catalog, gettext.NullTranslations)
    translated = catalog.gettext(text)
    if not values:
        return translated
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that names another placeholder must not turn a message into
        # a crash: the English text says it (a test keeps every catalog in step).
        return text.format(**values)


def N_(text: str) -> str:
    return text


def translated_in(code: str, text: str) -> str:
    """``text`` in language ``code`` without changing the current one (for tests, reports)."""
    return _catalog(normalise(code) or "en").gettext(text)


def placeholders(text: str) -> set[str]:
    """The named placeholders of a message, e.g. {'path'}: a translation must keep them."""
    return _fields(text)
