"""Multilingual text from pyxform's JSON: a plain string or {language: text}."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lintas.form.model import DEFAULT_LANGUAGE, Text, frozen_mapping


def to_text(value: object) -> Text:
    """A model Text from a JSON label, hint or message (absent -> empty Text)."""
    if value is None or value == "":
        return Text()
    if isinstance(value, dict):
        texts = {str(lang): str(text) for lang, text in value.items() if text not in (None, "")}
        return Text(frozen_mapping(texts))
    return Text(frozen_mapping({DEFAULT_LANGUAGE: str(value)}))


def languages_of(texts: Iterable[Text]) -> tuple[str, ...]:
    """The named languages used by ``texts``, in order of first use."""
    seen: dict[str, None] = {}
    for text in texts:
        for language in text.by_language:
            if language != DEFAULT_LANGUAGE:
                seen.setdefault(language, None)
    return tuple(seen)


def to_media(value: object) -> Mapping[str, Text]:
    """A label's or choice's media columns: {"image": "a.jpg"} or {"image": {lang: file}}."""
    if not isinstance(value, dict):
        return frozen_mapping()
    media = {str(kind): to_text(files) for kind, files in value.items()}
    return frozen_mapping({kind: text for kind, text in media.items() if text})
