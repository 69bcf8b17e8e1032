"""Entry with real vaults: pseudonyms on save, repeat interviews, text warnings, override."""

from __future__ import annotations

import pytest
from privacy_helpers import FORM_ID, make_vault

from lintas.form import Response
from lintas.privacy.entry import check_text, fix_text, save_response
from lintas.privacy.errors import OpenWarningsError
from lintas.privacy.keys import RegionalKey
from lintas.privacy.pseudonyms import is_pseudonym, pseudonymise_answers
from lintas.privacy.regional import (
    SECRET_NAME,
    export_regional_key_file,
    import_regional_key,
    import_regional_key_file,
    regional_key,
)
from lintas.vault import Vault
from lintas.vault.errors import MatchNotFoundError, PermissionDeniedError
from lintas.vault.pseudonym_matches import matches, resolve_match


@pytest.fixture
def vault(tmp_path):
    opened = make_vault(tmp_path / "vault")
    yield opened
    opened.close()


def interview(vault, passport="MA 123456", remarks="fine", age=30):
    response = Response(vault.form(FORM_ID))
    response.set("passport", passport)
    response.set("age", age)
    response.set("sex", "female")
    response.set("citizenship", "MMR")
    response.set("withheld", "no")
    response.set("remarks", remarks)
    return response


def test_first_save_makes_the_vault_key_and_stores_only_the_pseudonym(vault):
    assert vault.get_secret(SECRET_NAME) is None
    outcome = save_response(vault, interview(vault), status="final")
    key = regional_key(vault)
    stored = vault.submission(outcome.submission.uuid)
    assert is_pseudonym(stored.pseudonym)
    assert stored.pseudonym == pseudonymise_answers({"passport": "ma123456"}, key)
    assert "passport" not in stored.data and "MA" not in str(dict(stored.data))
    assert regional_key(vault) == key  # made once, then kept
    assert [e.action for e in vault.audit_entries()].count("secret.create") == 1


def test_an_enumerator_first_save_also_gets_a_key(tmp_path):
    vault = make_vault(tmp_path / "v")
    vault.add_user("mya", "enumerator pass", role="enumerator")
    vault.close()
    with Vault.open(tmp_path / "v", user="mya", passphrase="enumerator pass") as enumerator:
        outcome = save_response(enumerator, interview(enumerator))
        assert is_pseudonym(outcome.submission.pseudonym)
        with pytest.raises(PermissionDeniedError):
            import_regional_key(enumerator, RegionalKey.generate())


def test_a_repeat_interview_is_reported_and_recorded(vault):
    first = save_response(vault, interview(vault, passport="MA123456"), status="final")
    assert not first.possible_repeat
    other = save_response(vault, interview(vault, passport="MB 999 999"), status="final")
    assert not other.possible_repeat
    again = save_response(vault, interview(vault, passport="ma-123-456"), status="final")
    assert again.possible_repeat
    assert [(m.uuid_a, m.uuid_b, m.status) for m in again.matches] == [
        (first.submission.uuid, again.submission.uuid, "open")
    ]
    assert matches(vault, first.submission.uuid) == list(again.matches)
    assert "duplicate.found" in [e.action for e in vault.audit_entries()]


def test_a_supervisor_decides_on_a_possible_repeat_and_the_audit_log_says_so(vault, tmp_path):
    first = save_response(vault, interview(vault, passport="MA123456"), status="final")
    again = save_response(vault, interview(vault, passport="MA 123456"), status="final")
    (match,) = again.matches
    decided = resolve_match(vault, match.id, "different_people")
    assert (decided.status, decided.resolved_by) == ("different_people", "anan")
    assert matches(vault, first.submission.uuid) == [decided]
    again_decided = resolve_match(vault, match.id, "same_person")  # a second look
    assert again_decided.status == "same_person"
    entries = [e for e in vault.audit_entries() if e.action == "duplicate.resolve"]
    assert len(entries) == 2
    assert vault.audit_verify().ok
    # A later save of the same person does not reopen a decided pair.
    save_response(vault, interview(vault, passport="ma123456"), status="final")
    assert matches(vault, first.submission.uuid)[0].status == "same_person"
    with pytest.raises(MatchNotFoundError):
        resolve_match(vault, 999, "same_person")
    with pytest.raises(ValueError, match="verdict"):
        resolve_match(vault, match.id, "open")
    vault.add_user("mya", "enumerator pass", role="enumerator")
    vault.close()
    with Vault.open(tmp_path / "vault", user="mya", passphrase="enumerator pass") as enumerator:
        with pytest.raises(PermissionDeniedError):
            resolve_match(enumerator, match.id, "different_people")
        assert matches(enumerator)[0].status == "same_person"


