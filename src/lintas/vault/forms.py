"""Installed forms: the XLSForm file's bytes with its id, version and SHA-256.

The bytes are kept, not a parsed copy, so a form always loads the same way the
form engine of the day reads it, and the hash proves which file a submission
was entered against.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lintas.vault.connection import Connection
from lintas.vault.errors import FormConflictError, FormNotInstalledError


@dataclass(frozen=True)
class InstalledForm:
    form_id: str
    version: str
    title: str
    sha256: str
    filename: str | None
    installed_at: str
    installed_by: str | None


# Column lists below are constants of this module; values always go in as parameters.
_COLUMNS = "form_id, version, title, sha256, filename, installed_at, installed_by"


def store_form(conn: Connection, form: InstalledForm, xlsform: bytes) -> bool:
    """Insert a form; False when the identical file is already installed.

    Raises FormConflictError for a different file under the same id and version.
    """
    assert hashlib.sha256(xlsform).hexdigest() == form.sha256
    row = conn.execute(
        "SELECT sha256 FROM forms WHERE form_id = ? AND version = ?",
        (form.form_id, form.version),
    ).fetchone()
    if row:
        if row[0] != form.sha256:
            raise FormConflictError(form.form_id, form.version)
        return False
    conn.execute(
        f"INSERT INTO forms ({_COLUMNS}, xlsform) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (
            form.form_id,
            form.version,
            form.title,
            form.sha256,
            form.filename,
            form.installed_at,
            form.installed_by,
            xlsform,
        ),
    )
    return True


def list_forms(conn: Connection) -> list[InstalledForm]:
    sql = f"SELECT {_COLUMNS} FROM forms ORDER BY form_id, installed_at"  # noqa: S608
    rows = conn.execute(sql)
    return [InstalledForm(*row) for row in rows]


def form_bytes(conn: Connection, form_id: str, version: str | None) -> tuple[str, bytes]:
    """(version, bytes) of a form; the latest installed version when none is named."""
    if version is None:
        row = conn.execute(
            "SELECT version, xlsform FROM forms WHERE form_id = ? "
            "ORDER BY installed_at DESC, rowid DESC LIMIT 1",
            (form_id,),
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT version, xlsform FROM forms WHERE form_id = ? AND version = ?",
            (form_id, version),
        ).fetchone()
    if row is None:
        raise FormNotInstalledError(form_id, version)
    return row[0], bytes(row[1])
