"""``lintas form check`` and ``lintas form eval`` as a form author uses them."""

import io
import json
import subprocess
import sys
import zipfile

import pytest

from lintas.cli import main

GOOD = b"""
| survey |
| | type | name | label | relevant |
| | integer | age | Age | |
| | text | job | Job | ${age} >= 18 |
"""

BAD = b"""
| survey |
| | type | name | label | relevant | privacy |
| | integer | age | Age | | secret |
| | text | job | Job | ${age} >>= 18 | |
"""


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_check_a_good_form_exits_0(tmp_path, capsys):
    assert main(["form", "check", write(tmp_path, "good.md", GOOD)]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_check_prints_every_problem_and_exits_1(tmp_path, capsys):
    assert main(["form", "check", write(tmp_path, "bad.md", BAD)]) == 1
    out = capsys.readouterr().out
    assert "row 2, column 'privacy'" in out
    assert "row 3, column 'relevant'" in out
    assert "2 errors" in out


def test_check_json_lists_problems_for_programs(tmp_path, capsys):
    assert main(["form", "check", "--json", write(tmp_path, "bad.md", BAD)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["errors"] == 2
    assert {(p["row"], p["column"]) for p in data["problems"]} == {(2, "privacy"), (3, "relevant")}


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "x")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("random.xlsx", bytes(range(256)) * 40),
        ("notes.txt", b"shopping list\neggs\n"),
        ("archive.xlsx", _zip()),
        ("empty.xlsx", b""),
        ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
    ],
)
def test_check_never_shows_a_traceback(tmp_path, name, data):
    result = subprocess.run(
        [sys.executable, "-m", "lintas", "form", "check", write(tmp_path, name, data)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "Error" in result.stdout


def test_check_a_missing_file(tmp_path, capsys):
    assert main(["form", "check", str(tmp_path / "missing.xlsx")]) == 1
    assert "There is no file" in capsys.readouterr().out


def test_eval_prints_the_value(tmp_path, capsys):
    assert main(["form", "eval", "round(2 div 3, 2)"]) == 0
    assert capsys.readouterr().out.strip() == "0.67"
    instance = write(tmp_path, "i.xml", b"<data><member><age>30</age></member>"
                                         b"<member><age>12</age></member></data>")  # fmt: skip
    assert main(["form", "eval", "sum(/data/member/age)", "--instance", instance]) == 0
    assert capsys.readouterr().out.strip() == "42"
    assert main(["form", "eval", "../age * 2", "--instance", instance,
                 "--context", "/data/member[2]/age"]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == "24"


def test_eval_reads_json_instances(tmp_path, capsys):
    instance = write(tmp_path, "i.json", json.dumps({"data": {"age": 7}}).encode())
    assert main(["form", "eval", "/data/age + 1", "--instance", instance, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "8"


def test_eval_reports_a_bad_expression_without_a_traceback(capsys):
    assert main(["form", "eval", "concat('a',"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lintas: ") and "Traceback" not in err


def test_check_json_stays_valid_json_for_a_damaged_xls(tmp_path, corpus_dir):
    whole = (corpus_dir / "xlsforms" / "XLSForm__pyxform__tutorial.xls").read_bytes()
    damaged = write(tmp_path, "damaged.xls", whole[:5000])
    result = subprocess.run(
        [sys.executable, "-m", "lintas", "form", "check", "--json", damaged],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    data = json.loads(result.stdout)  # nothing but the JSON on stdout
    assert data["ok"] is False and "cannot be read" in data["problems"][0]["message"]
