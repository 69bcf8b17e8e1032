"""Hypothesis: any interleaving of create, import, re-import and receipt among three
vaults converges to the same records everywhere once every office has sent to the rest."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from vault_helpers import CHEAP_KDF, FORM_ID, PASSPHRASE, form_bytes, valid_answers

from lintas.exchange.bundles import create_bundle, import_file
from lintas.exchange.identity import office_identity, trust
from lintas.vault import Vault

NAMES = ("A", "B", "C")
step = st.one_of(
    st.tuples(st.just("save"), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(1, 2)),
    st.tuples(st.just("import"), st.integers(0, 30)),
    st.tuples(st.just("receipt"), st.integers(0, 30)),
)


def _rows(vault: Vault) -> set[tuple[str, int, str]]:
    return {(s.uuid, s.revision, s.content_hash) for s in vault.submissions(limit=None)}


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(step, max_size=10))
# Found by Hypothesis: a replayed import with --receipt wrote no receipt.
@example(steps=[("send", 0, 1), ("import", 0), ("import", 0), ("receipt", 1)])
def test_any_interleaving_converges(steps) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vaults = []
        for name in NAMES:
            vault, _ = Vault.create(
                folder / name, office=name, user="anan", passphrase=PASSPHRASE, kdf=CHEAP_KDF
            )
            vault.install_form(form_bytes(), filename="migrant.md")
            office_identity(vault)
            vaults.append(vault)
        try:
            for vault, other in itertools.permutations(vaults, 2):
                trust(vault, office_identity(other).card)
            bundles: list[tuple[Path, int, int]] = []  # (file, sender, recipient)
            receipts: list[tuple[Path, int]] = []  # (file, who imports it)
            count = itertools.count()
            for action, *args in steps:
                if action == "save":
                    vaults[args[0]].save_submission(FORM_ID, valid_answers(), status="final")
                elif action == "send":
                    sender, to = args[0], (args[0] + args[1]) % 3
                    path = folder / f"b{next(count)}.age"
                    create_bundle(vaults[sender], [NAMES[to]], path)
                    bundles.append((path, sender, to))
                elif action == "import" and bundles:
                    path, sender, to = bundles[args[0] % len(bundles)]
                    receipt = folder / f"r{next(count)}.age"
                    import_file(vaults[to], path, receipt_out=receipt)
                    receipts.append((receipt, sender))
                elif action == "receipt" and receipts:
                    path, sender = receipts[args[0] % len(receipts)]
                    import_file(vaults[sender], path)
            # Flush: each office sends to both others, everyone imports everything, twice
            # (a record that reached B from A reaches C in the second round).
            for _ in range(2):
                for sender, to in itertools.permutations(range(3), 2):
                    path = folder / f"f{next(count)}.age"
                    create_bundle(vaults[sender], [NAMES[to]], path)
                    import_file(vaults[to], path)
            first = _rows(vaults[0])
            assert all(_rows(v) == first for v in vaults)
            saves = sum(1 for s in steps if s[0] == "save")
            assert len(first) == saves
        finally:
            for vault in vaults:
                vault.close()
