"""The regional pseudonymisation key, sent by a hub in a signed, encrypted key bundle.

Offices that share the hub's regional key give the same person the same pseudonym,
so possible repeat interviews show across the corridor. A pseudonym made under
another key can never be recomputed (identifiers are never stored), so:

- a key bundle does not replace a key that pseudonyms were already made under,
  unless the supervisor says so (``replace``); and
- :func:`regional_key_status` tells the app, before the first interview, that this
  vault has no key from its hub yet (see docs/admin-guide.md).

A key bundle is an age file (to every recipient office) around one signed line
(docs/bundle-format.md, section 6a); the key inside is the key file's bytes
(lintas.privacy.keys), whose own checksum is checked again on arrival.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid as uuid_module
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lintas import __version__
from lintas.exchange import format as fmt
from lintas.exchange.errors import BundleRejectedError, ExchangeError, KeyReplaceRefusedError
from lintas.exchange.identity import Peer, office_identity, recipient_peers
from lintas.exchange.stream import encrypt_to
from lintas.i18n import N_, tr
from lintas.privacy.errors import KeyFileError
from lintas.privacy.keys import RegionalKey
from lintas.privacy.regional import SECRET_NAME, SOURCE_SETTING, regional_key
from lintas.vault import store

__all__ = [
    "KeyImport",
    "RegionalKeyStatus",
    "import_key_bundle",
    "regional_key_status",
    "send_regional_key",
]


@dataclass(frozen=True)
class KeyImport:
    key_id: str
    label: str
    sender: str
    replaced: str | None  # the key id it replaced, if any
    already: bool  # the vault had this very key already (nothing changed)
    pseudonyms_before: int  # records holding a pseudonym made under the replaced key


def send_regional_key(vault: Any, to: Iterable[str], out: str | Path) -> tuple[str, list[str]]:
    """Write this vault's regional key (made now if it has none) for the offices ``to``.

    Returns (key id, recipient names). Supervisors only; audited by key id.
    """
    vault.require_supervisor("send the regional key")
    identity = office_identity(vault)
    targets = recipient_peers(
        vault, to, N_("Name at least one office to send the key to (--to NAME).")
    )
    key = regional_key(vault)
    head_seq, head_hash = vault.audit_head()
    manifest = {
        "format": fmt.FORMAT,
        "kind": "regional-key",
        "bundle_id": str(uuid_module.uuid4()),
        "sender": _sender(identity),
        "recipients": sorted(p.office_id for p in targets),
        "created_at": vault.now(),
        "audit_head": {"seq": head_seq, "hash": head_hash},
        "lintas_version": __version__,
        "key": {
            "key_id": key.key_id,
            "label": key.label,
            "file": base64.b64encode(key.to_bytes()).decode("ascii"),
        },
    }
    block = fmt.block(fmt.KEY_MAGIC, manifest, identity.signing)
    out = Path(out)
    try:
        encrypt_to(out, [p.card.age_recipient for p in targets], iter([fmt.KEY_MAGIC, block]))
    except OSError as error:
        raise ExchangeError(
            tr("Cannot write '{out}': {reason}.", out=out, reason=error.strerror)
        ) from None
    names = [p.card.name for p in targets]
    _remember_sent(vault, key, names)
    vault.log("privacy.key.send", key.key_id, to=manifest["recipients"])
    return key.key_id, names


def _remember_sent(vault: Any, key: RegionalKey, names: list[str]) -> None:
    """A vault that sent its key is the hub for it: its own key is the regional one, and
    it must not be warned that it has no key from its hub (regional_key_status)."""
    with vault.writing() as conn:
        known = store.get_setting(conn, SOURCE_SETTING)
        source = json.loads(known) if known else {}
        before = source.get("to", []) if source.get("key_id") == key.key_id else []
        if source.get("from") in ("hub", "key file") and source.get("key_id") == key.key_id:
            return  # a key this vault received and passes on: it came from elsewhere
        value = {
            "key_id": key.key_id,
            "from": "sent",
            "to": sorted({*before, *names}),
            "at": vault.now(),
        }
        store.set_setting(conn, SOURCE_SETTING, json.dumps(value))


def _sender(identity: Any) -> dict[str, Any]:
    from lintas.exchange.bundles import sender_json

    return sender_json(identity)


def _pseudonyms(conn: Any) -> int:
    return int(
        conn.execute(
            "SELECT (SELECT count(*) FROM submissions WHERE pseudonym IS NOT NULL) + "
            "(SELECT count(*) FROM submission_history WHERE pseudonym IS NOT NULL)"
        ).fetchone()[0]
    )


def import_key_bundle(
    vault: Any, path: Path, manifest: dict[str, Any], peer: Peer, *, replace: bool = False
) -> KeyImport:
    """Make the key in a checked key bundle this vault's regional key (see module doc)."""
    vault.require_supervisor("import the regional key")
    item = manifest.get("key")
    try:
        if not isinstance(item, dict):
            raise KeyError("key")
        key = RegionalKey.from_bytes(base64.b64decode(str(item["file"]), validate=True))
    except (KeyError, binascii.Error, ValueError, KeyFileError):
        raise BundleRejectedError(path, tr("the regional key inside it is damaged")) from None
    if item.get("key_id") != key.key_id:
        raise BundleRejectedError(
            path, tr("the regional key inside it is not the one it names")
        )
    with vault.reading() as conn:
        current = store.get_secret(conn, SECRET_NAME)
        made = _pseudonyms(conn)
    old = RegionalKey.from_bytes(current) if current is not None else None
    if old is not None and old.key_id == key.key_id:
        _remember(vault, key, peer, already=True)
        return KeyImport(key.key_id, key.label, peer.card.name, None, True, 0)
    if old is not None and made and not replace:
        raise KeyReplaceRefusedError(made, old.key_id, old.label, key.key_id, peer.card.name)
    with vault.writing() as conn:
        store.set_secret(conn, SECRET_NAME, key.to_bytes(), vault.now())
        _source(conn, vault, key, peer)
        vault.record(
            conn,
            "privacy.key.import",
            key.key_id,
            {"label": key.label, "from": peer.office_id, "replaced": old.key_id if old else None,
             "pseudonyms_before": made},
        )  # fmt: skip
    return KeyImport(
        key.key_id, key.label, peer.card.name, old.key_id if old else None, False, made
    )


