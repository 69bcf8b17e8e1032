"""Fixtures for the shipped instrument: the workbook and its loaded form."""

import pytest
from instrument_support import WORKBOOK

from lintas.form import load


@pytest.fixture(scope="session")
def workbook_bytes() -> bytes:
    return WORKBOOK.read_bytes()


@pytest.fixture(scope="session")
def form(workbook_bytes):
    return load(workbook_bytes, filename=WORKBOOK.name)
