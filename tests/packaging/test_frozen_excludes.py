"""Nothing the app imports may be one of the modules build.spec leaves out of the frozen
build. The freeze does not fail when that happens: the frozen app stops with
ModuleNotFoundError the first time the screen that needs it opens (it happened with
PySide6.QtTest in the screenshots of the office dialogs)."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import lintas

SPEC = Path(__file__).resolve().parents[2] / "build.spec"


def excluded_modules() -> list[str]:
    """The names build.spec passes as ``excludes``, with its UNUSED_QT list expanded."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    unused_qt: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "UNUSED_QT" for t in node.targets
        ):
            unused_qt = list(ast.literal_eval(node.value))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "excludes":
            assert isinstance(node.value, ast.List)
            for item in node.value.elts:
                if isinstance(item, ast.Constant):
                    names.append(item.value)
                elif isinstance(item, ast.Starred):  # [f"PySide6.{name}" for name in UNUSED_QT]
                    names += [f"PySide6.{name}" for name in unused_qt]
    return names


def test_the_spec_excludes_are_read():
    names = excluded_modules()
    assert "scipy" in names and "PySide6.QtWebEngineCore" in names


def test_no_app_module_imports_an_excluded_module():
    modules = [
        info.name
        for info in pkgutil.walk_packages(lintas.__path__, "lintas.")
        if info.name != "lintas.__main__"
    ]
    # A fresh interpreter: what other tests loaded must not hide or fake a result.
    script = (
        "import importlib, os, sys\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"excluded = {excluded_modules()!r}\n"
        "print(sorted(n for n in excluded if n in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]", f"the app imports modules that build.spec leaves out: {out}"
