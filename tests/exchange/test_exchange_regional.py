"""The hub's regional key travels in a signed, encrypted key bundle; a vault that has no
key from its hub yet is told so before its first interview."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_tools import plain, resign, to, value
from test_exchange_cli import lintas
from test_exchange_roundtrip import _state
from vault_helpers import FORM_ID, valid_answers

from lintas.exchange import format as fmt
from lintas.exchange.bundles import import_file, inspect
from lintas.exchange.errors import BundleRejectedError, ExchangeError
from lintas.exchange.identity import office_identity
from lintas.exchange.regional import regional_key_status, send_regional_key
from lintas.privacy.pseudonyms import pseudonymise
from lintas.privacy.regional import regional_key


def test_offices_get_the_hubs_key_and_make_the_same_pseudonyms(offices, tmp_path) -> None:
    hub, a, b = offices("Hub", "A", "B")
    for office in (a, b):
        status = regional_key_status(office)
        assert status.source == "none" and status.needs_warning
        assert "no regional key from its hub" in status.message
    key_id, names = send_regional_key(hub, ["A", "B"], tmp_path / "key.age")
    assert names == ["A", "B"]
    assert inspect(a, tmp_path / "key.age")["key_id"] == key_id
    for office in (a, b):
        report = import_file(office, tmp_path / "key.age")
        assert report.kind == "regional-key" and report.key.key_id == key_id
        status = regional_key_status(office)
        assert (status.source, status.from_office, status.needs_warning) == ("hub", "Hub", False)
    same = {pseudonymise("MA1234567", regional_key(v)) for v in (hub, a, b)}
    assert len(same) == 1  # one person, one pseudonym at every office
    before = _state(a)
    again = import_file(a, tmp_path / "key.age")
    assert again.key.already and _state(a) == before


def test_the_hub_that_sent_its_key_is_not_told_it_has_no_key_from_its_hub(
    offices, tmp_path
) -> None:
    """A hub uses its own key by design: once it has sent it, that is its key "from the
    hub" (it was warned before, as if it were an office waiting for a key)."""
    hub, a, _b = offices("Hub", "A", "B")
    assert regional_key_status(hub).needs_warning  # no key yet, none sent: warned
    key_id, _ = send_regional_key(hub, ["A"], tmp_path / "key.age")
    hub.save_submission(FORM_ID, valid_answers(), status="final", pseudonym="P-" + "h" * 20)
    status = regional_key_status(hub)
    assert (status.source, status.key_id, status.needs_warning) == ("sent", key_id, False)
    assert "sent" in status.message and "A" in status.message
    send_regional_key(hub, ["B"], tmp_path / "key2.age")  # a later office joins
    assert "A, B" in regional_key_status(hub).message
    # An office receiving it is unaffected; the hub taking another hub's key is "hub".
    import_file(a, tmp_path / "key.age")
    assert regional_key_status(a).source == "hub"


def test_own_key_is_warned_and_not_replaced_silently(offices, tmp_path) -> None:
    hub, a = offices("Hub", "A")
    own = regional_key(a)  # made by the first pseudonym, before any key came
    a.save_submission(FORM_ID, valid_answers(), status="final", pseudonym="P-" + "a" * 20)
    status = regional_key_status(a)
    assert status.source == "own" and status.needs_warning and status.pseudonyms == 1
    send_regional_key(hub, ["A"], tmp_path / "key.age")
    before = _state(a)
    with pytest.raises(ExchangeError, match="1 pseudonyms under its regional key") as caught:
        import_file(a, tmp_path / "key.age")
    assert "--replace-key" in str(caught.value) and "Nothing was changed" in str(caught.value)
    assert _state(a) == before and regional_key(a).key_id == own.key_id
    report = import_file(a, tmp_path / "key.age", replace_key=True)
    assert report.key.replaced == own.key_id and report.key.pseudonyms_before == 1
    assert regional_key(a).key_id == regional_key(hub).key_id
    assert not regional_key_status(a).needs_warning


def test_a_key_bundle_is_signed_and_checked(offices, tmp_path) -> None:
    hub, a = offices("Hub", "A")
    send_regional_key(hub, ["A"], tmp_path / "key.age")
    magic, rest = plain(a, tmp_path / "key.age").split(b"\n", 1)
    assert magic + b"\n" == fmt.KEY_MAGIC
    block = rest
    manifest = value(block)
    before = _state(a)
    # the key swapped for another one, re-signed by the hub itself (a bug): refused
    other = dict(manifest, key=dict(manifest["key"], key_id="0" * 16))
    forged = to(a, fmt.KEY_MAGIC + resign(fmt.KEY_MAGIC, other, office_identity(hub).signing),
                tmp_path / "k1.age")  # fmt: skip
    with pytest.raises(BundleRejectedError, match="not the one it names"):
        import_file(a, forged)
    # the same line with its key edited and the hub's old signature: refused
    signature = block.split(b"\n")[1]
    edited = fmt.canonical(dict(manifest, key=dict(manifest["key"], label="x"))) + b"\n"
    with pytest.raises(BundleRejectedError, match="signature is not that of Hub"):
        import_file(a, to(a, fmt.KEY_MAGIC + edited + signature + b"\n", tmp_path / "k2.age"))
    data = bytearray((tmp_path / "key.age").read_bytes())
    data[-5] ^= 1
    (tmp_path / "k3.age").write_bytes(bytes(data))
    with pytest.raises(BundleRejectedError, match="damaged"):
        import_file(a, tmp_path / "k3.age")
    assert _state(a) == before and regional_key_status(a).source == "none"


def test_a_key_from_an_office_not_trusted_is_refused(offices, tmp_path) -> None:
    (a,) = offices("A")
    (stranger,) = offices("Stranger")
    from lintas.exchange.identity import trust

    trust(stranger, office_identity(a).card)
    send_regional_key(stranger, ["A"], tmp_path / "key.age")
    with pytest.raises(BundleRejectedError, match="does not trust"):
        import_file(a, tmp_path / "key.age")
    assert regional_key_status(a).source == "none"


def test_key_commands(tmp_path: Path) -> None:
    from test_exchange_cli import _vault

    hub, a = _vault(tmp_path, "Hub"), _vault(tmp_path, "A")
    lintas("office", "card", str(a), str(tmp_path / "a.card"))
    lintas("office", "card", str(hub), str(tmp_path / "hub.card"))
    lintas("office", "trust", str(hub), str(tmp_path / "a.card"), "--yes")
    lintas("office", "trust", str(a), str(tmp_path / "hub.card"), "--yes")
    warned = lintas("office", "key-status", str(a))
    assert warned.stdout.startswith("Warning: ") and "no regional key" in warned.stdout
    sent = lintas("office", "send-key", str(hub), "--to", "A", str(tmp_path / "key.age"))
    assert "Wrote the regional key" in sent.stdout
    done = lintas("bundle", "import", str(a), str(tmp_path / "key.age"))
    assert "now uses Hub's regional key" in done.stdout
    assert "from Hub" in lintas("office", "key-status", str(a)).stdout
