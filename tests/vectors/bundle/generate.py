"""Rebuild the bundle test vectors (docs/bundle-format.md, "Test vectors").

    PYTHONPATH=src python3 tests/vectors/bundle/generate.py

Everything inside the age file is deterministic: fixed keys (keys.json), a fixed
manifest and fixed records, and Ed25519 signatures are deterministic. The age file
itself is not (age draws a fresh ephemeral key each time), so bundle.age is kept as
made once; the tests check that it decrypts to exactly bundle.plain.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from lintas.exchange import format as fmt
from lintas.exchange.identity import fingerprint
from lintas.vault.submissions import content_hash, data_json

HERE = Path(__file__).resolve().parent
FORM = (HERE / "form.md").read_bytes()


def keys() -> dict[str, Any]:
    return json.loads((HERE / "keys.json").read_text(encoding="utf-8"))


def office(entry: dict[str, str]) -> tuple[Ed25519PrivateKey, dict[str, str]]:
    signing = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(entry["ed25519_seed"]))
    public = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    recipient = str(pyrage.x25519.Identity.from_str(entry["age_identity"]).to_public())
    sender = {
        "office_id": fingerprint(recipient, public),
        "name": entry["name"],
        "age_recipient": recipient,
        "signing_key": base64.b64encode(public).decode("ascii"),
    }
    return signing, sender


def records() -> list[dict[str, Any]]:
    made = []
    for number, (age, status) in enumerate(((31, "final"), (44, "void")), start=1):
        data = {"age": age, "sex": "female", "issues": ["debt"], "remarks": "vector"}
        text = data_json(data)
        made.append(
            {
                "uuid": f"00000000-0000-4000-8000-00000000000{number}",
                "form_id": "migrant_v",
                "form_version": "1",
                "status": status,
                "revision": 1 if status == "final" else 2,
                "created_at": "2026-11-01T08:00:00Z",
                "updated_at": "2026-11-01T09:00:00Z",
                "created_by": "anan",
                "updated_by": "anan",
                "office": "Vector Post",
                "void_reason": "duplicate interview" if status == "void" else None,
                "pseudonym": None,
                "data": json.loads(text),
                "sha256": content_hash("migrant_v", "1", text, None),
            }
        )
    return made


BUNDLE_ID = "11111111-2222-4333-8444-555555555555"


def build() -> tuple[bytes, dict[str, Any]]:
    """The plaintext of a one-part bundle: manifest, forms segment, records segment, end."""
    given = keys()
    signing, sender = office(given["sender"])
    _, recipient = office(given["recipient"])
    items = records()
    form = {
        "form_id": "migrant_v",
        "version": "1",
        "filename": "migrant.md",
        "xlsform": base64.b64encode(FORM).decode("ascii"),
    }
    manifest = {
        "format": 2,
        "kind": "bundle",
        "bundle_id": BUNDLE_ID,
        "part": 1,
        "sender": sender,
        "recipients": [recipient["office_id"]],
        "sequence": 1,
        "created_at": "2026-11-02T10:00:00Z",
        "audit_head": {"seq": 12, "hash": "ab" * 32},
        "lintas_version": "0.1.0",
        "forms": [
            {"form_id": "migrant_v", "version": "1", "sha256": hashlib.sha256(FORM).hexdigest()}
        ],
        "revoked": [],
    }
    magic = fmt.BUNDLE_MAGIC
    forms_payload = fmt.pack([fmt.form_line(form)])
    records_payload = fmt.pack(fmt.record_line(r) for r in items)
    entries = [[r["uuid"], r["revision"], r["sha256"]] for r in items]
    plaintext = (
        magic
        + fmt.block(magic, manifest, signing)
        + fmt.segment_block(magic, signing, bundle_id=BUNDLE_ID, part=1, index=0,
                            entries=[], payload=forms_payload)
        + fmt.segment_block(magic, signing, bundle_id=BUNDLE_ID, part=1, index=1,
                            entries=entries, payload=records_payload)
        + fmt.end_block(magic, signing, bundle_id=BUNDLE_ID, part=1, segments=2,
                        records=len(items), last=True)
    )  # fmt: skip
    return plaintext, manifest


def main() -> int:
    plaintext, manifest = build()
    (HERE / "bundle.plain").write_bytes(plaintext)
    recipient = pyrage.x25519.Identity.from_str(keys()["recipient"]["age_identity"]).to_public()
    if "--age" in sys.argv or not (HERE / "bundle.age").exists():
        (HERE / "bundle.age").write_bytes(pyrage.encrypt(plaintext, [recipient]))
    lines = plaintext.split(b"\n")
    expected = {
        "plaintext_sha256": fmt.sha256_hex(plaintext),
        "manifest_sha256": fmt.sha256_hex(lines[1]),
        "signature_hex": base64.b64decode(lines[2]).hex(),
        "sender_office_id": manifest["sender"]["office_id"],
        "recipient_office_id": manifest["recipients"][0],
    }
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
