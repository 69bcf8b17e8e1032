"""The self-test's desktop-libraries check asks the dynamic loader, not a name lookup.

A copy of Qt's real xcb plugin in a folder of its own cannot find its Qt libraries
(they are found through the plugin's relative run path), so ``ldd`` reports them
missing: that is a real missing dependency, seen the way the app would see it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from lintas.gui import selftest
from lintas.selftest import CheckFailed, CheckWarning, Context

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


@pytest.fixture
def lone_plugin(tmp_path: Path) -> Path:
    plugin = selftest.xcb_plugin()
    assert plugin is not None and plugin.is_file()
    copy = tmp_path / plugin.name
    shutil.copy2(plugin, copy)
    return copy


def test_the_loader_names_what_a_plugin_cannot_find(lone_plugin: Path) -> None:
    missing = selftest.missing_libraries(lone_plugin)
    assert "libQt6XcbQpa.so.6" in missing


def test_packages_are_named_for_known_libraries_and_others_kept() -> None:
    names = selftest.package_names(
        ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libfoo.so.1"]
    )
    assert names == ["libxcb-cursor0", "libxkbcommon-x11-0", "libfoo.so.1"]


def test_missing_libraries_fail_with_a_screen_and_warn_without(
    lone_plugin: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(selftest, "xcb_plugin", lambda: lone_plugin)
    ctx = Context(folder=tmp_path)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    with pytest.raises(CheckFailed, match=r"libQt6XcbQpa\.so\.6") as failed:
        selftest._desktop_libraries(ctx)
    assert "sudo apt-get install" in str(failed.value)
    monkeypatch.delenv("DISPLAY")
    with pytest.raises(CheckWarning, match="cannot open without"):
        selftest._desktop_libraries(ctx)


def test_the_installed_plugin_is_judged_by_what_the_loader_finds(tmp_path: Path) -> None:
    plugin = selftest.xcb_plugin()
    assert plugin is not None
    missing = selftest.missing_libraries(plugin)
    try:
        detail = selftest._desktop_libraries(Context(folder=tmp_path))
    except (CheckFailed, CheckWarning) as problem:
        assert missing, "the check complained although the loader finds everything"
        assert all(p in str(problem) for p in selftest.package_names(missing))
    else:
        assert not missing and "all found" in detail
