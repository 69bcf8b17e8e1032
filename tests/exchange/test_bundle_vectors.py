"""The published test vectors (tests/vectors/bundle/, docs/bundle-format.md) hold."""

from __future__ import annotations

import base64
import importlib.util
import json
from pathlib import Path

import pyrage
import pytest

from lintas.exchange import format as fmt
from lintas.exchange.identity import fingerprint

HERE = Path(__file__).resolve().parents[1] / "vectors" / "bundle"


def _generator():
    spec = importlib.util.spec_from_file_location("bundle_vectors", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sender_key(line: fmt.Line) -> bytes:
    return base64.b64decode(line.value["sender"]["signing_key"])


def _unpacked(plaintext: bytes) -> list[list[dict]]:
    _, segments, _ = fmt.read_all(plaintext, _sender_key)
    return [[{"form": f} for f in s.forms] + [{"record": r} for r in s.records] for s in segments]


def test_age_file_decrypts_to_the_plaintext_vector() -> None:
    keys = json.loads((HERE / "keys.json").read_text(encoding="utf-8"))
    identity = pyrage.x25519.Identity.from_str(keys["recipient"]["age_identity"])
    plaintext = pyrage.decrypt((HERE / "bundle.age").read_bytes(), [identity])
    assert plaintext == (HERE / "bundle.plain").read_bytes()
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    assert fmt.sha256_hex(plaintext) == expected["plaintext_sha256"]


def test_plaintext_vector_rebuilds_byte_for_byte() -> None:
    rebuilt, manifest = _generator().build()
    stored = (HERE / "bundle.plain").read_bytes()
    # zlib's bytes may differ between zlib builds (and with them the segment lines'
    # hashes and signatures); the unpacked lines may not.
    assert _unpacked(rebuilt) == _unpacked(stored)
    assert rebuilt.split(b"\n")[:3] == stored.split(b"\n")[:3]  # magic, manifest, signature
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    lines = stored.split(b"\n")
    assert base64.b64decode(lines[2]).hex() == expected["signature_hex"]
    assert fmt.sha256_hex(lines[1]) == expected["manifest_sha256"]
    assert manifest["sender"]["office_id"] == expected["sender_office_id"]
    assert manifest["recipients"] == [expected["recipient_office_id"]]


def test_vector_reads_and_checks_completely() -> None:
    header, segments, end = fmt.read_all((HERE / "bundle.plain").read_bytes(), _sender_key)
    sender = header.value["sender"]
    public = _sender_key(header)
    assert fingerprint(sender["age_recipient"], public) == sender["office_id"]
    assert end == {"kind": "end", "bundle_id": header.value["bundle_id"], "part": 1,
                   "segments": 2, "records": 2, "last": True}  # fmt: skip
    assert [f["form_id"] for f in segments[0].forms] == ["migrant_v"]
    assert [r["status"] for r in segments[1].records] == ["final", "void"]
    # One flipped bit anywhere in the manifest breaks its signature.
    flipped = bytearray(header.raw)
    flipped[40] ^= 1
    assert not fmt.verify_line(header.magic, bytes(flipped), header.signature, public)


def test_vector_with_a_flipped_bit_anywhere_is_refused() -> None:
    stored = (HERE / "bundle.plain").read_bytes()
    header, _, _ = fmt.read_all(stored, _sender_key)
    key = _sender_key(header)  # the key a reader trusts, not the one the file names
    for offset in range(0, len(stored), 7):
        changed = bytearray(stored)
        changed[offset] ^= 0x04
        with pytest.raises(fmt.FormatError):
            fmt.read_all(bytes(changed), lambda line: key)
