"""What ``record add`` lets into a vault: only the validated, re-serialised answers.

Issue 15, point 1: a key naming a group carried identifiers straight into storage,
because the raw input was stored. These tests run the real CLI on real vaults and
then look at every file on disk and every decrypted table for the identifiers.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from lintas.cli import main
from lintas.vault import KdfParams, Vault
from lintas.vault.submissions import content_hash

PASSPHRASE = "correct horse battery"
CHEAP = KdfParams(memory_kib=256, iterations=1, lanes=1)
SURVEY = Path(__file__).resolve().parents[2] / "forms" / "asean_migrant_worker_survey.xlsx"
FORM = """
| survey |
|        | type           | name      | label | privacy    | calculation |
|        | begin_group    | grp       | G     |            |             |
|        | text           | passport  | P     | identifier |             |
|        | select_one sex | sex       | Sex   |            |             |
|        | integer        | age       | Age   |            |             |
|        | decimal        | income    | Inc   |            |             |
|        | end_group      |           |       |            |             |
|        | note           | hello     | Hi    |            |             |
|        | calculate      | a_calc    |       |            | 1 + 1       |
|        | begin_repeat   | member    | M     |            |             |
|        | text           | m_name    | Name  | identifier |             |
|        | integer        | m_age     | Age   |            |             |
|        | end_repeat     |           |       |            |             |
| choices |
|         | list_name | name   | label  |
|         | sex       | female | Female |
|         | sex       | male   | Male   |
| settings |
|          | form_id | version |
|          | input_v | 1       |
"""


def run(capsys, monkeypatch, stdin: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def vault_path(monkeypatch, tmp_path):
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    vault, _ = Vault.create(
        tmp_path / "v", office="Mae Sot", user="anan", passphrase=PASSPHRASE, kdf=CHEAP
    )
    with vault:
        vault.install_form(SURVEY.read_bytes(), filename=SURVEY.name)
        vault.install_form(FORM.encode(), filename="input.md")
    return tmp_path / "v"


def add(capsys, monkeypatch, vault_path, answers: object | str, form: str = "input_v"):
    text = answers if isinstance(answers, str) else json.dumps(answers)
    return run(
        capsys, monkeypatch, text, "record", "add", vault_path, "--form", form, "--json", "-"
    )


def leaks(vault_path: Path, secrets: list[str]) -> list[str]:
    """Where any of ``secrets`` is found: raw files, then every decrypted table."""
    found = []
    for path in vault_path.parent.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            found += [f"{path.name}: {s}" for s in secrets if s.encode() in raw]
    with (
        Vault.open(vault_path, user="anan", passphrase=PASSPHRASE) as vault,
        vault.reading() as conn,
    ):
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                text = repr(row)
                found += [f"table {table}: {s}" for s in secrets if s in text]
    return found


def stored(vault_path: Path) -> list[dict]:
    with Vault.open(vault_path, user="anan", passphrase=PASSPHRASE) as vault:
        return [dict(s.data) for s in vault.submissions()]


def test_the_reported_attack_stores_nothing_and_names_the_group(vault_path, capsys, monkeypatch):
    attack = {
        "consent": "yes",
        "background": {"document_number": "X99QDOC7", "respondent_name": "NAME99QZ"},
    }
    code, _out, err = add(capsys, monkeypatch, vault_path, attack, form="asean_mw_survey")
    assert code == 1 and "'background'" in err and "group" in err, err
    assert "internal error" not in err
    assert stored(vault_path) == []
    assert leaks(vault_path, ["X99QDOC7", "NAME99QZ"]) == []


def test_identifiers_become_the_pseudonym_and_are_dropped(vault_path, capsys, monkeypatch):
    answers = {"consent": "yes", "document_number": "X99QDOC7", "respondent_name": "NAME99QZ"}
    code, out, err = add(capsys, monkeypatch, vault_path, answers, form="asean_mw_survey")
    assert code == 0, err
    saved = json.loads(out)
    assert saved["pseudonym"] and "document_number" in err and "respondent_name" in err
    assert "not stored" in err
    # The same person again: a possible repeat interview, said so.
    code, out, err = add(capsys, monkeypatch, vault_path, answers, form="asean_mw_survey")
    assert code == 0 and "possible repeat" in err
    assert json.loads(out)["pseudonym"] == saved["pseudonym"]
    assert leaks(vault_path, ["X99QDOC7", "NAME99QZ"]) == []


def test_identifiers_inside_repeats_are_dropped_too(vault_path, capsys, monkeypatch):
    answers = {"sex": "male", "member": [{"m_name": "KYAW77", "m_age": 3}]}
    code, out, err = add(capsys, monkeypatch, vault_path, answers)
    assert code == 0, err
    assert json.loads(out)["data"] == {"a_calc": "2", "sex": "male", "member": [{"m_age": 3}]}
    assert "m_name" in err
    assert leaks(vault_path, ["KYAW77"]) == []


@pytest.mark.parametrize(
    ("answers", "named"),
    [
        ({"grp": "anything"}, "grp"),
        ({"hello": "SECRET11"}, "hello"),
        ({"nosuch": "SECRET11"}, "nosuch"),
        ({"a_calc": {"passport": "SECRET11"}}, "a_calc"),
        ({"age": {"passport": "SECRET11"}}, "age"),
        ({"member": [{"grp": "SECRET11"}]}, "grp"),
        ({"sex": "robot"}, "sex"),
        ({"sex": ["male"]}, "sex"),
        ({"age": "SECRET11"}, "age"),
    ],
)
def test_a_key_or_value_that_does_not_fit_is_refused_by_name(
    vault_path, capsys, monkeypatch, answers, named
):
    code, _, err = add(capsys, monkeypatch, vault_path, answers)
    assert code == 1 and f"{named}'" in err, err
    assert "internal error" not in err
    assert stored(vault_path) == []
    assert leaks(vault_path, ["SECRET11"]) == []


@pytest.mark.parametrize(
    "text", ['{"income": NaN}', '{"income": Infinity}', '{"a_calc": -Infinity}']
)
def test_nan_and_infinity_are_not_json_and_never_stored(vault_path, capsys, monkeypatch, text):
    code, _, err = add(capsys, monkeypatch, vault_path, text)
    assert code == 1 and "not valid JSON" in err, err
    assert stored(vault_path) == []


def test_the_vault_api_stores_the_re_serialised_answers_not_the_callers(vault_path):
    with Vault.open(vault_path, user="anan", passphrase=PASSPHRASE) as vault:
        saved = vault.save_submission("input_v", {"age": "31", "income": 2.50, "sex": " male "})
        assert dict(saved.data) == {"a_calc": "2", "age": 31, "income": 2.5, "sex": "male"}
        assert dict(vault.submission(saved.uuid).data) == dict(saved.data)
        with pytest.raises(Exception, match="income"):
            vault.save_submission("input_v", {"income": float("nan")})


# -- point 4 and 8: limits, checked before anything is written -------------------------


def deep(levels: int) -> str:
    return '{"member": [' * levels + "{}" + "]}" * levels


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (deep(500), "nested"),
        ('{"a":' * 3000 + "1" + "}" * 3000, "nested too deeply"),
        ('{"age": ' + "7" * 5000 + "}", "5,000 digits"),
        ('{"income": 1.' + "5" * 40 + "}", "digits"),
        (json.dumps({"sex": "male", "member": [{"m_age": 1}] * 10_001}), "more than the 10,000"),
        (json.dumps({"sex": "male", "member": [{}] * 100_001}), "no form allows more than"),
        (json.dumps({"sex": "x" * 20_001}), "at most 20,000"),
        (json.dumps({"sex": "x" * (17 * 1024 * 1024)}), "bytes"),
    ],
)
def test_answers_over_a_limit_are_refused_before_anything_is_written(
    vault_path, capsys, monkeypatch, text, said
):
    code, _, err = add(capsys, monkeypatch, vault_path, text)
    assert code == 1 and said in err, err[:500]
    assert "internal error" not in err
    assert stored(vault_path) == []
    code, out, err = run(capsys, monkeypatch, "", "record", "list", vault_path)
    assert code == 0 and "No submissions" in out


def test_the_vault_api_applies_the_same_limits(vault_path):
    nested: dict = {}
    for _ in range(500):
        nested = {"member": [nested]}
    with Vault.open(vault_path, user="anan", passphrase=PASSPHRASE) as vault:
        with pytest.raises(Exception, match="nested more than"):
            vault.save_submission("input_v", nested)
        with pytest.raises(Exception, match="digits"):
            vault.save_submission("input_v", {"age": 10**40})
        assert vault.count() == 0


def test_finalise_and_list_report_nothing_failed_after_commit(vault_path, capsys, monkeypatch):
    code, out, err = add(capsys, monkeypatch, vault_path, {"sex": "male", "member": [{"m_age": 2}]})
    uuid = json.loads(out)["uuid"]
    code, out, err = run(capsys, monkeypatch, "", "record", "finalise", vault_path, uuid)
    assert code == 0 and "is final" in out and "internal error" not in err
    code, out, err = run(capsys, monkeypatch, "", "record", "list", vault_path, "--json")
    assert code == 0 and [r["status"] for r in json.loads(out)] == ["final"]


def test_a_deep_record_stored_by_an_older_version_does_not_break_list(
    vault_path, capsys, monkeypatch
):
    code, out, _ = add(capsys, monkeypatch, vault_path, {"sex": "male"})
    uuid = json.loads(out)["uuid"]
    text = '{"a":' * 900 + "1" + "}" * 900  # as an older Lintas could store it
    with Vault.open(vault_path, user="anan", passphrase=PASSPHRASE) as vault:
        with vault.writing() as conn:
            digest = content_hash("input_v", "1", text, None)  # a consistent old record
            conn.execute(
                "UPDATE submissions SET data = ?, content_hash = ? WHERE uuid = ?",
                (text, digest, uuid),
            )
    for extra in ((), ("--json",)):
        code, out, err = run(capsys, monkeypatch, "", "record", "list", vault_path, *extra)
        assert code == 0 and uuid in out and "internal error" not in err, err
    code, out, err = run(capsys, monkeypatch, "", "record", "show", vault_path, uuid)
    assert code == 0 and uuid in out and "internal error" not in err, err


# -- point 8 -----------------------------------------------------------------------------


@pytest.mark.parametrize("uuid", ["..", ".", "..."])
def test_a_uuid_of_dots_is_refused(vault_path, capsys, monkeypatch, uuid):
    code, _, err = run(
        capsys, monkeypatch, '{"sex": "male"}', "record", "add", vault_path, "--form",
        "input_v", "--json", "-", "--uuid", uuid,
    )  # fmt: skip
    assert code == 1 and "cannot be a submission id" in err
    assert stored(vault_path) == []


@pytest.mark.parametrize("group", ["record", "vault", "form", "audit"])
def test_a_group_without_its_sub_command_is_a_usage_error(capsys, group):
    assert main([group]) == 2
    out, err = capsys.readouterr()
    assert f"lintas {group}" in err and out == ""
