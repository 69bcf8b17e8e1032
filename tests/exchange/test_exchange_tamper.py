"""Tamper suite: every damaged, forged, re-addressed, reordered or replayed bundle is
refused with its own message, and the receiving vault is unchanged afterwards."""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

import pytest
from bundle_tools import (
    pieces,
    plain,
    repacked_segment,
    resign,
    signing_key_of,
    to,
    unpacked,
    value,
)
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from test_exchange_roundtrip import _final, _state

from lintas.exchange import format as fmt
from lintas.exchange.bundles import create_bundle, import_file
from lintas.exchange.errors import BundleRejectedError
from lintas.exchange.identity import office_identity

DAMAGED = "damaged, cut short"


@pytest.fixture
def small(offices, tmp_path: Path, monkeypatch):
    """A bundle of three records, one per segment (after the forms' segment)."""
    monkeypatch.setattr(fmt, "SEGMENT_RECORDS", 1)
    a, hub, b = offices("A", "Hub", "B")
    for age in (20, 30, 40):
        _final(a, age)
    path = tmp_path / "small.age"
    create_bundle(a, ["Hub"], path)
    return a, hub, b, path


def _refused(hub, path: Path, match: str) -> None:
    before = _state(hub)
    with pytest.raises(BundleRejectedError, match=match) as caught:
        import_file(hub, path)
    assert caught.value.exit_code == 4
    assert _state(hub) == before
    assert hub.count() == 0


def _join(magic: bytes, blocks: list[bytes]) -> bytes:
    return magic + b"".join(blocks)


def test_the_small_bundle_has_the_expected_shape(small) -> None:
    _, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    kinds = [value(b)["kind"] for b in blocks]
    assert magic == fmt.BUNDLE_MAGIC
    assert kinds == ["bundle", "segment", "segment", "segment", "segment", "end"]
    assert [len(value(b)["records"]) for b in blocks[1:5]] == [0, 1, 1, 1]


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
    _refused(hub, _write(tmp_path / "cut.age", data[:cut]), f"{DAMAGED}|not an age")


@pytest.fixture
def large(offices, tmp_path: Path):
    """A bundle whose age payload spans four 64 KiB STREAM chunks."""
    a, hub = offices("A", "Hub")
    for age in range(20, 40):
        a.save_submission("migrant_v", _answers(age), status="final")
    path = tmp_path / "large.age"
    create_bundle(a, ["Hub"], path)
    return a, hub, path


def _answers(age: int) -> dict:
    from vault_helpers import valid_answers

    return valid_answers(age=age, remarks=secrets.token_urlsafe(14_000))  # hardly compresses


def _chunk_starts(data: bytes) -> list[int]:
    """Offsets where each age STREAM chunk begins (after the header and the nonce)."""
    header_end = data.index(b"\n", data.index(b"\n--- ") + 1) + 1
    first = header_end + 16
    return list(range(first, len(data), 65536 + 16))


def test_truncated_at_every_chunk_boundary_and_one_byte_either_side(large, tmp_path) -> None:
    _, hub, path = large
    data = path.read_bytes()
    starts = _chunk_starts(data)
    assert len(starts) >= 4, len(starts)
    cuts = sorted({c + d for c in [*starts, len(data)] for d in (-1, 0, 1)} - {len(data)})
    cuts = [c for c in cuts if 0 < c < len(data) + 1]
    target = tmp_path / "cut.age"
    for cut in cuts:
        changed = data[:cut] if cut <= len(data) else data + b"\0"
        _refused(hub, _write(target, changed), DAMAGED)


def test_age_chunks_swapped_or_repeated_are_refused(large, tmp_path) -> None:
    _, hub, path = large
    data = path.read_bytes()
    starts = _chunk_starts(data)
    size = 65536 + 16
    one, two = data[starts[1] : starts[1] + size], data[starts[2] : starts[2] + size]
    swapped = data[: starts[1]] + two + one + data[starts[3] :]
    repeated = data[: starts[2]] + one + data[starts[2] :]
    dropped = data[: starts[1]] + data[starts[2] :]
    for name, changed in (("swap", swapped), ("repeat", repeated), ("drop", dropped)):
        _refused(hub, _write(tmp_path / f"{name}.age", changed), DAMAGED)


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
    forwarded = to(hub, plain(b, tmp_path / "for-b.age"), tmp_path / "fwd.age")
    _refused(hub, forwarded, "not among the recipients")


def test_forged_manifest_signature(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    blocks[0] = resign(magic, value(blocks[0]), Ed25519PrivateKey.generate())
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "f.age"), "signature is not that of A")


def test_forged_segment_signature(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    old = blocks[2]
    blocks[2] = resign(magic, value(old), Ed25519PrivateKey.generate(), old.split(b"\n", 2)[2])
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "f.age"), "segment's signature")


def test_zeroed_signature(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    line = blocks[0].split(b"\n", 1)[0]
    blocks[0] = line + b"\n" + base64.b64encode(bytes(64)) + b"\n"
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "z.age"), "signature")


def test_no_signature_line(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    blocks[0] = blocks[0].split(b"\n", 1)[0] + b"\n"
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "bare.age"), "not well formed")


def test_manifest_edited_after_signing(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    signature = blocks[0].split(b"\n")[1]
    blocks[0] = fmt.canonical(dict(value(blocks[0]), sequence=7)) + b"\n" + signature + b"\n"
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "e.age"), "signature is not that of A")


