"""Build hook: copy the folders the app reads at run time into the wheel.

The project keeps ``ui/``, ``forms/`` and ``resources/`` at its root (its fixed
shape, beside ``src/``). A checkout and an editable install read them from there
(src/lintas/paths.py). A wheel has no project root, so the build copies them into
the package as ``lintas/shipped/``, which paths.py looks for first. Everything else
(name, dependencies, version) lives in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# docs/: the user, admin and install guides open from the Help menu, offline.
SHIPPED = ("ui", "forms", "resources", "docs")
# Build scripts (forms/build_survey.py, forms/source/, codelist generators) are for
# maintainers; the app reads only the built workbook, .ui, .qm, .ttf, .csv and .qss files.
LEAVE_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", "*.py")


class BuildPyWithShippedFiles(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads the folders in place; copying them would only
        # leave a stale second copy behind.
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "lintas" / "shipped"
        for name in SHIPPED:
            source = HERE / name
            if not source.is_dir():
                raise SystemExit(f"cannot build: the folder {name}/ is missing from {HERE}")
            destination = target / name
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(source, destination, ignore=LEAVE_OUT)


setup(cmdclass={"build_py": BuildPyWithShippedFiles})
