"""Answers holding half a Unicode character are refused with a message, not a crash."""

from __future__ import annotations

import json

import pytest
from vault_helpers import FORM_ID, valid_answers

from lintas.vault.errors import InvalidSubmissionError


def test_a_lone_surrogate_is_refused_and_nothing_is_saved(vault):
    answers = json.loads('{"remarks": "ok \\ud800"}')
    with pytest.raises(InvalidSubmissionError, match="broken text"):
        vault.save_submission(FORM_ID, {**valid_answers(), **answers})
    assert vault.count() == 0
    saved = vault.save_submission(FORM_ID, valid_answers())
    with pytest.raises(InvalidSubmissionError, match="broken text"):
        vault.update_submission(saved.uuid, {**valid_answers(), **answers})
    assert vault.submission(saved.uuid).revision == 1
