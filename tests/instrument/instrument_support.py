"""Paths and constants shared by the instrument tests (a uniquely named module, unlike conftest)."""

import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
WORKBOOK = FORMS / "asean_migrant_worker_survey.xlsx"
RENDERING = FORMS / "asean_migrant_worker_survey.md"
# The scripted interviews are dated November 2026; the engine runs at this moment.
NOW = datetime(2026, 11, 28, 9, 0, 0)
# Zawgyi types the vowel sign E (U+1031) before its consonant; in Unicode it always follows a
# consonant or medial, so an E at a word start or after a space means Zawgyi text.
ZAWGYI_ORDER = re.compile(r"(^|[\s(/,.-])\u1031")

# The form's source and generator are scripts beside the workbook, not a package.
for folder in (FORMS / "source", FORMS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
