"""``lintas self-test``: a field office's check that this install works.

Every step runs on a throwaway vault in a temporary folder that is removed at the
end, so the self-test never touches real data. The steps are a plain list of
:class:`Check` objects; a part of the app adds its own by naming a module in
``EXTRA_CHECK_MODULES`` that exposes ``CHECKS`` (a list of Check). The export and
exchange packages are listed already: their checks join the run as soon as those
modules exist. The GUI checks (Qt start-up, fonts) live in lintas.gui.selftest so
that this core module never imports Qt.
"""

from __future__ import annotations

import importlib
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lintas.i18n import N_, tr
from lintas.progress import Progress, report

# Modules that may add checks. A module that is not part of this build is skipped.
EXTRA_CHECK_MODULES = (
    "lintas.gui.selftest",
    "lintas.export.selftest",
    "lintas.exchange.selftest",
)

STANDARD_FORM = "asean_migrant_worker_survey.xlsx"
PASSPHRASE = "self-test throwaway passphrase 7f3a"  # noqa: S105 - a throwaway vault, deleted
MARKER = "LINTAS-SELFTEST-MARKER-5c1e9a"  # written into the vault; must never show in plaintext


class CheckFailed(Exception):
    """A step failed; the message says what is wrong and what to do."""


class CheckWarning(Exception):
    """A step found something the user should know about that does not stop the app."""


@dataclass
class Context:
    """What the steps share: the temporary folder and what earlier steps made."""

    folder: Path
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    name: str  # English, marked with N_(): the key ``needs`` names; shown as tr(name)
    run: Callable[[Context], str]  # returns a short detail line; raises on failure
    needs: tuple[str, ...] = ()  # names of checks that must have passed first
    # False for a check that starts Qt itself (offscreen): the desktop app's Help ->
    # Self-test runs on a worker thread inside a running Qt app, where that cannot be done
    # and is shown anyway by the app having started.
    in_app: bool = True


@dataclass(frozen=True)
class Result:
    name: str
    status: str  # "ok", "warn", "fail" or "skipped"
    detail: str
    seconds: float


# -- the core checks ---------------------------------------------------------------------


def _create_vault(ctx: Context) -> str:
    from lintas.vault import Vault

    vault, _recovery = Vault.create(
        ctx.folder / "vault", office="Self-test office", user="selftest", passphrase=PASSPHRASE
    )
    vault.close()
    return tr("encrypted vault created in a temporary folder")


def _unlock_vault(ctx: Context) -> str:
    from lintas.vault import Vault

    ctx.state["vault"] = Vault.open(ctx.folder / "vault", user="selftest", passphrase=PASSPHRASE)
    return tr("unlocked with its passphrase")


def _install_form(ctx: Context) -> str:
    from lintas.paths import forms_dir

    path = forms_dir() / STANDARD_FORM
    if not path.is_file():
        raise CheckFailed(
            tr(
                "The standard survey {form} is missing from this install ({path}). "
                "Reinstall Lintas from the release files.",
                form=STANDARD_FORM,
                path=path,
            )
        )
    installed = ctx.state["vault"].install_form(path.read_bytes(), filename=STANDARD_FORM)
    ctx.state["form"] = installed
    return tr(
        "{title} (version {version}) loaded and installed",
        title=installed.title,
        version=installed.version,
    )


def _form_engine(ctx: Context) -> str:
    from lintas.vault.errors import IdentifierAnswerError, InvalidSubmissionError

    vault, form = ctx.state["vault"], ctx.state["form"]
    try:
        vault.save_submission(form.form_id, {"consent": "yes"}, status="final")
    except InvalidSubmissionError:
        pass
    else:
        raise CheckFailed(
            tr("The form engine accepted an empty interview as final. Report this.")
        )
    try:
        vault.save_submission(form.form_id, {"consent": "yes", "respondent_name": MARKER})
    except IdentifierAnswerError:
        pass
    else:
        raise CheckFailed(tr("A name was stored although it is an identifier. Report this."))
    return tr("an empty final interview and a stored name are both refused")


def _save_and_read_back(ctx: Context) -> str:
    vault, form = ctx.state["vault"], ctx.state["form"]
    answers = {"consent": "yes", "age_years": 31}
    saved = vault.save_submission(form.form_id, answers, pseudonym=MARKER)
    vault.close()
    from lintas.vault import Vault

    with Vault.open(ctx.folder / "vault", user="selftest", passphrase=PASSPHRASE) as again:
        back = again.submission(saved.uuid)
        if back.pseudonym != MARKER or back.revision != 1:
            raise CheckFailed(tr("A saved interview read back differently. Report this."))
        report = again.audit_verify()
        problems = again.integrity_problems()
    if not report.ok or problems:
        raise CheckFailed(
            tr(
                "The audit chain or the pages do not verify ({problem}). "
                "Report this; do not use this install.",
                problem=report.problem or problems[0],
            )
        )
    return tr("draft saved, vault closed and reopened, read back; audit chain verifies")


