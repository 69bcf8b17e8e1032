"""The desktop app's bundled files, found through :mod:`lintas.paths`."""

from __future__ import annotations

from pathlib import Path

from lintas.paths import forms_dir, project_root, resources_dir, ui_dir

__all__ = ["forms_dir", "project_root", "resources_dir", "ui_file"]


def ui_file(name: str) -> Path:
    """The Designer file ``ui/<name>.ui``."""
    return ui_dir() / f"{name}.ui"
