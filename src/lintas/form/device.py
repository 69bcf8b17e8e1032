"""Device metadata on a desktop: who is signed in, and which installation this is.

ODK fills ``username`` and ``deviceid`` from the phone. Lintas fills ``username``
with the vault user who is signed in (the vault records that user with every save
anyway), and ``deviceid`` with an id worked out from the vault's random id: stable
for one vault, the same on every save, and never a hardware id (no MAC address,
disk serial or IMEI), so it says nothing about the computer itself.

``imei`` is an old alias of ``deviceid`` (pyxform's, and ODK Collect fills it with
its own installation id), so it gets the same id. ``email``, ``phonenumber``,
``simserial`` and ``subscriberid`` stay empty
(lintas.form.types.EMPTY_METADATA): a desktop has no SIM, and the device user's
email and phone number are personal data of the staff member, which Lintas does
not collect.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

DEVICE_ID_PREFIX = "lintas:"


@dataclass(frozen=True)
class Device:
    """What the form's ``username``, ``deviceid`` and location metadata are filled with."""

    username: str = ""
    deviceid: str = ""
    # The vault's office location (a geopoint, lat lon alt acc), or "" when none is
    # set: start-geopoint and background-geopoint get it, a desktop having no GPS.
    location: str = ""


def installation_id(vault_id: str) -> str:
    """``lintas:`` and 16 hex digits, derived from (not revealing) the vault's id."""
    digest = hashlib.sha256(b"lintas deviceid\0" + vault_id.encode("utf-8")).hexdigest()
    return DEVICE_ID_PREFIX + digest[:16]


def device_for(
    vault_id: str | None, username: str | None, location: str | None = None
) -> Device:
    return Device(
        username=username or "",
        deviceid=installation_id(vault_id) if vault_id else "",
        location=location or "",
    )
