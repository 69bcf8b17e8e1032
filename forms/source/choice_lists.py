"""Which code lists make up each choice list of the form.

Every choice list of the survey is regenerated from ``resources/codelists/`` by
``forms/build_survey.py``. An entry is a code list name (all its codes, in file
order) or ``list:code`` (one code, used to append "don't know" or "prefers not
to answer" where that answer makes sense). Nothing here holds a label: labels
live in the code list files only, so the form and the lists cannot disagree.
"""

from __future__ import annotations

DK = "response_code:dk"
REFUSED = "response_code:refused"

CHOICE_LISTS: dict[str, tuple[str, ...]] = {
    "yes_no": ("yes_no",),
    "yes_no_dk": ("yes_no", DK),
    "yes_no_dk_ref": ("yes_no", DK, REFUSED),
    "flow_type": ("flow_type",),
    "site_type": ("site_type",),
    "country": ("country",),
    # Citizenship also needs "stateless" and "unknown" (ICAO Doc 9303 XXA, XXX).
    "citizenship": ("country", "citizenship_special"),
    "sex": ("sex",),
    "marital_status": ("marital_status", REFUSED),
    "dependent_children": ("dependent_children", REFUSED),
    "main_reason": ("main_reason",),
    "education": ("isced_level", DK),
    "minor_accompanied": ("minor_accompanied", REFUSED),
    "return_reason": ("return_reason", DK, REFUSED),
    "recruitment_channel": ("recruitment_channel", DK),
    "currency": ("currency",),
    "lender_type": ("lender_type", DK, REFUSED),
    "industry": ("isic_section", DK),
    "occupation_major": ("isco_major", DK),
    "occupation_submajor": ("isco_submajor",),
    "status_in_employment": ("status_in_employment", DK),
    "worker_category": ("worker_category", DK),
    "remittance_channel": ("remittance_channel", DK),
    "referral_service": ("referral_service",),
}

# Extra code-list columns copied to the choices sheet, for choice_filter expressions.
CHOICE_COLUMNS: dict[str, tuple[str, ...]] = {
    "occupation_submajor": ("major",),
    # Other names people type ("Campuchia", "Hàn Quốc", "Thai"), searched by the app.
    "country": ("also_known_as",),
    "citizenship": ("also_known_as",),
    "currency": ("also_known_as",),
}
