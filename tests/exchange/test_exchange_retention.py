"""Retention: a supervisor purges records another office acknowledged, after N days;
audited, never automatic, never a draft, an unacknowledged revision or a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_exchange_roundtrip import _final, _state
from vault_helpers import FORM_ID, valid_answers

from lintas.exchange.bundles import create_bundle, import_file
from lintas.exchange.errors import ExchangeError
from lintas.exchange.identity import revoke
from lintas.exchange.retention import purge_acknowledged

LATER = "2099-01-01T00:00:00.000000Z"  # a clock far past every record's last change


@pytest.fixture
def acknowledged(offices, tmp_path: Path):
    """A sent three final records and a draft; the hub's receipt acknowledged the three."""
    a, hub, b = offices("A", "Hub", "B")
    sent = [_final(a, age) for age in (20, 30, 40)]
    draft = a.save_submission(FORM_ID, valid_answers(age=50))
    create_bundle(a, ["Hub"], tmp_path / "a.age")
    import_file(hub, tmp_path / "a.age", receipt_out=tmp_path / "receipt.age")
    assert import_file(a, tmp_path / "receipt.age").acknowledged == 3
    return a, hub, b, sent, draft


def test_purge_removes_only_acknowledged_old_records_and_audits(acknowledged, tmp_path) -> None:
    a, _hub, _b, sent, draft = acknowledged
    a.update_submission(sent[2].uuid, valid_answers(age=41), status="final")  # not acked
    assert purge_acknowledged(a, 30).records == 0  # nothing is 30 days old yet
    a._clock = lambda: LATER
    before = _state(a)
    planned = purge_acknowledged(a, 90, dry_run=True)
    assert (planned.records, planned.dry_run) == (2, True)
    assert _state(a) == before  # a dry run writes nothing
    done = purge_acknowledged(a, 90)
    assert done.records == 2 and done.records_sha256 == planned.records_sha256
    left = {s.uuid for s in a.submissions(limit=None)}
    assert left == {sent[2].uuid, draft.uuid}
    assert a.submission_history(sent[0].uuid) == []
    entry = max(
        (e for e in a.audit_entries() if e.action == "retention.purge"), key=lambda e: e.seq
    )
    assert entry.detail["records"] == 2 and entry.detail["older_than_days"] == 90
    assert a.audit_verify().ok
    # The purged records are not sent again; the newer revision is.
    again = create_bundle(a, ["Hub"], tmp_path / "a-2.age")
    assert again.records == 1


def test_only_receipts_of_trusted_offices_count(acknowledged) -> None:
    a, _hub, _b, _sent, _draft = acknowledged
    a._clock = lambda: LATER
    assert purge_acknowledged(a, 1, by="B", dry_run=True).records == 0
    assert purge_acknowledged(a, 1, by="Hub", dry_run=True).records == 3
    revoke(a, "Hub")
    assert purge_acknowledged(a, 1, dry_run=True).records == 0
    with pytest.raises(ExchangeError, match="revoked"):
        purge_acknowledged(a, 1, by="Hub")
    with pytest.raises(ExchangeError, match="whole days"):
        purge_acknowledged(a, 0)


def test_purge_from_the_command_line(tmp_path: Path) -> None:
    from test_exchange_cli import _vault, lintas

    a, hub = _vault(tmp_path, "A"), _vault(tmp_path, "Hub")
    lintas("office", "card", str(a), str(tmp_path / "a.card"))
    lintas("office", "card", str(hub), str(tmp_path / "hub.card"))
    lintas("office", "trust", str(a), str(tmp_path / "hub.card"), "--yes")
    lintas("office", "trust", str(hub), str(tmp_path / "a.card"), "--yes")
    lintas("bundle", "create", str(a), "--to", "Hub", str(tmp_path / "b.age"))
    lintas("bundle", "import", str(hub), str(tmp_path / "b.age"), "--receipt",
           str(tmp_path / "r.age"))  # fmt: skip
    lintas("bundle", "import", str(a), str(tmp_path / "r.age"))
    young = lintas("bundle", "purge", str(a), "--older-than", "30", "--dry-run")
    assert young.stdout.startswith("0 records were acknowledged")
    # Records made just now are not old: a purge with --yes removes nothing, and a
    # purge without a terminal and without --yes never removes anything.
    assert "0 records" in lintas("bundle", "purge", str(a), "--older-than", "1", "--yes").stdout
    bad = lintas("bundle", "purge", str(a), "--older-than", "0", check=1)
    assert "whole days" in bad.stderr
