"""Files attached to answers: photos, audio, video and other files picked from disk.

ODK keeps a media answer as the *file name* in the instance and sends the file
beside it. Lintas does the same: the answer is the name, and the bytes travel
with the Response in memory (:class:`Attachment`) until the vault stores them,
encrypted, in its own database (never as a file beside it). A barcode is not
media: USB scanners type like keyboards, so it is a text answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lintas.form.model import Form

MEDIA_TYPES = frozenset({"image", "audio", "video", "file"})
# One attachment, and all of one interview's together. Generous for a phone photo
# or a short recording, and small enough that a vault and its bundles stay usable.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_ATTACHMENTS_BYTES = 100 * 1024 * 1024
MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


class AttachmentError(ValueError):
    """An attachment that cannot be kept; the message says why and what to do."""


@dataclass(frozen=True)
class Attachment:
    """A file picked for a media question: its name as picked, and its bytes."""

    name: str
    data: bytes

    def __repr__(self) -> str:  # never the bytes in a log or traceback
        return f"Attachment({self.name!r}, {len(self.data)} bytes)"


def check_attachment(attachment: Attachment) -> None:
    size = len(attachment.data)
    if size == 0:
        raise AttachmentError(f"'{attachment.name}' is empty: pick the file again.")
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(
            f"'{attachment.name}' is {size / 1048576:.1f} MB; one attachment may be at "
            f"most {MAX_ATTACHMENT_BYTES // 1048576} MB. Make it smaller (a lower photo "
            "resolution, a shorter recording) and attach it again."
        )


def safe_name(name: str) -> str:
    """A plain file name: no folders, no control or odd characters, a sane length."""
    base = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    cleaned = _UNSAFE.sub("_", base).strip(". ") or "attachment"
    stem, dot, ext = cleaned.rpartition(".")
    if not dot:
        stem, ext = cleaned, ""
    stem = stem[: MAX_NAME_CHARS - len(ext) - 1] or "attachment"
    return f"{stem}.{ext}" if ext else stem


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2.ext``, ``name-3.ext``... when another answer has it."""
    if name not in taken:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    number = 2
    while True:
        candidate = f"{stem}-{number}.{ext}" if ext else f"{stem}-{number}"
        if candidate not in taken:
            return candidate
        number += 1


def check_file_answer(text: str) -> str:
    """A media answer as stored: the plain name of its attached file."""
    name = text.strip()
    if not name or name != safe_name(name):
        raise AttachmentError(
            f"'{text}' is not the plain name of an attached file (no folders or odd "
            "characters). Attach the file again."
        )
    return name


def file_names(form: Form, data: Any) -> list[str]:
    """The file names that media answers in a response's JSON hold."""
    media = {q.key for q in form.questions() if q.type in MEDIA_TYPES}
    found: list[str] = []
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                if key in media and isinstance(value, str):
                    found.append(value)
                elif isinstance(value, list | dict):
                    stack.append(value)
    return found
