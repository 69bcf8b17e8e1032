"""The regional key and its key file."""

import pytest

from lintas.privacy.errors import KeyFileError
from lintas.privacy.keys import FILE_MAGIC, RegionalKey


def test_generate_write_read_round_trip(tmp_path):
    key = RegionalKey.generate("Mekong pilot")
    path = tmp_path / "region.key"
    key.write(path)
    again = RegionalKey.read(path)
    assert again == key
    assert again.secret == key.secret and again.key_id == key.key_id
    assert (path.stat().st_mode & 0o777) == 0o600
    assert path.read_text().startswith(FILE_MAGIC + "\n")


def test_generated_keys_differ_and_repr_hides_the_secret():
    a, b = RegionalKey.generate(), RegionalKey.generate()
    assert a.secret != b.secret and a.key_id != b.key_id
    assert a.secret.hex() not in repr(a)


def test_every_single_character_change_is_rejected():
    data = RegionalKey.generate("x").to_bytes()
    rejected = 0
    for position in range(len(FILE_MAGIC) + 1, len(data) - 1):
        if data[position : position + 1] in (b"\n", b" ", b":"):
            continue
        changed = bytearray(data)
        changed[position] = ord("A") if changed[position] != ord("A") else ord("B")
        with pytest.raises(KeyFileError):
            RegionalKey.from_bytes(bytes(changed))
        rejected += 1
    assert rejected > 60


@pytest.mark.parametrize("dropped", [5, 20, 60, 100, 150])
def test_truncated_key_file_is_rejected_with_a_message(dropped):
    data = RegionalKey.generate().to_bytes()
    truncated = data[: len(data) - dropped]
    with pytest.raises(KeyFileError, match="cannot be used"):
        RegionalKey.from_bytes(truncated)


def test_not_a_key_file_and_missing_file(tmp_path):
    with pytest.raises(KeyFileError, match="header"):
        RegionalKey.from_bytes(b"PK\x03\x04 a workbook")
    with pytest.raises(KeyFileError, match="not text"):
        RegionalKey.from_bytes(b"\xff\xfe\x00")
    with pytest.raises(KeyFileError, match="Cannot read"):
        RegionalKey.read(tmp_path / "missing.key")


def test_windows_line_endings_are_accepted():
    key = RegionalKey.generate("Dili")
    assert RegionalKey.from_bytes(key.to_bytes().replace(b"\n", b"\r\n")) == key


def test_wrong_secret_length_is_refused():
    with pytest.raises(KeyFileError, match="32 secret bytes"):
        RegionalKey(b"short")
