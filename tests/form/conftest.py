"""Fixtures for form tests: forms written as pyxform markdown tables."""

import pytest
from form_helpers import markdown

from lintas.form import load


@pytest.fixture
def form_from():
    """Load a form from markdown text (as bytes, the way an upload arrives)."""

    def build(text: str, **kwargs):
        return load(markdown(text), filename="test.md", **kwargs)

    return build
