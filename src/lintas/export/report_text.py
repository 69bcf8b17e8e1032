"""Every English sentence of the privacy report, in one place.

The report (lintas.export.level_report) only picks a sentence and fills it in; the
wording lives here, each sentence marked with ``N_`` for the core message catalogue
(lintas.i18n) and translated by ``text()``. Placeholders are ``str.format`` fields.
"""

from __future__ import annotations

from collections.abc import Mapping

from lintas.i18n import N_, tr

# Names the report shows for metadata a level treats as a question.
META_LABELS: Mapping[str, str] = {"_office": N_("Office of origin")}

LEVEL_NAMES: Mapping[str, str] = {
    "public": N_("public"),
    "restricted": N_("restricted"),
    "internal": N_("internal"),
}

TEXT: Mapping[str, str] = {
    # -- the answer first ---------------------------------------------------------------
    "title": N_("Privacy report: {form}, {level} level"),
    "period": N_("Final interviews made from {since} to {last} (both days included)."),
    "period_since": N_("Final interviews made from {since} on."),
    "period_until": N_("Final interviews made up to {last} (included)."),
    "no_records": N_(
        "There are no final interviews of this form yet, so there is nothing to share."
    ),
    "no_records_do": N_("Finalise interviews, then check again."),
    "internal": (
        N_("The internal level is for this office only: {records} final interviews with every "
        "answer except identifiers, nothing blanked or grouped. Do not share it outside the "
        "office.")
    ),
    "internal_do": N_("To share with others, check the restricted or the public level."),
    "no_questions": (
        N_("At the {level} level this form publishes no question: the form does not say which "
        "questions a {level} file may carry.")
    ),
    "no_questions_do": (
        N_("Add an sdc_level column to the form's survey sheet that names the most open level "
        "of each question (docs/privacy.md), or check the restricted level.")
    ),
    "answer": (
        N_("At the {level} level, {shared} of the {records} final interviews can be shared, "
        "with {columns} {question_word}.")
    ),
    "answer_clean": N_("Nothing is left out or blanked."),
    "answer_changes": N_("To reach that, {changes}."),
    "change_left_out": N_("{count} {interview_word} would be left out"),
    "change_dropped": N_("{labels} would be left out of the file"),
    "change_loses": N_("{label} loses {share} of its answers"),
    # -- findings -------------------------------------------------------------------------
    "rule": (
        N_("Every combination of {labels} is shared by at least {k} published interviews "
        "(the aim is {target}), so no one can be picked out by them.")
    ),
    "rule_nothing": (
        N_("No interview can be shared yet: each combination of {labels} must be shared by "
        "at least {target} published interviews.")
    ),
    "rule_why": N_("This is what the {level} level asks for."),
    "rule_none": N_("No question of this file can pick a person out, so nothing is blanked."),
    "left_out": (
        N_("{count} {interview_word} would be left out: even with answers blanked they would "
        "still stand out.")
    ),
    "left_out_do": N_("Wait for more interviews{period}{coarser}."),
    "longer_period": N_(", or check a longer period"),
    "coarser_public": N_(", or share at the restricted level, which needs smaller groups"),
    "dropped": (
        N_("{label} would be left out of the file: disclosure control would have blanked "
        "{share} of its answers.")
    ),
    "dropped_do": (
        N_("To keep it: collect more interviews{period}, or give it a coarser "
        "grouping in the form (the sdc_recode column, docs/privacy.md){coarser}.")
    ),
    "loses": (
        N_("{label} loses {share} of its answers: {count} blanked where they would pick a "
           "person out.")
    ),
    "loses_do": (
        N_("To keep more of them: collect more interviews{period}, or give it a coarser "
        "grouping (the sdc_recode column).")
    ),
    "loses_small": N_("The loss is small."),
    "loses_sensitive": (
        N_("{label} loses {share} of its answers: {count} blanked in groups where everyone "
        "gave the same answer, which would tell it about each of them.")
    ),
    "blanked": N_("{label}: {count} blanked where they would pick a person out."),
    "blanked_why": N_("Only a few, where the office would tell who it is."),
    "recoded": N_("{label} is published as {rule} ({count} answers changed)."),
    "top_coded": (
        N_("{label} is capped at the 99th percentile within {within} ({count} amounts lowered).")
    ),
    "as_published": N_("This is how the {level} level publishes it."),
    "not_published": N_("{count} {question_word} are not in the {level} file: {labels}."),
    "not_published_do_public": (
        N_("The public file carries only the questions declared for it. If a licensed "
        "researcher needs more, check the restricted level.")
    ),
    "not_published_do": (
        N_("They stay in the office's internal file. A form can declare more with the "
        "sdc_level column (docs/privacy.md).")
    ),
    "do": N_("What to do: {advice}"),
    "form_policy": (
        N_("The form's own privacy roles, checked as declared (every quasi-identifier and "
        "sensitive question of the form, not the level's published set):")
    ),
    "nothing_to_do": N_("Nothing to do."),
    # -- words ----------------------------------------------------------------------------
    "question": N_("question"),
    "questions": N_("questions"),
    "interview": N_("interview"),
    "interviews": N_("interviews"),
    "and": N_("and"),
    "less_than_one": N_("less than 1%"),
}


def text(key: str, **fields: object) -> str:
    """The sentence ``key`` in the user's language with ``fields`` filled in."""
    level = fields.get("level")
    if isinstance(level, str) and level in LEVEL_NAMES:
        fields["level"] = tr(LEVEL_NAMES[level])  # the level's name in that language
    return tr(TEXT[key], **fields)


def plural(count: int, one: str, many: str) -> str:
    return tr(TEXT[one] if count == 1 else TEXT[many])


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {tr(TEXT['and'])} {items[-1]}"


def share(lost: float) -> str:
    """A lost share in whole percent; a loss that rounds to 0 still shows."""
    if 0 < lost < 0.005:
        return tr(TEXT["less_than_one"])
    return f"{lost:.0%}"
