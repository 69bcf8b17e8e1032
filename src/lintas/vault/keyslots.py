"""Key slots: envelope encryption of the vault's data key (as in LUKS).

The database is encrypted with one random 256-bit *data key*. Each slot wraps
that key with AES-256-GCM under a key derived from something a person holds:

- ``passphrase``: one per user; Argon2id (RFC 9106) with the parameters and salt
  stored in the slot, so stronger defaults later never lock out old slots;
- ``recovery``: the printable recovery key (160 random bits, so HKDF-SHA256 is
  enough: there is nothing to brute-force);
- ``escrow``: the data key encrypted to an X25519 public key in the age format
  (age-encryption.org/v1, via pyrage), so a supervisor or hub holding the
  matching identity can recover the vault.

The AES-GCM associated data binds each slot to its vault id, kind, user and KDF
parameters: editing any of them makes the slot fail to open instead of
weakening it. Passphrases are Unicode-normalised (NFC) before derivation so the
same words typed with different input methods give the same key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lintas.vault.errors import InvalidEscrowKeyError

DATA_KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 8
_ESCROW_PREFIX = b"lintas-vault-escrow-v1\n"
# Set only by the test suite (tests/conftest.py), whose vaults use a cheap Argon2id so
# that thousands of unlocks stay fast. It lives in the environment of the running
# program, which the security model does not defend (docs/vault.md); a key file never
# lowers the floor.
WEAK_KDF_FOR_TESTS_ENV = "LINTAS_TEST_WEAK_KDF"


class KdfBelowFloorError(ValueError):
    """Argon2id parameters weaker than :func:`kdf_floor` allows."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters. ``memory_kib`` is in KiB (RFC 9106 "m")."""

    memory_kib: int = 131072  # 128 MiB
    iterations: int = 4
    lanes: int = 4

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        # Bounds a key file must stay within: an edited cost must be refused as damage,
        # not crash the derivation or ask it for terabytes.
        lanes_ok = 1 <= params.lanes <= 64 and 1 <= params.iterations <= 64
        if not lanes_ok or not 8 * params.lanes <= params.memory_kib <= 4 * 1024 * 1024:
            raise ValueError("Argon2id parameters out of range")
        params.check_floor()
        return params

    def check_floor(self) -> None:
        """Raise KdfBelowFloorError when these costs are below :func:`kdf_floor`."""
        floor = kdf_floor()
        if self.memory_kib < floor.memory_kib or self.iterations < floor.iterations:
            raise KdfBelowFloorError(
                f"Argon2id with {self.memory_kib} KiB and {self.iterations} passes is below "
                f"the floor of {floor.memory_kib} KiB and {floor.iterations} passes"
            )


# OWASP's minimum for Argon2id (Password Storage Cheat Sheet): m = 19 MiB, t = 2, p = 1.
# Lintas's default is far above it; the floor is what no key file can talk it below.
KDF_FLOOR = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
_TEST_FLOOR = KdfParams(memory_kib=8, iterations=1, lanes=1)


def kdf_floor() -> KdfParams:
    """The weakest Argon2id costs a passphrase slot may have (KDF_FLOOR outside tests)."""
    return _TEST_FLOOR if os.environ.get(WEAK_KDF_FOR_TESTS_ENV) == "1" else KDF_FLOOR


# Measured on the 2-core reference machine: ~0.45 s per derivation (see docs/vault.md).
DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key. ``fields`` is the slot's JSON, read-only."""

    kind: str  # "passphrase" | "recovery" | "escrow"
    fields: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    @property
    def user_tag(self) -> str | None:
        """Which user a passphrase slot is for, as :func:`user_tag` (not the name)."""
        return self.fields.get("user")

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.fields}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        kind = data["kind"]
        if kind not in ("passphrase", "recovery", "escrow"):
            raise ValueError(f"unknown slot kind {kind!r}")
        rest = {k: v for k, v in data.items() if k != "kind"}
        _check_slot_fields(kind, rest)
        return cls(kind, MappingProxyType(rest))


def _check_slot_fields(kind: str, fields: dict[str, Any]) -> None:
    """Raise ValueError (or KeyError, TypeError) unless opening the slot can read it.

    Done when the key file is read, so a damaged slot is reported as a damaged key
    file instead of failing halfway through an unlock.
    """
    _unb64(fields["wrapped"])
    if kind == "escrow":
        str(fields["recipient"])
        return
    _unb64(fields["nonce"])
    _unb64(fields["kdf"]["salt"])
    if kind == "passphrase":
        str(fields["user"])
        KdfParams.from_json(dict(fields["kdf"]))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def key_check(data_key: bytes, vault_id: str) -> str:
    """A public fingerprint that tells whether a data key belongs to this key file."""
    mac = hmac.new(data_key, f"lintas-key-check:{vault_id}".encode(), hashlib.sha256)
    return mac.hexdigest()


