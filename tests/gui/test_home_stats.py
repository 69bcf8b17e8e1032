"""Home's numbers from a real vault: counts, void records left out, charts labelled."""

from lintas.gui.demo_form import DEMO_FORM_ID, demo_form_bytes
from lintas.gui.stats import home_stats
from lintas.vault import Vault
from tests.gui.conftest import FAST_KDF, PASSPHRASE

BASE = {"age": 30, "worked_abroad": "no", "consent_kept": "OK"}


def test_home_counts_and_labels_the_charts(tmp_path):
    vault, _key = Vault.create(
        tmp_path / "v", office="Ranong", user="sup", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with vault:
        vault.install_form(demo_form_bytes(), filename="demo.md")
        people = [("female", "MMR"), ("female", "MMR"), ("male", "KHM"), ("male", "LAO")]
        uuids = [
            vault.save_submission(
                DEMO_FORM_ID, {**BASE, "sex": sex, "citizenship": country}, status="final"
            ).uuid
            for sex, country in people
        ]
        vault.save_submission(DEMO_FORM_ID, {"sex": "female"}, status="draft")
        vault.void(uuids[3], "entered twice")
        stats = home_stats(vault, "th")
    assert (stats.today, stats.week, stats.total, stats.drafts) == (4, 4, 4, 1)
    assert dict(stats.by_sex) == {"หญิง": 3, "ชาย": 1}
    assert dict(stats.by_citizenship) == {"เมียนมา": 2, "กัมพูชา": 1}
    assert stats.by_day[-1][1] == 4
