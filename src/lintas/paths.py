"""Where Lintas finds the files it ships: forms, Designer files and resources.

Three places, looked at in this order:
- a PyInstaller build: the bundle folder that PyInstaller names in ``sys._MEIPASS``;
- an installed wheel: ``lintas/shipped/``, which setup.py copies ui/, forms/ and
  resources/ into when it builds the wheel (a wheel has no project root);
- a source checkout or an editable install: the project root, beside ``src/``.
Nothing here is ever fetched at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def project_root() -> Path:
    """The folder that holds ``ui/``, ``forms/`` and ``resources/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    installed = _PACKAGE / "shipped"
    if installed.is_dir():
        return installed
    # src/lintas/paths.py -> the folder that holds src/
    return _PACKAGE.parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def forms_dir() -> Path:
    return project_root() / "forms"


def ui_dir() -> Path:
    return project_root() / "ui"


def docs_dir() -> Path:
    """The user, admin and install guides (Markdown), opened by the Help menu."""
    return project_root() / "docs"
