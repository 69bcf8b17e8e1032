"""Tamper suite: every damaged, forged, re-addressed or replayed bundle is refused with
its own message, and the receiving vault is unchanged afterwards."""

from __future__ import annotations

import base64
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from test_exchange_roundtrip import _final, _state

from lintas.exchange import format as fmt
from lintas.exchange.bundles import create_bundle, import_file
from lintas.exchange.errors import BundleRejectedError
from lintas.exchange.identity import office_identity


@pytest.fixture
def small(offices, tmp_path: Path):
    a, hub, b = offices("A", "Hub", "B")
    for age in (20, 30, 40):
        _final(a, age)
    path = tmp_path / "small.age"
    create_bundle(a, ["Hub"], path)
    return a, hub, b, path


def _plain(vault, path: Path) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [pyrage.x25519.Identity.from_str(
        office_identity(vault).age_identity)])  # fmt: skip


def _to(vault, plaintext: bytes, path: Path) -> Path:
    recipient = pyrage.x25519.Recipient.from_str(office_identity(vault).card.age_recipient)
    path.write_bytes(pyrage.encrypt(plaintext, [recipient]))
    return path


def _refused(hub, path: Path, match: str) -> None:
    before = _state(hub)
    with pytest.raises(BundleRejectedError, match=match) as caught:
        import_file(hub, path)
    assert caught.value.exit_code == 4
    assert _state(hub) == before
    assert hub.count() == 0


