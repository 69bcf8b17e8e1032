"""Users and roles. A user's passphrase lives only in the key file's slot;
this table records who exists, their role, and when they were removed
(users are never deleted, so the audit chain's names stay meaningful)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lintas.vault.connection import Connection
from lintas.vault.errors import InvalidNameError

ROLES = ("enumerator", "supervisor")
_NAME = re.compile(r"^[\w.@-]{1,64}$")


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created_at: str
    removed_at: str | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise InvalidNameError(
            f"'{name}' cannot be a user name: use 1 to 64 letters, digits, '.', '_', '-' "
            "or '@', without spaces."
        )
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidNameError(f"'{role}' is not a role. Use one of: {', '.join(ROLES)}.")
    return role


def insert_user(conn: Connection, user: User) -> None:
    conn.execute(
        "INSERT INTO users (name, role, created_at, removed_at) VALUES (?, ?, ?, NULL) "
        "ON CONFLICT (name) DO UPDATE SET role = excluded.role, removed_at = NULL",
        (user.name, user.role, user.created_at),
    )


def mark_removed(conn: Connection, name: str, at: str) -> None:
    conn.execute("UPDATE users SET removed_at = ? WHERE name = ?", (at, name))


def get_user(conn: Connection, name: str) -> User | None:
    row = conn.execute(
        "SELECT name, role, created_at, removed_at FROM users WHERE name = ?", (name,)
    ).fetchone()
    return User(*row) if row else None


def all_users(conn: Connection, include_removed: bool = False) -> list[User]:
    sql = "SELECT name, role, created_at, removed_at FROM users"
    if not include_removed:
        sql += " WHERE removed_at IS NULL"
    return [User(*row) for row in conn.execute(sql + " ORDER BY name")]
