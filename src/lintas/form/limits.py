"""How many repeat instances a response may hold (docs/forms.md, "Limits").

Each instance costs memory and work in every evaluation, and a saved response or
``record add`` input can claim any number. Placing instances is linear (see
benchmarks/repeat_instances.py), so the limit is about memory and a sensible
interview, not time: 10,000 instances of one repeat by default, which a form may
change in its settings sheet (``max_repeat_instances``) up to 100,000.
"""

from __future__ import annotations

from lintas.form.errors import Problem, error
from lintas.form.model import Form
from lintas.i18n import tr

SETTING = "max_repeat_instances"
DEFAULT_MAX_REPEAT_INSTANCES = 10_000
CEILING = 100_000


def repeat_limit(form: Form) -> int:
    """The most instances of one repeat (in one parent) this form allows."""
    value = _parse(form.settings.get(SETTING, ""))
    return value if value is not None else DEFAULT_MAX_REPEAT_INSTANCES


def _parse(text: str) -> int | None:
    text = text.strip()
    if text.endswith(".0"):
        text = text[:-2]  # spreadsheets store 500 as 500.0
    if not text.isdigit() or not 1 <= int(text) <= CEILING:
        return None
    return int(text)


def setting_problems(form: Form) -> list[Problem]:
    text = form.settings.get(SETTING, "")
    if not text or _parse(text) is not None:
        return []
    return [
        error(
            tr(
                "The {setting} setting is '{value}'; it must be a whole number from 1 to "
                "{ceiling} (the most instances of one repeat an interview may hold). "
                "Leave it empty for {default}.",
                setting=SETTING,
                value=text,
                ceiling=f"{CEILING:,}",
                default=f"{DEFAULT_MAX_REPEAT_INSTANCES:,}",
            ),
            "settings",
            2,
            SETTING,
        )
    ]


def too_many(repeat: str, count: int, limit: int) -> str:
    return tr(
        "'{repeat}' has {count} instances, more than the {limit} this form allows in one "
        "interview. Split the data over several records, or raise the limit with the "
        "{setting} setting of the form (at most {ceiling}).",
        repeat=repeat,
        count=f"{count:,}",
        limit=f"{limit:,}",
        setting=SETTING,
        ceiling=f"{CEILING:,}",
    )
