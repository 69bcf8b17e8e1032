"""Vault benchmarks: unlock time, one final save (p50/p95), bulk import vs plain sqlite3.

Run: ``python3 benchmarks/bench_vault.py [--bulk N] [--saves N]``. Everything is
measured in the same run on the same disk; the bulk figure is printed as a ratio
against plain ``sqlite3`` (no encryption) inserting the same JSON rows, also in one
transaction with WAL and synchronous=FULL, and also serialising the JSON itself.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from results import report

from lintas.vault import DEFAULT_KDF, Submission, Vault

PASSPHRASE = "benchmark passphrase"
FORM = """
| survey |
|        | type                  | name    | label   | required | constraint |
|        | integer               | age     | Age     | yes      | . >= 15    |
|        | select_one sex        | sex     | Sex     | yes      |            |
|        | select_multiple issue | issues  | Issues  |          |            |
|        | decimal               | wage    | Wage    |          |            |
|        | date                  | arrived | Arrived |          |            |
|        | text                  | remarks | Remarks |          |            |
| choices |
|         | list_name | name   | label  |
|         | sex       | female | Female |
|         | sex       | male   | Male   |
|         | issue     | debt   | Debt   |
|         | issue     | fees   | Fees   |
| settings |
|          | form_id | version |
|          | bench   | 1       |
"""


def answers(n: int) -> dict:
    return {
        "age": 18 + n % 50,
        "sex": "female" if n % 2 else "male",
        "issues": ["debt"],
        "wage": 4500.5 + n,
        "arrived": "2026-03-01",
        "remarks": f"interview {n}",
    }


def bench_unlock(folder: Path, rounds: int = 5) -> None:
    derive = []
    for _ in range(rounds):
        start = time.perf_counter()
        Argon2id(
            salt=b"s" * 16,
            length=32,
            iterations=DEFAULT_KDF.iterations,
            lanes=DEFAULT_KDF.lanes,
            memory_cost=DEFAULT_KDF.memory_kib,
        ).derive(b"x")
        derive.append(time.perf_counter() - start)
    opens = []
    for _ in range(rounds):
        start = time.perf_counter()
        Vault.open(folder, user="anan", passphrase=PASSPHRASE).close()
        opens.append(time.perf_counter() - start)
    print(
        f"Argon2id m={DEFAULT_KDF.memory_kib // 1024} MiB t={DEFAULT_KDF.iterations} "
        f"p={DEFAULT_KDF.lanes}: derive median {statistics.median(derive):.3f} s; "
        f"full unlock (open) median {statistics.median(opens):.3f} s"
    )


def bench_saves(vault: Vault, count: int) -> None:
    times = []
    for n in range(count):
        start = time.perf_counter()
        vault.save_submission("bench", answers(n), status="final")
        times.append(time.perf_counter() - start)
    times.sort()
    p50 = times[len(times) // 2]
    p95 = times[int(len(times) * 0.95) - 1]
    print(
        f"save one final submission (validate, encrypt, commit FULL), n={count}: "
        f"p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"
    )


def records(count: int) -> list[Submission]:
    now = "2026-11-27T10:00:00.000000Z"
    return [
        Submission(
            str(uuid.uuid4()),
            "bench",
            "1",
            "final",
            1,
            now,
            now,
            "anan",
            "anan",
            "Mae Sot",
            "",
            answers(n),
        )
        for n in range(count)
    ]


def plain_sqlite(path: Path, rows: list[Submission]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE submissions (uuid TEXT PRIMARY KEY, form_id, form_version, "
        "status, revision, created_at, updated_at, created_by, updated_by, office, "
        "data)"
    )
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                r.uuid,
                r.form_id,
                r.form_version,
                r.status,
                r.revision,
                r.created_at,
                r.updated_at,
                r.created_by,
                r.updated_by,
                r.office,
                json.dumps(r.data, sort_keys=True, separators=(",", ":")),
            )
            for r in rows
        ),
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def bench_bulk(vault: Vault, folder: Path, count: int) -> float:
    """One bulk import into ``vault``; returns our time / plain sqlite3's."""
    rows = records(count)
    # The machine is shared: the baseline runs before and after ours; the faster counts.
    first = plain_sqlite(folder / "plain1.db", rows)
    start = time.perf_counter()
    result = vault.import_submissions(rows, source="benchmark")
    ours = time.perf_counter() - start
    assert result.added == count
    baseline = min(first, plain_sqlite(folder / "plain2.db", rows))
    report("vault", f"bulk import of {count:,} records", ours, baseline,
           baseline_name="plain sqlite3, same rows", at_most=2)  # fmt: skip
    print(
        f"bulk import of {count} validated submissions in one transaction "
        f"(content hashes + audit entries): {ours:.2f} s; plain sqlite3 {baseline:.2f} s; "
        f"ratio {ours / baseline:.2f}x"
    )
    return ours / baseline


