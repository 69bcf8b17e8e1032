"""The Qt desktop app: the only part of Lintas that imports PySide6."""

from lintas.gui.compat import protect_none

protect_none()  # before any Qt call: see lintas.gui.compat
