"""Settings (text) and secrets (bytes) kept inside the encrypted database.

Secrets are for other parts of Lintas that need a key of their own (the
privacy layer's regional pseudonymisation key): they never touch the disk
outside SQLCipher's encrypted pages.
"""

from __future__ import annotations

from lintas.vault.connection import Connection


def get_setting(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def get_secret(conn: Connection, name: str) -> bytes | None:
    row = conn.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
    return bytes(row[0]) if row else None


def set_secret(conn: Connection, name: str, value: bytes, at: str) -> None:
    conn.execute(
        "INSERT INTO secrets (name, value, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (name, value, at, at),
    )
