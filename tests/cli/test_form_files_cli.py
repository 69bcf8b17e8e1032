"""form check / form install with the files a form reads (--files DIR, or a zip)."""

from __future__ import annotations

import json

from lintas.cli import main
from lintas.form.package import make_package
from tests.cli.test_vault_cli import env, run, vault_path  # noqa: F401 - fixtures

TOWNS_FORM = """
| survey |
| | type | name | label | calculation |
| | select_one_from_file towns.csv | town | Town | |
| | calculate | pop | | pulldata('towns', 'population', 'name', ${town}) |
| settings |
| | form_id | version |
| | towns_cli | 1 |
"""


def test_install_needs_the_files_and_takes_a_folder_or_a_zip(vault_path, tmp_path, capsys):  # noqa: F811
    form = tmp_path / "towns.md"
    form.write_text(TOWNS_FORM, encoding="utf-8")
    folder = tmp_path / "towns-media"
    folder.mkdir()
    (folder / "towns.csv").write_text("name,label,population\nmaesot,Mae Sot,120000\n")

    code, _out, err = run(capsys, "form", "install", vault_path, form)
    assert code == 1 and "towns.csv" in err and "Traceback" not in err
    code, out, _ = run(capsys, "form", "install", vault_path, form, "--files", folder, "--json")
    assert code == 0 and json.loads(out)["form_id"] == "towns_cli"
    code, out, _ = run(capsys, "form", "check", form, "--files", folder, "--json")
    assert code == 0 and json.loads(out)["ok"]

    (folder / "towns.csv").write_bytes(b"label\nMae Sot\n")  # no name column
    package = tmp_path / "towns.zip"
    package.write_bytes(make_package(form.read_bytes(), "towns.md", {"towns.csv": b"label\nX\n"}))
    code, out, err = run(capsys, "form", "check", package)
    assert code == 1 and "The file 'towns.csv' has no 'name' column" in out + err
    assert main(["form", "check", str(form), "--files", str(tmp_path / "none")]) == 1


def test_vault_location_shows_sets_and_refuses_clearly(vault_path, capsys):  # noqa: F811
    code, out, _ = run(capsys, "vault", "location", vault_path, "--json")
    assert code == 0 and json.loads(out) == {"location": None}
    code, out, _ = run(capsys, "vault", "location", vault_path, "16°42'N 98°34'E")
    assert code == 0 and "16.7 98.5666667 0 0" in out
    code, _out, err = run(capsys, "vault", "location", vault_path, "north-ish")
    assert code == 1 and "not a" in err and "Traceback" not in err
