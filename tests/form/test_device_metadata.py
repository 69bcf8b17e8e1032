"""Device metadata: username and deviceid are filled in, the phone-only fields stay empty."""



import pytest
from form_helpers import markdown

from lintas.form import Response, check, load
from lintas.form.device import Device, device_for, installation_id
from lintas.form.errors import InvalidAnswer, ResponseError

METADATA_FORM = """
| survey |
| | type | name | label | calculation |
| | start | start | | |
| | username | user | | |
| | deviceid | device | | |
| | imei | imei | | |
| | email | email | | |
| | phonenumber | phone | | |
| | simserial | sim | | |
| | subscriberid | subscriber | | |
| | text | note_text | Anything | |
| | calculate | who | | concat(${user}, '@', ${device}) |
"""


def form():
    return load(markdown(METADATA_FORM), filename="meta.md")


def test_username_and_deviceid_are_filled_and_survive_a_reopen():
    device = Device(username="siti", deviceid=installation_id("vault-1"))
    response = Response(form(), device=device)
    assert response.get("user") == "siti"
    assert response.get("device") == device.deviceid
    assert response.get("who") == f"siti@{device.deviceid}"
    saved = response.to_json()
    assert saved["user"] == "siti" and saved["device"].startswith("lintas:")
    # Reopened by another user on another vault: the saved values stay.
    again = Response.from_json(form(), saved, device=Device("budi", installation_id("vault-2")))
    assert again.to_json() == saved


def test_phone_only_metadata_is_empty_and_cannot_be_set_or_imported():
    response = Response(form(), device=Device("siti", "lintas:0"))
    # imei is pyxform's old alias of deviceid: the installation id, never a hardware id.
    assert response.get("imei") == "lintas:0"
    for name in ("email", "phone", "sim", "subscriber"):
        assert response.get(name) is None
        with pytest.raises(ResponseError, match="worked out by the form"):
            response.set(name, "x")
    assert not {"email", "phone", "sim", "subscriber"} & set(response.to_json())
    with pytest.raises(InvalidAnswer, match="always leaves empty"):
        Response.from_json(form(), {"email": "clerk@example.org"})


def test_form_check_notes_each_empty_field_by_row_and_no_error():
    problems = check(markdown(METADATA_FORM))
    assert not [p for p in problems if p.is_error]
    notes = {p.row: p.message for p in problems if p.severity == "note"}
    assert sorted(notes) == [6, 7, 8, 9]
    assert "personal data" in notes[6] and "email" in notes[6]


def test_deviceid_is_stable_per_vault_and_not_the_vault_id():
    one = installation_id("4f1c2d3e-0000-4000-8000-000000000001")
    assert one == installation_id("4f1c2d3e-0000-4000-8000-000000000001")
    assert one != installation_id("4f1c2d3e-0000-4000-8000-000000000002")
    assert one.startswith("lintas:") and len(one) == len("lintas:") + 16
    assert "4f1c2d3e" not in one
    assert device_for(None, None) == Device("", "")
