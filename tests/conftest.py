"""Shared fixtures. Qt runs offscreen everywhere: CI has no display."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The test vaults use a cheap Argon2id so that thousands of unlocks stay fast; outside
# the tests no vault may be weaker than the OWASP floor (lintas.vault.keyslots.KDF_FLOOR).
# Set here, before anything is imported, so that child processes inherit it too.
os.environ["LINTAS_TEST_WEAK_KDF"] = "1"

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(autouse=True)
def _anchor_file(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each test's vaults leave their audit-chain anchors in a file of its own, never in
    # the user's data folder (lintas.vault.anchor).
    folder = tmp_path_factory.mktemp("anchors")
    monkeypatch.setenv("LINTAS_ANCHOR_FILE", str(folder / "anchors.json"))


@pytest.fixture(autouse=True)
def _core_messages_in_english():
    # A Thai window (or a CLI call in-process with --lang) sets the core's message
    # language for the whole process (lintas.i18n): the next test starts in English.
    yield
    from lintas.i18n import set_language

    set_language("en")


def pytest_configure(config: pytest.Config) -> None:
    # PySide6, PySide6-Essentials and PySide6-Addons all ship PySide6/__init__.py, so
    # upgrading one of them can delete it; pytest-qt then fails with an AttributeError
    # before any test runs. Say what happened and how to repair it instead.
    import PySide6

    if not hasattr(PySide6, "__version__"):
        raise pytest.UsageError(
            "PySide6 is installed without its __init__.py (a partial upgrade of the Qt "
            "wheels). Repair it with: python3 -m pip install --force-reinstall --no-deps "
            "PySide6 PySide6-Essentials PySide6-Addons shiboken6 (at the installed version)."
        )


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"The conformance corpus is missing at {CORPUS}; it ships in ../shared.")
    return CORPUS
