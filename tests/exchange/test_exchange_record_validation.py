"""A trusted peer's records go through the form engine like ``record add`` (issue 15, point 1).

The signature only proves who sent a record, not that it fits its form: a buggy or
compromised office could sign a record that holds an identifier, a value worked out
from one, a key that is no field, a wrong type or NaN. Each attack below is a bundle
re-signed with the real sender's key; each must be refused whole, naming the record
and the field, with nothing written (no record, no form, no ledger row).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bundle_tools import pieces, plain, repacked_segment, to, unpacked, value

from lintas.exchange import format as fmt
from lintas.exchange.bundles import create_bundle, import_file, inspect
from lintas.exchange.errors import BundleRejectedError
from lintas.exchange.identity import office_identity
from lintas.privacy.entry import save_answers
from lintas.vault.submissions import content_hash, data_json

SURVEY = Path(__file__).resolve().parents[2] / "forms" / "asean_migrant_worker_survey.xlsx"
FORM = """
| survey |
|        | type           | name      | label | privacy    | calculation          |
|        | begin_group    | grp       | G     |            |                      |
|        | text           | passport  | P     | identifier |                      |
|        | select_one sex | sex       | Sex   |            |                      |
|        | integer        | age       | Age   |            |                      |
|        | decimal        | income    | Inc   |            |                      |
|        | end_group      |           |       |            |                      |
|        | note           | hello     | Hi    |            |                      |
|        | calculate      | tag       |       |            | concat('P', ${passport}) |
|        | begin_repeat   | member    | M     |            |                      |
|        | text           | m_name    | Name  | identifier |                      |
|        | integer        | m_age     | Age   |            |                      |
|        | end_repeat     |           |       |            |                      |
| choices |
|         | list_name | name   | label  |
|         | sex       | female | Female |
|         | sex       | male   | Male   |
| settings |
|          | form_id | version |
|          | attack_v | 1      |
"""


def _records_block(blocks: list[bytes]) -> int:
    return next(i for i, b in enumerate(blocks) if value(b).get("records"))


def _first_uuid(hub, path: Path) -> str:
    _, blocks = pieces(plain(hub, path))
    return value(blocks[_records_block(blocks)])["records"][0][0]


def _resigned(
    sender,
    hub,
    path: Path,
    change: Callable[[dict[str, Any]], None],
    *,
    raw: bool = False,
    rehash: bool = True,
) -> Path:
    """The bundle at ``path`` with its first record changed and signed again by ``sender``.

    ``raw``: the record line is written by hand (json.dumps allows NaN, the canonical
    encoder of a well-behaved sender would not). ``rehash=False``: the record keeps
    the sha256 of its old answers (in its line and in the signed segment line).
    """
    magic, blocks = pieces(plain(hub, path))
    at = _records_block(blocks)
    items = unpacked(blocks[at])
    record = items[0]["record"]
    change(record["data"])
    if rehash:
        record["sha256"] = content_hash(
            record["form_id"], record["form_version"], _hash_text(record["data"]),
            record["pseudonym"],
        )  # fmt: skip
    key = office_identity(sender).signing
    if raw:
        lines = [json.dumps(item, sort_keys=True).encode() + b"\n" for item in items]
        data = fmt.pack(lines)
        entries = [[i["record"]["uuid"], i["record"]["revision"], i["record"]["sha256"]]
                   for i in items]  # fmt: skip
        old = value(blocks[at])
        where = {"bundle_id": old["bundle_id"], "part": old["part"], "index": old["index"]}
        blocks[at] = fmt.segment_block(magic, key, entries=entries, payload=data, **where)
    else:
        blocks[at] = repacked_segment(magic, blocks[at], items, key)
    return to(hub, magic + b"".join(blocks), path.with_name("attack.age"))


def _hash_text(data: dict[str, Any]) -> str:
    try:
        return data_json(data)
    except ValueError:  # NaN: hash what a sender that allows it would have hashed
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _everything(vault) -> dict[str, Any]:
    """Every row of every table (decrypted), to show that a refusal wrote nothing."""
    with vault.reading() as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT * FROM "{n}"').fetchall() for n in names}


@pytest.fixture
def sent(offices, tmp_path: Path):
    """A and the hub trust each other; A sends two valid final records of attack_v."""
    a, hub = offices("A", "Hub", form=False)
    a.install_form(FORM.encode(), filename="attack.md")
    for age in (30, 40):
        save_answers(a, "attack_v", {"sex": "female", "age": age}, status="final")
    path = tmp_path / "a.age"
    create_bundle(a, ["Hub"], path)
    return a, hub, path


def test_the_unchanged_bundle_imports(sent) -> None:
    _a, hub, path = sent
    assert import_file(hub, path).added == 2


ATTACKS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("identifier", lambda d: d.update(passport="MA1234567"), "passport"),
    ("derived", lambda d: d.update(tag="PMA1234567"), "tag"),
    ("group key", lambda d: d.update(grp={"passport": "MA1234567"}), "grp"),
    ("note", lambda d: d.update(hello="MA1234567"), "hello"),
    ("unknown key", lambda d: d.update(nosuch="MA1234567"), "nosuch"),
    ("repeat identifier", lambda d: d.update(member=[{"m_name": "KYAW77", "m_age": 3}]), "m_name"),
    ("wrong type", lambda d: d.update(age="thirty"), "age"),
    ("choice not offered", lambda d: d.update(sex="robot"), "sex"),
    ("object value", lambda d: d.update(age={"passport": "MA1234567"}), "age"),
]


@pytest.mark.parametrize(("name", "change", "field"), ATTACKS, ids=[a[0] for a in ATTACKS])
def test_a_trusted_peer_cannot_sign_its_way_past_the_form(sent, name, change, field) -> None:
    a, hub, path = sent
    uuid = _first_uuid(hub, path)
    attack = _resigned(a, hub, path, change)
    before = _everything(hub)
    with pytest.raises(BundleRejectedError) as caught:
        import_file(hub, attack)
    message = str(caught.value)
    assert uuid in message and f"'{field}'" in message, message
    assert "Nothing was imported" in message
    assert _everything(hub) == before  # no record, no form, no ledger row, no audit entry
    assert hub.forms() == []


def test_nan_is_refused(sent) -> None:
    a, hub, path = sent
    attack = _resigned(a, hub, path, lambda d: d.update(income=float("nan")), raw=True)
    before = _everything(hub)
    with pytest.raises(BundleRejectedError) as caught:
        import_file(hub, attack)
    assert "income" in str(caught.value) or "NaN" in str(caught.value), caught.value
    assert _everything(hub) == before


@pytest.mark.parametrize(
    "change",
    [lambda d: d.update(age=31), lambda d: d.update(passport="MA1234567")],
    ids=["valid answers", "an identifier too"],
)
def test_answers_that_do_not_hash_to_their_signed_sha256_are_refused(sent, change) -> None:
    """Signed by the sender, but the answers are not those its sha256 names. The import's
    checker hashes the answers (the first pass leaves that check to it); inspect, which
    has no checker, still finds it in the reading itself."""
    a, hub, path = sent
    uuid = _first_uuid(hub, path)
    attack = _resigned(a, hub, path, change, rehash=False)
    before = _everything(hub)
    with pytest.raises(BundleRejectedError) as caught:
        import_file(hub, attack)
    message = str(caught.value)
    assert uuid in message and "Nothing was imported" in message, message
    if "passport" not in message:
        assert "does not match the signed manifest" in message, message
    assert _everything(hub) == before
    with pytest.raises(BundleRejectedError, match="does not match the signed manifest"):
        inspect(hub, attack)


def test_the_reported_attack_on_the_shipped_survey(offices, tmp_path: Path) -> None:
    """document_number nested under the survey's 'background' group, from a trusted peer."""
    a, hub = offices("A", "Hub", form=False)
    a.install_form(SURVEY.read_bytes(), filename=SURVEY.name)
    save_answers(a, "asean_mw_survey", {"consent": "yes"}, status="draft")
    uuid = a.submissions()[0].uuid
    a.void(uuid, "entered twice")  # a void record travels, whatever its answers
    path = tmp_path / "survey.age"
    create_bundle(a, ["Hub"], path)
    nested = {"document_number": "X99", "respondent_name": "NAME99"}
    for change, field in (
        (lambda d: d.update(background=nested), "background"),
        (lambda d: d.update(document_number="X99"), "document_number"),
    ):
        attack = _resigned(a, hub, path, change)
        with pytest.raises(BundleRejectedError) as caught:
            import_file(hub, attack)
        assert uuid in str(caught.value) and f"'{field}'" in str(caught.value), caught.value
        assert hub.count() == 0 and hub.forms() == []
    assert import_file(hub, path).added == 1
