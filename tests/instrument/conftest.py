"""Fixtures for the shipped instrument: the workbook, its loaded form and its source modules."""

import sys
from datetime import datetime
from pathlib import Path

import pytest

from lintas.form import load

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
WORKBOOK = FORMS / "asean_migrant_worker_survey.xlsx"
RENDERING = FORMS / "asean_migrant_worker_survey.md"
# The scripted interviews are dated November 2026; the engine runs at this moment.
NOW = datetime(2026, 11, 28, 9, 0, 0)

# The form's source and generator are scripts beside the workbook, not a package.
for folder in (FORMS / "source", FORMS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


@pytest.fixture(scope="session")
def workbook_bytes() -> bytes:
    return WORKBOOK.read_bytes()


@pytest.fixture(scope="session")
def form(workbook_bytes):
    return load(workbook_bytes, filename=WORKBOOK.name)
