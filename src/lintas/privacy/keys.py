"""The regional pseudonymisation key and its key file.

Offices that share one regional key compute the same pseudonym for the same
person, so duplicates can be found across a corridor without any office
keeping the identifier. The key is a 256-bit secret (the HMAC-SHA256 block
size is larger, the output size is 256 bits: RFC 2104 section 3 recommends a
key at least as long as the output).

Key file format, version 1 (UTF-8 text, one ``name: value`` per line)::

    lintas-regional-key 1
    key-id: 3f2a9c1b7d0e4a55
    label: Mekong pilot
    created: 2026-11-27T23:00:00Z
    secret: <base64url of the 32 secret bytes, no padding>
    checksum: <first 16 hex digits of SHA-256 over every line above, each ending in LF>

Readers MUST reject a file whose first line, fields or checksum do not match:
the checksum catches truncation and typing errors, not an attacker (a key file
is a secret and travels inside an encrypted bundle or by hand).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lintas.privacy.errors import KeyFileError

KEY_BYTES = 32
FILE_MAGIC = "lintas-regional-key 1"
_FIELDS = ("key-id", "label", "created", "secret")


def _key_id(secret: bytes) -> str:
    # A fingerprint that names the key without revealing it (a one-way hash of the
    # secret under its own domain, so it is not any pseudonym).
    return hashlib.sha256(b"lintas regional key id\x00" + secret).hexdigest()[:16]


@dataclass(frozen=True)
class RegionalKey:
    """A regional pseudonymisation key. ``secret`` never appears in ``repr``."""

    secret: bytes = field(repr=False)
    label: str = ""
    created: str = ""

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise KeyFileError(
                f"A regional key has {KEY_BYTES} secret bytes, this one has "
                f"{len(self.secret)}. Ask the hub for a new key file."
            )
        if "\n" in self.label or "\r" in self.label:
            raise KeyFileError("A regional key label must be one line.")

    @property
    def key_id(self) -> str:
        return _key_id(self.secret)

    @classmethod
    def generate(cls, label: str = "") -> RegionalKey:
        """A new random key (from the operating system's CSPRNG)."""
        created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return cls(secrets.token_bytes(KEY_BYTES), label=label, created=created)

    def to_bytes(self) -> bytes:
        """The key file's bytes (for a file, or to carry inside a bundle)."""
        secret = base64.urlsafe_b64encode(self.secret).decode("ascii").rstrip("=")
        values = (self.key_id, self.label, self.created, secret)
        body = FILE_MAGIC + "\n" + "".join(f"{n}: {v}\n" for n, v in zip(_FIELDS, values))
        checksum = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
        return (body + f"checksum: {checksum}\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> RegionalKey:
        """Read a key file's bytes; raises KeyFileError if anything is off."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise _damaged("it is not text") from None
        lines = text.replace("\r\n", "\n").split("\n")
        if not lines or lines[0] != FILE_MAGIC:
            raise _damaged("it does not start with the Lintas regional key header")
        values = _parse_fields(lines[1:])
        body = FILE_MAGIC + "\n" + "".join(f"{n}: {values[n]}\n" for n in _FIELDS)
        expected = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
        if not hmac.compare_digest(expected, values["checksum"]):
            raise _damaged("its checksum does not match (truncated or altered)")
        secret = _decode_secret(values["secret"])
        key = cls(secret, label=values["label"], created=values["created"])
        if key.key_id != values["key-id"]:
            raise _damaged("its key id does not match its secret")
        return key

    def write(self, path: str | Path) -> None:
        """Write the key file (mode 0600 where the system supports it)."""
        target = Path(path)
        target.write_bytes(self.to_bytes())
        target.chmod(0o600)

    @classmethod
    def read(cls, path: str | Path) -> RegionalKey:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise KeyFileError(
                f"Cannot read the key file '{path}': {error.strerror}. Check the path."
            ) from None
        return cls.from_bytes(data)


def _parse_fields(lines: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in lines:
        if not line:
            continue
        name, sep, value = line.partition(": ")
        if not sep or name not in (*_FIELDS, "checksum") or name in values:
            raise _damaged(f"the line '{line[:40]}' is not a key file field")
        values[name] = value
    missing = [n for n in (*_FIELDS, "checksum") if n not in values]
    if missing:
        raise _damaged(f"it has no {', '.join(missing)} (truncated?)")
    return values


def _decode_secret(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        raise _damaged("its secret is not base64") from None


def _damaged(why: str) -> KeyFileError:
    return KeyFileError(
        f"This regional key file cannot be used: {why}. Nothing was changed. "
        "Ask the hub to send the key file again."
    )
