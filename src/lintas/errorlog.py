"""The local error log: what a developer needs from an unexpected error, and no data.

A clerk never sees a traceback. The CLI and the desktop app say what to do and
write the technical details here, in the user's data folder
(``$XDG_DATA_HOME/lintas/logs/errors.log``, by default ``~/.local/share/...``;
``%LOCALAPPDATA%\\Lintas\\logs`` on Windows; ``$LINTAS_LOG_DIR`` overrides).

What goes in: the time, the Lintas, Python and OS versions, the command's name
(never its arguments), the exception's type and the chain of code locations
(file, line, function, the line of source code). What never goes in: the exception's
message and the values of variables, because either can hold an answer, a name, a
document number or a passphrase (a ValueError quoting a cell, a path with a name in
it). A developer reproduces from the location; the data stays in the vault.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import traceback
from pathlib import Path

from lintas import __version__
from lintas.i18n import tr

LOG_NAME = "errors.log"
MAX_BYTES = 512 * 1024  # the log is rotated once, so it never fills a field laptop


def log_dir() -> Path:
    configured = os.environ.get("LINTAS_LOG_DIR")
    if configured:
        return Path(configured).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Lintas" / "logs"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "lintas" / "logs"


def describe(error: BaseException, where: str) -> str:
    """The log entry for ``error``: locations and types only, never messages or values."""
    lines = [
        f"== {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} in {where}",
        f"lintas {__version__}, Python {platform.python_version()}, {platform.platform()}",
    ]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / while handling:")
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    # Paths below site-packages or the project say where the code is, not who the user is.
    parts = Path(filename).parts
    for anchor in ("lintas", "site-packages"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return Path(filename).name


def write(error: BaseException, where: str) -> Path | None:
    """Append the entry for ``error``; returns the log's path, or None if it cannot be written."""
    folder = log_dir()
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_suffix(".log.1"))
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(describe(error, where))
    except OSError:
        return None  # a full or read-only disk: the message on screen still says what to do
    return path


def user_message(log: Path | None) -> str:
    where = (
        tr("The details for support are in {log}.", log=log)
        if log
        else tr("No log could be written.")
    )
    return tr(
        "Lintas hit an unexpected problem and stopped this action. Saved interviews are safe. "
        "Try again; if it happens again, tell your supervisor or IT support. {where}",
        where=where,
    )
