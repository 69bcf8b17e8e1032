"""Where the desktop app finds its bundled files (fonts, translations, .ui, qss).

They live at the top of the source tree (``resources/`` and ``ui/``, DESIGN.md
"Layout"), so an editable install and a PyInstaller bundle (which sets
``sys._MEIPASS``) both find them without import-path tricks.
"""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[3]


def resources_dir() -> Path:
    return project_root() / "resources"


def ui_file(name: str) -> Path:
    """The Designer file ``ui/<name>.ui``."""
    return project_root() / "ui" / f"{name}.ui"
