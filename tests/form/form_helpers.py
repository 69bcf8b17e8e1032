"""Helpers for form tests. A module of its own, not conftest: several test folders
have a conftest.py, so ``from conftest import ...`` would pick whichever loaded first."""

import textwrap


def markdown(text: str) -> bytes:
    """A pyxform markdown form as bytes, the way an upload arrives."""
    return textwrap.dedent(text).strip().encode("utf-8")