def user_tag(vault_id: str, name: str) -> str:
    """The slot's stand-in for a user name, so the key file does not list staff names."""
    return hashlib.sha256(f"lintas-user:{vault_id}:{name}".encode()).hexdigest()[:32]


def normalise_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _argon2(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"lintas-recovery-slot")
    return kdf.derive(secret)


def _associated_data(vault_id: str, fields: dict[str, Any], kind: str) -> bytes:
    bound = {k: v for k, v in fields.items() if k not in ("nonce", "wrapped")}
    bound.update(kind=kind, vault_id=vault_id)
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()


def _seal(kind: str, vault_id: str, fields: dict[str, Any], kek: bytes, key: bytes) -> KeySlot:
    nonce = os.urandom(12)
    ad = _associated_data(vault_id, fields, kind)
    wrapped = AESGCM(kek).encrypt(nonce, key, ad)
    return KeySlot(
        kind, MappingProxyType({**fields, "nonce": _b64(nonce), "wrapped": _b64(wrapped)})
    )


def _open(slot: KeySlot, vault_id: str, kek: bytes) -> bytes | None:
    fields = dict(slot.fields)
    ad = _associated_data(vault_id, fields, slot.kind)
    try:
        return AESGCM(kek).decrypt(_unb64(fields["nonce"]), _unb64(fields["wrapped"]), ad)
    except InvalidTag:
        return None


def passphrase_slot(
    vault_id: str, user: str, passphrase: str, data_key: bytes, params: KdfParams
) -> KeySlot:
    params.check_floor()  # a new slot is never weaker than the floor, whatever asked for it
    salt = os.urandom(16)
    fields = {"user": user_tag(vault_id, user), "kdf": {**params.to_json(), "salt": _b64(salt)}}
    return _seal("passphrase", vault_id, fields, _argon2(passphrase, salt, params), data_key)


def open_passphrase_slot(slot: KeySlot, vault_id: str, passphrase: str) -> bytes | None:
    """The data key, or None when the passphrase is wrong (or the slot was edited)."""
    kdf = slot.fields["kdf"]
    kek = _argon2(passphrase, _unb64(kdf["salt"]), KdfParams.from_json(dict(kdf)))
    return _open(slot, vault_id, kek)


def recovery_slot(vault_id: str, secret: bytes, data_key: bytes) -> KeySlot:
    salt = os.urandom(16)
    fields = {"kdf": {"name": "hkdf-sha256", "salt": _b64(salt)}}
    return _seal("recovery", vault_id, fields, _hkdf(secret, salt), data_key)


def open_recovery_slot(slot: KeySlot, vault_id: str, secret: bytes) -> bytes | None:
    return _open(slot, vault_id, _hkdf(secret, _unb64(slot.fields["kdf"]["salt"])))


def escrow_slot(vault_id: str, recipient: str, data_key: bytes, label: str = "") -> KeySlot:
    """Wrap the data key to an age X25519 recipient (``age1...``).

    Raises InvalidEscrowKeyError (a ValueError) when ``recipient`` is not an age X25519
    public key.
    """
    try:
        public = pyrage.x25519.Recipient.from_str(recipient)
    except Exception:  # pyrage raises its own RecipientError type
        raise InvalidEscrowKeyError(recipient) from None
    payload = _ESCROW_PREFIX + vault_id.encode() + b"\n" + data_key
    wrapped = pyrage.encrypt(payload, [public])
    fields = {"recipient": recipient, "label": label, "wrapped": _b64(wrapped)}
    return KeySlot("escrow", MappingProxyType(fields))


def open_escrow_slot(slot: KeySlot, vault_id: str, identity: str) -> bytes | None:
    """The data key from an escrow slot with an age identity (``AGE-SECRET-KEY-1...``)."""
    try:
        secret = pyrage.x25519.Identity.from_str(identity)
        payload = pyrage.decrypt(_unb64(slot.fields["wrapped"]), [secret])
    except Exception:  # wrong identity or not an identity: both mean "does not open"
        return None
    expected = _ESCROW_PREFIX + vault_id.encode() + b"\n"
    if not payload.startswith(expected) or len(payload) != len(expected) + DATA_KEY_BYTES:
        return None
    return payload[len(expected) :]
