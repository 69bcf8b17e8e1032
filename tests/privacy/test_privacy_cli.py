"""``lintas privacy report`` and ``lintas privacy key`` on real vaults."""

from __future__ import annotations

import hashlib
import json
import random

import pytest
from privacy_helpers import FORM_ID, PASSPHRASE, make_vault

from lintas.cli import main
from lintas.privacy.keys import RegionalKey


def _snapshot(folder):
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def surveyed(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    vault = make_vault(tmp_path / "vault")
    rng = random.Random(2)
    for n in range(40):
        vault.save_submission(
            FORM_ID,
            {
                "age": rng.randint(18, 40) if n else 70,
                "sex": rng.choice(["female", "male"]),
                "citizenship": rng.choice(["MMR", "KHM", "CHN"]),
                "withheld": rng.choice(["yes", "no"]),
            },
            status="final",
        )
    vault.save_submission(FORM_ID, {"age": 20, "sex": "male"})  # a draft: not counted
    vault.close()
    return tmp_path / "vault"


def test_report_json_says_what_an_export_would_do_and_changes_nothing(surveyed, capsys):
    before = _snapshot(surveyed)
    code = main(["privacy", "report", str(surveyed), "--form", FORM_ID, "--level", "public",
                 "--json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["records"] == 40 and out["k_target"] == 11 and out["l_target"] == 2
    assert out["quasi_identifiers"] == ["age", "sex", "citizenship"]
    assert out["sensitive"] == ["withheld"]
    assert out["k_before_recoding"] == 1
    assert {r["rule"] for r in out["recoding"]} == {"age_5y", "asean_or_other"}
    assert out["k_reached"] >= 11 or out["records"] - out["records_removed"] == 0
    assert out["target_met"] is True
    assert _snapshot(surveyed) == before
    # What an export at the level publishes: this form declares no public set.
    assert out["export"]["columns"] == 0 and "publishes no question" in out["export"]["answer"]


def test_report_leads_with_what_the_export_publishes(surveyed, tmp_path, capsys):
    from lintas.export.workbook import ExportOptions, export_workbook
    from lintas.vault import Vault

    assert main(["privacy", "report", str(surveyed), "--form", FORM_ID, "--level", "restricted",
                 "--json"]) == 0  # fmt: skip
    export = json.loads(capsys.readouterr().out)["export"]
    with Vault.open(surveyed, user="anan", passphrase=PASSPHRASE) as vault:
        options = ExportOptions(form_id=FORM_ID, level="restricted", status="final")
        result = export_workbook(vault, tmp_path / "r.xlsx", options)
    assert export["disclosure"] == result.disclosure and export["shared"] == result.records
    assert (
        main(["privacy", "report", str(surveyed), "--form", FORM_ID, "--level", "restricted"]) == 0
    )
    text = capsys.readouterr().out
    assert text.startswith("Privacy report: ") and "At the restricted level, " in text
    assert text.index("At the restricted level") < text.index("The form's own privacy roles")


def test_report_levels_and_plain_text(surveyed, capsys):
    assert main(["privacy", "report", str(surveyed), "--form", FORM_ID, "--level", "restricted",
                 "--no-sensitive"]) == 0  # fmt: skip
    text = capsys.readouterr().out
    assert "level restricted: 40 final records" in text
    assert "Target k = 3" in text and "Recoding age with age_5y" in text
    main(["privacy", "report", str(surveyed), "--form", FORM_ID, "--level", "internal", "--json"])
    internal = json.loads(capsys.readouterr().out)
    assert internal["k_target"] == 1 and internal["values_suppressed"] == {}


def test_report_errors_have_exit_codes(surveyed, monkeypatch, capsys):
    assert main(["privacy", "report", str(surveyed), "--form", "nope", "--level", "public"]) == 1
    with pytest.raises(SystemExit) as usage:
        main(["privacy", "report", str(surveyed), "--form", FORM_ID, "--level", "open"])
    assert usage.value.code == 2
    monkeypatch.setenv("LINTAS_PASSPHRASE", "wrong")
    assert main(["privacy", "report", str(surveyed), "--form", FORM_ID, "--level", "public"]) == 3
    assert "Traceback" not in capsys.readouterr().err


def test_key_show_import_export(surveyed, tmp_path, capsys):
    assert main(["privacy", "key", "show", str(surveyed), "--json"]) == 0
    own = json.loads(capsys.readouterr().out)
    region = RegionalKey.generate("Mekong")
    region.write(tmp_path / "mekong.key")
    assert main(["privacy", "key", "import", str(surveyed), str(tmp_path / "mekong.key")]) == 0
    capsys.readouterr()
    assert main(["privacy", "key", "show", str(surveyed), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["key_id"] == region.key_id != own["key_id"]
    assert main(["privacy", "key", "export", str(surveyed), str(tmp_path / "copy.key")]) == 0
    assert RegionalKey.read(tmp_path / "copy.key") == region
    (tmp_path / "bad.key").write_bytes(region.to_bytes()[:-30])
    assert main(["privacy", "key", "import", str(surveyed), str(tmp_path / "bad.key")]) == 4


REPEAT_FORM = """
| survey |
|        | type         | name     | label    | privacy | sdc_recode |
|        | integer      | age      | Age      | quasi   |            |
|        | text         | country  | Country  | quasi   |            |
|        | begin repeat | member   | Members  |         |            |
|        | integer      | m_age    | Age      | quasi   |            |
|        | end repeat   |          |          |         |            |
| settings |
|          | form_id   | version | sdc_recode                            |
|          | with_reps | 1       | age=age_5y; country=asean_or_other    |
"""


def test_form_level_recoding_and_quasi_in_repeats(tmp_path):
    from privacy_helpers import make_vault as _make

    from lintas.privacy.policy import DisclosurePolicy
    from lintas.privacy.report import privacy_report

    vault = _make(tmp_path / "v")
    vault.install_form(REPEAT_FORM.encode(), filename="reps.md")
    form = vault.form("with_reps")
    assert DisclosurePolicy.for_form(form, "public").recoding == {
        "age": "age_5y",
        "country": "asean_or_other",
    }
    for age in (21, 22, 23, 24, 20, 31):
        vault.save_submission(
            "with_reps", {"age": age, "country": "USA", "member": [{"m_age": 3}]}, status="final"
        )
    result = privacy_report(vault, "with_reps", "public")
    vault.close()
    assert result.in_repeats == ("m_age",)
    assert result.policy.quasi == ("age", "country")
    assert result.k_raw == 1 and result.records_at_risk_raw == 6
    assert result.disclosure.k_before == 1  # 20-24 x5 and 30-34 x1
    assert result.disclosure.records_removed == 1 and result.disclosure.k_reached == 5
    assert "Not checked (inside repeats): m_age." in result.lines()


def test_a_vault_without_final_records_has_nothing_to_assess(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LINTAS_PASSPHRASE", PASSPHRASE)
    make_vault(tmp_path / "vault").close()
    code = main(
        ["privacy", "report", str(tmp_path / "vault"), "--form", FORM_ID, "--level", "public"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "no final records yet" in out and "Finalise interviews" in out
    assert "does NOT meet" not in out
