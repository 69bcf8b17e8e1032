"""Password-protected workbooks: decrypted with msoffcrypto, opened by openpyxl and LibreOffice."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
from export_helpers import ANSWERS, FORM_ID, PASSPHRASE, make_vault

from lintas.export.encrypted import PasswordError
from lintas.export.reader import NotAWorkbookError, read_workbook, verify_workbook
from lintas.export.workbook import ExportOptions, export_workbook

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Lintas ทดสอบ 2026"  # a test password, Thai included
MARKER = "PLAINTEXT-MARKER-4b1d"
SYSTEM_PYTHON = Path("/usr/bin/python3")

# Every file Python opens for writing while _WATCH is on (sys.addaudithook cannot be removed).
_WATCH: list[list[str]] = []


def _audit(event: str, args: tuple) -> None:
    if not _WATCH:
        return
    if event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        mode, flags = args[1], args[2]
        writing = (mode is not None and any(c in str(mode) for c in "wax+")) or (
            isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        )
        if writing:
            _WATCH[-1].append(os.fsdecode(args[0]))
    elif event == "tempfile.mkstemp":
        _WATCH[-1].append(os.fsdecode(args[0]))


sys.addaudithook(_audit)


@pytest.fixture
def vault(tmp_path: Path):
    with make_vault(tmp_path / "vault") as opened:
        opened.save_submission(FORM_ID, {**ANSWERS, "code": MARKER}, status="final")
        opened.save_submission(FORM_ID, {"code": "0012", "age": 20}, status="draft")
        yield opened


def _decrypt(path: Path, password: str) -> io.BytesIO:
    plain = io.BytesIO()
    with open(path, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        assert office.is_encrypted()
        office.load_key(password=password, verify_password=True)
        office.decrypt(plain)
    plain.seek(0)
    return plain


def test_encrypted_workbook_decrypts_and_opens_in_openpyxl(vault, tmp_path):
    out = tmp_path / "secret.xlsx"
    export_workbook(vault, out, ExportOptions(), password=PASSWORD)
    assert out.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE file, not a zip
    book = openpyxl.load_workbook(_decrypt(out, PASSWORD))
    assert book.sheetnames == ["About", "data", "member", "job", "codebook", "choices"]
    header = [c.value for c in book["data"][1]]
    codes = {row[header.index("code")].value for row in book["data"].iter_rows(min_row=2)}
    assert codes == {MARKER, "0012"}
    # The decrypted file is the standard workbook: it verifies and reads back the vault.
    assert "Checksums match for 5 sheets" in verify_workbook(out, PASSWORD)[1]
    back = {r["_uuid"]: r["data"] for r in read_workbook(out, PASSWORD)}
    for submission in vault.submissions(form_id=FORM_ID):
        assert back[submission.uuid] == dict(submission.data)


def test_no_plaintext_is_ever_written_to_disk(vault, tmp_path):
    out = tmp_path / "secret.xlsx"
    _WATCH.append([])
    try:
        export_workbook(vault, out, ExportOptions(), password=PASSWORD)
        written = _WATCH[-1]
    finally:
        _WATCH.clear()
    vault_folder = str(vault.folder)
    outside_vault = {p for p in written if not p.startswith(vault_folder)}
    # Only the destination's temporary name, which receives the encrypted bytes.
    assert len(outside_vault) == 1, outside_vault
    (part,) = outside_vault
    assert Path(part).parent == tmp_path and part.endswith(".part")
    assert MARKER.encode() not in out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.xlsx", "vault"]
    # The unencrypted workbook, for comparison, spools every sheet as a file.
    _WATCH.append([])
    try:
        export_workbook(vault, tmp_path / "plain.xlsx", ExportOptions())
        plain_writes = {p for p in _WATCH[-1] if not p.startswith(vault_folder)}
    finally:
        _WATCH.clear()
    assert len(plain_writes) > 1


def test_wrong_or_missing_password_is_a_clear_error(vault, tmp_path):
    out = tmp_path / "secret.xlsx"
    export_workbook(vault, out, ExportOptions(), password=PASSWORD)
    with pytest.raises(PasswordError, match="The password is wrong"):
        verify_workbook(out, "not it")
    with pytest.raises(NotAWorkbookError, match=r"has a password\. Give it with --password-file"):
        verify_workbook(out)
    vault.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    for command in ("verify", "read"):
        result = _cli("workbook", command, str(out), "--password-file", str(wrong))
        assert result.returncode == 1 and "The password is wrong" in result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""


def test_cli_password_file(vault, tmp_path):
    folder = vault.folder
    vault.close()
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    out = tmp_path / "cli.xlsx"
    result = _cli("export", str(folder), str(out), "--password-file", str(secret))
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(_decrypt(out, PASSWORD))["About"]["A1"].value == "key"
    read = _cli("workbook", "read", str(out), "--password-file", str(secret))
    assert read.returncode == 0 and len(read.stdout.splitlines()) == 2
    # Refused before anything is written: an empty password, a zip format.
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    refused = _cli("export", str(folder), str(tmp_path / "e.xlsx"), "--password-file", str(empty))
    assert refused.returncode == 1 and "The password is empty" in refused.stderr
    zipped = _cli(
        "export", str(folder), str(tmp_path / "s.zip"), "--format", "sav",
        "--password-file", str(secret),
    )  # fmt: skip
    assert zipped.returncode == 1 and "encrypts .xlsx workbooks only" in zipped.stderr
    missing = _cli("export", str(folder), str(tmp_path / "m.xlsx"), "--password-file", "nope")
    assert missing.returncode == 1 and "There is no password file 'nope'" in missing.stderr
    assert not any((tmp_path / n).exists() for n in ("e.xlsx", "s.zip", "m.xlsx"))


def _has_libreoffice_uno() -> bool:
    if shutil.which("soffice") is None or not SYSTEM_PYTHON.exists():
        return False
    check = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True, check=False
    )
    return check.returncode == 0


@pytest.mark.skipif(
    not _has_libreoffice_uno(),
    reason="needs LibreOffice Calc and its UNO bridge (Debian libreoffice-calc, python3-uno)",
)
def test_libreoffice_opens_it_with_the_password_only(vault, tmp_path):
    out = tmp_path / "secret.xlsx"
    export_workbook(vault, out, ExportOptions(status="final"), password=PASSWORD)
    script = Path(__file__).with_name("lo_read_sheet.py")

    def opened(password: str) -> dict:
        result = subprocess.run(
            [str(SYSTEM_PYTHON), str(script), str(out), "data", password, str(tmp_path / "lo")],
            capture_output=True, text=True, timeout=240, check=False,
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    good = opened(PASSWORD)
    header, row = good["rows"]
    assert dict(zip(header, row))["code"] == MARKER
    assert dict(zip(header, row))["age"] == 34
    bad = opened("not it")
    assert "rows" not in bad and bad["error"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PYTHONPATH": str(ROOT / "src"), "LINTAS_PASSPHRASE": PASSPHRASE,
        "PATH": "/usr/bin:/bin", "LINTAS_TEST_WEAK_KDF": "1", "HOME": "/tmp",
    }  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "lintas", *args], capture_output=True, text=True, env=env,
        check=False,
    )  # fmt: skip
