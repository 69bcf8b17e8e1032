"""Folders and links where files belong (issue 15, point 8): a clear message, never a traceback.

``keys.json`` (or ``keys.json.prev``) replaced by a folder gave "unexpected internal
error (IsADirectoryError)"; ``vault create`` on a dangling symbolic link built the
whole vault, then failed at the final rename with NotADirectoryError.
"""

from __future__ import annotations

import shutil

import pytest

from lintas.cli import main
from lintas.vault import KdfParams, Vault
from lintas.vault.errors import DanglingLinkError, KeyFileIsAFolderError

PASSPHRASE = "correct horse battery"
CHEAP = KdfParams(memory_kib=256, iterations=1, lanes=1)
COMMANDS = [
    ("record", "list"),
    ("vault", "info"),
    ("audit", "verify"),
    ("vault", "backup"),
    ("vault", "passwd"),
]


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(monkeypatch, tmp_path):
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LINTAS_NEW_PASSPHRASE", "another fine passphrase 7")
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP
    )
    vault.close()
    return tmp_path / "v"


def _files(path):
    return sorted((p.name, p.is_dir(), p.stat().st_size if p.is_file() else 0)
                  for p in path.iterdir())  # fmt: skip


@pytest.mark.parametrize("name", ["keys.json", "keys.json.prev"])
@pytest.mark.parametrize("command", COMMANDS, ids=["-".join(c) for c in COMMANDS])
def test_a_key_file_replaced_by_a_folder_exits_4(folder, capsys, tmp_path, name, command):
    (folder / name).unlink()
    (folder / name).mkdir()
    before = _files(folder)
    extra = [tmp_path / "copy"] if command == ("vault", "backup") else []
    code, _out, err = run(capsys, *command, folder, *extra)
    assert code == 4, err
    assert "is a folder" in err and name in err and "internal" not in err
    assert "Move that folder out" in err
    assert _files(folder) == before and not (tmp_path / "copy").exists()


def test_the_vault_opens_again_once_the_folder_is_moved(folder, capsys):
    real = (folder / "keys.json").read_bytes()
    (folder / "keys.json").unlink()
    (folder / "keys.json").mkdir()
    with pytest.raises(KeyFileIsAFolderError):
        Vault.open(folder, user="anan", passphrase=PASSPHRASE)
    (folder / "keys.json").rmdir()
    (folder / "keys.json").write_bytes(real)
    code, _out, err = run(capsys, "record", "list", folder)
    assert code == 0, err


def test_create_on_a_dangling_link_says_so_and_builds_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LINTAS_PASSPHRASE", "a long enough passphrase 12")
    link = tmp_path / "newvault"
    link.symlink_to(tmp_path / "nowhere" / "here")
    code, _out, err = run(capsys, "vault", "create", link, "--office", "X", "--user", "anan")
    assert code == 1 and "symbolic link" in err and "does not exist" in err, err
    assert "internal" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newvault"]  # no staging left
    assert link.is_symlink()
    with pytest.raises(DanglingLinkError):
        Vault.create(link, office="X", user="anan", passphrase=PASSPHRASE, kdf=CHEAP)


def test_create_through_a_link_to_an_empty_folder_makes_the_vault_there(tmp_path):
    (tmp_path / "real").mkdir()
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "real")
    vault, _ = Vault.create(link, office="X", user="anan", passphrase=PASSPHRASE, kdf=CHEAP)
    vault.close()
    assert (tmp_path / "real" / "keys.json").is_file() and link.is_symlink()
    Vault.open(link, user="anan", passphrase=PASSPHRASE).close()
    shutil.rmtree(tmp_path / "real")
