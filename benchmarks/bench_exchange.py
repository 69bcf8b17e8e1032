"""Exchange benchmarks (issue 13): bundle create and import, as ratios within one run.

Run: ``python3 benchmarks/bench_exchange.py [--records N]`` (default 10,000).

- create ratio: ``lintas bundle create``'s time over raw ``pyrage.encrypt`` of the same
  plaintext bytes (the aim is at most 2x);
- import ratio: ``lintas bundle import``'s time over the vault's own bulk save
  (``import_submissions``) of the same records into an empty vault (aim at most 1.3x);
- peak memory (tracemalloc) of each side.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pyrage

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vault import FORM, PASSPHRASE, records
from results import report as report_ratio

from lintas.exchange import format as fmt
from lintas.exchange.bundles import create_bundle, import_file
from lintas.exchange.identity import office_identity, trust
from lintas.vault import KdfParams, Vault

KDF = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)


def vault(folder: Path, name: str) -> Vault:
    made, _ = Vault.create(folder / name, office=name, user="anan", passphrase=PASSPHRASE, kdf=KDF)
    made.install_form(FORM.encode(), filename="bench.md")
    office_identity(made)
    return made


def timed(work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start, 0


def peak(work) -> int:  # type: ignore[no-untyped-def]
    """Peak Python heap of ``work``, in a separate run (tracemalloc slows code ~3x)."""
    tracemalloc.start()
    work()
    top = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return top


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    count = parser.parse_args().records
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sender, hub, baseline = vault(folder, "A"), vault(folder, "Hub"), vault(folder, "Base")
        trust(sender, office_identity(hub).card)
        trust(hub, office_identity(sender).card)
        rows = records(count)
        sender.import_submissions(rows, source="benchmark")
        bundle = folder / "b.age"
        made, create_s, _ = timed(lambda: create_bundle(sender, ["Hub"], bundle))
        plaintext = pyrage.decrypt(
            bundle.read_bytes(),
            [pyrage.x25519.Identity.from_str(office_identity(hub).age_identity)],
        )
        recipient = pyrage.x25519.Recipient.from_str(office_identity(hub).card.age_recipient)
        _, raw_s, _ = timed(lambda: pyrage.encrypt(plaintext, [recipient]))
        stored = [sender.submission(r.uuid) for r in rows]
        _, base_s, _ = timed(lambda: baseline.import_submissions(stored, source="baseline"))
        report, import_s, _ = timed(lambda: import_file(hub, bundle))
        # Memory: again into fresh vaults (the sender re-sends: the hub sent no receipt).
        create_peak = peak(lambda: create_bundle(sender, ["Hub"], folder / "again.age"))
        other = vault(folder, "Hub2")
        trust(other, office_identity(sender).card)
        trust(sender, office_identity(other).card)
        create_bundle(sender, ["Hub2"], folder / "h2.age")
        import_peak = peak(lambda: import_file(other, folder / "h2.age"))
        assert report.added == count == made.records
        payload = fmt.split(plaintext).payload
        report_ratio("exchange", f"create a bundle of {count:,} records", create_s, raw_s,
                     baseline_name="raw pyrage.encrypt", at_most=2)  # fmt: skip
        report_ratio("exchange", f"import a bundle of {count:,} records", import_s, base_s,
                     baseline_name="import_submissions", at_most=1.3)  # fmt: skip
        print(f"records: {count}; bundle {bundle.stat().st_size} bytes (payload {len(payload)})")
        print(
            f"create: {create_s:.2f} s; raw pyrage.encrypt {raw_s:.3f} s; "
            f"ratio {create_s / raw_s:.1f}x"
        )
        print(
            f"import: {import_s:.2f} s; import_submissions {base_s:.2f} s; "
            f"ratio {import_s / base_s:.2f}x"
        )
        print(
            f"peak memory: create {create_peak / 2**20:.0f} MiB, "
            f"import {import_peak / 2**20:.0f} MiB"
        )
        for made_vault in (sender, hub, baseline, other):
            made_vault.close()


if __name__ == "__main__":
    main()