def _source(conn: Any, vault: Any, key: RegionalKey, peer: Peer) -> None:
    value = {
        "key_id": key.key_id,
        "from": "hub",
        "office_id": peer.office_id,
        "office": peer.card.name,
        "at": vault.now(),
    }
    store.set_setting(conn, SOURCE_SETTING, json.dumps(value))


def _remember(vault: Any, key: RegionalKey, peer: Peer, *, already: bool) -> None:
    with vault.reading() as conn:
        known = store.get_setting(conn, SOURCE_SETTING)
    if already and known and json.loads(known).get("key_id") == key.key_id:
        return
    with vault.writing() as conn:
        _source(conn, vault, key, peer)


@dataclass(frozen=True)
class RegionalKeyStatus:
    """Where this vault's regional key came from, for a warning before interviews.

    ``source`` is "hub" (a key bundle from a trusted office), "key file" (imported by
    hand: ``lintas privacy key import``), "sent" (this vault is the hub: it made the key
    and sent it to other offices), "own" (this vault made it itself and sent it to no
    one) or "none" (no key yet: the first pseudonym will make one). ``needs_warning`` is
    True for "own" and "none"; ``message`` is the sentence to show, in English (the app shows
    its own translation of the same facts).
    """

    source: str
    key_id: str | None
    label: str
    from_office: str | None
    received_at: str | None
    pseudonyms: int
    message: str

    @property
    def needs_warning(self) -> bool:
        return self.source in ("own", "none")


def regional_key_status(vault: Any) -> RegionalKeyStatus:
    """Whether this vault has the regional key from its hub yet (reads only, any role).

    The app calls it when a clerk starts an interview on a form with pseudonym
    questions (or on opening the vault) and shows ``message`` while ``needs_warning``.
    """
    with vault.reading() as conn:
        stored = store.get_secret(conn, SECRET_NAME)
        known = store.get_setting(conn, SOURCE_SETTING)
        made = _pseudonyms(conn)
    source = json.loads(known) if known else {}
    if stored is None:
        return RegionalKeyStatus(
            "none", None, "", None, None, made,
            tr("This office has no regional key from its hub yet. Pseudonyms made now will "
               "never match those of the other offices, and cannot be made again later. Ask "
               "the hub for its key bundle (lintas office send-key) and import it before "
               "the first interview."),
        )  # fmt: skip
    key = RegionalKey.from_bytes(stored)
    if source.get("key_id") == key.key_id and source.get("from") == "sent":
        offices = ", ".join(source.get("to", [])) or tr("other offices")
        return RegionalKeyStatus(
            "sent", key.key_id, key.label, None, source.get("at"), made,
            tr("This office is the hub for the regional key {key} ({label}): it sent it "
               "to {offices}.", key=key.key_id, label=key.label or tr("no label"),
               offices=offices),
        )  # fmt: skip
    if source.get("key_id") == key.key_id and source.get("from") in ("hub", "key file"):
        office = source.get("office")
        label = key.label or tr("no label")
        if office:
            said = tr("This office uses the regional key {key} ({label}) from {office}.",
                      key=key.key_id, label=label, office=office)
        else:
            said = tr("This office uses the regional key {key} ({label}) from a key file.",
                      key=key.key_id, label=label)
        return RegionalKeyStatus(
            str(source["from"]), key.key_id, key.label, office, source.get("at"), made,
            said,
        )  # fmt: skip
    return RegionalKeyStatus(
        "own", key.key_id, key.label, None, None, made,
        tr("This office uses its own regional key {key}, not one from its hub: its {made} "
           "pseudonyms will never match those of the other offices. Ask the hub for its key "
           "bundle and import it before the next interview.", key=key.key_id, made=made),
    )  # fmt: skip
