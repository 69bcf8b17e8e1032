"""Issue 15 point 10d: the supervisor sets the vault's longest auto-lock delay.

Before, auto-lock was only each computer's preference, and any enumerator could turn it
off (Office > Auto-lock..., untick). The limit is now a vault setting that only a
supervisor can change, audited; the app lets users pick shorter delays only."""

import pytest

from lintas.vault import Vault
from lintas.vault.autolock import DEFAULT_AUTOLOCK_LIMIT, AutoLockLimitError
from lintas.vault.errors import PermissionDeniedError
from tests.vault.conftest import PASSPHRASE


def test_the_limit_has_a_default_and_only_a_supervisor_changes_it(make_vault, tmp_path):
    vault, _ = make_vault(with_form=False)
    assert vault.autolock_limit() == DEFAULT_AUTOLOCK_LIMIT == 30
    vault.add_user("bee", "bee's own passphrase", role="enumerator")
    vault.set_autolock_limit(10)
    assert vault.autolock_limit() == 10
    entry = [e for e in vault.audit_entries() if e.action == "autolock.limit"][-1]
    assert entry.detail == {"from": 30, "to": 10} and entry.user == "anan"
    vault.close()

    with Vault.open(tmp_path / "vault", user="bee", passphrase="bee's own passphrase") as bee:
        assert bee.autolock_limit() == 10  # every user of the vault reads it
        with pytest.raises(PermissionDeniedError):
            bee.set_autolock_limit(0)
        with pytest.raises(PermissionDeniedError):  # nor through the generic settings call
            bee.set_setting("autolock.max_minutes", "0")
        assert bee.autolock_limit() == 10

    with Vault.open(tmp_path / "vault", user="anan", passphrase=PASSPHRASE) as anan:
        anan.set_autolock_limit(0)  # 0: no limit (users may turn auto-lock off)
        assert anan.autolock_limit() == 0


@pytest.mark.parametrize("minutes", [-1, 241, 2.5, "10", True, None])
def test_a_bad_limit_is_refused_before_anything_is_written(make_vault, minutes):
    vault, _ = make_vault(with_form=False)
    before = len(vault.audit_entries())
    with pytest.raises(AutoLockLimitError, match="from 1 to 240, or 0 for no limit"):
        vault.set_autolock_limit(minutes)
    assert vault.autolock_limit() == 30 and len(vault.audit_entries()) == before
