"""A label's sound or video prompt, opened with the computer's own player.

The recording is one of the form's files: installed with the form, the same for every
interview, never an answer. So it may be written out for a player to read, which an
answer's attachment never is (those stay inside the vault). Lintas bundles no media
player (Qt Multimedia would add its codecs to every install for a rare form feature);
the system's player handles the formats field forms use (mp3, m4a, ogg, mp4, 3gp).

Files go into one folder that only this user can read, under a name made from their
content (a form's file name could hold ``../`` or a name the system treats specially);
the folder is removed when the app exits.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

_state: dict[str, Path] = {}  # "folder": this process's private folder, once made
# What a player needs from the name is its type; anything else could be hostile.
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def recording_path(name: str, data: bytes) -> Path:
    """A private file holding ``data``, with ``name``'s type suffix, for a player."""
    found = _SUFFIX.search(name)
    suffix = found.group(0).lower() if found else ""
    path = _private_folder() / (hashlib.sha256(data).hexdigest()[:32] + suffix)
    if not path.exists():
        partial = path.with_name(path.name + ".part")
        with open(partial, "wb") as out:
            out.write(data)
        os.replace(partial, path)  # a player never sees half a file
    return path


def _private_folder() -> Path:
    folder = _state.get("folder")
    if folder is None or not folder.is_dir():
        folder = _state["folder"] = Path(tempfile.mkdtemp(prefix="lintas-prompts-"))  # 0700
        atexit.register(shutil.rmtree, folder, True)
    return folder


def remove_all() -> None:
    """Remove the folder now (the app does at exit; tests call it)."""
    folder = _state.pop("folder", None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
