"""Files attached to media answers, stored inside the encrypted database.

A media answer holds a file name (as in ODK); the file's bytes sit in the
``attachments`` table under the record's uuid and that name. SQLCipher encrypts
them with the rest of the vault, WAL included, so nothing is ever written beside
the vault in clear. A save checks both ways before anything is written: every
file given is named by a stored answer, and every file an answer names is given
now or stored already.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lintas.form.media import (
    MAX_ATTACHMENT_BYTES,
    Attachment,
    AttachmentError,
    check_attachment,
    file_names,
)
from lintas.form.model import Form
from lintas.vault.connection import Connection
from lintas.vault.errors import InvalidSubmissionError


@dataclass(frozen=True)
class StoredAttachment:
    name: str
    sha256: str
    size: int


def check_attachments(
    conn: Connection,
    form: Form,
    uuid: str,
    data: Mapping[str, Any],
    given: Mapping[str, bytes],
) -> dict[str, str]:
    """Refuse a save whose files and answers do not match; their sha256 by name."""
    named = set(file_names(form, dict(data)))
    problems = []
    for name, content in given.items():
        if name not in named:
            problems.append(f"The file '{name}' is attached, but no stored answer names it.")
            continue
        try:
            check_attachment(Attachment(name, bytes(content)))
        except AttachmentError as problem:
            problems.append(str(problem))
    stored = {a.name for a in listed(conn, uuid)}
    for name in sorted(named - set(given) - stored):
        problems.append(
            f"An answer names the file '{name}', but it is not attached. Attach it again."
        )
    if problems:
        raise InvalidSubmissionError("The attached files do not match the answers:", problems)
    return {name: hashlib.sha256(content).hexdigest() for name, content in given.items()}


def store(conn: Connection, uuid: str, given: Mapping[str, bytes], at: str, by: str | None) -> None:
    for name, content in given.items():
        conn.execute(
            "INSERT INTO attachments (uuid, name, sha256, size, data, saved_at, saved_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid, name) DO UPDATE SET "
            "sha256 = excluded.sha256, size = excluded.size, data = excluded.data, "
            "saved_at = excluded.saved_at, saved_by = excluded.saved_by",
            (uuid, name, hashlib.sha256(content).hexdigest(), len(content), bytes(content), at, by),
        )


def listed(conn: Connection, uuid: str) -> list[StoredAttachment]:
    rows = conn.execute(
        "SELECT name, sha256, size FROM attachments WHERE uuid = ? ORDER BY name", (uuid,)
    )
    return [StoredAttachment(str(r[0]), str(r[1]), int(r[2])) for r in rows]


def read(conn: Connection, uuid: str, name: str) -> bytes | None:
    row = conn.execute(
        "SELECT data FROM attachments WHERE uuid = ? AND name = ?", (uuid, name)
    ).fetchone()
    return bytes(row[0]) if row else None


__all__ = [
    "MAX_ATTACHMENT_BYTES", "StoredAttachment", "check_attachments", "listed", "read", "store",
]  # fmt: skip
