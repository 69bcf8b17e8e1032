"""Choice lists from pyxform's JSON, with the extra columns choice filters use."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from lintas.form.errors import Problem, warning
from lintas.form.model import Choice, ChoiceList, frozen_mapping
from lintas.form.rows import FIRST_DATA_ROW
from lintas.form.texts import to_media, to_text
from lintas.i18n import tr

IMAGE_KINDS = ("image", "big-image")


def media_names(media: Mapping[str, Any], kinds: tuple[str, ...] | None = None) -> str:
    files = sorted(
        {f for kind, text in media.items() if kinds is None or kind in kinds
         for f in text.by_language.values()}
    )  # fmt: skip
    return ", ".join(f"'{f}'" for f in files)


RECORDING_KINDS = ("audio", "video")


def media_warning(
    media: Mapping[str, Any],
    files: Mapping[str, bytes] | None,
    subject: str,
    plays: bool = False,
) -> str | None:
    """What a clerk will not see of a label's media, or None when everything shows.

    Images are shown from the form's files. A question's or note's label also gets a
    Play button for its sound or video (``plays``), so a recording missing from the
    files is named as a missing image is; a choice's recording is not played.
    """
    parts = []
    kinds = IMAGE_KINDS + RECORDING_KINDS if plays else IMAGE_KINDS
    images = [f for k in kinds if k in media for f in media[k].by_language.values()]
    missing = sorted({f for f in images if files is None or f not in files})
    if missing:
        shown = ", ".join(f"'{f}'" for f in missing)
        parts.append(
            tr(
                "{subject} shows {files}, which is not among the form's files, so the label "
                "text is shown alone. Install the form with its files (a zip, or --files DIR) "
                "to show it.",
                subject=subject,
                files=shown,
            )
        )
    recordings = "" if plays else media_names(media, RECORDING_KINDS)
    if recordings:
        if parts:
            text = tr(
                "It also has {recordings} (sound or video), which Lintas does not play in "
                "labels: the label text is shown, so it alone must say what the recording did.",
                recordings=recordings,
            )
        else:
            text = tr(
                "{subject} has {recordings} (sound or video), which Lintas does not play in "
                "labels: the label text is shown, so it alone must say what the recording did.",
                subject=subject,
                recordings=recordings,
            )
        parts.append(text)
    return " ".join(parts) if parts else None


# Keys of a JSON choice that are not "extra columns".
_OWN_KEYS = {"name", "label", "media"}


def build_choice_lists(
    choices: Mapping[str, Sequence[Mapping[str, Any]]] | None,
    sheet: Sequence[Mapping[str, object]] | None,
    files: Mapping[str, bytes] | None = None,
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
            subject = tr("The choice '{name}' of list '{list}'", name=name, list=list_name)
            unseen = media_warning(media, files, subject) if media else None
            if unseen:
                problems.append(
                    warning(
                        unseen,
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
