"""Taking a bundle's plaintext apart and putting it together again, for tamper tests.

An attacker who knows a recipient's public key can make any age file for it, so these
tests change the plaintext and encrypt it again: only Lintas's own checks can refuse it.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pyrage

from lintas.exchange import format as fmt
from lintas.exchange.identity import office_identity


def plain(vault, path: Path) -> bytes:
    identity = pyrage.x25519.Identity.from_str(office_identity(vault).age_identity)
    return pyrage.decrypt(path.read_bytes(), [identity])


def to(vault, plaintext: bytes, path: Path) -> Path:
    recipient = pyrage.x25519.Recipient.from_str(office_identity(vault).card.age_recipient)
    path.write_bytes(pyrage.encrypt(plaintext, [recipient]))
    return path


def pieces(plaintext: bytes) -> tuple[bytes, list[bytes]]:
    """(magic, blocks): each block is a signed line (and, for a segment, its payload)."""
    magic, rest = plaintext.split(b"\n", 1)
    blocks = []
    while rest:
        line, signature, rest = rest.split(b"\n", 2)
        value = json.loads(line)
        size = value.get("payload", {}).get("size", 0) if value.get("kind") == "segment" else 0
        blocks.append(line + b"\n" + signature + b"\n" + rest[:size])
        rest = rest[size:]
    return magic + b"\n", blocks


def value(block: bytes) -> dict:
    return json.loads(block.split(b"\n", 1)[0])


def payload(block: bytes) -> bytes:
    return block.split(b"\n", 2)[2]


def resign(magic: bytes, new_value: dict, key, new_payload: bytes = b"") -> bytes:
    """A block signed again by ``key`` (the sender's own key: a bug, not an attacker)."""
    return fmt.block(magic, new_value, key) + new_payload


def unpacked(block: bytes) -> list[dict]:
    budget = fmt.Budget(10**8)
    return [json.loads(line) for line in fmt.unpack(payload(block), budget)]


def repacked_segment(magic: bytes, block: bytes, items: list[dict], key) -> bytes:
    data = fmt.pack(fmt.canonical(item) + b"\n" for item in items)
    entries = [[i["record"]["uuid"], i["record"]["revision"], i["record"]["sha256"]]
               for i in items if "record" in i]  # fmt: skip
    old = value(block)
    return fmt.segment_block(magic, key, bundle_id=old["bundle_id"], part=old["part"],
                             index=old["index"], entries=entries, payload=data)  # fmt: skip


def signing_key_of(block: bytes) -> bytes:
    return base64.b64decode(value(block)["sender"]["signing_key"])
