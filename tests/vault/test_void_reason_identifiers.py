"""Issue 15 point 3: a void reason is free text a person types, so it is checked.

Reproduced on main (590c349): ``vault.void(uuid, "Duplicate: same worker Aung Ko Ko,
passport MA1234567, phone +66 81 234 5678")`` was stored and shown word for word.
"""

from __future__ import annotations

import pytest
from vault_helpers import FORM_ID, valid_answers

from lintas.vault.errors import IdentifierInTextError

REASON = "Duplicate: same worker Aung Ko Ko, passport MA1234567, phone +66 81 234 5678"


def test_a_void_reason_holding_a_passport_and_a_phone_is_refused(vault):
    saved = vault.save_submission(FORM_ID, valid_answers(), status="final")
    with pytest.raises(IdentifierInTextError) as refused:
        vault.void(saved.uuid, REASON)
    message = str(refused.value)
    assert "passport" in message and "phone" in message
    assert "MA1234567" not in message  # the message never repeats the identifier
    assert vault.submission(saved.uuid).status == "final"  # nothing was written
    assert all("MA1234567" not in str(e.detail) for e in vault.audit_entries())


def test_the_redacted_reason_is_accepted(vault):
    from lintas.privacy.freetext import find_identifiers, redact

    saved = vault.save_submission(FORM_ID, valid_answers(), status="final")
    void = vault.void(saved.uuid, redact(REASON, find_identifiers(REASON)))
    assert (
        void.void_reason == "Duplicate: same worker Aung Ko Ko, passport [passport], phone [phone]"
    )
