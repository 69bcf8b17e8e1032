"""Office identity (an age X25519 key pair and an Ed25519 key pair) and trusted peers.

The secret halves live in the vault's ``secrets`` table, inside SQLCipher's encrypted
pages; they leave the vault only through ``export_age_identity`` (for the standard
``age`` tool), which the CLI asks to confirm. The office id is the fingerprint of
both public keys, so a card whose keys were swapped has another id.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from lintas.exchange.errors import ExchangeError
from lintas.i18n import tr
from lintas.vault import store

AGE_SECRET = "exchange.age_identity"  # noqa: S105 - a secret's name
SIGNING_SECRET = "exchange.signing_seed"  # noqa: S105 - a secret's name
CARD_FORMAT = "lintas-office-card/1"


def fingerprint(age_recipient: str, signing_key: bytes) -> str:
    """24 base32 characters in groups of 4 (120 bits): easy to read out by phone."""
    digest = hashlib.sha256(
        b"lintas-office/1\n" + age_recipient.encode("ascii") + b"\n" + signing_key
    ).digest()
    text = base64.b32encode(digest[:15]).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 24, 4))


@dataclass(frozen=True)
class OfficeCard:
    """The public half of an office identity, as exchanged on paper or USB."""

    name: str
    country: str
    age_recipient: str
    signing_key: bytes  # raw Ed25519 public key, 32 bytes
    created_at: str

    @property
    def office_id(self) -> str:
        return fingerprint(self.age_recipient, self.signing_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "office_id": self.office_id,
            "name": self.name,
            "country": self.country,
            "age_recipient": self.age_recipient,
            "signing_key": base64.b64encode(self.signing_key).decode("ascii"),
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: Any, source: object = None) -> OfficeCard:
        card_name = tr("the card") if source is None else source
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise ExchangeError(
                tr("{card} is not a Lintas office card (no '{format}' format line).",
                   card=card_name, format=CARD_FORMAT)
            )  # fmt: skip
        try:
            card = cls(
                str(data["name"]),
                str(data.get("country", "")),
                str(data["age_recipient"]),
                base64.b64decode(data["signing_key"], validate=True),
                str(data["created_at"]),
            )
            pyrage.x25519.Recipient.from_str(card.age_recipient)
        except (KeyError, TypeError, binascii.Error, pyrage.RecipientError, ValueError):
            raise ExchangeError(
                tr("{card} is not a Lintas office card: a field is missing or malformed.",
                   card=card_name)
            ) from None  # fmt: skip
        if len(card.signing_key) != 32:
            raise ExchangeError(
                tr("{card} is not a Lintas office card: its signing key is not 32 bytes.",
                   card=card_name)
            )  # fmt: skip
        if data.get("office_id") != card.office_id:
            raise ExchangeError(
                tr("{card} has been altered: its office id does not match its keys. "
                   "Ask the office for its card again.", card=card_name)
            )  # fmt: skip
        return card


def read_card(path: str | Path) -> OfficeCard:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ExchangeError(
            tr("Cannot read the card '{path}': {reason}.", path=path, reason=error.strerror)
        ) from None
    except ValueError:
        raise ExchangeError(
            tr("'{path}' is not a Lintas office card (not JSON).", path=path)
        ) from None
    return OfficeCard.from_json(data, f"'{path}'")


@dataclass(frozen=True)
class OfficeIdentity:
    card: OfficeCard
    age_identity: str  # AGE-SECRET-KEY-1...
    signing: Ed25519PrivateKey

    @property
    def office_id(self) -> str:
        return self.card.office_id


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def office_identity(vault: Any, create: bool = True) -> OfficeIdentity:
    """The vault's office identity, made (and audited) on first use when ``create``."""
    with vault.reading() as conn:
        age_secret = store.get_secret(conn, AGE_SECRET)
        seed = store.get_secret(conn, SIGNING_SECRET)
        created = store.get_setting(conn, "exchange.created_at")
        country = store.get_setting(conn, "exchange.country") or ""
    if age_secret is None or seed is None or created is None:
        if not create:
            raise ExchangeError(
                tr("This vault has no office identity yet. Run 'lintas office card' first.")
            )
        vault.require_supervisor("create the office identity")
        identity = pyrage.x25519.Identity.generate()
        signing = Ed25519PrivateKey.generate()
        created = vault.now()
        age_secret, seed = str(identity).encode("ascii"), signing.private_bytes_raw()
        with vault.writing() as conn:
            store.set_secret(conn, AGE_SECRET, age_secret, created)
            store.set_secret(conn, SIGNING_SECRET, seed, created)
            store.set_setting(conn, "exchange.created_at", created)
            office_id = fingerprint(str(identity.to_public()), _public(signing))
            vault.record(conn, "office.identity_create", office_id, {})
    age_text = age_secret.decode("ascii")
    signing = Ed25519PrivateKey.from_private_bytes(seed)
    recipient = str(pyrage.x25519.Identity.from_str(age_text).to_public())
    card = OfficeCard(vault.office or "", country, recipient, _public(signing), created)
    return OfficeIdentity(card, age_text, signing)


