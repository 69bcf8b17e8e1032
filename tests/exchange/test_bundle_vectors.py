"""The published test vectors (tests/vectors/bundle/, docs/bundle-format.md) hold."""

from __future__ import annotations

import importlib.util
import json
import zlib
from pathlib import Path

import pyrage

from lintas.exchange import format as fmt
from lintas.exchange.identity import fingerprint
from lintas.vault.submissions import content_hash, data_json

HERE = Path(__file__).resolve().parents[1] / "vectors" / "bundle"


def _generator():
    spec = importlib.util.spec_from_file_location("bundle_vectors", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_age_file_decrypts_to_the_plaintext_vector() -> None:
    keys = json.loads((HERE / "keys.json").read_text(encoding="utf-8"))
    identity = pyrage.x25519.Identity.from_str(keys["recipient"]["age_identity"])
    plaintext = pyrage.decrypt((HERE / "bundle.age").read_bytes(), [identity])
    assert plaintext == (HERE / "bundle.plain").read_bytes()
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    assert fmt.sha256_hex(plaintext) == expected["plaintext_sha256"]


def test_plaintext_vector_rebuilds_byte_for_byte() -> None:
    generator = _generator()
    rebuilt, manifest = generator.build()
    stored = (HERE / "bundle.plain").read_bytes()
    opened = fmt.split(stored)
    # zlib's bytes may differ between zlib builds; the unpacked lines may not.
    assert zlib.decompress(fmt.split(rebuilt).payload) == zlib.decompress(opened.payload)
    if fmt.split(rebuilt).payload == opened.payload:
        assert rebuilt == stored
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    assert opened.signature.hex() == expected["signature_hex"]
    assert fmt.sha256_hex(opened.manifest_bytes) == expected["manifest_sha256"]
    assert opened.manifest["sender"]["office_id"] == expected["sender_office_id"]
    assert manifest["recipients"] == [expected["recipient_office_id"]]


def test_vector_signature_records_and_fingerprints_check() -> None:
    opened = fmt.split((HERE / "bundle.plain").read_bytes())
    sender = opened.manifest["sender"]
    public = __import__("base64").b64decode(sender["signing_key"])
    assert fmt.verify(opened, public)
    assert fingerprint(sender["age_recipient"], public) == sender["office_id"]
    assert opened.manifest["payload"]["sha256"] == fmt.sha256_hex(opened.payload)
    forms, records = fmt.decode_payload(opened.payload, 10**6)
    assert [r["status"] for r in records] == ["final", "void"]
    listed = [[r["uuid"], r["revision"], r["sha256"]] for r in records]
    assert listed == opened.manifest["records"]
    for record in records:
        text = data_json(record["data"])
        assert (
            content_hash(record["form_id"], record["form_version"], text, None) == record["sha256"]
        )
    assert [f["form_id"] for f in forms] == ["migrant_v"]
    # One flipped bit anywhere in the manifest breaks the signature.
    flipped = bytearray(opened.manifest_bytes)
    flipped[40] ^= 1
    changed = fmt.Opened(opened.magic, opened.manifest, bytes(flipped), opened.signature, b"")
    assert not fmt.verify(changed, public)