def bench_bulk_fresh(folder: Path, count: int) -> float:
    """A bulk import into a new vault (one installed form, nothing else)."""
    vault = new_vault(folder)
    try:
        return bench_bulk(vault, folder, count)
    finally:
        vault.close()


def new_vault(folder: Path) -> Vault:
    vault, _ = Vault.create(folder / "vault", office="Mae Sot", user="anan", passphrase=PASSPHRASE)
    vault.install_form(FORM.encode(), filename="bench.md")
    return vault


def _disable_memory_security() -> None:
    from lintas.vault import connection

    # Once on, SQLCipher keeps memory security on for the process, so it is never set.
    def configure_without(conn, data_key):  # type: ignore[no-untyped-def]
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(connection._key_pragma(data_key))

    connection.configure = configure_without
    print("DIAGNOSTIC RUN: cipher_memory_security OFF (Lintas never runs like this)")


def _force_page_size(page_size: int) -> None:
    from lintas.vault import connection

    original = connection.configure

    # Vaults made in this run only: Lintas itself writes 4096-byte pages, and other
    # code (rekey's probe, backups) opens vault databases assuming that size.
    def configure_with(conn, data_key):  # type: ignore[no-untyped-def]
        original(conn, data_key)
        conn.execute(f"PRAGMA cipher_page_size = {int(page_size)}")

    connection.configure = configure_with
    print(f"DIAGNOSTIC RUN: cipher_page_size {page_size} (Lintas uses 4096)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bulk", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="bulk imports into new vaults after the first; the median ratio is printed",
    )
    parser.add_argument(
        "--memory-security",
        choices=("on", "off"),
        default="on",
        help="'off' is a diagnostic only: it shows what SQLCipher's "
        "cipher_memory_security costs. Lintas always runs with it on.",
    )
    parser.add_argument(
        "--page-size", type=int, default=None, help="diagnostic only: cipher_page_size"
    )
    options = parser.parse_args()
    if options.memory_security == "off":
        _disable_memory_security()
    if options.page_size:
        _force_page_size(options.page_size)
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as scratch:
        folder = Path(scratch)
        new_vault(folder).close()
        bench_unlock(folder / "vault")
        with Vault.open(folder / "vault", user="anan", passphrase=PASSPHRASE) as vault:
            bench_saves(vault, options.saves)
            ratios = [bench_bulk(vault, folder, options.bulk)]
    for _ in range(options.rounds - 1):
        with tempfile.TemporaryDirectory(dir=Path.cwd()) as scratch:
            ratios.append(bench_bulk_fresh(Path(scratch), options.bulk))
    print(
        f"bulk ratio over {len(ratios)} imports: median {statistics.median(ratios):.2f}x "
        f"(all: {', '.join(f'{r:.2f}' for r in sorted(ratios))}); the aim is at most 2x"
    )


if __name__ == "__main__":
    main()
