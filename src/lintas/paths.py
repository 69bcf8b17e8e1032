"""Where Lintas finds the files it ships: forms, Designer files and resources.

In a source checkout (and an editable install) they sit at the project root,
beside ``src/``. In a PyInstaller build they sit in the bundle folder that
PyInstaller names in ``sys._MEIPASS``. Nothing here is ever fetched at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    # src/lintas/paths.py -> the folder that holds src/
    return Path(__file__).resolve().parent.parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def forms_dir() -> Path:
    return project_root() / "forms"


def ui_dir() -> Path:
    return project_root() / "ui"
