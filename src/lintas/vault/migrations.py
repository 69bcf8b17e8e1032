"""Schema versions, applied in order by migrations.

``MIGRATIONS[n]`` takes a vault from schema ``n`` to ``n + 1``; the schema
number lives in ``PRAGMA user_version``. Steps are append-only: a released step
is never edited, because vaults made with it exist in the field (the tests
build a vault with each earlier list of steps and open it with today's code).

Tables (see docs/vault.md for every column):

- v1: ``settings`` (key/value), ``users``, ``forms`` (XLSForm bytes, id, version,
  SHA-256), ``submissions`` (the current revision) and ``submission_history``
  (every earlier revision), ``audit`` (the hash chain).
- v2: ``secrets`` (named keys for other parts of Lintas, e.g. the regional
  pseudonymisation key), ``submissions.pseudonym`` + index,
  ``duplicate_matches`` (possible same person, found by pseudonym),
  ``peers`` (offices we exchange with), ``sync_ledger`` (bundles sent and
  received) and ``sync_records`` (which record revisions went in which bundle).
- v3: fewer indexes on ``submissions``, because every index is one more b-tree
  each insert updates (bulk imports, docs/vault.md "Speed"): no
  ``submissions_by_user`` (a user filter alone scans; the lists combine it with
  form and status, which ``submissions_by_form`` serves), and
  ``submissions_by_pseudonym`` covers only rows that have a pseudonym.
- v4: ``exchange_conflicts``: a record revision that arrived in a bundle with other
  content than the revision this vault holds. It is kept whole (never dropped or
  written over the local one) until a supervisor resolves it.
- v5: ``attachments``: files attached to media answers, inside the database.
- v6: ``import_records``: the revisions each bulk import stored, in the order of its
  audit entry's ``records_sha256``, so that ``audit verify`` covers them one by one.
- v7: ``draft_autosaves``: the hash (and its MAC) of each draft autosaved in place since
  its last audit entry (``vault/autosaves.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from lintas.vault.connection import Connection, transaction
from lintas.vault.errors import NewerSchemaError

_TEXT, _INT, _BLOB = str, int, bytes


def _v1_core(db: Database) -> None:
    db.table("settings").create({"key": _TEXT, "value": _TEXT}, pk="key", not_null={"value"})
    db.table("users").create(
        {"name": _TEXT, "role": _TEXT, "created_at": _TEXT, "removed_at": _TEXT},
        pk="name",
        not_null={"role", "created_at"},
    )
    db.table("forms").create(
        {
            "form_id": _TEXT,
            "version": _TEXT,
            "title": _TEXT,
            "sha256": _TEXT,
            "xlsform": _BLOB,
            "filename": _TEXT,
            "installed_at": _TEXT,
            "installed_by": _TEXT,
        },
        pk=("form_id", "version"),
        not_null={"sha256", "xlsform", "installed_at"},
    )
    columns = {
        "uuid": _TEXT,
        "form_id": _TEXT,
        "form_version": _TEXT,
        "status": _TEXT,
        "revision": _INT,
        "created_at": _TEXT,
        "updated_at": _TEXT,
        "created_by": _TEXT,
        "updated_by": _TEXT,
        "office": _TEXT,
        "content_hash": _TEXT,
        "data": _TEXT,
        "void_reason": _TEXT,
    }
    db.table("submissions").create(
        columns,
        pk="uuid",
        not_null={"form_id", "form_version", "status", "revision", "content_hash", "data"},
    )
    db.execute("CREATE INDEX submissions_by_form ON submissions (form_id, status, created_at)")
    db.execute("CREATE INDEX submissions_by_user ON submissions (created_by)")
    db.table("submission_history").create(columns, pk=("uuid", "revision"))
    db.table("audit").create(
        {
            "seq": _INT,
            "at": _TEXT,
            "user": _TEXT,
            "action": _TEXT,
            "subject": _TEXT,
            "detail": _TEXT,
            "prev_hash": _TEXT,
            "hash": _TEXT,
        },
        pk="seq",
        not_null={"at", "action", "prev_hash", "hash"},
    )


def _v2_exchange(db: Database) -> None:
    db.table("secrets").create(
        {"name": _TEXT, "value": _BLOB, "created_at": _TEXT, "updated_at": _TEXT},
        pk="name",
        not_null={"value"},
    )
    db.execute("ALTER TABLE submissions ADD COLUMN pseudonym TEXT")
    db.execute("ALTER TABLE submission_history ADD COLUMN pseudonym TEXT")
    db.execute("CREATE INDEX submissions_by_pseudonym ON submissions (pseudonym)")
    db.table("duplicate_matches").create(
        {
            "id": _INT,
            "uuid_a": _TEXT,
            "uuid_b": _TEXT,
            "pseudonym": _TEXT,
            "found_at": _TEXT,
            "status": _TEXT,  # open | same_person | different_people
            "resolved_by": _TEXT,
            "note": _TEXT,
        },
        pk="id",
        not_null={"uuid_a", "uuid_b", "found_at", "status"},
    )
    db.execute("CREATE UNIQUE INDEX duplicate_pair ON duplicate_matches (uuid_a, uuid_b)")
    db.table("peers").create(
        {
            "peer_id": _TEXT,  # the office identity's fingerprint
            "name": _TEXT,
            "identity": _TEXT,  # the office card as JSON (public keys)
            "trusted_at": _TEXT,
            "revoked_at": _TEXT,
        },
        pk="peer_id",
        not_null={"name", "identity"},
    )
    db.table("sync_ledger").create(
        {
            "bundle_id": _TEXT,
            "direction": _TEXT,  # out | in
            "peer_id": _TEXT,
            "at": _TEXT,
            "record_count": _INT,
            "sha256": _TEXT,
            "status": _TEXT,  # sent | acknowledged | imported | rejected
            "detail": _TEXT,
        },
        pk="bundle_id",
        not_null={"direction", "peer_id", "at", "status"},
    )
    db.table("sync_records").create(
        {"bundle_id": _TEXT, "uuid": _TEXT, "revision": _INT, "content_hash": _TEXT},
        pk=("bundle_id", "uuid", "revision"),
    )
    db.execute("CREATE INDEX sync_records_by_uuid ON sync_records (uuid, revision)")


def _v3_leaner_indexes(db: Database) -> None:
    db.execute("DROP INDEX submissions_by_user")
    db.execute("DROP INDEX submissions_by_pseudonym")
    # "pseudonym = ?" implies NOT NULL, so SQLite still uses this partial index for it.
    db.execute(
        "CREATE INDEX submissions_by_pseudonym ON submissions (pseudonym) "
        "WHERE pseudonym IS NOT NULL"
    )


def _v4_exchange_conflicts(db: Database) -> None:
    db.table("exchange_conflicts").create(
        {
            "id": _INT,
            "uuid": _TEXT,
            "revision": _INT,
            "peer_id": _TEXT,  # the office the other version came from
            "bundle_id": _TEXT,
            "local_hash": _TEXT,
            "incoming_hash": _TEXT,
            "record": _TEXT,  # the incoming revision, as it travelled (JSON)
            "found_at": _TEXT,
            "status": _TEXT,  # open | kept_local | took_incoming
            "resolved_by": _TEXT,
        },
        pk="id",
        not_null={"uuid", "revision", "peer_id", "bundle_id", "incoming_hash", "record"},
    )
    db.execute(
        "CREATE UNIQUE INDEX exchange_conflict_once "
        "ON exchange_conflicts (uuid, revision, incoming_hash)"
    )


def _v5_attachments(db: Database) -> None:
    # Files attached to media answers (issue 9). Inside the encrypted database, never
    # as files beside it; one row per (record, file name), kept across revisions.
    db.table("attachments").create(
        {
            "uuid": _TEXT,
            "name": _TEXT,
            "sha256": _TEXT,
            "size": _INT,
            "data": _BLOB,
            "saved_at": _TEXT,
            "saved_by": _TEXT,
        },
        pk=("uuid", "name"),
        not_null={"sha256", "size", "data", "saved_at"},
    )


def _v6_import_records(db: Database) -> None:
    # Which record revisions each bulk import stored (issue 15, point 6): the import's
    # audit entry commits to them through records_sha256, and audit verify recomputes
    # that digest from these rows, then finds an imported revision deleted or added
    # outside Lintas as it finds a local one.
    db.table("import_records").create(
        {
            "import_seq": _INT,  # seq of the submission.import audit entry
            "ordinal": _INT,  # position in that entry's digest
            "uuid": _TEXT,
            "revision": _INT,
            "content_hash": _TEXT,
        },
        pk=("import_seq", "ordinal"),
        not_null={"uuid", "revision", "content_hash"},
    )


def _v7_draft_autosaves(db: Database) -> None:
    # An autosave updates a draft in place without an audit entry (issue 10); this row
    # vouches for its content until the draft session's one entry is written.
    db.table("draft_autosaves").create(
        {"uuid": _TEXT, "revision": _INT, "content_hash": _TEXT, "mac": _TEXT},
        pk="uuid",
        not_null={"revision", "content_hash", "mac"},
    )


Migration = Callable[[Database], None]
MIGRATIONS: tuple[Migration, ...] = (
    _v1_core,
    _v2_exchange,
    _v3_leaner_indexes,
    _v4_exchange_conflicts,
    _v5_attachments,
    _v6_import_records,
    _v7_draft_autosaves,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to ``target`` in one transaction; returns the old version.

    Raises NewerSchemaError for a vault written by a newer Lintas.
    """
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise NewerSchemaError(found, SCHEMA_VERSION)
    if found >= target:
        return found
    db = Database(conn)
    with transaction(conn):
        for step in MIGRATIONS[found:target]:
            step(db)
        # PRAGMA user_version cannot take a parameter; target is our own int.
        conn.execute(f"PRAGMA user_version = {int(target)}")
    return found
