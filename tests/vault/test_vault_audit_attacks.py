"""Issue 15 point 6: attacks with the data key in hand that left "the audit chain is intact".

Each test edits a real vault with sqlcipher3 and the unlocked data key, as someone who
knows a passphrase could, then runs the checks `audit verify` runs.
"""

from __future__ import annotations

import json
import shutil

from vault_helpers import FORM_ID, PASSPHRASE, valid_answers

from lintas.cli import main
from lintas.vault import Vault
from lintas.vault.connection import open_database


def tamper(vault: Vault, *statements: str) -> None:
    folder, key = vault.folder, vault._unlocked_key()
    vault.close()
    conn = open_database(folder, key)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def reopen(folder) -> Vault:
    return Vault.open(folder, user="anan", passphrase=PASSPHRASE, read_only=True)


def saved_vault(vault: Vault, count: int = 3) -> list[str]:
    return [vault.save_submission(FORM_ID, valid_answers(age=20 + i)).uuid for i in range(count)]


def test_untouched_vault_has_no_problems(vault):
    uuid = saved_vault(vault)[0]
    vault.finalise(uuid)
    assert vault.record_problems() == [] and vault.rollback_problem() == ""
    seq, digest = vault.audit_head()
    assert seq == vault.audit_verify().entries == vault.audit_entries(1)[0].seq
    assert len(digest) == 64 and digest != "0" * 64


def test_edited_data_is_found(vault):
    uuid = saved_vault(vault)[1]
    folder = vault.folder
    tamper(vault, f"UPDATE submissions SET data = '{{\"age\":99}}' WHERE uuid = '{uuid}'")
    with reopen(folder) as again:
        assert again.audit_verify().ok  # the chain alone still looks intact
        [problem] = again.record_problems()
        assert uuid in problem and "changed outside Lintas" in problem


def test_edit_with_recomputed_hash_is_found(vault):
    from lintas.vault.submissions import content_hash

    uuid = saved_vault(vault)[0]
    folder, form = vault.folder, vault.submission(uuid)
    digest = content_hash(form.form_id, form.form_version, '{"age":99}', None)
    tamper(
        vault,
        f"UPDATE submissions SET data = '{{\"age\":99}}', content_hash = '{digest}' "
        f"WHERE uuid = '{uuid}'",
    )
    with reopen(folder) as again:
        [problem] = again.record_problems()
        assert "differs from the content its audit entry recorded" in problem


def test_deleted_record_is_found(vault):
    uuid = saved_vault(vault)[2]
    folder = vault.folder
    tamper(vault, f"DELETE FROM submissions WHERE uuid = '{uuid}'")
    with reopen(folder) as again:
        [problem] = again.record_problems()
        assert uuid in problem and "missing" in problem


def test_removed_tail_is_found_by_this_computers_anchor(vault, capsys):
    saved_vault(vault)
    folder = vault.folder
    head = vault.audit_head()
    tamper(vault, f"DELETE FROM audit WHERE seq > {head[0] - 2}")
    with reopen(folder) as again:
        assert again.audit_verify().ok
        assert "ends at entry" in again.rollback_problem()
        assert again.history_warning and "older than the one last seen" in again.history_warning
    code = main(["audit", "verify", str(folder), "--passphrase-file", _pass(folder)])
    out, _ = capsys.readouterr()
    assert code == 4 and "older copy" in out


def test_folder_rolled_back_to_an_older_copy_warns_and_is_audited(vault, tmp_path, capsys):
    saved_vault(vault, 25)
    folder = vault.folder
    vault.close()
    shutil.copytree(folder, tmp_path / "old")
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as newer:
        newer.save_submission(FORM_ID, valid_answers(age=50))
        assert newer.count() == 26
    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "old", folder)
    code = main(["record", "list", str(folder), "--json", "--passphrase-file", _pass(folder)])
    out, err = capsys.readouterr()
    assert code == 0 and len(json.loads(out)) == 25
    assert "older than the one last seen on this computer" in err
    with Vault.open(folder, user="anan", passphrase=PASSPHRASE) as rolled:
        assert rolled.history_warning
        [entry] = [e for e in rolled.audit_entries(5) if e.action == "vault.rollback_seen"]
        assert entry.detail["seen_seq"] > 0


def _pass(folder) -> str:
    path = folder.parent / "pass.txt"
    path.write_text(PASSPHRASE)
    return str(path)


def test_record_show_flags_data_edited_under_the_old_hash(vault, capsys):
    uuid = saved_vault(vault)[0]
    folder = vault.folder
    clean = main(["record", "show", str(folder), uuid, "--passphrase-file", _pass(folder)])
    capsys.readouterr()
    tamper(vault, f"UPDATE submissions SET data = '{{\"age\":99}}' WHERE uuid = '{uuid}'")
    code = main(["record", "show", str(folder), uuid, "--passphrase-file", _pass(folder)])
    out, err = capsys.readouterr()
    assert (clean, code) == (0, 4) and '"age": 99' in out
    assert "changed outside Lintas" in err
