"""The Qt desktop app: the only part of Lintas that imports PySide6."""
