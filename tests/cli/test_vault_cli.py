"""The vault's command line: vault, form install, record and audit commands, exit codes."""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lintas.cli import main
from lintas.vault import KdfParams, Vault

PASSPHRASE = "correct horse battery"
CHEAP = KdfParams(memory_kib=256, iterations=1, lanes=1)
FORM = """
| survey |
|        | type           | name      | label | required | constraint | privacy    |
|        | text           | full_name | Name  |          |            | identifier |
|        | integer        | age       | Age   | yes      | . >= 15    | quasi      |
|        | select_one sex | sex       | Sex   | yes      |            |            |
|        | text           | remarks   | Notes |          |            |            |
| choices |
|         | list_name | name   | label  |
|         | sex       | female | Female |
|         | sex       | male   | Male   |
| settings |
|          | form_id | version |
|          | cli_v   | 3       |
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("LINTAS_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("LINTAS_RECOVERY_KEY", raising=False)
    form = tmp_path / "form.md"
    form.write_text(FORM, encoding="utf-8")
    return tmp_path, form


@pytest.fixture
def vault_path(env):
    tmp_path, _ = env
    vault, recovery = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP
    )
    vault.close()
    (tmp_path / "recovery.txt").write_text(recovery + "\n")
    return tmp_path / "v"


def test_create_prints_the_recovery_key_once_and_refuses_to_overwrite(env, capsys):
    tmp_path, _ = env
    code, out, _ = run(
        capsys,
        "vault",
        "create",
        tmp_path / "new",
        "--office",
        "Poipet",
        "--user",
        "dara",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert len(data["recovery_key"].split("-")) == 8
    Vault.open_with_recovery_key(tmp_path / "new", data["recovery_key"]).close()
    code, _, err = run(
        capsys, "vault", "create", tmp_path / "new", "--office", "X", "--user", "dara"
    )
    assert code == 1 and "already exists" in err


def test_create_without_a_passphrase_names_the_options_it_takes(env, capsys, monkeypatch):
    tmp_path, _ = env
    monkeypatch.delenv("LINTAS_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # a script, not a terminal
    argv = ("vault", "create", tmp_path / "new", "--office", "Poipet", "--user", "dara")
    code, _, err = run(capsys, *argv)
    assert code == 1 and "--passphrase-file" in err and "LINTAS_PASSPHRASE" in err
    assert "--new-passphrase-file" not in err  # create has no such option
    assert not (tmp_path / "new").exists()


def test_create_with_a_mistyped_escrow_key_is_a_user_error(env, capsys):
    tmp_path, _ = env
    argv = ("vault", "create", tmp_path / "new", "--office", "Poipet", "--user", "dara")
    code, _, err = run(capsys, *argv, "--escrow", "age1notakey")
    assert code == 1 and "'age1notakey' is not an age public key" in err
    assert "internal error" not in err
    assert list(tmp_path.glob("*new*")) == []


def test_text_that_is_not_utf8_gets_a_message_not_an_internal_error(
    vault_path, capsys, monkeypatch, tmp_path
):
    latin = tmp_path / "passphrase.txt"
    latin.write_bytes("correct horse battery \xe9".encode("latin-1"))
    code, _, err = run(capsys, "vault", "info", vault_path, "--passphrase-file", latin)
    assert code == 1 and "is not UTF-8 text" in err
    monkeypatch.setenv("LINTAS_PASSPHRASE", "correct horse \udcff")  # raw byte 0xff
    code, _, err = run(capsys, "vault", "info", vault_path)
    assert code == 1 and "not valid UTF-8" in err and "internal error" not in err
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    answers = tmp_path / "answers.json"
    answers.write_bytes(b'{"remarks": "\xff"}')
    code, _, err = run(capsys, "record", "add", vault_path, "--form", "cli_v", "--json", answers)
    assert code == 1 and "not UTF-8 text" in err


def test_info_reads_plainly_for_people(vault_path, capsys):
    code, out, _ = run(capsys, "vault", "info", vault_path)
    assert code == 0
    assert "users: anan (supervisor)" in out and "submissions: draft 0, final 0, void 0" in out
    assert "{" not in out and "[" not in out


def test_create_refuses_an_empty_office_name(env, capsys):
    tmp_path, _ = env
    code, _, err = run(capsys, "vault", "create", tmp_path / "new", "--office", " ", "--user", "d")
    assert code == 1 and "office name is empty" in err
    assert not (tmp_path / "new").exists()
    assert [p.name for p in tmp_path.iterdir() if "creating" in p.name] == []


def test_exit_codes_for_opening_failures(vault_path, capsys, monkeypatch):
    code, _, err = run(capsys, "vault", "info", vault_path.parent / "missing")
    assert code == 1 and "There is no vault" in err
    code, _, err = run(capsys, "vault", "info", vault_path.parent)
    assert code == 1 and "not a Lintas vault" in err
    code, _, err = run(capsys, "vault", "info", vault_path, "--user", "nobody")
    assert code == 3 and "no user called 'nobody'" in err
    monkeypatch.setenv("LINTAS_PASSPHRASE", "wrong passphrase")
    code, _, err = run(capsys, "vault", "info", vault_path)
    assert code == 3 and "Wrong passphrase" in err and "Traceback" not in err
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    db = vault_path / "vault.db"
    data = bytearray(db.read_bytes())
    data[300] ^= 4
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "vault", "info", vault_path)
    assert code == 4 and "tampered" in err


def test_passphrase_file_option(vault_path, capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("LINTAS_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    code, out, _ = run(capsys, "vault", "info", vault_path, "--passphrase-file", secret, "--json")
    assert code == 0 and json.loads(out)["office"] == "Mae Sot"


def test_records_from_install_to_void(vault_path, env, capsys, monkeypatch):
    tmp_path, form = env
    assert run(capsys, "form", "install", vault_path, form)[0] == 0
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"age": 31, "sex": "male", "remarks": "ok"}))
    code, out, _ = run(capsys, "record", "add", vault_path, "--form", "cli_v", "--json", answers)
    assert code == 0
    draft = json.loads(out)
    assert draft["status"] == "draft" and draft["data"]["age"] == 31
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"age": 12, "sex": "female"})))
    code, _, err = run(
        capsys, "record", "add", vault_path, "--form", "cli_v", "--json", "-", "--final"
    )
    assert code == 1 and "age" in err
    # An identifier becomes the pseudonym and is not stored, as in the app (issue 15).
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"age": 40, "full_name": "X Y"})))
    code, out, err = run(capsys, "record", "add", vault_path, "--form", "cli_v")
    assert code == 0 and "full_name" in err and "not stored" in err
    assert "full_name" not in json.loads(out)["data"] and json.loads(out)["pseudonym"]
    assert run(capsys, "record", "finalise", vault_path, draft["uuid"])[0] == 0
    code, _, err = run(capsys, "record", "void", vault_path, draft["uuid"], "--reason", "twice")
    assert code == 0
    code, out, _ = run(capsys, "record", "show", vault_path, draft["uuid"], "--history", "--json")
    shown = json.loads(out)
    assert shown["status"] == "void" and [h["revision"] for h in shown["history"]] == [1, 2]
    code, out, _ = run(capsys, "record", "list", vault_path, "--status", "void", "--json")
    assert [r["uuid"] for r in json.loads(out)] == [draft["uuid"]]
    code, out, _ = run(capsys, "audit", "verify", vault_path, "--json")
    assert code == 0 and json.loads(out)["ok"]


def test_answers_that_are_not_a_json_object_are_named_by_where_they_came_from(
    vault_path, env, capsys, monkeypatch
):
    tmp_path, form = env
    assert run(capsys, "form", "install", vault_path, form)[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("age=31"))
    code, _, err = run(capsys, "record", "add", vault_path, "--form", "cli_v")
    assert code == 1 and "answers on standard input are not valid JSON" in err
    listed = tmp_path / "list.json"
    listed.write_text("[31]")
    code, _, err = run(capsys, "record", "add", vault_path, "--form", "cli_v", "--json", listed)
    assert code == 1 and f"answers in '{listed}' must be one JSON object" in err


def test_list_dates_are_checked_and_offsets_honoured(vault_path, env, capsys):
    tmp_path, form = env
    assert run(capsys, "form", "install", vault_path, form)[0] == 0
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"age": 31, "sex": "male"}))
    code, out, _ = run(capsys, "record", "add", vault_path, "--form", "cli_v", "--json", answers)
    created = datetime.fromisoformat(json.loads(out)["created_at"])
    with pytest.raises(SystemExit) as usage:
        run(capsys, "record", "list", vault_path, "--since", "28/11/2026")
    assert usage.value.code == 2 and "not an ISO 8601 date" in capsys.readouterr().err
    # The same instant written in Bangkok time (+07:00) must select the same records.
    bangkok = timezone(timedelta(hours=7))
    before = (created - timedelta(seconds=1)).astimezone(bangkok).isoformat()
    after = (created + timedelta(seconds=1)).astimezone(bangkok).isoformat()
    for flag, moment, expected in [("--since", before, 1), ("--since", after, 0)]:
        code, out, _ = run(capsys, "record", "list", vault_path, flag, moment, "--json")
        assert code == 0 and len(json.loads(out)) == expected, (flag, moment)
    code, out, _ = run(capsys, "record", "list", vault_path, "--until", after, "--json")
    assert len(json.loads(out)) == 1


def test_audit_verify_reports_the_first_broken_link(vault_path, capsys):
    with Vault.open(vault_path, user="anan", passphrase=PASSPHRASE) as vault:
        vault.log("export", "a.xlsx")
        vault.log("export", "b.xlsx")
        vault.conn.execute("UPDATE audit SET subject = 'c.xlsx' WHERE seq = 3")
    code, out, _ = run(capsys, "audit", "verify", vault_path)
    assert code == 4 and "broken at entry 3" in out


def test_audit_verify_reports_a_damaged_page_the_chain_never_reads(vault_path, capsys):
    with Vault.open(vault_path, user="anan", passphrase=PASSPHRASE) as vault:
        vault.install_form(FORM.encode(), filename="form.md")
        for age in range(20, 60):
            vault.save_submission("cli_v", {"age": age, "sex": "male", "remarks": "x" * 1500})
    database = vault_path / "vault.db"
    pristine = database.read_bytes()
    for page in reversed(range(1, len(pristine) // 4096)):
        flipped = bytearray(pristine)
        flipped[page * 4096 + 2000] ^= 1
        database.write_bytes(bytes(flipped))
        with Vault.open(vault_path, user="anan", passphrase=PASSPHRASE, read_only=True) as v:
            if v.audit_verify().ok:
                break  # a page the chain itself does not touch
    else:
        pytest.fail("every damaged page broke the chain; nothing left to prove")
    code, out, err = run(capsys, "audit", "verify", vault_path)
    assert code == 4
    assert "intact" not in out and "damaged" in out + err
    assert "Traceback" not in out + err


def test_backup_is_audited_and_still_works_while_the_vault_is_open(vault_path, capsys, tmp_path):
    assert run(capsys, "vault", "backup", vault_path, tmp_path / "copy1")[0] == 0
    with Vault.open(vault_path, user="anan", passphrase=PASSPHRASE) as holder:
        actions = [entry.action for entry in holder.audit_entries(10)]
        assert actions.count("vault.backup") == 1
        # The writer lock is taken: the copy is made read-only, and still made.
        assert run(capsys, "vault", "backup", vault_path, tmp_path / "copy2")[0] == 0
    for copy in ("copy1", "copy2"):
        Vault.open(tmp_path / copy, user="anan", passphrase=PASSPHRASE, read_only=True).close()


def test_users_passwd_recover_rekey_backup(vault_path, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("LINTAS_NEW_PASSPHRASE", "bee passphrase")
    assert run(capsys, "vault", "user", "add", vault_path, "bee")[0] == 0
    code, _, err = run(capsys, "vault", "info", vault_path)
    assert code == 3 and "--user" in err  # two users now: say which
    monkeypatch.setenv("LINTAS_NEW_PASSPHRASE", "anan's new passphrase")
    assert run(capsys, "vault", "passwd", vault_path, "--user", "anan")[0] == 0
    monkeypatch.setenv("LINTAS_PASSPHRASE", "anan's new passphrase")
    assert run(capsys, "vault", "user", "remove", vault_path, "bee", "--user", "anan")[0] == 0
    monkeypatch.setenv("LINTAS_NEW_PASSPHRASE", "recovered passphrase")
    code, _, _ = run(
        capsys,
        "vault",
        "recover",
        vault_path,
        "--user",
        "anan",
        "--recovery-key-file",
        tmp_path / "recovery.txt",
    )
    assert code == 0
    monkeypatch.setenv("LINTAS_PASSPHRASE", "recovered passphrase")
    code, out, _ = run(capsys, "vault", "rekey", vault_path, "--json")
    assert code == 0 and json.loads(out)["recovery_key"]
    code, out, _ = run(capsys, "vault", "rekey", vault_path)
    assert code == 0 and "old recovery key no longer opens this vault" in out
    code, _, _ = run(capsys, "vault", "backup", vault_path, tmp_path / "copy")
    assert code == 0
    code, out, _ = run(capsys, "vault", "info", Path(tmp_path / "copy"), "--json")
    assert code == 0 and json.loads(out)["users"] == [{"name": "anan", "role": "supervisor"}]
