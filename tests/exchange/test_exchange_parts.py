"""A bundle split into parts (--max-size): every part a complete signed age file, imported
in any order, and the records commit only when every part is there."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

import pytest
from bundle_tools import pieces, plain, to, value
from test_exchange_roundtrip import _rows, _state
from vault_helpers import FORM_ID, valid_answers

from lintas.exchange import format as fmt
from lintas.exchange.bundles import (
    BundleIncompleteError,
    create_bundle,
    import_file,
    inspect,
    parse_size,
)
from lintas.exchange.errors import BundleRejectedError, ExchangeError

PART = 96 * 1024


@pytest.fixture
def split(offices, tmp_path: Path):
    """A's 40 records (hardly compressible remarks) in parts of at most 96 KiB."""
    a, hub = offices("A", "Hub")
    for n in range(40):
        remarks = secrets.token_urlsafe(6_000)
        a.save_submission(FORM_ID, valid_answers(age=20 + n, remarks=remarks), status="final")
    out = tmp_path / "send" / "a.age"
    out.parent.mkdir()
    made = create_bundle(a, ["Hub"], out, max_size=PART)
    return a, hub, made


def test_parts_are_small_complete_and_signed(split) -> None:
    _a, hub, made = split
    assert len(made.parts) >= 3 and made.records == 40
    assert [p.name for p in made.parts] == [f"a.part{n}.age" for n in range(1, len(made.parts) + 1)]
    assert not (made.parts[0].parent / "a.age").exists()
    seen = 0
    for number, path in enumerate(made.parts, start=1):
        assert path.stat().st_size <= PART
        _magic, blocks = pieces(plain(hub, path))  # each part decrypts on its own
        header, end = value(blocks[0]), value(blocks[-1])
        assert (header["part"], end["part"], end["last"]) == (
            number,
            number,
            number == len(made.parts),
        )
        assert header["bundle_id"] == made.bundle_id
        info = inspect(hub, path)
        assert info["part"] == number and info["last_part"] == (number == len(made.parts))
        seen += info["records"]
    assert seen == 40


def test_parts_import_in_any_order_and_only_when_all_are_there(split, tmp_path) -> None:
    a, hub, made = split
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    last = made.parts[-1]
    shutil.copy(last, inbox)
    before = _state(hub)
    with pytest.raises(BundleIncompleteError) as caught:
        import_file(hub, inbox / last.name)
    missing = list(range(1, len(made.parts)))
    assert caught.value.missing == missing
    assert "part 1, 2" in str(caught.value) and "Nothing was imported" in str(caught.value)
    assert _state(hub) == before and hub.count() == 0
    # The first part alone: the parts after it are named as missing too.
    shutil.copy(made.parts[0], inbox)
    shutil.copy(made.parts[1], inbox)
    for path in made.parts[2:-1]:
        shutil.copy(path, inbox)
    (inbox / made.parts[1].name).unlink()
    with pytest.raises(BundleIncompleteError, match="part 2 is not here"):
        import_file(hub, inbox / made.parts[0].name)
    assert _state(hub) == before
    # Every part there, the import started from a middle one: all records, once.
    shutil.copy(made.parts[1], inbox)
    report = import_file(hub, inbox / made.parts[1].name)
    assert (report.added, report.parts, report.records) == (40, len(made.parts), 40)
    assert set(_rows(hub)) == set(_rows(a))
    again = import_file(hub, inbox / made.parts[-1].name)
    assert again.replayed and hub.count() == 40


def test_parts_named_explicitly_from_different_folders(split, tmp_path) -> None:
    _, hub, made = split
    places = []
    for number, path in enumerate(reversed(made.parts)):
        folder = tmp_path / f"mail{number}"
        folder.mkdir()
        places.append(Path(shutil.copy(path, folder / f"attachment{number}.age")))
    assert import_file(hub, places).added == 40


def test_no_last_part_is_named_as_missing(split, tmp_path) -> None:
    _, hub, made = split
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in made.parts[:-1]:
        shutil.copy(path, inbox)
    with pytest.raises(BundleIncompleteError, match="the last part"):
        import_file(hub, inbox / made.parts[0].name)
    assert hub.count() == 0


def test_a_part_from_another_bundle_does_not_complete_this_one(split, tmp_path) -> None:
    a, hub, made = split
    a.save_submission(FORM_ID, valid_answers(age=70, remarks=secrets.token_urlsafe(6_000)),
                      status="final")  # fmt: skip
    other = create_bundle(a, ["Hub"], tmp_path / "other.age", max_size=PART)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in made.parts[1:]:
        shutil.copy(path, inbox)
    shutil.copy(other.parts[0], inbox / "a.part1.age")  # same name, other bundle
    with pytest.raises(BundleIncompleteError, match="part 1 is not here"):
        import_file(hub, inbox / "a.part2.age")


def test_a_part_edited_to_claim_another_number_is_refused(split, tmp_path) -> None:
    _, hub, made = split
    magic, blocks = pieces(plain(hub, made.parts[1]))

    # An attacker (who can encrypt to the hub) changes the header's part number: the
    # signature breaks. A copy of part 2 offered as part 1 is likewise refused.
    changed = fmt.canonical(dict(value(blocks[0]), part=1)) + b"\n" + blocks[0].split(b"\n")[1]
    forged = to(hub, magic + changed + b"\n" + b"".join(blocks[1:]), tmp_path / "f.age")
    with pytest.raises(BundleRejectedError, match="signature"):
        import_file(hub, forged)


def test_max_size_too_small_and_sizes_parsed() -> None:
    assert parse_size("20M") == 20 * 1024**2
    assert parse_size("512k") == 512 * 1024
    assert parse_size("1GiB") == 1024**3
    for bad in ("twenty", "10", "-5M"):
        with pytest.raises(ExchangeError):
            parse_size(bad)


def test_a_record_larger_than_a_part_is_a_clear_error(offices, tmp_path) -> None:
    a, _ = offices("A", "Hub")
    a.save_submission(FORM_ID, valid_answers(remarks=secrets.token_urlsafe(14_000)),
                      status="final")  # fmt: skip
    with pytest.raises(ExchangeError, match="too small"):
        create_bundle(a, ["Hub"], tmp_path / "x.age", max_size=16 * 1024 + 64 * 1024 - 70_000)
    with pytest.raises(ExchangeError, match="max-size"):
        create_bundle(a, ["Hub"], tmp_path / "x.age", max_size=8 * 1024)
    assert list(tmp_path.glob("*.age")) == [] and list(tmp_path.glob(".*partial")) == []
