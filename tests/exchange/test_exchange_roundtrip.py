"""Bundles between real vaults: create, import, replay, receipts, conflicts, drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vault_helpers import FORM_ID, snapshot, valid_answers

from lintas.exchange.bundles import create_bundle, import_file, inspect
from lintas.exchange.errors import BundleRejectedError, ExchangeError
from lintas.exchange.identity import office_identity, revoke


def _final(vault, age: int, **options):
    return vault.save_submission(FORM_ID, valid_answers(age=age), status="final", **options)


def _state(vault) -> dict[str, str]:
    """Every file's hash but the WAL index (-shm), which a mere read may touch."""
    files = snapshot(vault.folder)
    return {name: digest for name, digest in files.items() if not name.endswith("-shm")}


def _rows(vault) -> dict[str, tuple[int, str]]:
    return {s.uuid: (s.revision, s.content_hash) for s in vault.submissions(limit=None)}


def test_two_offices_send_import_replay_and_receipt(offices, tmp_path: Path) -> None:
    a, hub = offices("A", "Hub")
    sent = [_final(a, 20 + i) for i in range(5)]
    draft = a.save_submission(FORM_ID, valid_answers(age=40))
    bundle = tmp_path / "a-1.age"
    made = create_bundle(a, ["Hub"], bundle)
    assert made.records == 5 and made.sequence == 1

    report = import_file(hub, bundle, receipt_out=tmp_path / "receipt.age")
    assert (report.added, report.updated, report.present, report.conflicts) == (5, 0, 0, 0)
    assert set(_rows(hub)) == {s.uuid for s in sent}
    assert draft.uuid not in _rows(hub)  # drafts never travel
    assert hub.submission(sent[0].uuid).data == sent[0].data

    before = _state(hub)
    again = import_file(hub, bundle)
    assert again.replayed and again.added == 0
    assert _state(hub) == before  # a replay writes nothing at all

    ack = import_file(a, tmp_path / "receipt.age")
    assert (ack.kind, ack.acknowledged) == ("receipt", 5)
    # Everything is acknowledged now: the next bundle carries nothing.
    assert create_bundle(a, ["Hub"], tmp_path / "a-2.age").records == 0
    # A newer revision travels again.
    a.void(sent[1].uuid, "duplicate interview")
    second = create_bundle(a, ["Hub"], tmp_path / "a-3.age")
    assert second.records == 1
    result = import_file(hub, tmp_path / "a-3.age")
    assert result.updated == 1
    assert hub.submission(sent[1].uuid).status == "void"
    assert result.missing_sequences == [2]  # bundle 2 never reached the hub


def test_hub_sends_back_nothing_it_got_from_the_sender(offices, tmp_path: Path) -> None:
    a, hub = offices("A", "Hub")
    _final(a, 30)
    create_bundle(a, ["Hub"], tmp_path / "b.age")
    import_file(hub, tmp_path / "b.age")
    assert create_bundle(hub, ["A"], tmp_path / "back.age").records == 0


def test_conflict_is_kept_not_overwritten(offices, tmp_path: Path) -> None:
    a, b, hub = offices("A", "B", "Hub")
    uuid = "same-record-0001"
    _final(a, 30, uuid=uuid)
    _final(b, 31, uuid=uuid)  # the same uuid at revision 1 with other content
    create_bundle(a, ["Hub"], tmp_path / "a.age")
    create_bundle(b, ["Hub"], tmp_path / "b.age")
    assert import_file(hub, tmp_path / "a.age").added == 1
    second = import_file(hub, tmp_path / "b.age")
    assert (second.added, second.conflicts) == (0, 1)
    assert hub.submission(uuid).data["age"] == 30  # the first stays
    with hub.reading() as conn:
        (record,) = conn.execute("SELECT record FROM exchange_conflicts").fetchone()
    assert json.loads(record)["data"]["age"] == 31  # the other is kept whole


def test_inspect_names_sender_and_counts_without_importing(offices, tmp_path: Path) -> None:
    a, hub = offices("A", "Hub")
    _final(a, 30)
    _final(a, 31)
    create_bundle(a, ["Hub"], tmp_path / "b.age")
    before = _state(hub)
    info = inspect(hub, tmp_path / "b.age")
    assert (info["sender"], info["records"], info["statuses"]) == ("A", 2, {"final": 2})
    assert info["forms"] == [f"{FORM_ID}@1"]
    assert info["recipients"] == [office_identity(hub).office_id]
    assert hub.count() == 0
    assert _state(hub).keys() == before.keys()


def test_missing_form_travels_with_the_records(offices, tmp_path: Path) -> None:
    (a,) = offices("A")
    (hub,) = offices("Hub2", form=False)
    from lintas.exchange.identity import trust

    trust(a, office_identity(hub).card)
    trust(hub, office_identity(a).card)
    _final(a, 30)
    create_bundle(a, ["Hub2"], tmp_path / "b.age")
    assert import_file(hub, tmp_path / "b.age").added == 1
    assert [f.form_id for f in hub.forms()] == [FORM_ID]


