"""The core must never load Qt (STYLE.md, convention 1)."""

import importlib
import pkgutil
import subprocess
import sys

import lintas


def core_module_names() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(lintas.__path__, "lintas."):
        if info.name == "lintas.gui" or info.name.startswith("lintas.gui."):
            continue
        names.append(info.name)
    return names


def test_there_are_core_modules_to_check():
    names = core_module_names()
    assert "lintas.errors" in names
    assert "lintas.form.model" in names


def test_importing_every_core_module_loads_no_pyside6():
    # A fresh interpreter, so that Qt loaded by other tests cannot hide or fake a result.
    script = (
        "import importlib, sys\n"
        f"for name in {core_module_names()!r}:\n"
        "    if name != 'lintas.__main__':\n"
        "        importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]", f"core modules loaded Qt: {out}"


def test_core_modules_import_cleanly():
    for name in core_module_names():
        if name != "lintas.__main__":
            importlib.import_module(name)