def _no_plaintext(ctx: Context) -> str:
    needles = [s.encode(enc) for s in (MARKER, PASSPHRASE) for enc in ("utf-8", "utf-16-le")]
    scanned = 0
    for path in sorted(ctx.folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            scanned += 1
            if any(needle in data for needle in needles):
                raise CheckFailed(
                    tr(
                        "Readable test data was found in {file}. The vault is not encrypted "
                        "as it should be: do not use this install; report this.",
                        file=path.name,
                    )
                )
    return tr(
        "{count} files written, none holds the test answers or the passphrase", count=scanned
    )


CORE_CHECKS = [
    Check(N_("Create a vault"), _create_vault),
    Check(N_("Unlock the vault"), _unlock_vault, needs=("Create a vault",)),
    Check(N_("Install the standard survey"), _install_form, needs=("Unlock the vault",)),
    Check(
        N_("Form engine and identifiers"), _form_engine, needs=("Install the standard survey",)
    ),
    Check(
        N_("Save, reopen, read back"), _save_and_read_back, needs=("Install the standard survey",)
    ),
    Check(N_("Nothing readable on disk"), _no_plaintext, needs=("Save, reopen, read back",)),
]


def all_checks() -> list[Check]:
    checks = list(CORE_CHECKS)
    for name in EXTRA_CHECK_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:  # this part is not in the build (yet)
                continue
            raise
        checks.extend(getattr(module, "CHECKS", []))
    return checks


def run_checks(
    checks: Iterable[Check] | None = None, progress: Progress | None = None
) -> list[Result]:
    """Run every check in a temporary folder, removed afterwards; never raises for a step.

    ``progress`` hears each step's name before it runs; asking it to stop raises
    Cancelled between steps, after the temporary folder is removed.
    """
    results: list[Result] = []
    passed: set[str] = set()
    folder = Path(tempfile.mkdtemp(prefix="lintas-selftest-"))
    ctx = Context(folder)
    steps = list(all_checks() if checks is None else checks)
    try:
        for number, check in enumerate(steps):
            report(progress, number, len(steps), check.name)
            missing = [n for n in check.needs if n not in passed]
            if missing:
                needs = tr("needs: {step}", step=tr(missing[0]))
                results.append(Result(check.name, "skipped", needs, 0.0))
                continue
            start = time.perf_counter()
            try:
                detail, status = check.run(ctx), "ok"
            except CheckWarning as warning:
                detail, status = str(warning), "warn"
            except CheckFailed as failure:
                detail, status = str(failure), "fail"
            except Exception as error:  # a failing step is a result, not a crash
                detail, status = f"{type(error).__name__}: {error}", "fail"
            results.append(Result(check.name, status, detail, time.perf_counter() - start))
            if status in ("ok", "warn"):
                passed.add(check.name)
    finally:
        vault = ctx.state.get("vault")
        if vault is not None:
            try:
                vault.close()
            except Exception:  # noqa: S110 - already closed; the folder goes anyway
                pass
        shutil.rmtree(folder, ignore_errors=True)
    report(progress, len(steps), len(steps), "")
    return results


def format_table(results: list[Result]) -> str:
    """The self-test's report in the current language (lintas.i18n); the marks stay
    OK/WARN/FAIL/SKIP in every language, so that support can read them over the phone."""
    marks = {"ok": "OK", "warn": "WARN", "fail": "FAIL", "skipped": "SKIP"}
    names = [tr(r.name) for r in results]
    step = tr("Step")
    width = max((len(n) for n in [step, *names]), default=10)
    result, took, detail = tr("Result"), tr("Time"), tr("Detail")
    mark_width, time_width = max(6, len(result)), max(6, len(took))
    lines = [f"{step:<{width}}  {result:<{mark_width}}  {took:<{time_width}}  {detail}"]
    for name, r in zip(names, results, strict=True):
        seconds = f"{r.seconds:5.1f}s"
        lines.append(
            f"{name:<{width}}  {marks[r.status]:<{mark_width}}  {seconds:<{time_width}}  {r.detail}"
        )
    failed = [r for r in results if r.status in ("fail", "skipped")]
    if failed:
        lines.append("\n" + tr(
            "SELF-TEST FAILED: {failed} of {total} steps did not pass. "
            "Follow the advice on the FAIL lines above.",
            failed=len(failed), total=len(results),
        ))  # fmt: skip
    elif any(r.status == "warn" for r in results):
        lines.append("\n" + tr(
            "SELF-TEST PASSED: all {total} steps ({warned} with a warning: read the WARN "
            "lines).",
            total=len(results), warned=sum(r.status == "warn" for r in results),
        ))  # fmt: skip
    else:
        lines.append("\n" + tr("SELF-TEST PASSED: all {total} steps.", total=len(results)))
    return "\n".join(lines)
