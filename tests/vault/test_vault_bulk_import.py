"""Bulk import: the no-lookup fast path and its fallback, schema v3's indexes."""

from __future__ import annotations

import dataclasses
import hashlib
import uuid as uuid_module
from pathlib import Path
from types import MappingProxyType

import sqlcipher3
from vault_helpers import FORM_ID, valid_answers

from lintas.vault.migrations import SCHEMA_VERSION, migrate, schema_version
from lintas.vault.submissions import (
    Submission,
    _bulk_json,
    content_hash,
    data_json,
    insert,
)


def _record(age: int, *, revision: int = 1, uuid: str | None = None, pseudonym=None):
    answers = valid_answers(age=age, remarks=f"person {age}")
    return Submission(
        uuid or str(uuid_module.uuid4()),
        FORM_ID,
        "1",
        "final",
        revision,
        "2026-11-27T10:00:00Z",
        "2026-11-27T10:00:00Z",
        "anan",
        "anan",
        "Mae Sot",
        "not trusted",
        answers,
        None,
        pseudonym,
    )


def _lines(records: list[Submission]) -> bytes:
    out = ""
    for r in records:
        text = data_json(r.data)
        out += (
            f"{r.uuid} {r.revision} {content_hash(r.form_id, r.form_version, text, r.pseudonym)}\n"
        )
    return out.encode()


def test_a_known_uuid_mid_chunk_falls_back_and_counts_exactly(make_vault):
    target, _ = make_vault("target")
    kept = _record(40)
    older = _record(41)
    target.import_submissions([kept, older], source="first")
    newer = dataclasses.replace(older, revision=2, data=valid_answers(age=42))
    twice = _record(50)
    twice_newer = dataclasses.replace(twice, revision=3, data=valid_answers(age=53))
    new = [_record(60 + i) for i in range(6)]
    # Known uuids in the middle: the fast insert stores the first rows, then meets one.
    chunk = [*new[:3], kept, twice, newer, *new[3:], twice_newer]

    result = target.import_submissions(chunk, source="second")

    assert (result.added, result.updated, result.skipped) == (7, 1, 2)
    assert target.count() == 2 + 7
    assert target.submission(newer.uuid).revision == 2
    assert target.submission(newer.uuid).data["age"] == 42
    assert [h.revision for h in target.submission_history(newer.uuid)] == [1]
    assert target.submission(twice.uuid).revision == 3
    assert target.submission_history(twice.uuid) == []
    # records_sha256: the added records in input order, then the updated ones.
    expected = hashlib.sha256(_lines([*new[:3], twice_newer, *new[3:], newer])).hexdigest()
    entry = target.audit_entries(1)[0]
    assert entry.action == "submission.import"
    assert entry.detail == {
        "added": 7, "updated": 1, "skipped": 2, "records_sha256": expected, "listed": True,
    }  # fmt: skip
    assert target.audit_verify().ok and target.record_problems() == []


def test_a_fresh_import_spanning_chunks_stores_every_record_once(make_vault):
    target, _ = make_vault("target")
    records = [_record(i % 90) for i in range(1203)]
    result = target.import_submissions(records, source="bundle")
    assert (result.added, result.updated, result.skipped) == (1203, 0, 0)
    expected = hashlib.sha256(_lines(records)).hexdigest()
    assert target.audit_entries(1)[0].detail["records_sha256"] == expected
    again = target.import_submissions(records[::-1], source="bundle")
    assert (again.added, again.updated, again.skipped) == (0, 0, 1203)
    assert target.count() == 1203


def test_bulk_json_is_the_canonical_json():
    data = {
        "b": [1, 2.5, {"z": "ຫ", "a": None}],
        "a": 'မြန်မာ "quoted" \\ \n',
        "n": MappingProxyType({"y": True, "x": -0.0}),
        "big": 10**20,
    }
    assert _bulk_json(data) == data_json(data)


def _raw_connection(path: Path) -> sqlcipher3.dbapi2.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = \"x'" + "ab" * 32 + "'\"")
    return conn


def _index_names(conn) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    return {name for (name,) in rows}


def test_migration_to_v3_keeps_the_data_and_makes_the_pseudonym_index_partial(tmp_path):
    conn = _raw_connection(tmp_path / "v2.db")
    migrate(conn, target=2)
    assert {"submissions_by_user", "submissions_by_pseudonym"} <= _index_names(conn)
    with_name = dataclasses.replace(_record(30), pseudonym="P-1", content_hash="h1")
    without = dataclasses.replace(_record(31), content_hash="h2")
    insert(conn, with_name)
    insert(conn, without)

    assert migrate(conn) == 2
    assert schema_version(conn) == SCHEMA_VERSION
    assert "submissions_by_user" not in _index_names(conn)
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'submissions_by_pseudonym'"
    ).fetchone()[0]
    assert "WHERE pseudonym IS NOT NULL" in sql
    stored = conn.execute("SELECT uuid, pseudonym FROM submissions ORDER BY uuid").fetchall()
    assert stored == sorted([(with_name.uuid, "P-1"), (without.uuid, None)])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _plan(conn, sql: str, params: tuple) -> str:
    return " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_pseudonym_lookups_use_the_partial_index_and_user_filters_still_work(make_vault):
    vault, _ = make_vault()
    saved = vault.save_submission(FORM_ID, valid_answers(), status="final", pseudonym="P-9")
    vault.save_submission(FORM_ID, valid_answers(age=33), status="final")
    conn = vault.conn
    by_pseudonym = "SELECT uuid FROM submissions WHERE pseudonym = ?"
    assert "submissions_by_pseudonym" in _plan(conn, by_pseudonym, ("P-9",))
    matches = "SELECT uuid FROM submissions WHERE pseudonym = ? AND uuid != ?"
    assert "submissions_by_pseudonym" in _plan(conn, matches, ("P-9", "x"))
    assert [s.uuid for s in vault.submissions(pseudonym="P-9")] == [saved.uuid]
    assert vault.count(user="anan") == 2 and vault.count(user="bee") == 0
    assert vault.count(user="anan", form_id=FORM_ID, status="final") == 2


def test_a_checked_import_stores_only_what_its_checker_accepted(make_vault):
    """The exchange's second pass is not checked again; the vault then requires the
    records stored to be, as a set, those the first pass checked (Fingerprints)."""
    import pytest

    from lintas.vault.errors import ImportChangedError, ImportRefusedError

    vault, _ = make_vault("v")
    records = [_record(20 + n) for n in range(5)]
    checker = vault.import_checker()
    checker(records)
    before = vault.count()
    # Another record in place of one that was checked: refused, nothing stored.
    swapped = [*records[:4], dataclasses.replace(records[4], data={"age": "not a number"})]
    with pytest.raises(ImportChangedError, match="Nothing was imported"):
        vault.import_submissions(iter(swapped), source="t", streamed=True, checked=checker)
    with pytest.raises(ImportChangedError):  # one left out is not the same set either
        vault.import_submissions(iter(records[:4]), source="t", streamed=True, checked=checker)
    assert vault.count() == before
    # Set aside (the exchange's conflicts), and in another order: stored.
    checker.set_aside(records[:1])
    result = vault.import_submissions(
        iter(records[:0:-1]), source="t", streamed=True, checked=checker
    )
    assert result.added == 4 and vault.count() == before + 4
    # The checker still refuses a bad record in the first pass, with its message.
    with pytest.raises(ImportRefusedError, match="age"):
        vault.import_checker()([dataclasses.replace(records[0], data={"age": "x"})])
