"""The desktop part of ``lintas self-test``: Qt starts, screens load, fonts are there.

Qt is imported inside each check, so a broken Qt install shows as a FAIL line with
advice instead of stopping the whole self-test. Qt runs offscreen here: that tests
the app's own files and libraries on any machine, with or without a screen. Whether
the desktop window plugin can start is a separate check, because on Linux it needs
system libraries that a fresh Debian or Ubuntu lacks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lintas.i18n import N_, current_language
from lintas.i18n import tr as core_tr  # not "tr": Qt's lupdate would take it for its own
from lintas.selftest import Check, CheckFailed, CheckWarning, Context

# Qt >= 6.5's xcb plugin refuses to load without libxcb-cursor ("From 6.5.0,
# xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin").
# The check asks the dynamic loader (ldd) what the plugin itself would load, so it
# is true for a pip install (system libraries) and for the one-folder build (which
# carries its own copies) alike; a lookup by library name alone said OK in the
# frozen app whatever the plugin really found.
# (soname prefix, Debian/Ubuntu package)
XCB_PACKAGES = (
    ("libxcb-cursor.so", "libxcb-cursor0"),
    ("libxkbcommon-x11.so", "libxkbcommon-x11-0"),
    ("libxkbcommon.so", "libxkbcommon0"),
    ("libxcb-icccm.so", "libxcb-icccm4"),
    ("libxcb-keysyms.so", "libxcb-keysyms1"),
    ("libxcb-image.so", "libxcb-image0"),
    ("libxcb-render-util.so", "libxcb-render-util0"),
    ("libxcb-randr.so", "libxcb-randr0"),
    ("libxcb-shape.so", "libxcb-shape0"),
    ("libxcb-xkb.so", "libxcb-xkb1"),
    ("libxcb-util.so", "libxcb-util1"),
    ("libX11-xcb.so", "libx11-xcb1"),
    ("libEGL.so", "libegl1"),
    ("libGL.so", "libgl1"),
    ("libOpenGL.so", "libopengl0"),
    ("libfontconfig.so", "libfontconfig1"),
    ("libdbus-1.so", "libdbus-1-3"),
)
SCRIPT_FONTS = (
    "Noto Sans",
    "Noto Sans Thai",
    "Noto Sans Khmer",
    "Noto Sans Lao",
    "Noto Sans Myanmar",
)


def _qt_starts(ctx: Context) -> str:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from lintas.gui.app import application
        from lintas.gui.uiloader import load_ui
    except ImportError as error:
        raise CheckFailed(
            core_tr(
                "Qt could not be loaded ({error}). Reinstall Lintas; on Linux also install "
                "the system libraries named in docs/user-guide.md.",
                error=error,
            )
        ) from None
    # The language the self-test is reporting in (the CLI's --lang or LANG): starting Qt
    # installs the app language for the core's messages too, which must not reset it.
    application(current_language())
    widget = load_ui("welcome")
    widget.deleteLater()
    import PySide6

    return core_tr(
        "Qt {version} started offscreen and loaded the welcome screen",
        version=PySide6.__version__,
    )


def _fonts(ctx: Context) -> str:
    from lintas.gui.fonts import load_bundled_fonts

    families = set(load_bundled_fonts())
    missing = [f for f in SCRIPT_FONTS if f not in families]
    if missing:
        raise CheckFailed(
            core_tr(
                "Fonts missing from this install: {fonts}. Thai, Khmer, Lao or Myanmar text "
                "would show as boxes. Reinstall Lintas from the release files.",
                fonts=", ".join(missing),
            )
        )
    return core_tr(
        "{count} font families loaded (Latin, Thai, Khmer, Lao, Myanmar)", count=len(SCRIPT_FONTS)
    )


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries the dynamic loader cannot find for ``plugin`` (``ldd``'s view)."""
    try:
        done = subprocess.run(
            ["ldd", str(plugin)], check=False, capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise CheckWarning(
            core_tr(
                "Could not ask the system which libraries the desktop window needs ({error}).",
                error=error,
            )
        ) from None
    # Lines look like "libxcb-cursor.so.0 => not found".
    return [line.split("=>")[0].strip() for line in done.stdout.splitlines()
            if line.strip().endswith("=> not found")]  # fmt: skip


def package_names(sonames: list[str]) -> list[str]:
    """Debian/Ubuntu package names for missing libraries; unknown ones as they are."""
    names = []
    for soname in sonames:
        package = next((pkg for prefix, pkg in XCB_PACKAGES if soname.startswith(prefix)), soname)
        if package not in names:
            names.append(package)
    return names


def xcb_plugin() -> Path | None:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    found = sorted((plugins / "platforms").glob("libqxcb*.so*"))
    return found[0] if found else None


def _desktop_libraries(ctx: Context) -> str:
    if not sys.platform.startswith("linux"):
        return core_tr("not needed on this system")
    plugin = xcb_plugin()
    if plugin is None:
        raise CheckFailed(
            core_tr(
                "This install has no desktop window plugin for Linux (libqxcb.so). "
                "Reinstall Lintas from the release files."
            )
        )
    missing = package_names(missing_libraries(plugin))
    if not missing:
        return core_tr("the libraries for the desktop window (xcb) are all found")
    advice = core_tr(
        "The desktop window cannot open without: {packages}. Ask the office's "
        "IT support to run: sudo apt-get install {packages}",
        packages=" ".join(missing),
    )
    # With a screen, the app would not start: that is a failure. Without one (a server,
    # a CI machine), only the offscreen commands are used, so it is a warning.
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        raise CheckFailed(advice)
    raise CheckWarning(advice)


CHECKS = [
    Check(N_("Qt starts (offscreen)"), _qt_starts, in_app=False),
    Check(N_("Fonts for every script"), _fonts, needs=("Qt starts (offscreen)",), in_app=False),
    Check(N_("Desktop window libraries"), _desktop_libraries),
]