def test_an_edit_without_identifiers_keeps_the_pseudonym(vault):
    saved = save_response(vault, interview(vault))
    reopened = Response.from_json(vault.form(FORM_ID), dict(saved.submission.data))
    reopened.set("remarks", "edited")
    edited = save_response(vault, reopened, uuid=saved.submission.uuid)
    assert edited.submission.revision == 2
    assert edited.submission.pseudonym == saved.submission.pseudonym


def test_two_offices_with_the_regional_key_match_the_same_person(tmp_path):
    hub_key = RegionalKey.generate("Mekong")
    key_file = tmp_path / "mekong.key"
    hub_key.write(key_file)
    codes = []
    for name, typed in (("mae_sot", "MA 123456"), ("myawaddy", "ＭＡ１２３４５６")):
        vault = make_vault(tmp_path / name, office=name)
        import_regional_key_file(vault, key_file)
        codes.append(save_response(vault, interview(vault, passport=typed)).submission.pseudonym)
        assert "privacy.key.import" in [e.action for e in vault.audit_entries()]
        vault.close()
    assert codes[0] == codes[1]
    own = make_vault(tmp_path / "own")  # a vault that kept its own key
    assert save_response(own, interview(own, passport="MA123456")).submission.pseudonym not in (
        codes
    )
    own.close()


def test_key_export_round_trips(vault, tmp_path):
    exported = export_regional_key_file(vault, tmp_path / "out.key")
    assert RegionalKey.read(tmp_path / "out.key") == exported == regional_key(vault)


def test_text_warnings_and_the_one_action_fix(vault):
    response = interview(vault, remarks="call me +66 81 234 5678 or a@b.com")
    response.add_repeat("trip")
    response.set("trip[1]/trip_note", "\u1031\u103b\u1015\u102c")  # Zawgyi
    warnings = check_text(response)
    assert [(w.address, w.kinds(), w.zawgyi) for w in warnings] == [
        ("remarks", ("phone", "email"), False),
        ("trip[1]/trip_note", (), True),
    ]
    assert "phone, email" in warnings[0].message()
    for warning in warnings:
        fix_text(response, warning)
    assert response.get("remarks") == "call me [phone] or [email]"
    assert response.get("trip[1]/trip_note") == "ပြော"
    assert check_text(response) == []


def test_identifier_questions_are_not_warned_about(vault):
    assert check_text(interview(vault, passport="AB1234567")) == []


def test_final_save_with_open_warnings_needs_an_audited_override(vault):
    response = interview(vault, remarks="passport AA1234567")
    before = vault.count()
    with pytest.raises(OpenWarningsError, match="remarks"):
        save_response(vault, response, status="final")
    assert vault.count() == before  # nothing was saved
    draft = save_response(vault, response)  # a draft may keep a warning open
    assert [w.address for w in draft.warnings] == ["remarks"] and not draft.overridden
    assert "privacy.warning.override" not in [e.action for e in vault.audit_entries()]
    outcome = save_response(vault, response, status="final", override=True)
    assert [w.address for w in outcome.warnings] == ["remarks"] and outcome.overridden
    entry = next(e for e in vault.audit_entries() if e.action == "privacy.warning.override")
    assert entry.subject == outcome.submission.uuid
    assert "AA1234567" not in repr(entry)
    assert vault.audit_verify().ok


def test_the_key_secret_is_a_valid_key_file(vault):
    regional_key(vault)
    assert RegionalKey.from_bytes(vault.get_secret(SECRET_NAME)).key_id


def test_a_response_is_saved_under_its_own_form_version(vault):
    from privacy_helpers import FORM_MD

    newer = FORM_MD.replace("| privacy_test | 1       |", "| privacy_test | 2       |")
    vault.install_form(newer.encode(), filename="privacy2.md")
    assert vault.form(FORM_ID).version == "2"
    response = Response(vault.form(FORM_ID, "1"))
    response.set("age", 40)
    response.set("sex", "male")
    assert save_response(vault, response).submission.form_version == "1"


CALC_MD = """
| survey |
|        | type      | name    | label   | calculation               |
|        | text      | remarks | Remarks |                           |
|        | calculate | summary |         | concat('Said: ', ${remarks}) |
| settings |
|          | form_id | version |
|          | calc    | 1       |
"""


def test_calculated_text_is_checked_like_typed_text():
    # Issue 15 point 3: check_text looked only at `text` questions, so a calculation
    # copying what the clerk typed stored a phone number unwarned.
    from lintas.form import load

    response = Response(load(CALC_MD.encode("utf-8"), filename="calc.md"))
    response.set("remarks", "call +66 81 234 5678")
    assert response.get("summary") == "Said: call +66 81 234 5678"
    flagged = {w.address: w.kinds() for w in check_text(response)}
    assert flagged == {"remarks": ("phone",), "summary": ("phone",)}
