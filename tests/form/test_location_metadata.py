"""start-geopoint and background-geopoint on a desktop: the vault's office location when
the interview starts / when the trigger question is answered, or empty when the vault
has none; never a made-up place. Saved, reopened and refused like any geopoint."""

import pytest
from form_helpers import markdown

from lintas.form import FormLoadError, Response, check, load
from lintas.form.device import Device, device_for
from lintas.form.errors import InvalidAnswer, ResponseError
from lintas.vault import KdfParams, Vault

OFFICE = "16.7166667 98.5666667 0 0"

FORM = """
| survey |
| | type | name | label | trigger | privacy |
| | start-geopoint | started_at | | | quasi |
| | text | village | Village | | |
| | background-geopoint | village_at | | ${village} | quasi |
| | begin repeat | member | Member | | |
| | text | member_name | Name | | identifier |
| | background-geopoint | member_at | | ${member_name} | quasi |
| | end repeat | | | | |
| settings |
| | form_id | version |
| | location_meta | 1 |
"""


def form():
    return load(markdown(FORM), filename="loc.md")


def test_the_office_location_is_recorded_at_start_and_when_the_trigger_is_answered():
    response = Response(form(), device=Device("siti", "lintas:0", OFFICE))
    assert response.get("started_at") == OFFICE
    assert response.get("village_at") is None  # not until the village is answered
    assert response.set("village", "Ban Mai") == {"village", "village_at"}
    assert response.get("village_at") == OFFICE
    response.add_repeat("member")
    response.add_repeat("member")
    response.set("member[2]/member_name", "Aye")  # an identifier triggers it, in its instance
    assert response.get("member[1]/member_at") is None
    assert response.get("member[2]/member_at") == OFFICE
    response.set("village", None)  # cleared: the location it was recorded at stays
    assert response.get("village_at") == OFFICE
    assert response.validate(final=True) == []
    saved = response.to_json()
    assert saved == {
        "started_at": OFFICE, "village_at": OFFICE,
        "member": [{}, {"member_at": OFFICE}],
    }  # fmt: skip
    # Reopened on a vault with another office, or none: the saved places stay.
    again = Response.from_json(form(), saved, device=Device(location="1 2 0 0"))
    assert again.to_json() == saved
    assert Response.from_json(form(), saved).to_json() == saved


def test_without_an_office_location_they_stay_empty_with_no_error():
    response = Response(form(), device=device_for("vault-1", "siti", None))
    response.set("village", "Ban Mai")
    assert response.get("started_at") is None and response.get("village_at") is None
    assert response.validate(final=True) == []
    assert response.to_json() == {"village": "Ban Mai"}
    # A reopened record is no new interview: it does not take today's office location.
    reopened = Response.from_json(form(), {"village": "Ban Mai"}, device=Device(location=OFFICE))
    assert reopened.get("started_at") is None
    reopened.set("village", "Ban Nuea")  # but answering the trigger again records it
    assert reopened.get("village_at") == OFFICE


def test_they_cannot_be_set_and_a_saved_value_must_be_a_point():
    response = Response(form(), device=Device(location=OFFICE))
    for address in ("started_at", "village_at"):
        with pytest.raises(ResponseError, match="worked out by the form"):
            response.set(address, "13.75 100.5 0 0")
    with pytest.raises(InvalidAnswer, match="latitude"):
        Response.from_json(form(), {"started_at": "95 100 0 0"})
    # A real GPS fix from another tool's record is a valid point and is kept.
    kept = Response.from_json(form(), {"started_at": "13.75 100.5 12 5"})
    assert kept.get("started_at") == "13.75 100.5 12 5"


def test_pyxform_rules_hold_and_a_place_without_role_is_quasi():
    without_trigger = markdown("""
    | survey |
    | | type | name | label |
    | | background-geopoint | at | |
    """)
    with pytest.raises(FormLoadError) as caught:
        load(without_trigger)
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (2, "trigger")
    assert "must not be empty" in problem.message
    with_calculation = markdown("""
    | survey |
    | | type | name | label | trigger | calculation |
    | | text | a | A | | |
    | | background-geopoint | at | | ${a} | '1 2 0 0' |
    """)
    with pytest.raises(FormLoadError, match="'calculation' column must be empty"):
        load(with_calculation)
    no_role = markdown("""
    | survey |
    | | type | name | label | trigger | privacy |
    | | start-geopoint | started_at | | | |
    | | text | a | A | | identifier |
    | | background-geopoint | at | | ${a} | |
    | | start-geopoint | hidden_at | | | identifier |
    """)
    problems = check(no_role)
    assert not [p for p in problems if p.is_error]
    assert {p.row for p in problems if "no privacy role" in p.message} == {2, 4}
    loaded = load(no_role)
    assert loaded.question("started_at").privacy.value == "quasi"
    # Its trigger is an identifier, but its value is the office's place, not the answer.
    assert loaded.is_stored("at") and not loaded.is_stored("hidden_at")
    response = Response(loaded, device=Device(location=OFFICE))
    response.set("a", "Passport 123")
    assert response.to_json() == {"started_at": OFFICE, "at": OFFICE}


def test_a_vault_keeps_and_reopens_them(tmp_path):
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase="correct horse battery",
        kdf=KdfParams(memory_kib=256, iterations=1, lanes=1),
    )  # fmt: skip
    with vault:
        vault.install_form(markdown(FORM), filename="loc.md")
        assert vault.office_location() is None
        vault.set_office_location("16.7166667, 98.5666667")
        location = vault.office_location()
        assert location == OFFICE
        loaded = vault.form("location_meta")
        response = Response(loaded, device=device_for(vault.vault_id, "anan", location))
        response.set("village", "Ban Mai")
        saved = vault.save_submission("location_meta", response.to_json())
        stored = vault.submission(saved.uuid).data
        assert stored["started_at"] == OFFICE and stored["village_at"] == OFFICE
        assert Response.from_json(loaded, stored).to_json() == stored
