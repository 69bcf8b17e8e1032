"""The guides' pictures are real ``lintas screenshots`` images, and cannot go stale.

Every ``images/NAME.png`` that a guide in docs/ shows must be a screen that
``lintas screenshots`` renders today (its file is ``NN-NAME.png``), and the picture in
docs/images must still look like that render. Pixel-exact would fail on dates (the
demo vault's interviews are dated relative to today) and on the random folder and
key names of the exchange screens, so a picture counts as stale when more than 5%
of its pixels changed visibly: a moved button, a new field or a new layout does that.

To refresh the pictures after a screen changed:
``LINTAS_UPDATE_DOC_IMAGES=1 QT_QPA_PLATFORM=offscreen python3 -m pytest tests/docs``
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
IMAGES = DOCS / "images"
UPDATE = os.environ.get("LINTAS_UPDATE_DOC_IMAGES") == "1"
STALE_SHARE = 0.05  # of the pixels, each changed by more than 10 grey levels of 255


def shown_images() -> dict[str, list[str]]:
    """Image name -> the guides that show it."""
    shown: dict[str, list[str]] = {}
    for guide in sorted(DOCS.glob("*.md")):
        for name in re.findall(r"\]\(images/([\w-]+)\.png\)", guide.read_text(encoding="utf-8")):
            shown.setdefault(name, []).append(guide.name)
    return shown


def grey(path: Path) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull(), f"{path} is not a readable PNG"
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return rows.reshape(height, stride)[:, :width].astype(np.int16)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, Path]:
    # As a user runs it, in a process of its own, over a demo vault of its own.
    # The unlock screen shows the vault's folder: a fixed, plain one reads better in a
    # guide than a test's temporary folder, and renders the same every time.
    folder = tmp_path_factory.mktemp("shots")
    demo = Path(tempfile.gettempdir()) / "lintas-docs" / "demo"
    shutil.rmtree(demo.parent, ignore_errors=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LINTAS_DEMO_DIR": str(demo),
           "LINTAS_SETTINGS_DIR": str(tmp_path_factory.mktemp("settings"))}  # fmt: skip
    try:
        subprocess.run([sys.executable, "-m", "lintas", "screenshots", str(folder)],
                       env=env, check=True, capture_output=True, timeout=600)  # fmt: skip
    finally:
        shutil.rmtree(demo.parent, ignore_errors=True)
    return {re.sub(r"^\d+-", "", p.stem): p for p in sorted(folder.glob("*.png"))}


def test_the_guides_show_pictures() -> None:
    # The user guide is illustrated; a refactor that lost every picture fails here.
    assert len(shown_images()) >= 5, shown_images()


@pytest.mark.slow
def test_every_picture_is_a_current_screen(rendered: dict[str, Path]) -> None:
    problems = []
    for name, guides in shown_images().items():
        if name not in rendered:
            problems.append(f"{name}.png ({', '.join(guides)}) is no screen that "
                            f"`lintas screenshots` renders: {sorted(rendered)}")  # fmt: skip
            continue
        picture = IMAGES / f"{name}.png"
        if UPDATE:
            IMAGES.mkdir(exist_ok=True)
            shutil.copyfile(rendered[name], picture)
            continue
        if not picture.is_file():
            problems.append(f"docs/images/{name}.png is missing ({', '.join(guides)})")
            continue
        now, kept = grey(rendered[name]), grey(picture)
        if now.shape != kept.shape:
            problems.append(f"docs/images/{name}.png is {kept.shape}, the screen is {now.shape}")
            continue
        changed = float(np.mean(np.abs(now - kept) > 10))
        if changed > STALE_SHARE:
            problems.append(f"docs/images/{name}.png is stale: {changed:.1%} of it changed")
    assert not problems, "\n".join(problems) + (
        "\nRefresh: LINTAS_UPDATE_DOC_IMAGES=1 QT_QPA_PLATFORM=offscreen "
        "python3 -m pytest tests/docs"
    )


def test_no_picture_is_left_unused() -> None:
    unused = sorted(p.stem for p in IMAGES.glob("*.png") if p.stem not in shown_images())
    assert not unused, f"docs/images holds pictures no guide shows: {unused}"