def test_every_byte_flipped_is_refused(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    data = path.read_bytes()
    before = _state(hub)
    damaged = tmp_path / "flipped.age"
    reasons = set()
    for offset in range(len(data)):
        changed = bytearray(data)
        changed[offset] ^= 1 << (offset % 8)
        damaged.write_bytes(bytes(changed))
        with pytest.raises(BundleRejectedError) as caught:
            import_file(hub, damaged)
        reasons.add(caught.value.reason)
    assert _state(hub) == before and hub.count() == 0
    assert len(data) > 500  # the loop really covered a whole bundle
    # A flip in the magic line reads as "not age"; any other one fails age's header MAC
    # or a STREAM chunk's tag (or, in a recipient stanza, leaves no key that opens it).
    assert reasons <= {
        "it is not an age-encrypted file",
        "it is damaged, cut short or was changed after it was made",
        "it is not addressed to this office (none of its recipients is ours)",
    }, reasons


@pytest.mark.parametrize("cut", [1, 10, 40, -1, -16, -17, -200])
def test_truncated_is_refused(small, tmp_path: Path, cut: int) -> None:
    _, hub, _, path = small
    data = path.read_bytes()
    _refused(hub, _write(tmp_path / "cut.age", data[:cut]), "damaged, cut short|not an age")


def test_trailing_garbage_is_refused(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    _refused(hub, _write(tmp_path / "long.age", path.read_bytes() + b"\0" * 17), "damaged")


def test_not_age_at_all(small, tmp_path: Path) -> None:
    _, hub, _, _ = small
    _refused(hub, _write(tmp_path / "x.age", b"PK\x03\x04 a zip file"), "not an age")


def test_wrong_recipient(small, tmp_path: Path) -> None:
    a, hub, _, _ = small
    create_bundle(a, ["B"], tmp_path / "for-b.age")
    _refused(hub, tmp_path / "for-b.age", "not addressed to this office")


def test_recipient_cannot_readdress_a_bundle(small, tmp_path: Path) -> None:
    a, hub, b, _ = small
    create_bundle(a, ["B"], tmp_path / "for-b.age")
    # B, a legitimate recipient, re-encrypts A's signed bundle to the hub.
    forwarded = _to(hub, _plain(b, tmp_path / "for-b.age"), tmp_path / "fwd.age")
    _refused(hub, forwarded, "not among the recipients")


def test_forged_signature(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    opened = fmt.split(_plain(hub, path))
    forged = fmt.seal(fmt.BUNDLE_MAGIC, opened.manifest, Ed25519PrivateKey.generate(),
                      opened.payload)  # fmt: skip
    _refused(hub, _to(hub, forged, tmp_path / "forged.age"), "signature is not that of A")


def test_zeroed_signature(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    opened = fmt.split(_plain(hub, path))
    blank = (opened.magic + opened.manifest_bytes + b"\n" + base64.b64encode(bytes(64)) + b"\n"
             + opened.payload)  # fmt: skip
    _refused(hub, _to(hub, blank, tmp_path / "blank.age"), "signature")


def test_no_signature_line(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    opened = fmt.split(_plain(hub, path))
    bare = opened.magic + opened.manifest_bytes + b"\n" + opened.payload
    # Which message depends on where the binary payload has its first newline byte.
    _refused(
        hub, _to(hub, bare, tmp_path / "bare.age"), "signature line is missing|not well formed"
    )


def test_manifest_edited_after_signing(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    opened = fmt.split(_plain(hub, path))
    manifest = dict(opened.manifest, sequence=7)
    body = fmt.canonical(manifest)
    edited = (
        opened.magic + body + b"\n" + base64.b64encode(opened.signature) + b"\n" + opened.payload
    )
    _refused(hub, _to(hub, edited, tmp_path / "edited.age"), "signature is not that of A")


def test_records_spliced_from_another_bundle(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    _final(a, 50)
    create_bundle(a, ["Hub"], tmp_path / "other.age")
    first = fmt.split(_plain(hub, path))
    other = fmt.split(_plain(hub, tmp_path / "other.age"))
    spliced = _plain(hub, path)[: -len(first.payload)] + other.payload
    _refused(hub, _to(hub, spliced, tmp_path / "spliced.age"), "longer or shorter|do not match")


def test_manifest_record_list_disagrees_with_records(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    opened = fmt.split(_plain(hub, path))
    # Even signed by the real sender (a bug, not an attacker), a list that does not
    # match the records is refused.
    manifest = dict(opened.manifest, records=opened.manifest["records"][:-1])
    resigned = fmt.seal(fmt.BUNDLE_MAGIC, manifest, office_identity(a).signing, opened.payload)
    _refused(hub, _to(hub, resigned, tmp_path / "list.age"), "disagrees")


def test_record_content_changed_under_a_valid_signature(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    opened = fmt.split(_plain(hub, path))
    forms, records = fmt.decode_payload(opened.payload, 10**7)
    records[0]["data"]["age"] = 99
    payload = fmt.encode_payload(forms, records)
    manifest = dict(opened.manifest, payload={"sha256": fmt.sha256_hex(payload),
                                              "size": len(payload)})  # fmt: skip
    resigned = fmt.seal(fmt.BUNDLE_MAGIC, manifest, office_identity(a).signing, payload)
    _refused(hub, _to(hub, resigned, tmp_path / "changed.age"), "does not match the signed")


def test_unknown_sender(offices, tmp_path: Path) -> None:
    (hub,) = offices("Hub")
    (c,) = offices("C")
    from lintas.exchange.identity import trust

    trust(c, office_identity(hub).card)  # C knows the hub; the hub never trusted C
    _final(c, 30)
    create_bundle(c, ["Hub"], tmp_path / "c.age")
    _refused(hub, tmp_path / "c.age", "does not trust")


def test_reused_sequence_number_is_refused(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    assert import_file(hub, path).added == 3
    opened = fmt.split(_plain(hub, path))
    manifest = dict(opened.manifest, bundle_id="another-id")
    replay = fmt.seal(fmt.BUNDLE_MAGIC, manifest, office_identity(a).signing, opened.payload)
    before = _state(hub)
    with pytest.raises(BundleRejectedError, match="number 1 from A was used"):
        import_file(hub, _to(hub, replay, tmp_path / "again.age"))
    assert _state(hub) == before


def test_draft_in_a_signed_bundle_is_refused(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    opened = fmt.split(_plain(hub, path))
    forms, records = fmt.decode_payload(opened.payload, 10**7)
    records[0]["status"] = "draft"
    payload = fmt.encode_payload(forms, records)
    manifest = dict(opened.manifest, payload={"sha256": fmt.sha256_hex(payload),
                                              "size": len(payload)})  # fmt: skip
    resigned = fmt.seal(fmt.BUNDLE_MAGIC, manifest, office_identity(a).signing, payload)
    _refused(hub, _to(hub, resigned, tmp_path / "draft.age"), "drafts never travel")


def test_oversized_file_is_refused_unread(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    before = _state(hub)
    with pytest.raises(BundleRejectedError, match="endless data"):
        import_file(hub, path, max_size=100)
    assert _state(hub) == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
