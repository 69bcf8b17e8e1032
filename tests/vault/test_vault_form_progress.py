"""Loading a big form can be followed and cancelled; a cancelled install stores nothing."""

from __future__ import annotations

import pytest
from vault_helpers import FORM_ID, PASSPHRASE, form_bytes

from lintas.errors import Cancelled
from lintas.vault import Vault


def test_install_reports_progress_and_can_be_cancelled(make_vault):
    vault, _ = make_vault(with_form=False)
    seen: list[str] = []

    def cancel_while_checking(done: int, total: int, what: str) -> bool:
        seen.append(what)
        return "expressions" not in what

    with pytest.raises(Cancelled):
        vault.install_form(form_bytes(), filename="migrant.md", progress=cancel_while_checking)
    assert len(seen) >= 3
    assert vault.forms() == []
    assert "form.install" not in [entry.action for entry in vault.audit_entries()]

    steps: list[tuple[int, int]] = []
    vault.install_form(
        form_bytes(), filename="migrant.md", progress=lambda d, t, w: steps.append((d, t))
    )
    assert steps[-1][0] == steps[-1][1] > 0
    assert [installed.form_id for installed in vault.forms()] == [FORM_ID]


def test_loading_an_installed_form_can_be_cancelled(make_vault):
    vault, _ = make_vault()
    folder = vault.folder
    vault.close()
    # Freshly opened, so the form is read and loaded again rather than cached.
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as reopened:
        with pytest.raises(Cancelled):
            reopened.form(FORM_ID, progress=lambda done, total, what: done == 0)
        assert reopened.form(FORM_ID).form_id == FORM_ID
