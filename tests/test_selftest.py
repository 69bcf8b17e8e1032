"""``lintas self-test``: real throwaway vault, shipped survey, Qt offscreen, fonts."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from lintas.cli import main
from lintas.selftest import Check, CheckFailed, Context, format_table, run_checks


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("lintas-selftest-*")}


def test_self_test_passes_on_this_install(capsys: pytest.CaptureFixture[str]) -> None:
    before = _leftovers()
    assert main(["self-test"]) == 0
    out = capsys.readouterr().out
    assert "SELF-TEST PASSED" in out
    for step in ("Create a vault", "Install the standard survey", "Save, reopen, read back",
                 "Nothing readable on disk", "Qt starts (offscreen)", "Fonts for every script",
                 "Export, verify, read back"):
        line = next(line for line in out.splitlines() if line.startswith(step))
        assert " OK " in line, line
    assert _leftovers() == before  # the throwaway folder is gone


def test_a_failing_step_names_itself_skips_what_needs_it_and_exits_non_zero() -> None:
    def broken(ctx: Context) -> str:
        (ctx.folder / "scratch").write_text("x")
        raise CheckFailed("The thing is broken. Do this to repair it.")

    def crashes(ctx: Context) -> str:
        raise RuntimeError("boom")

    results = run_checks([
        Check("Broken step", broken),
        Check("Needs the broken step", lambda ctx: "ran", needs=("Broken step",)),
        Check("Crashing step", crashes),
    ])
    assert [r.status for r in results] == ["fail", "skipped", "fail"]
    table = format_table(results)
    assert "Do this to repair it." in table and "RuntimeError: boom" in table
    assert "SELF-TEST FAILED: 3 of 3" in table


def test_self_test_fails_when_the_standard_survey_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A broken install: the forms folder is empty.
    monkeypatch.setattr("lintas.paths.forms_dir", lambda: tmp_path)
    assert main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert "is missing from this install" in out and "SELF-TEST FAILED" in out