def test_revoked_sender_refused_and_revocation_travels(offices, tmp_path: Path) -> None:
    a, b, hub = offices("A", "B", "Hub")
    _final(b, 30)
    create_bundle(b, ["Hub"], tmp_path / "b.age")
    revoke(hub, "B")
    before = _state(hub)
    with pytest.raises(BundleRejectedError, match="revoked"):
        import_file(hub, tmp_path / "b.age")
    assert _state(hub) == before
    # The hub's next bundle to A tells A that B is revoked.
    _final(hub, 40)
    create_bundle(hub, ["A"], tmp_path / "h.age")
    import_file(a, tmp_path / "h.age")
    (peer_b,) = [p for p in __import__("lintas.exchange.identity").exchange.identity.peers(a)
                 if p.card.name == "B"]  # fmt: skip
    assert peer_b.revoked_at is not None
    with pytest.raises(ExchangeError, match="revoked"):
        create_bundle(a, ["B"], tmp_path / "to-b.age")


def test_audit_head_going_backwards_is_warned(offices, tmp_path: Path) -> None:
    a, hub = offices("A", "Hub")
    _final(a, 30)
    create_bundle(a, ["Hub"], tmp_path / "1.age")
    import_file(hub, tmp_path / "1.age")
    # Pretend the hub saw a later audit head from A than A now has (a restored old copy).
    with hub.writing() as conn:
        conn.execute(
            "UPDATE sync_ledger SET detail = json_set(detail, '$.audit_head.seq', 99999) "
            "WHERE direction = 'in'"
        )
    _final(a, 31)
    create_bundle(a, ["Hub"], tmp_path / "2.age")
    report = import_file(hub, tmp_path / "2.age")
    assert report.added == 1
    assert any("went backwards" in w for w in report.warnings)


def test_conflict_resolved_either_way_keeps_both_versions(offices, tmp_path: Path) -> None:
    from lintas.exchange.conflicts import conflicts, resolve

    a, b, hub = offices("A", "B", "Hub")
    for uuid, (age_a, age_b) in {"c-1": (30, 31), "c-2": (40, 41)}.items():
        _final(a, age_a, uuid=uuid)
        _final(b, age_b, uuid=uuid)
    create_bundle(a, ["Hub"], tmp_path / "a.age")
    create_bundle(b, ["Hub"], tmp_path / "b.age")
    import_file(hub, tmp_path / "a.age")
    assert import_file(hub, tmp_path / "b.age").conflicts == 2
    first, second = conflicts(hub)
    resolve(hub, first.id, "local")
    resolve(hub, second.id, "incoming")
    assert conflicts(hub) == []
    assert hub.submission("c-1").data["age"] == 30
    taken = hub.submission("c-2")
    assert (taken.data["age"], taken.revision) == (41, 2)
    assert [h.data["age"] for h in hub.submission_history("c-2")][:1] == [40]
    with pytest.raises(ExchangeError, match="resolved already"):
        resolve(hub, first.id, "incoming")


def test_three_offices_converge_through_the_hub(offices, tmp_path: Path) -> None:
    a, b, hub = offices("A", "B", "Hub")
    from_a = {_final(a, 20 + i).uuid for i in range(4)}
    from_b = {_final(b, 50 + i).uuid for i in range(3)}
    for name, vault in (("a", a), ("b", b)):
        create_bundle(vault, ["Hub"], tmp_path / f"{name}.age")
        import_file(hub, tmp_path / f"{name}.age", receipt_out=tmp_path / f"{name}-r.age")
        assert import_file(vault, tmp_path / f"{name}-r.age").acknowledged
    assert set(_rows(hub)) == from_a | from_b
    # The hub forwards each office's records to the other; nothing returns to its origin.
    create_bundle(hub, ["A", "B"], tmp_path / "all.age")
    assert import_file(a, tmp_path / "all.age").added == 3
    assert import_file(b, tmp_path / "all.age").added == 4
    assert _rows(a) == _rows(b) == _rows(hub)
    assert import_file(a, tmp_path / "all.age").replayed
    assert {s.office for s in hub.submissions(limit=None)} == {"A", "B"}  # office of origin


def test_an_office_name_with_a_dash_is_found_by_name(offices, tmp_path: Path) -> None:
    # find_peer took the dashes out of the name as it does from an office id, so
    # "Mae-Sot Post" was never found (the self-test's "Self-test Hub" showed it).
    a, _ = offices("A", "Mae-Sot Post")
    _final(a, 30)
    assert create_bundle(a, ["mae-sot post"], tmp_path / "m.age").records == 1