def set_country(vault: Any, country: str) -> None:
    with vault.writing() as conn:
        store.set_setting(conn, "exchange.country", country)


@dataclass(frozen=True)
class Peer:
    card: OfficeCard
    trusted_at: str
    revoked_at: str | None

    @property
    def office_id(self) -> str:
        return self.card.office_id


def _peer(row: Any) -> Peer:
    return Peer(OfficeCard.from_json(json.loads(row[0])), row[1], row[2])


def peers(vault: Any) -> list[Peer]:
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT identity, trusted_at, revoked_at FROM peers ORDER BY name"
        ).fetchall()
    return [_peer(row) for row in rows]


def find_peer(vault: Any, name_or_id: str) -> Peer:
    """A peer by office id (with or without dashes) or by its unique name."""
    name = name_or_id.strip().upper()
    wanted = name.replace("-", "")  # an office id, with or without its dashes
    found = [
        p
        for p in peers(vault)
        if p.office_id.replace("-", "") == wanted or p.card.name.strip().upper() == name
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ExchangeError(
            tr("No trusted office is called '{name}'. See 'lintas office list'.", name=name_or_id)
        )
    raise ExchangeError(
        tr("Several offices are called '{name}'; give the office id instead.", name=name_or_id)
    )


def peer_by_id(vault: Any, office_id: str) -> Peer | None:
    with vault.reading() as conn:
        row = conn.execute(
            "SELECT identity, trusted_at, revoked_at FROM peers WHERE peer_id = ?", (office_id,)
        ).fetchone()
    return _peer(row) if row else None


def trust(vault: Any, card: OfficeCard) -> bool:
    """Add ``card`` as a trusted peer; False when it was trusted already (nothing changes)."""
    vault.require_supervisor("trust another office")
    if card.office_id == office_identity(vault).office_id:
        raise ExchangeError(
            tr("That is this office's own card; trust the other office's card.")
        )
    known = peer_by_id(vault, card.office_id)
    if known is not None and known.revoked_at:
        raise ExchangeError(
            tr("The office {office} ({office_id}) was revoked on {date}. A revoked key is "
               "never trusted again: the office must make a new identity.",
               office=card.name, office_id=card.office_id, date=known.revoked_at)
        )
    if known is not None:
        return False
    with vault.writing() as conn:
        conn.execute(
            "INSERT INTO peers (peer_id, name, identity, trusted_at) VALUES (?, ?, ?, ?)",
            (card.office_id, card.name, json.dumps(card.to_json()), vault.now()),
        )
        vault.record(conn, "office.trust", card.office_id, {"name": card.name})
    return True


def revoke(vault: Any, name_or_id: str) -> Peer:
    vault.require_supervisor("revoke an office")
    peer = find_peer(vault, name_or_id)
    if peer.revoked_at:
        return peer
    at = vault.now()
    with vault.writing() as conn:
        conn.execute("UPDATE peers SET revoked_at = ? WHERE peer_id = ?", (at, peer.office_id))
        vault.record(conn, "office.revoke", peer.office_id, {"name": peer.card.name})
    return Peer(peer.card, peer.trusted_at, at)


def export_age_identity(vault: Any) -> str:
    """The age identity file text (audited): the secret that decrypts our bundles."""
    vault.require_supervisor("export the office's secret identity")
    identity = office_identity(vault)
    with vault.writing() as conn:
        vault.record(conn, "office.identity_export", identity.office_id, {})
    return (
        f"# Lintas office identity of {identity.card.name} ({identity.office_id})\n"
        f"# created: {identity.card.created_at}\n"
        f"# public key: {identity.card.age_recipient}\n"
        f"{identity.age_identity}\n"
    )


def recipient_peers(vault: Any, to: Iterable[str], when_none: str) -> list[Peer]:
    """The trusted, unrevoked peers named in ``to`` (each once), or ExchangeError."""
    targets: list[Peer] = []
    for name in to:
        peer = find_peer(vault, name)
        if peer.revoked_at:
            raise ExchangeError(
                tr("The office {office} was revoked; nothing is sent to it.", office=peer.card.name)
            )
        if peer.office_id not in {t.office_id for t in targets}:
            targets.append(peer)
    if not targets:
        raise ExchangeError(tr(when_none))
    return targets
