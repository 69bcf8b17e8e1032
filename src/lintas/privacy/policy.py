"""Disclosure levels and the policy that one export or report follows.

Targets (STANDARDS.md, "Disclosure control"; sdcMicro and the IHSN SDC guide):
k = 3 for restricted sharing between ministries, ILO and IOM; k = 5 for public
files; k = 11 for either whenever sensitive attributes (trafficking and
forced-labour indicators) go out with the records, the level IOM's
Counter-Trafficking Data Collaborative uses. ``internal`` stays in the office:
nothing is enforced, the measures are only reported. l = 2 (distinct) for every
sensitive attribute, except at the internal level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lintas.form.model import Form, Privacy
from lintas.privacy.errors import UnknownLevelError
from lintas.privacy.recoding import parse_form_setting, rule_named

LEVELS = ("public", "restricted", "internal")
LEVEL_K = {"public": 5, "restricted": 3, "internal": 1}
SENSITIVE_K = 11
SENSITIVE_L = 2
RECODE_COLUMN = "sdc_recode"


def target_k(level: str, includes_sensitive: bool) -> int:
    """The k a file at ``level`` must reach."""
    if level not in LEVEL_K:
        raise UnknownLevelError(
            f"The disclosure level '{level}' is not known. Use public, restricted or internal."
        )
    if level != "internal" and includes_sensitive:
        return SENSITIVE_K
    return LEVEL_K[level]


@dataclass(frozen=True)
class DisclosurePolicy:
    """What to protect and how far: quasi-identifiers, sensitive attributes, targets."""

    level: str
    quasi: tuple[str, ...]
    sensitive: tuple[str, ...] = ()
    recoding: Mapping[str, str] = field(default_factory=dict)  # question -> rule name
    k: int = 0  # 0: derive from the level
    l: int = -1  # -1: derive from the level  # noqa: E741
    enforce_l: bool = True
    # Quasi-identifier -> the share of its answered values local suppression may blank
    # before it prefers another quasi-identifier (suppression.py, step 3); 1 if absent.
    suppression_limits: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.k == 0:
            object.__setattr__(self, "k", target_k(self.level, bool(self.sensitive)))
        else:
            target_k(self.level, False)  # still reject an unknown level
        if self.l == -1:
            wanted = SENSITIVE_L if self.sensitive and self.level != "internal" else 1
            object.__setattr__(self, "l", wanted)
        for name in self.recoding.values():
            rule_named(name)
        object.__setattr__(self, "recoding", dict(self.recoding))

    @classmethod
    def for_form(
        cls, form: Form, level: str, *, include_sensitive: bool = True
    ) -> DisclosurePolicy:
        """The policy the form declares: its quasi and sensitive questions and recoding."""
        quasi = tuple(q.key for q in form.questions_with(Privacy.QUASI))
        sensitive = tuple(q.key for q in form.questions_with(Privacy.SENSITIVE))
        return cls(
            level=level,
            quasi=quasi,
            sensitive=sensitive if include_sensitive else (),
            recoding=declared_recoding(form),
        )


def declared_recoding(form: Form) -> dict[str, str]:
    """Recoding rules from the settings sheet, then per question (which wins)."""
    declared = parse_form_setting(form.settings.get(RECODE_COLUMN, ""))
    for question in form.questions():
        name = question.extra.get(RECODE_COLUMN, "").strip()
        if name:
            declared[question.key] = rule_named(name).name
    return declared
