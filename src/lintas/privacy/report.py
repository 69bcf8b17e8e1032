"""The privacy report of one form in a vault: what an export at a level would do.

Runs the disclosure-control pass over the form's final submissions without
writing anything, so a supervisor can see k, l, the records at risk, the
recoding and the suppression before exporting. Quasi-identifiers asked inside
a repeat describe household members, not respondents; they are listed but
not part of the respondent-level check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lintas.form.model import Form, Group, Privacy
from lintas.privacy.anonymise import DisclosureReport, assess
from lintas.privacy.equivalence import class_keys, class_sizes, k_of
from lintas.privacy.policy import DisclosurePolicy
from lintas.progress import Progress, report
from lintas.vault import Vault


@dataclass(frozen=True)
class PrivacyReport:
    form_id: str
    form_version: str
    policy: DisclosurePolicy
    k_raw: int  # before recoding
    records_at_risk_raw: int
    in_repeats: tuple[str, ...]  # quasi/sensitive questions inside repeats (not checked)
    disclosure: DisclosureReport

    def to_dict(self) -> dict[str, Any]:
        return {
            "form_id": self.form_id,
            "form_version": self.form_version,
            "quasi_identifiers": list(self.policy.quasi),
            "sensitive": list(self.policy.sensitive),
            "k_before_recoding": self.k_raw,
            "records_at_risk_before_recoding": self.records_at_risk_raw,
            "not_checked_in_repeats": list(self.in_repeats),
            **self.disclosure.to_dict(),
        }

    def lines(self) -> list[str]:
        d = self.disclosure
        out = [
            f"Form {self.form_id} version {self.form_version}, level {d.level}: "
            f"{d.records} final records.",
            f"Quasi-identifiers: {', '.join(self.policy.quasi) or '(none declared)'}.",
            f"Sensitive: {', '.join(self.policy.sensitive) or '(none)'}.",
            f"Target k = {d.k_target}, l = {d.l_target}.",
            f"As entered: k = {self.k_raw}, {self.records_at_risk_raw} records at risk.",
        ]
        for question, rule, changed in d.recoding:
            out.append(f"Recoding {question} with {rule}: {changed} values changed.")
        out.append(f"After recoding: k = {d.k_before}, {d.records_at_risk_before} records at risk.")
        for question, count in d.values_suppressed:
            out.append(f"Suppression: {count} values of {question} would be blanked.")
        if d.records_removed:
            out.append(f"{d.records_removed} records would be left out (no way to reach k).")
        l_text = "n/a" if d.l_reached is None else str(d.l_reached)
        if not d.records:
            # Nothing to publish is not a failure to protect: say what to do instead.
            out.append("Result: no final records yet, so there is nothing to assess. "
                       "Finalise interviews, then run the report again.")  # fmt: skip
        else:
            verdict = "meets" if d.target_met else "does NOT meet"
            out.append(f"Result: k = {d.k_reached}, l = {l_text}, {d.classes} classes; "
                       f"{verdict} the target.")  # fmt: skip
        if self.in_repeats:
            out.append(f"Not checked (inside repeats): {', '.join(self.in_repeats)}.")
        return out


def _in_repeats(form: Form) -> tuple[str, ...]:
    names: list[str] = []

    def walk(children: tuple[Any, ...], inside: bool) -> None:
        for element in children:
            if isinstance(element, Group):
                walk(element.children, inside or element.repeat)
            elif inside and element.privacy in (Privacy.QUASI, Privacy.SENSITIVE):
                names.append(element.key)

    walk(form.children, False)
    return tuple(names)


def privacy_report(
    vault: Vault,
    form_id: str,
    level: str,
    *,
    include_sensitive: bool = True,
    progress: Progress | None = None,
) -> PrivacyReport:
    """Assess the form's final submissions at ``level``; changes nothing anywhere."""
    form = vault.form(form_id)
    report(progress, 0, 2, "Reading submissions")
    records = [dict(s.data) for s in vault.submissions(form_id=form_id, status="final")]
    skipped = _in_repeats(form)
    policy = DisclosurePolicy.for_form(form, level, include_sensitive=include_sensitive)
    if skipped:
        policy = DisclosurePolicy(
            level=level,
            quasi=tuple(q for q in policy.quasi if q not in skipped),
            sensitive=tuple(s for s in policy.sensitive if s not in skipped),
            recoding=policy.recoding,
        )
    report(progress, 1, 2, "Checking disclosure risk")
    sizes = class_sizes(class_keys(records, policy.quasi))
    raw_at_risk = sum(n for n in sizes.values() if n < policy.k)
    disclosure = assess(records, policy)
    report(progress, 2, 2, "Done")
    return PrivacyReport(
        form.form_id, form.version, policy, k_of(sizes), raw_at_risk, skipped, disclosure
    )
