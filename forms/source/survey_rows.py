"""The ASEAN migrant-worker survey, question by question (the form's source).

Order: consent, background (with the returnee module and the child-protection
path), recruitment, work, exploitation, after migration. Variable names and
classes follow ../shared/STANDARDS.md; the ``privacy`` value of every row is
its STANDARDS class (identifier = never stored, quasi, sensitive, "" ordinary).

Texts other than English are drafts by the Lintas team and need a native
speaker's review; the workbook's ``translation_status`` sheet lists each one.
"""

from __future__ import annotations

import s1_consent
import s2_background
import s3_recruitment
import s4_work
import s5_exploitation
import s6_after_migration
from survey_common import Row

SECTIONS = (s1_consent, s2_background, s3_recruitment, s4_work, s5_exploitation, s6_after_migration)
ROWS: list[Row] = [row for section in SECTIONS for row in section.ROWS]

SETTINGS = {
    "form_id": "asean_mw_survey",
    "version": "2026120301",
    "form_title": "ASEAN migrant-worker survey",
    "default_language": "English (en)",
}
