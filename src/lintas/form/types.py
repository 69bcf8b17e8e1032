"""Which XLSForm question types Lintas runs, and why it refuses the others.

pyxform's JSON names a type by whatever alias the sheet used (``select one``,
``int``, ``dateTime``, ``trigger``...). This table maps every alias we support to
the one type name the model uses, and every alias we refuse to a reason the
form author can act on. A type in neither table is refused too: accepting a
type we do not run would fail later, in the middle of an interview.
"""

from __future__ import annotations

from lintas.i18n import N_, tr

# pyxform JSON type -> model type (model.Question.type).
SUPPORTED = {
    "text": "text",
    # "phone number" is a question (a number typed in), unlike "phonenumber" metadata.
    "phone number": "text",
    "string": "text",
    "q string": "text",
    "add text prompt": "text",
    "integer": "integer",
    "int": "integer",
    "q int": "integer",
    "add integer prompt": "integer",
    "decimal": "decimal",
    "q decimal": "decimal",
    "add decimal prompt": "decimal",
    "range": "range",
    "select one": "select_one",
    "select all that apply": "select_multiple",
    # Choices from the form's own external_choices sheet (ODK makes itemsets.csv of it).
    "select one external": "select_one",
    "date": "date",
    "q date": "date",
    "add date prompt": "date",
    "time": "time",
    "datetime": "datetime",
    "dateTime": "datetime",
    "date time": "datetime",
    "q dateTime": "datetime",
    "add dateTime prompt": "datetime",
    "note": "note",
    "q note": "note",
    "add note prompt": "note",
    "acknowledge": "acknowledge",
    "trigger": "acknowledge",
    "q acknowledge": "acknowledge",
    "add acknowledge prompt": "acknowledge",
    "calculate": "calculate",
    "q calculate": "calculate",
    "add calculate prompt": "calculate",
    "hidden": "hidden",
    "start": "start",
    "start time": "start",
    "get start time": "start",
    "end": "end",
    "end time": "end",
    "get end time": "end",
    "today": "today",
    "get today": "today",
    # Files attached from disk and kept encrypted in the vault (lintas.form.media).
    "image": "image",
    "photo": "image",
    "q picture": "image",
    "q image": "image",
    "add image prompt": "image",
    "audio": "audio",
    "q audio": "audio",
    "add audio prompt": "audio",
    "video": "video",
    "q video": "video",
    "add video prompt": "video",
    "file": "file",
    "add file prompt": "file",
    # USB barcode scanners type like a keyboard: a barcode is a text answer.
    "barcode": "barcode",
    "q barcode": "barcode",
    "add barcode prompt": "barcode",
    # Locations, typed or pasted on a desktop (lintas.form.geo).
    "geopoint": "geopoint",
    "gps": "geopoint",
    "location": "geopoint",
    "q geopoint": "geopoint",
    "q location": "geopoint",
    "add location prompt": "geopoint",
    "geotrace": "geotrace",
    "q geotrace": "geotrace",
    "geoshape": "geoshape",
    "q geoshape": "geoshape",
    # Device metadata (docs/forms.md, "Device metadata"): the signed-in user and a
    # stable id of this installation are filled in; the rest describe a phone's SIM
    # or its owner, which a desktop does not have, so they are accepted and left empty.
    "username": "username",
    "uri:username": "username",
    "deviceid": "deviceid",
    "device id": "deviceid",
    "get device id": "deviceid",
    "uri:deviceid": "deviceid",
    # pyxform makes "imei" an alias of deviceid (ODK Collect fills it with its own
    # installation id, since phones no longer give apps their IMEI): so does Lintas.
    "imei": "deviceid",
    "email": "email",
    "uri:email": "email",
    "phonenumber": "phonenumber",
    "get phone number": "phonenumber",
    "uri:phonenumber": "phonenumber",
    "simserial": "simserial",
    "sim id": "simserial",
    "get sim id": "simserial",
    "uri:simserial": "simserial",
    "subscriberid": "subscriberid",
    "subscriber id": "subscriberid",
    "get subscriber id": "subscriberid",
    "uri:subscriberid": "subscriberid",
    # ODK's audit log: Lintas keeps the seconds spent per question (lintas.form.paradata).
    "audit": "audit",
    # Locations a phone records by itself. A desktop has no GPS: Lintas fills them with
    # the vault's office location, or leaves them empty when none is set
    # (docs/forms.md, "Locations"), and never makes one up.
    "start-geopoint": "start-geopoint",
    "background-geopoint": "background-geopoint",
}

# start-geopoint: where the interview started; background-geopoint: where its trigger
# question was answered. Their values are geopoints (lat lon alt acc).
LOCATION_METADATA = frozenset({"start-geopoint", "background-geopoint"})
# Metadata the form fills in itself; a clerk never types them.
FILLED_METADATA = (
    frozenset({"start", "end", "today", "username", "deviceid", "audit"}) | LOCATION_METADATA
)
# Metadata a desktop has no value for. A phone's number, SIM serial and subscriber id
# do not exist on a desktop; the device user's email and phone number are
# personal data of the staff member that statistics do not need, so Lintas never
# asks for them: the fields stay empty and `form check` notes it by row.
EMPTY_METADATA = frozenset({"email", "phonenumber", "simserial", "subscriberid"})
METADATA = FILLED_METADATA | EMPTY_METADATA

# Noun phrases for "The question 'x' is {reason}." (lintas.form.building), translated there.
_MEDIA = N_("a media question (photo, audio, video, file or barcode)")

REFUSED_KINDS = {
    "binary": _MEDIA,
    "odk:rank": N_("a rank question"),
}

REFUSED_NAMES = {
    "osm": N_("an OpenStreetMap question"),
    "background-audio": _MEDIA,
    "include": N_("an included section"),
    "entity": N_("an entity"),
    "attribute": N_("an attribute"),
    "label": N_("a label-only row"),
}


def refusal(json_type: str, bind_type: str | None) -> str | None:
    """Why Lintas refuses this pyxform type (in the user's language), or None if supported."""
    if json_type in SUPPORTED:
        return None
    if json_type in REFUSED_NAMES:
        return tr(REFUSED_NAMES[json_type])
    if bind_type in REFUSED_KINDS:
        return tr(REFUSED_KINDS[bind_type])
    return tr("the question type '{type}', which Lintas does not support", type=json_type)
