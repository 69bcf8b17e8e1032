"""The desktop part of ``lintas self-test``: Qt starts, screens load, fonts are there.

Qt is imported inside each check, so a broken Qt install shows as a FAIL line with
advice instead of stopping the whole self-test. Qt runs offscreen here: that tests
the app's own files and libraries on any machine, with or without a screen. Whether
the desktop window plugin can start is a separate check, because on Linux it needs
system libraries that a fresh Debian or Ubuntu lacks.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

from lintas.selftest import Check, CheckFailed, CheckWarning, Context

# Qt >= 6.5's xcb plugin refuses to load without libxcb-cursor ("From 6.5.0,
# xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin").
# (library name for ctypes, Debian/Ubuntu package)
XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-randr", "libxcb-randr0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-xkb", "libxcb-xkb1"),
    ("EGL", "libegl1"),
    ("fontconfig", "libfontconfig1"),
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
            f"Qt could not be loaded ({error}). Reinstall Lintas; on Linux also install "
            "the system libraries named in docs/user-guide.md."
        ) from None
    application("en")
    widget = load_ui("welcome")
    widget.deleteLater()
    import PySide6

    return f"Qt {PySide6.__version__} started offscreen and loaded the welcome screen"


def _fonts(ctx: Context) -> str:
    from lintas.gui.fonts import load_bundled_fonts

    families = set(load_bundled_fonts())
    missing = [f for f in SCRIPT_FONTS if f not in families]
    if missing:
        raise CheckFailed(
            f"Fonts missing from this install: {', '.join(missing)}. Thai, Khmer, Lao or "
            "Myanmar text would show as boxes. Reinstall Lintas from the release files."
        )
    return f"{len(SCRIPT_FONTS)} font families loaded (Latin, Thai, Khmer, Lao, Myanmar)"


def _desktop_libraries(ctx: Context) -> str:
    if not sys.platform.startswith("linux"):
        return "not needed on this system"
    missing = [pkg for lib, pkg in XCB_LIBRARIES if ctypes.util.find_library(lib) is None]
    if not missing:
        return "the libraries for the desktop window (xcb) are installed"
    advice = (
        f"The desktop window cannot open without: {' '.join(missing)}. Ask the office's "
        f"IT support to run: sudo apt-get install {' '.join(missing)}"
    )
    # With a screen, the app would not start: that is a failure. Without one (a server,
    # a CI machine), only the offscreen commands are used, so it is a warning.
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        raise CheckFailed(advice)
    raise CheckWarning(advice)


CHECKS = [
    Check("Qt starts (offscreen)", _qt_starts),
    Check("Fonts for every script", _fonts, needs=("Qt starts (offscreen)",)),
    Check("Desktop window libraries", _desktop_libraries),
]
