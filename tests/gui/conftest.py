"""GUI fixtures: a real main window over real vaults in tmp_path, offscreen."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lintas.gui.demo_form import demo_form_bytes
from lintas.vault import KdfParams

# Cheap Argon2id through the vault's own parameter, so that GUI tests stay fast.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "seven green mangoes ripen"


@pytest.fixture
def prefs(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def form_file(tmp_path) -> Path:
    path = tmp_path / "lintas_demo_survey.md"
    path.write_bytes(demo_form_bytes())
    return path


@pytest.fixture
def window(qtbot, prefs):
    from lintas.gui.app import build_window

    win = build_window("en", vault_options={"kdf": FAST_KDF}, prefs=prefs, autosave_seconds=1)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.session.operations.wait(5000)
    if win.session.is_open:
        win.session.close()