@pytest.mark.parametrize(
    ("name", "order"),
    [
        ("swapped", [0, 1, 3, 2, 4, 5]),
        ("repeated", [0, 1, 2, 2, 3, 4, 5]),
        ("dropped", [0, 1, 2, 4, 5]),
        ("forms dropped", [0, 2, 3, 4, 5]),
        ("end dropped", [0, 1, 2, 3, 4]),
    ],
)
def test_segments_reordered_repeated_or_dropped(small, tmp_path: Path, name, order) -> None:
    _, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    changed = _join(magic, [blocks[i] for i in order])
    _refused(hub, to(hub, changed, tmp_path / "r.age"), "out of order or repeated|ends inside")


def test_segment_spliced_from_another_bundle(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    _final(a, 50)
    create_bundle(a, ["Hub"], tmp_path / "other.age")
    magic, blocks = pieces(plain(hub, path))
    _, others = pieces(plain(hub, tmp_path / "other.age"))
    blocks[2] = others[2]  # A's own signature, on a segment of its other bundle
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "s.age"), "another bundle or part")


def test_bytes_after_the_end_line(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    changed = plain(hub, path) + b"x"
    _refused(hub, to(hub, changed, tmp_path / "t.age"), "bytes after its end line")


def test_segment_record_list_disagrees_with_records(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    old = value(blocks[2])
    # Even signed by the real sender (a bug, not an attacker), a list that does not
    # match the records is refused.
    blocks[2] = resign(magic, dict(old, records=[]), office_identity(a).signing,
                       blocks[2].split(b"\n", 2)[2])  # fmt: skip
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "l.age"), "disagrees")


def test_end_line_disagrees_with_segments(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    blocks[-1] = resign(magic, dict(value(blocks[-1]), records=2), office_identity(a).signing)
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "n.age"), "end line disagrees")


def test_record_content_changed_under_a_valid_signature(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    items = unpacked(blocks[2])
    items[0]["record"]["data"]["age"] = 99
    blocks[2] = repacked_segment(magic, blocks[2], items, office_identity(a).signing)
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "c.age"), "does not match the signed")


def test_payload_changed_under_the_segment_line(small, tmp_path: Path) -> None:
    _a, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    _, others = pieces(plain(hub, path))
    line, signature, _ = blocks[2].split(b"\n", 2)
    blocks[2] = line + b"\n" + signature + b"\n" + others[3].split(b"\n", 2)[2]
    # the same length is not guaranteed, so either message is this check
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "p.age"),
             "do not match the signed|ends inside|not well formed|not in canonical")  # fmt: skip


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
    magic, blocks = pieces(plain(hub, path))
    key = office_identity(a).signing
    # Every line names the bundle, so a replay under a new id needs all of them signed again.
    renamed = []
    for block in blocks:
        parts = block.split(b"\n", 2)
        renamed.append(resign(magic, dict(value(block), bundle_id="another-id"), key, parts[2]))
    before = _state(hub)
    with pytest.raises(BundleRejectedError, match="number 1 from A was used"):
        import_file(hub, to(hub, _join(magic, renamed), tmp_path / "again.age"))
    assert _state(hub) == before


def test_draft_in_a_signed_bundle_is_refused(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    items = unpacked(blocks[2])
    items[0]["record"]["status"] = "draft"
    blocks[2] = repacked_segment(magic, blocks[2], items, office_identity(a).signing)
    _refused(hub, to(hub, _join(magic, blocks), tmp_path / "d.age"), "drafts never travel")


def test_oversized_file_is_refused_unread(small, tmp_path: Path) -> None:
    _, hub, _, path = small
    before = _state(hub)
    with pytest.raises(BundleRejectedError, match="endless data"):
        import_file(hub, path, max_size=100)
    assert _state(hub) == before


def test_records_that_unpack_past_the_limit_are_refused(small, tmp_path: Path) -> None:
    a, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    items = unpacked(blocks[2])
    items[0]["record"]["data"]["remarks"] = "0" * 3_000_000  # packs to a few KiB
    blocks[2] = repacked_segment(magic, blocks[2], items, office_identity(a).signing)
    bomb = to(hub, _join(magic, blocks), tmp_path / "bomb.age")
    assert bomb.stat().st_size < 50_000
    before = _state(hub)
    with pytest.raises(BundleRejectedError, match="endless data"):
        import_file(hub, bomb, max_size=1_000_000)  # the file fits; what it unpacks to not
    assert _state(hub) == before


def test_the_signing_key_in_the_manifest_is_not_what_is_checked(small, tmp_path) -> None:
    _a, hub, _, path = small
    magic, blocks = pieces(plain(hub, path))
    forger = Ed25519PrivateKey.generate()
    header = value(blocks[0])
    public = forger.public_key().public_bytes_raw()
    header["sender"] = dict(header["sender"], signing_key=base64.b64encode(public).decode())
    resigned = [resign(magic, header, forger)]
    for block in blocks[1:]:
        rest = block.split(b"\n", 2)[2]
        resigned.append(resign(magic, value(block), forger, rest))
    assert signing_key_of(resigned[0]) == public
    _refused(hub, to(hub, _join(magic, resigned), tmp_path / "k.age"), "not that of A")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
