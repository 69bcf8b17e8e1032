"""Submissions: the current revision of each record, with every earlier one kept.

A save writes the new revision to ``submissions``; an edit first copies the row
it replaces into ``submission_history``. Nothing is hard-deleted: voiding is a
status. ``content_hash`` is SHA-256 over the canonical JSON of
``{"form_id", "form_version", "data", "pseudonym"}`` so a record's content can be
checked after any transfer (the exchange bundle carries it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from lintas.vault.connection import Connection

STATUSES = ("draft", "final", "void")
_COLUMNS = (
    "uuid, form_id, form_version, status, revision, created_at, updated_at, created_by, "
    "updated_by, office, content_hash, data, void_reason, pseudonym"
)
_INSERT = f"INSERT INTO submissions ({_COLUMNS}) VALUES ({', '.join('?' * 14)})"


@dataclass(frozen=True)
class Submission:
    uuid: str
    form_id: str
    form_version: str
    status: str
    revision: int
    created_at: str
    updated_at: str
    created_by: str | None
    updated_by: str | None
    office: str | None
    content_hash: str
    data: Mapping[str, Any]
    void_reason: str | None = None
    pseudonym: str | None = None

    def row(self) -> tuple[Any, ...]:
        return (
            self.uuid,
            self.form_id,
            self.form_version,
            self.status,
            self.revision,
            self.created_at,
            self.updated_at,
            self.created_by,
            self.updated_by,
            self.office,
            self.content_hash,
            data_json(self.data),
            self.void_reason,
            self.pseudonym,
        )


def data_json(data: Mapping[str, Any]) -> str:
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain
    )


def _plain(value: Any) -> Any:
    if isinstance(value, MappingProxyType):
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def content_hash(form_id: str, form_version: str, data_text: str, pseudonym: str | None) -> str:
    # data_text is already canonical, so it is embedded as a string, not re-parsed.
    text = json.dumps(
        [form_id, form_version, data_text, pseudonym], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _from_row(row: tuple[Any, ...]) -> Submission:
    values = list(row)
    values[11] = json.loads(values[11])
    return Submission(*values)


def insert(conn: Connection, submission: Submission) -> None:
    conn.execute(_INSERT, submission.row())


def insert_many(conn: Connection, submissions: Iterable[Submission]) -> None:
    conn.executemany(_INSERT, (s.row() for s in submissions))


def replace_current(conn: Connection, new: Submission) -> None:
    """Keep the current revision in the history, then make ``new`` current."""
    conn.execute(
        f"INSERT INTO submission_history ({_COLUMNS}) "
        f"SELECT {_COLUMNS} FROM submissions WHERE uuid = ?",
        (new.uuid,),
    )
    conn.execute("DELETE FROM submissions WHERE uuid = ?", (new.uuid,))
    insert(conn, new)


def get(conn: Connection, uuid: str) -> Submission | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM submissions WHERE uuid = ?", (uuid,)).fetchone()
    return _from_row(row) if row else None


def history(conn: Connection, uuid: str) -> list[Submission]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM submission_history WHERE uuid = ? ORDER BY revision", (uuid,)
    )
    return [_from_row(row) for row in rows]


@dataclass(frozen=True)
class Filters:
    """What to list. Dates compare against ``created_at`` (ISO 8601 UTC text)."""

    form_id: str | None = None
    status: str | None = None
    user: str | None = None
    since: str | None = None
    until: str | None = None
    pseudonym: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = [], []
        for column, value, op in (
            ("form_id", self.form_id, "="),
            ("status", self.status, "="),
            ("created_by", self.user, "="),
            ("created_at", self.since, ">="),
            ("created_at", self.until, "<"),
            ("pseudonym", self.pseudonym, "="),
        ):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def select(
    conn: Connection, filters: Filters, limit: int | None = None, offset: int = 0
) -> Iterator[Submission]:
    where, params = filters.where()
    sql = f"SELECT {_COLUMNS} FROM submissions{where} ORDER BY created_at, uuid"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    for row in conn.execute(sql, params):
        yield _from_row(row)


def count(conn: Connection, filters: Filters) -> int:
    where, params = filters.where()
    return int(conn.execute(f"SELECT count(*) FROM submissions{where}", params).fetchone()[0])
