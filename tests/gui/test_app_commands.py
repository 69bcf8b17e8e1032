"""``lintas demo`` and ``lintas screenshots`` as a person runs them, in a fresh process."""

import datetime as dt
import json
import os
import struct
import subprocess
import sys

import pytest

from lintas.vault import Vault


def lintas(*args, env):
    command = [sys.executable, "-m", "lintas", *args]
    return subprocess.run(
        command, check=False, capture_output=True, text=True, env=env, timeout=600
    )


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    return {**os.environ, "LINTAS_DEMO_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.slow
def test_demo_creates_a_vault_with_synthetic_interviews_once(demo_env):
    first = lintas("demo", "--no-open", "--json", env=demo_env)
    assert first.returncode == 0, first.stderr
    info = json.loads(first.stdout)
    assert info["created"] is True
    with Vault.open(info["path"], user="anan", passphrase=info["passphrase"]) as vault:
        assert vault.count() >= 400
        assert len(vault.forms()) >= 1
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
        latest = max(record.created_at for record in vault.submissions())
        assert latest[:19] <= now, "a demo interview is dated in the future"
    again = json.loads(lintas("demo", "--no-open", "--json", env=demo_env).stdout)
    assert again["created"] is False and again["path"] == info["path"]


def png_size(path):
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.mark.slow
def test_screenshots_render_every_main_screen_at_1366_by_768(demo_env, tmp_path):
    result = lintas("screenshots", str(tmp_path / "shots"), "--lang", "my", env=demo_env)
    assert result.returncode == 0, result.stderr
    shots = sorted((tmp_path / "shots").glob("*.png"))
    names = {path.stem.split("-", 1)[1] for path in shots}
    assert {"welcome", "unlock", "home", "interview", "review", "records", "export"} <= names
    exchange = {"peers", "trust-card", "send", "receive", "refused", "receipts", "conflicts"}
    assert {f"exchange-{name}" for name in exchange} <= names
    # The office screens, the type-ahead popup among them: it is typed into key by key.
    assert {"radio-focus", "type-ahead", "backup", "restore", "forms-and-versions"} <= names
    assert all(png_size(path) == (1366, 768) for path in shots)
