"""Bundled Noto fonts, so Thai, Khmer, Lao and Myanmar text renders on a bare laptop.

The offscreen platform (screenshots, CI) has no system fonts at all: without
these files Qt would draw empty boxes or nothing.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from lintas.gui.paths import resources_dir

# The Latin/Vietnamese family first: it is the app's base font, and Qt falls
# back through the others for scripts it lacks.
BASE_FAMILY = "Noto Sans"
SCRIPT_FAMILIES = (
    "Noto Sans Thai",
    "Noto Sans Khmer",
    "Noto Sans Lao",
    "Noto Sans Myanmar",
)

_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register every bundled .ttf once; return the font families now available."""
    if _loaded:
        return list(_loaded)
    families: set[str] = set()
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    _loaded.extend(sorted(families))
    return list(_loaded)


def base_font(point_size: int = 10) -> QFont:
    """The app font: Noto Sans, with the script families as fallbacks."""
    font = QFont(BASE_FAMILY, point_size)
    available = set(load_bundled_fonts())
    font.setFamilies([BASE_FAMILY, *[f for f in SCRIPT_FAMILIES if f in available]])
    return font
