"""Benchmark: what the restricted and public levels keep, on the demo vault and a large one.

The issue's aims (docs/workbook-format.md, section 8): every level meets its k and l; at
the public level at least 95% of the values of sex, 5-year age band, citizenship and flow
type survive; at the restricted level at least 90% of the values of each T1-T8 dimension.
The large vault is the standard survey with N interviews each drawn independently
through the form engine (no answer set reused, unlike the demo's 40), which is the hard
case: real surveys are more concentrated. Building 100,000 takes about 25 minutes on a
shared 2-core machine; pass --vault to reuse one.

Run: ``LINTAS_TEST_WEAK_KDF=1 python3 benchmarks/bench_levels.py [--records 100000]
[--vault PATH --passphrase P --user U]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STANDARD = ROOT / "forms" / "asean_migrant_worker_survey.xlsx"
PUBLIC_AIM = ("sex", "age_years", "citizenship", "flow_type")
# The microdata variables behind the T1-T8 dimensions (T8's indicators are in T8 only).
RESTRICTED_AIM = (
    "sex", "age_years", "citizenship", "corridor_destination", "industry",
    "occupation_major", "flow_type", "education_aggregate", "last_destination",
)  # fmt: skip


def build(folder: Path, count: int) -> tuple[Path, str, str]:
    from lintas.gui.synthetic import synthetic_records
    from lintas.vault import KdfParams, Vault

    path = folder / "vault"
    vault, _ = Vault.create(path, office="Synthetic office", user="sup",
                            passphrase="bench passphrase",
                            kdf=KdfParams(memory_kib=256, iterations=1, lanes=1))  # fmt: skip
    with vault:
        installed = vault.install_form(STANDARD.read_bytes(), filename=STANDARD.name)
        form = vault.form(installed.form_id, installed.version)
        records = synthetic_records(form, count, users=("a", "b"), office="Synthetic office",
                                    seed=12, distinct=count, days=365)  # fmt: skip
        vault.import_submissions(records, source="synthetic")
    return path, "bench passphrase", "sup"


def measure(path: Path, passphrase: str, user: str, out: Path) -> None:
    from lintas.export.workbook import ExportOptions, export_workbook
    from lintas.vault import Vault

    with Vault.open(path, user=user, passphrase=passphrase) as vault:
        for level, aim, floor in (("public", PUBLIC_AIM, 0.95),
                                  ("restricted", RESTRICTED_AIM, 0.90)):  # fmt: skip
            started = time.perf_counter()
            result = export_workbook(vault, out / f"{level}.xlsx",
                                     ExportOptions(form_id="asean_mw_survey", level=level,
                                                   status="final"))  # fmt: skip
            took = time.perf_counter() - started
            d = result.disclosure
            kept = d["kept"]
            dropped = d["dropped_by_suppression"]
            print(f"{level}: {d['records']} records, k = {d['k_reached']} (target "
                  f"{d['k_target']}), l = {d['l_reached']} (target {d['l_target']}), "
                  f"{d['records_removed']} left out, target met: {d['target_met']}, "
                  f"{took:.1f} s")  # fmt: skip
            for name in aim:
                share = kept.get(name)
                shown = "dropped" if share is None else f"{share:.1%}"
                verdict = "meets" if share is not None and share >= floor else "MISSES"
                print(f"  {name:22} {shown:>8}  {verdict} the {floor:.0%} aim")
            others = {n: s for n, s in kept.items() if n not in aim}
            if others:
                print("  others: " + ", ".join(f"{n} {s:.1%}" for n, s in others.items()))
            if dropped:
                print("  dropped: " + "; ".join(f"{n} ({why})" for n, why in dropped.items()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--vault", type=Path, help="an existing vault of the standard survey")
    parser.add_argument("--passphrase", default="bench passphrase")
    parser.add_argument("--user", default="sup")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
        folder = Path(tmp)
        if args.vault:
            path, passphrase, user = args.vault, args.passphrase, args.user
        else:
            path, passphrase, user = build(folder, args.records)
        measure(path, passphrase, user, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
