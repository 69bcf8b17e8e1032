"""Named exports in the vault, run again from the command line with --preset."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from export_helpers import ANSWERS, FORM_ID, PASSPHRASE, make_vault

from lintas.errors import LintasError
from lintas.export.presets import (
    ExportSettings,
    delete_preset,
    last_used,
    preset,
    presets,
    remember,
    save_preset,
)
from lintas.vault import Vault
from lintas.vault.errors import PermissionDeniedError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vault(tmp_path: Path):
    with make_vault(tmp_path / "vault") as opened:
        opened.save_submission(FORM_ID, ANSWERS, status="final")
        opened.save_submission(FORM_ID, {"code": "0012", "age": 20}, status="draft")
        yield opened


def test_presets_are_kept_in_the_vault_and_audited(vault):
    monthly = ExportSettings(
        FORM_ID, status="final", format="sav", labels="th", period="last_month"
    )
    save_preset(vault, "  Monthly to the   Ministry ", monthly)
    assert presets(vault) == {"Monthly to the Ministry": monthly}
    assert preset(vault, "Monthly to the Ministry") == monthly
    changes = [e for e in vault.audit_entries(limit=100) if e.action == "setting.change"]
    assert changes and changes[0].subject == "export.presets"
    with pytest.raises(LintasError, match="Saved exports: 'Monthly to the Ministry'"):
        preset(vault, "Weekly")
    with pytest.raises(LintasError, match="Unknown format 'pdf'"):
        save_preset(vault, "bad", ExportSettings(FORM_ID, format="pdf"))
    with pytest.raises(LintasError, match="Give the saved export a name"):
        save_preset(vault, "   ", monthly)
    delete_preset(vault, "Monthly to the Ministry")
    assert presets(vault) == {}


def test_last_month_is_worked_out_at_each_run():
    settings = ExportSettings(FORM_ID, period="last_month")
    options = settings.options(today=dt.date(2026, 1, 15))
    assert (options.since, options.until) == ("2025-12-01", "2026-01-01")
    options = settings.options(today=dt.date(2026, 3, 1))
    assert (options.since, options.until) == ("2026-02-01", "2026-03-01")


def test_each_forms_last_settings(vault):
    assert last_used(vault, FORM_ID) is None
    remember(vault, ExportSettings(FORM_ID, format="dta", status="final"))
    assert last_used(vault, FORM_ID) == ExportSettings(FORM_ID, format="dta", status="final")


def test_an_enumerator_cannot_save_a_preset(vault):
    vault.add_user("bee", PASSPHRASE, role="enumerator")
    folder = vault.folder
    vault.close()
    with Vault.open(folder, user="bee", passphrase=PASSPHRASE) as as_enumerator:
        with pytest.raises(PermissionDeniedError):
            save_preset(as_enumerator, "x", ExportSettings(FORM_ID))


def test_cli_saves_and_runs_a_preset_and_flags_override_it(vault, tmp_path):
    folder = vault.folder
    vault.close()
    first = _cli(
        "export", str(folder), str(tmp_path / "a.zip"), "--format", "csv", "--status", "final",
        "--save-preset", "Monthly",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "Saved these settings as 'Monthly'" in first.stdout
    again = _cli("export", str(folder), str(tmp_path / "b.zip"), "--preset", "Monthly")
    assert again.returncode == 0, again.stderr
    assert "Wrote 1 records" in again.stdout and "csv" in again.stdout
    assert "data.csv" in zipfile.ZipFile(tmp_path / "b.zip").namelist()
    # A flag given on the command line wins over the preset.
    override = _cli(
        "export", str(folder), str(tmp_path / "c.xlsx"), "--preset", "Monthly",
        "--format", "xlsx", "--status", "draft",
    )  # fmt: skip
    assert override.returncode == 0, override.stderr
    assert "Wrote 1 records" in override.stdout and "xlsx" in override.stdout
    monthly = _cli(
        "export", str(folder), str(tmp_path / "m.xlsx"), "--last-month", "--save-preset", "Last",
    )  # fmt: skip
    assert monthly.returncode == 0 and "Wrote 0 records" in monthly.stdout  # made today
    both = _cli(
        "export", str(folder), str(tmp_path / "x.xlsx"), "--last-month", "--from", "2026-01-01"
    )
    assert both.returncode == 1 and "not both" in both.stderr
    unknown = _cli("export", str(folder), str(tmp_path / "d.zip"), "--preset", "Weekly")
    assert unknown.returncode == 1 and "no saved export named 'Weekly'" in unknown.stderr
    assert "'Last', 'Monthly'" in unknown.stderr and not (tmp_path / "d.zip").exists()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PYTHONPATH": str(ROOT / "src"), "LINTAS_PASSPHRASE": PASSPHRASE,
        "PATH": "/usr/bin:/bin", "LINTAS_TEST_WEAK_KDF": "1", "HOME": "/tmp",
    }  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "lintas", *args], capture_output=True, text=True, env=env,
        check=False,
    )  # fmt: skip
