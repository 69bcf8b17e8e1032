"""Issue 15 points 8 and 9: read-only opens write nothing; read-only media and full disks.

The media tests mount a real tmpfs (remounted read-only, or filled until ENOSPC) because
the suite runs as root in CI, where chmod does not stop root from writing. They need
root and mount(8); without them they are skipped with that reason, and the first test
still proves on an ordinary folder that a read-only open writes nothing.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lintas.cli import main
from lintas.vault import KdfParams, Vault

PASSPHRASE = "correct horse battery"
CHEAP = KdfParams(memory_kib=256, iterations=1, lanes=1)
FORM = """
| survey |
|        | type    | name    | label | required |
|        | integer | age     | Age   | yes      |
|        | text    | remarks | Notes |          |
| settings |
|          | form_id | version |
|          | ro_v    | 1       |
"""


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def make_vault(folder: Path, records: int = 3) -> Path:
    vault, _ = Vault.create(folder, office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP)
    with vault:
        vault.install_form(FORM.encode(), filename="ro.md")
        for age in range(20, 20 + records):
            vault.save_submission("ro_v", {"age": age, "remarks": "ok"}, status="final")
    return folder


def state(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file's size, mtime (ns) and bytes, and the folder's own mtime, which moves
    when a file is made or removed in it (SQLite's -wal/-shm come and go on close)."""
    files = {
        p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.iterdir())
    }
    return {**files, ".": (0, folder.stat().st_mtime_ns, b"")}


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)


def test_read_only_commands_write_nothing_in_the_folder(env, tmp_path, capsys):
    folder = make_vault(tmp_path / "v")
    before = state(folder)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)
    code, out, _ = run(capsys, "record", "list", folder, "--json")
    assert code == 0 and len(json.loads(out)) == 3
    assert run(capsys, "record", "show", folder, json.loads(out)[0]["uuid"])[0] == 0
    assert run(capsys, "audit", "verify", folder)[0] == 0
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True) as vault:
        vault.backup(tmp_path / "copy")
        assert vault.count() == 3
    assert state(folder) == before  # same names (no -wal/-shm), sizes, mtimes, bytes


def test_a_writer_still_waits_for_nothing_but_a_reader_sees_its_saves(env, tmp_path):
    # With a writer open, a read-only open takes SQLite's ordinary shared path and sees
    # every committed save (an immutable read would miss the writer's log).
    folder = make_vault(tmp_path / "v")
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as writer:
        writer.save_submission("ro_v", {"age": 40}, status="final")
        with Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True) as reader:
            assert reader.count() == 4


def _can_mount() -> bool:
    """Whether this machine lets us mount a tmpfs: tried once, for real (root alone is
    not enough in a container without the mount capability)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    with tempfile.TemporaryDirectory() as probe:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe],
                              check=False, capture_output=True)  # fmt: skip
        if done.returncode != 0:
            return False
        subprocess.run(["umount", "-l", probe], check=False)
    return True


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        check=False,
        capture_output=True,
    )
    # needs_mount mounted one already, so a failure here is a real one, never a skip.
    if result.returncode != 0:
        pytest.fail(f"could not mount a tmpfs: {result.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs root to mount a tmpfs")


@needs_mount
def test_vault_on_read_only_media(env, tmp_path, capsys):
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        folder = make_vault(mnt / "v")
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        with pytest.raises(OSError) as denied:  # root really cannot write there
            (mnt / "probe").write_text("x")
        assert denied.value.errno == errno.EROFS
        before = state(folder)
        code, out, err = run(capsys, "record", "list", folder, "--json")
        assert (code, err) == (0, "") and len(json.loads(out)) == 3
        code, out, _ = run(capsys, "audit", "verify", folder)
        assert code == 0 and "intact" in out
        code, out, err = run(capsys, "vault", "backup", folder, tmp_path / "copy")
        assert code == 0, err
        with Vault.open(tmp_path / "copy", user="anan", passphrase=PASSPHRASE) as copy:
            assert copy.count() == 3
        # Changing it says why it cannot, not "unexpected internal error (errno 30)".
        code, _, err = run(
            capsys, "record", "add", folder, "--form", "ro_v", "--json", _answers(tmp_path)
        )
        assert code == 1 and "unexpected" not in err
        assert "cannot be written" in err and "copy the vault to a writable disk" in err
        assert state(folder) == before


@needs_mount
def test_backup_and_reads_work_from_a_full_disk(env, tmp_path, capsys):
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        folder = make_vault(mnt / "v", records=20)
        filler = mnt / "filler"
        with open(filler, "wb") as handle, pytest.raises(OSError) as full:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
                os.fsync(handle.fileno())
        assert full.value.errno == errno.ENOSPC
        before = state(folder)
        code, out, err = run(capsys, "record", "list", folder, "--json")
        assert (code, err) == (0, "") and len(json.loads(out)) == 20
        assert run(capsys, "audit", "verify", folder)[0] == 0
        assert state(folder) == before
        code, _, err = run(capsys, "vault", "backup", folder, tmp_path / "copy")
        assert code == 0, err
        with Vault.open(tmp_path / "copy", user="anan", passphrase=PASSPHRASE) as copy:
            assert copy.count() == 20
        # backup first tries a writable open (to audit the copy); on the full disk that
        # fails at its first write. It once left SQLite's empty -wal and a 3-byte -shm
        # behind; now every file is as it was, and no other file is there (only the
        # folder's mtime moves: the failed open made and removed them).
        after = state(folder)
        assert {k: v for k, v in after.items() if k != "."} == {
            k: v for k, v in before.items() if k != "."
        }
        # A failed writable open of any command leaves nothing either.
        code, _, err = run(
            capsys, "record", "add", folder, "--form", "ro_v", "--json", _answers(tmp_path)
        )
        assert code == 1 and "unexpected" not in err, err
        after = state(folder)
        assert {k: v for k, v in after.items() if k != "."} == {
            k: v for k, v in before.items() if k != "."
        }


def _answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    path.write_text('{"age": 30}')
    return path
