"""Choice lists from pyxform's JSON, with the extra columns choice filters use."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from lintas.form.errors import Problem, warning
from lintas.form.model import Choice, ChoiceList, frozen_mapping
from lintas.form.rows import FIRST_DATA_ROW
from lintas.form.texts import to_media, to_text

# Until a form is installed with its media files, labels are shown as text.
MEDIA_NOT_SHOWN = (
    "Lintas shows the label text; the file itself is not shown yet, so the form "
    "works, but make sure the text alone says what the picture or sound did."
)


def media_names(media: Mapping[str, Any]) -> str:
    files = sorted({f for text in media.values() for f in text.by_language.values()})
    return ", ".join(f"'{f}'" for f in files)

# Keys of a JSON choice that are not "extra columns".
_OWN_KEYS = {"name", "label", "media"}


def build_choice_lists(
    choices: Mapping[str, Sequence[Mapping[str, Any]]] | None,
    sheet: Sequence[Mapping[str, object]] | None,
) -> tuple[dict[str, ChoiceList], list[Problem]]:
    """Every choice list by name, and the warnings found (media on choices)."""
    rows = _choice_rows(sheet)
    lists: dict[str, ChoiceList] = {}
    problems: list[Problem] = []
    for list_name, items in (choices or {}).items():
        built = []
        for item in items:
            name = str(item.get("name", ""))
            media = to_media(item.get("media"))
            if media:
                problems.append(
                    warning(
                        f"The choice '{name}' of list '{list_name}' shows "
                        f"{media_names(media)} (a media column). {MEDIA_NOT_SHOWN}",
                        "choices",
                        rows.get((list_name, name)),
                        "media",
                    )
                )
            extra = {
                str(key): _as_text(value)
                for key, value in item.items()
                if key not in _OWN_KEYS and not isinstance(value, dict | list)
            }
            label = to_text(item.get("label"))
            built.append(Choice(name, label, frozen_mapping(extra), media))
        lists[str(list_name)] = ChoiceList(str(list_name), tuple(built))
    return lists, problems


def _choice_rows(sheet: Sequence[Mapping[str, object]] | None) -> dict[tuple[str, str], int]:
    rows: dict[tuple[str, str], int] = {}
    for index, cells in enumerate(sheet or ()):
        list_name = cells.get("list_name") or cells.get("list name") or ""
        key = (str(list_name).strip(), str(cells.get("name", "")).strip())
        rows.setdefault(key, index + FIRST_DATA_ROW)
    return rows


def _as_text(value: object) -> str:
    return "" if value is None else str(value)
