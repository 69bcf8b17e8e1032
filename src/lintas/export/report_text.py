"""Every English sentence of the privacy report, in one place.

The report (lintas.export.level_report) only picks a sentence and fills it in; the
wording lives here so that it can move, as it is, into the core message catalogue
(issue 11) and be translated there. Placeholders are ``str.format`` fields.
"""

from __future__ import annotations

from collections.abc import Mapping

# Names the report shows for metadata a level treats as a question.
META_LABELS: Mapping[str, str] = {"_office": "Office of origin"}

LEVEL_NAMES: Mapping[str, str] = {
    "public": "public",
    "restricted": "restricted",
    "internal": "internal",
}

TEXT: Mapping[str, str] = {
    # -- the answer first ---------------------------------------------------------------
    "title": "Privacy report: {form}, {level} level",
    "period": "Final interviews made from {since} to {last} (both days included).",
    "period_since": "Final interviews made from {since} on.",
    "period_until": "Final interviews made up to {last} (included).",
    "no_records": ("There are no final interviews of this form yet, so there is nothing to share."),
    "no_records_do": "Finalise interviews, then check again.",
    "internal": (
        "The internal level is for this office only: {records} final interviews with every "
        "answer except identifiers, nothing blanked or grouped. Do not share it outside the "
        "office."
    ),
    "internal_do": "To share with others, check the restricted or the public level.",
    "no_questions": (
        "At the {level} level this form publishes no question: the form does not say which "
        "questions a {level} file may carry."
    ),
    "no_questions_do": (
        "Add an sdc_level column to the form's survey sheet that names the most open level "
        "of each question (docs/privacy.md), or check the restricted level."
    ),
    "answer": (
        "At the {level} level, {shared} of the {records} final interviews can be shared, "
        "with {columns} {question_word}."
    ),
    "answer_clean": "Nothing is left out or blanked.",
    "answer_changes": "To reach that, {changes}.",
    "change_left_out": "{count} {interview_word} would be left out",
    "change_dropped": "{labels} would be left out of the file",
    "change_loses": "{label} loses {share} of its answers",
    # -- findings -------------------------------------------------------------------------
    "rule": (
        "Every combination of {labels} is shared by at least {k} published interviews "
        "(the aim is {target}), so no one can be picked out by them."
    ),
    "rule_nothing": (
        "No interview can be shared yet: each combination of {labels} must be shared by "
        "at least {target} published interviews."
    ),
    "rule_why": "This is what the {level} level asks for.",
    "rule_none": "No question of this file can pick a person out, so nothing is blanked.",
    "left_out": (
        "{count} {interview_word} would be left out: even with answers blanked they would "
        "still stand out."
    ),
    "left_out_do": "Wait for more interviews{period}{coarser}.",
    "longer_period": ", or check a longer period",
    "coarser_public": ", or share at the restricted level, which needs smaller groups",
    "dropped": (
        "{label} would be left out of the file: disclosure control would have blanked "
        "{share} of its answers."
    ),
    "dropped_do": (
        "To keep it: collect more interviews{period}, or give it a coarser "
        "grouping in the form (the sdc_recode column, docs/privacy.md){coarser}."
    ),
    "loses": (
        "{label} loses {share} of its answers: {count} blanked where they would pick a person out."
    ),
    "loses_do": (
        "To keep more of them: collect more interviews{period}, or give it a coarser "
        "grouping (the sdc_recode column)."
    ),
    "loses_small": "The loss is small.",
    "loses_sensitive": (
        "{label} loses {share} of its answers: {count} blanked in groups where everyone "
        "gave the same answer, which would tell it about each of them."
    ),
    "blanked": "{label}: {count} blanked where they would pick a person out.",
    "blanked_why": "Only a few, where the office would tell who it is.",
    "recoded": "{label} is published as {rule} ({count} answers changed).",
    "top_coded": (
        "{label} is capped at the 99th percentile within {within} ({count} amounts lowered)."
    ),
    "as_published": "This is how the {level} level publishes it.",
    "not_published": "{count} {question_word} are not in the {level} file: {labels}.",
    "not_published_do_public": (
        "The public file carries only the questions declared for it. If a licensed "
        "researcher needs more, check the restricted level."
    ),
    "not_published_do": (
        "They stay in the office's internal file. A form can declare more with the "
        "sdc_level column (docs/privacy.md)."
    ),
    "do": "What to do: {advice}",
    "form_policy": (
        "The form's own privacy roles, checked as declared (every quasi-identifier and "
        "sensitive question of the form, not the level's published set):"
    ),
    "nothing_to_do": "Nothing to do.",
    # -- words ----------------------------------------------------------------------------
    "question": "question",
    "questions": "questions",
    "interview": "interview",
    "interviews": "interviews",
    "and": "and",
    "less_than_one": "less than 1%",
}


def text(key: str, **fields: object) -> str:
    """The sentence ``key`` with ``fields`` filled in."""
    return TEXT[key].format(**fields)


def plural(count: int, one: str, many: str) -> str:
    return TEXT[one] if count == 1 else TEXT[many]


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {TEXT['and']} {items[-1]}"


def share(lost: float) -> str:
    """A lost share in whole percent; a loss that rounds to 0 still shows."""
    if 0 < lost < 0.005:
        return TEXT["less_than_one"]
    return f"{lost:.0%}"
