"""The inner layout of a bundle or receipt (docs/bundle-format.md), without any vault.

An age file wraps this plaintext::

    lintas-bundle/1\\n            (or lintas-receipt/1\\n)
    <manifest: canonical JSON, one line>\\n
    <Ed25519 signature, base64>\\n
    <payload: zlib stream of JSON lines>   (bundles only)

The signature covers the magic line and the manifest; the manifest holds the payload's
SHA-256 and size, so it covers the payload too. These functions are pure so that the
test vectors in tests/vectors/bundle/ can be rebuilt byte for byte.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

BUNDLE_MAGIC = b"lintas-bundle/1\n"
RECEIPT_MAGIC = b"lintas-receipt/1\n"
SIGNATURE_CONTEXT = b"lintas-signature/1\n"
MAX_MANIFEST = 64 * 1024 * 1024  # a manifest line longer than this is refused unread


class FormatError(ValueError):
    """The plaintext does not follow the layout; the message says where."""


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):  # a stored record's answers are read-only mappings
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


# One encoder for every call: json.dumps with options builds a new one each time.
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain
)


def canonical(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8 (the same rules as the audit chain)."""
    return _ENCODER.encode(value).encode("utf-8")


def signed_bytes(magic: bytes, manifest: bytes) -> bytes:
    return SIGNATURE_CONTEXT + magic + manifest


def encode_payload(
    forms: Iterable[Mapping[str, Any]], records: Iterable[Mapping[str, Any]]
) -> bytes:
    """The zlib-compressed JSON lines: every form first, then every record."""
    packer = zlib.compressobj(6)
    parts = []
    for form in forms:
        parts.append(packer.compress(canonical({"form": dict(form)}) + b"\n"))
    for record in records:
        parts.append(packer.compress(canonical({"record": dict(record)}) + b"\n"))
    parts.append(packer.flush())
    return b"".join(parts)


def decode_payload(payload: bytes, limit: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(forms, records) from a payload; ``limit`` caps the decompressed size."""
    unpacker = zlib.decompressobj()
    try:
        text = unpacker.decompress(payload, limit + 1)
    except zlib.error as error:
        raise FormatError(f"the records are not a valid zlib stream ({error})") from None
    if len(text) > limit or unpacker.unconsumed_tail:
        raise FormatError(f"the records unpack to more than the limit of {limit} bytes")
    if not unpacker.eof or unpacker.unused_data:
        raise FormatError("the records stream is cut short or has bytes after its end")
    forms: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            item = json.loads(line)
        except ValueError:
            raise FormatError(f"line {number} of the records is not JSON") from None
        if isinstance(item, dict) and isinstance(item.get("form"), dict) and not records:
            forms.append(item["form"])
        elif isinstance(item, dict) and isinstance(item.get("record"), dict):
            records.append(item["record"])
        else:
            raise FormatError(f"line {number} of the records is neither a form nor a record")
    return forms, records


def seal(
    magic: bytes, manifest: Mapping[str, Any], key: Ed25519PrivateKey, payload: bytes = b""
) -> bytes:
    """The whole plaintext: magic, manifest, signature and payload."""
    body = canonical(dict(manifest))
    signature = key.sign(signed_bytes(magic, body))
    return magic + body + b"\n" + base64.b64encode(signature) + b"\n" + payload


@dataclass(frozen=True)
class Opened:
    magic: bytes
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    payload: bytes


def split(plaintext: bytes) -> Opened:
    """Take a plaintext apart without trusting it (the signature is checked later)."""
    for magic in (BUNDLE_MAGIC, RECEIPT_MAGIC):
        if plaintext.startswith(magic):
            break
    else:
        raise FormatError("it is not a Lintas bundle or receipt of format version 1")
    end = plaintext.find(b"\n", len(magic), len(magic) + MAX_MANIFEST)
    if end < 0:
        raise FormatError("its manifest line has no end")
    body = plaintext[len(magic) : end]
    sig_end = plaintext.find(b"\n", end + 1, end + 200)
    if sig_end < 0:
        raise FormatError("its signature line is missing")
    try:
        signature = base64.b64decode(plaintext[end + 1 : sig_end], validate=True)
        manifest = json.loads(body)
    except (binascii.Error, ValueError):
        raise FormatError("its manifest or signature is not well formed") from None
    if len(signature) != 64 or not isinstance(manifest, dict):
        raise FormatError("its manifest or signature is not well formed")
    if canonical(manifest) != body:
        raise FormatError("its manifest is not in canonical form")
    return Opened(magic, manifest, body, signature, plaintext[sig_end + 1 :])


def verify(opened: Opened, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            opened.signature, signed_bytes(opened.magic, opened.manifest_bytes)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
