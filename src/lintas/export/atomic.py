"""Write a file under a temporary name in its folder, fsync, then rename: all or nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from lintas.errors import LintasError


@contextlib.contextmanager
def atomic_path(destination: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``destination``; on success it replaces it.

    On any error or cancellation the temporary file is removed and ``destination`` is
    left as it was, so a reader never sees half a workbook.
    """
    folder = destination.parent
    if not folder.is_dir():
        raise LintasError(f"The folder '{folder}' does not exist. Make it or choose another.")
    temporary = folder / f".{destination.name}.{secrets.token_hex(4)}.part"
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, destination)
        _sync_folder(folder)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if error.errno == errno.ENOSPC:
            raise LintasError(
                f"The disk holding '{folder}' is full; nothing was written. Free some space "
                "or export to another disk."
            ) from None
        raise LintasError(
            f"Cannot write '{destination}': {error.strerror}. Nothing was written."
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder's entry is on disk.
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
