"""Fixtures for form tests: forms written as pyxform markdown tables."""

import textwrap

import pytest

from lintas.form import load


def markdown(text: str) -> bytes:
    return textwrap.dedent(text).strip().encode("utf-8")


@pytest.fixture
def form_from():
    """Load a form from markdown text (as bytes, the way an upload arrives)."""

    def build(text: str, **kwargs):
        return load(markdown(text), filename="test.md", **kwargs)

    return build
