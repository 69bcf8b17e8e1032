"""What each disclosure level publishes, and the protection applied before a row is written.

docs/workbook-format.md, section 8, is the specification. The order is the one statistical
offices use (sdcMicro, the IHSN SDC practice guide): each level publishes a *declared*
variable set, recodes globally, top-codes money, then suppresses single values to reach k
(and blanks sensitive values in classes that are not l-diverse). A declared variable that
local suppression would still blank in more than half of the records is dropped instead:
a column that is mostly holes is useless and draws attention to the few values left.

Where the set is declared: the survey sheet's ``sdc_level`` column (``public``,
``restricted`` or ``internal``: the most open level that publishes the question), and for
the standard survey, when it has no such column, the defaults below. Recoding rules come
from ``sdc_recode`` (privacy.recoding), else from the defaults.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lintas.errors import LintasError
from lintas.form.building import PRIVATE_BY_DEFAULT
from lintas.form.model import Form, Group, Privacy, Question
from lintas.form.paradata import AUDIT_TYPE
from lintas.form.taint import value_sources
from lintas.form.xpath.values import number_to_string
from lintas.privacy.anonymise import DisclosureReport, anonymise_columns
from lintas.privacy.policy import DisclosurePolicy, declared_recoding, target_k
from lintas.privacy.recoding import rule_named
from lintas.privacy.topcoding import top_code

LEVELS = ("internal", "restricted", "public")
OPENNESS = {"internal": 0, "restricted": 1, "public": 2}
SDC_LEVEL_COLUMN = "sdc_level"
OFFICE = "_office"  # the office of origin: a quasi-identifier once a file leaves the office
MIN_KEPT = 0.5  # below this share of its values a declared variable is dropped, not holed
# The share of each published quasi-identifier's values a level aims to keep (the
# issue's aims: 95% of the public variables, 90% of each T1-T8 dimension). Local
# suppression blanks a variable past its share only when no other variable can help.
KEEP_AIM = {"public": 0.95, "restricted": 0.90}
NEAR_AIM = 0.10  # a variable this close to its aim does not cost another one its place
STANDARD_FORM = "asean_mw_survey"

# The standard survey's declared sets (STANDARDS.md): the public file carries the four
# variables every table is broken down by; the restricted file carries the T1-T8
# dimensions, the SDG 10.7.1 inputs and the forced-labour indicators.
STANDARD_PUBLIC: Mapping[str, str | None] = {
    "flow_type": None,
    "sex": None,
    "age_years": "age_5y",
    "citizenship": "asean_or_other",
}
STANDARD_RESTRICTED: Mapping[str, str | None] = {
    **STANDARD_PUBLIC,
    "collection_country": None,
    "corridor_destination": "asean_or_other",
    "last_destination": "asean_or_other",
    "education_aggregate": None,
    "main_reason": None,
    "recruitment_channel": None,
    "has_job": None,
    "industry": None,
    "occupation_major": None,
    "status_in_employment": None,
    "worker_category": None,
    "cost_currency": None,
    "recruitment_cost_total": None,
    "earnings_currency": None,
    "first_month_earnings": None,
}
# The forced-labour and trafficking indicators: a file that carries any of them must
# reach k = 11 (STANDARDS.md). The standard's restricted file leaves them to T8, whose
# cells are suppressed below 10; a form may still declare them (sdc_level) and get k = 11.
TRAFFICKING_INDICATORS = frozenset({
    "fl_documents_withheld", "fl_deceived", "fl_movement_restricted", "fl_debt_bondage",
    "fl_threats_violence", "fl_wages_withheld", "fl_excessive_overtime", "fl_any_indicator",
})  # fmt: skip
# Money top-coded at the 99th percentile within a corridor and currency (STANDARDS.md).
STANDARD_TOP_CODED: Mapping[str, tuple[str, ...]] = {
    "recruitment_cost_total": ("citizenship", "corridor_destination", "cost_currency"),
    "first_month_earnings": ("citizenship", "corridor_destination", "earnings_currency"),
}
TOP_CODE_QUANTILE = 0.99
# Types a level publishes without a declaration: no free text, no exact dates or times.
_UNDECLARED_OK = ("select_one", "select_multiple", "integer", "decimal", "range", "calculate")


@dataclass(frozen=True)
class LevelSet:
    """The variables one level publishes, and how each is treated."""

    level: str
    published: dict[str, str | None]  # question -> recoding rule (None: as stored)
    dropped: dict[str, str]  # question -> why this level does not publish it
    quasi: tuple[str, ...]
    sensitive: tuple[str, ...]
    top_coded: dict[str, tuple[str, ...]]  # question -> the fields that form its groups
    declared_by: str  # "form", "standard defaults" or "none"
    form_id: str
    # Most important first: when several quasi-identifiers miss the level's aim, the
    # last of them in this order is dropped first (protect). Empty: the published order.
    priority: tuple[str, ...] = ()

    def k_for(self, published: Sequence[str]) -> int:
        """The k a file with ``published`` variables must reach (``required_k``)."""
        sensitive = [n for n in published if n in self.sensitive]
        return required_k(self.level, self.form_id, sensitive)


def required_k(level: str, form_id: str, sensitive: Sequence[str]) -> int:
    """The k a file must reach given the sensitive variables it carries (STANDARDS.md).

    Trafficking indicators, or for a form other than the standard any sensitive
    attribute (the cautious reading), ask for k = 11; else the level's k.
    """
    if form_id != STANDARD_FORM:
        return target_k(level, bool(sensitive))
    return target_k(level, any(name in TRAFFICKING_INDICATORS for name in sensitive))


def level_set(form: Form, level: str, exported: Sequence[Question]) -> LevelSet:
    """What ``level`` publishes of ``exported`` (the questions the internal file holds)."""
    if level not in LEVELS:
        raise LintasError(f"The level '{level}' is not known. Use internal, restricted or public.")
    names = [q.key for q in exported]
    if level == "internal":
        return LevelSet(level, dict.fromkeys(names), {}, (), (), {}, "form", form.form_id)
    in_repeat = _in_repeats(form)
    defaults = STANDARD_PUBLIC if level == "public" else STANDARD_RESTRICTED
    declared = {q.key: q.extra.get(SDC_LEVEL_COLUMN, "").strip().lower() for q in exported}
    recoding = declared_recoding(form)
    top_coded: dict[str, tuple[str, ...]] = {}
    if any(declared.values()):
        by = "form"
        for name, wanted in declared.items():
            if wanted and wanted not in LEVELS:
                raise LintasError(
                    f"The form's {SDC_LEVEL_COLUMN} for '{name}' is '{wanted}'; use public, "
                    "restricted or internal."
                )
        wide = OPENNESS[level]
        chosen = {n: recoding.get(n) for n in names if OPENNESS.get(declared[n], 0) >= wide}
    elif form.form_id == STANDARD_FORM:
        by = "standard defaults"
        chosen = {n: recoding.get(n, defaults[n]) for n in names if n in defaults}
        if level == "restricted":
            top_coded = {n: g for n, g in STANDARD_TOP_CODED.items() if n in chosen}
    else:
        by = "none"
        # Nothing declared: the restricted file carries coded answers only; the public
        # file carries no question until the form says which (an sdc_level column).
        chosen = {}
        if level == "restricted":
            types = {q.key: q.type for q in exported}
            chosen = {n: recoding.get(n) for n in names if types[n] in _UNDECLARED_OK}
    dropped: dict[str, str] = {}
    for question in exported:
        if question.type == AUDIT_TYPE and question.name in chosen:
            # Paradata says how a clerk worked, not what a respondent said: internal only.
            del chosen[question.name]
            dropped[question.name] = "paradata (seconds per question): internal level only"
        elif question.type in PRIVATE_BY_DEFAULT and question.key in chosen:
            # A place or a photo can identify a person by itself, and k counts classes,
            # not how near two points are: never published outside the office.
            del chosen[question.key]
            dropped[question.key] = "a location or a file: internal level only"
    for name in list(chosen):
        if name in in_repeat:
            del chosen[name]
            dropped[name] = "inside a repeat: a repeat's rows are not covered by k"
    privacy = {q.key: q.privacy for q in form.questions()}
    for name, source in _copies_of_protected(form, chosen, privacy).items():
        del chosen[name]
        dropped[name] = (
            f"worked out from {source}, which disclosure control protects; give it a "
            "privacy role to publish it"
        )
    for name in names:
        if name not in chosen and name not in dropped:
            dropped[name] = f"not in the {level} level's declared set"
    for rule in chosen.values():
        if rule is not None:
            rule_named(rule)
    quasi = tuple(n for n in chosen if privacy[n] is Privacy.QUASI)
    sensitive = tuple(n for n in chosen if privacy[n] is Privacy.SENSITIVE)
    # The standard's defaults list the public variables first and T3/T4's industry and
    # occupation last (their tables publish them in full); a form's declared set keeps
    # the form's order.
    order = [n for n in (defaults if by == "standard defaults" else chosen) if n in chosen]
    return LevelSet(
        level, chosen, dropped, (OFFICE, *quasi), sensitive, top_coded, by, form.form_id,
        tuple(order),
    )  # fmt: skip


def _copies_of_protected(
    form: Form, chosen: Mapping[str, str | None], privacy: Mapping[str, Privacy]
) -> dict[str, str]:
    """Ordinary published fields whose value is worked out from a quasi or sensitive one.

    ``${age} * 2`` published beside a recoded or suppressed age would give the age back.
    """
    questions = {q.key: q for q in form.questions()}
    out = {}
    for name in chosen:
        if privacy.get(name) is not Privacy.ORDINARY:
            continue
        seen, stack = {name}, [name]
        while stack:
            current = questions.get(stack.pop())
            for source in value_sources(current) if current else ():
                if source in seen:
                    continue
                seen.add(source)
                if privacy.get(source) in (Privacy.QUASI, Privacy.SENSITIVE):
                    out[name] = source
                    stack.clear()
                    break
                stack.append(source)
    return out


def _in_repeats(form: Form) -> set[str]:
    names: set[str] = set()

    def walk(children: tuple[Any, ...], inside: bool) -> None:
        for element in children:
            if isinstance(element, Group):
                walk(element.children, inside or element.repeat)
            elif inside:
                names.add(element.key)

    walk(form.children, False)
    return names


@dataclass
class Protection:
    """The protected values of one export, by record position, and what was done."""

    level: str
    values: dict[str, list[Any]]  # question (or _office) -> published value per record
    removed: frozenset[int]  # record positions left out of the file
    set: LevelSet
    report: DisclosureReport | None = None
    kept: dict[str, float] = field(default_factory=dict)  # variable -> share of values kept
    dropped: dict[str, str] = field(default_factory=dict)  # variable -> why
    top_coded: dict[str, int] = field(default_factory=dict)  # variable -> values lowered
    l_by_variable: dict[str, int] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)  # uuid -> record position
    answered: dict[str, int] = field(default_factory=dict)  # variable -> values before
    # Values blanked beyond k and l so that no table cell below its threshold can be
    # counted in the rows (tables.TableCounter.exposed): variable -> count.
    table_blanks: dict[str, int] = field(default_factory=dict)

    @property
    def quasi(self) -> list[str]:
        """The quasi-identifiers the file carries (``_office`` first)."""
        return [n for n in self.set.quasi if n not in self.dropped]

    def blank_class(
        self, name: str, members: Iterable[int],
        classes: Mapping[tuple[Hashable, ...], list[int]],
    ) -> int:
        """Blank ``name`` in every record of the classes of ``members`` (whole classes, so
        that each still holds k records and its sensitive values). ``classes``: class
        key -> positions (``class_members``). The count blanked."""
        columns = [self.values[q] for q in self.quasi]
        wanted = {tuple(c[i] for c in columns) for i in members}
        values = self.values[name]
        done = 0
        for key in wanted:
            for i in classes.get(key, ()):
                if values[i] is None or values[i] == "":
                    continue
                values[i] = None
                done += 1
        if done:
            self.table_blanks[name] = self.table_blanks.get(name, 0) + done
        return done

    def class_sizes(self) -> Counter[tuple[Hashable, ...]]:
        return Counter({k: len(v) for k, v in self.class_members().items()})

    def class_members(self) -> dict[tuple[Hashable, ...], list[int]]:
        """Class key (the quasi-identifiers' values) -> the positions of its records."""
        columns = [self.values[q] for q in self.quasi]
        count = len(next(iter(self.values.values()), []))
        out: dict[tuple[Hashable, ...], list[int]] = {}
        for i in range(count):
            if i not in self.removed:
                out.setdefault(tuple(c[i] for c in columns), []).append(i)
        return out

    def remeasure(self) -> None:
        """k, l, classes and the kept shares again, after ``blank_class``."""
        if self.report is None or not self.table_blanks:
            return
        sizes = self.class_sizes()
        count = len(next(iter(self.values.values()), []))
        sensitive = [n for n in self.set.sensitive if n not in self.dropped]
        self.l_by_variable = _l_by_variable(self.values, self.quasi, sensitive, self.removed,
                                            count)  # fmt: skip
        suppressed = dict(self.report.values_suppressed)
        for name, n in self.table_blanks.items():
            suppressed[name] = suppressed.get(name, 0) + n
        self.report = dataclasses.replace(
            self.report, k_reached=min(sizes.values(), default=0), classes=len(sizes),
            l_reached=min(self.l_by_variable.values()) if sensitive else None,
            values_suppressed=tuple(suppressed.items()),
        )  # fmt: skip
        for name in self.kept:
            if self.answered.get(name):
                self.kept[name] = _answered(self.values[name], self.removed) / self.answered[name]

    def to_dict(self) -> dict[str, Any]:
        """The About sheet's ``disclosure`` value."""
        out: dict[str, Any] = {"declared_by": self.set.declared_by}
        if self.report is not None:
            out.update(self.report.to_dict())
        out["quasi_identifiers"] = [n for n in self.set.quasi if n not in self.dropped]
        out["sensitive"] = [n for n in self.set.sensitive if n not in self.dropped]
        out["l_by_variable"] = self.l_by_variable
        out["recoding"] = [
            {"question": q, "rule": r} | _changed(self.report, q)
            for q, r in self.set.published.items() if r is not None and q not in self.dropped
        ]  # fmt: skip
        out["top_coding"] = {
            q: {"quantile": TOP_CODE_QUANTILE, "within": list(self.set.top_coded[q]),
                "values_lowered": n}
            for q, n in self.top_coded.items()
        }  # fmt: skip
        out["kept"] = {n: round(share, 4) for n, share in self.kept.items()}
        out["blanked_for_tables"] = dict(self.table_blanks)
        out["dropped_by_suppression"] = {
            n: why for n, why in self.dropped.items() if n not in self.set.dropped
        }
        return out


def _changed(report: DisclosureReport | None, question: str) -> dict[str, int]:
    for name, _rule, changed in report.recoding if report else ():
        if name == question:
            return {"values_changed": changed}
    return {}


def protect(form: Form, chosen: LevelSet, columns: dict[str, list[Any]], count: int) -> Protection:
    """Top-code, recode and suppress ``columns`` (question -> value per record) for the level.

    ``columns`` holds every published variable and ``_office``; its lists are replaced.
    """
    protection = Protection(chosen.level, columns, frozenset(), chosen)
    if chosen.level == "internal":
        return protection
    for name, groups in chosen.top_coded.items():
        protection.top_coded[name] = _top_code(columns, name, groups, count)
    before = {n: _answered(columns.get(n, ())) for n in chosen.published}
    quasi, sensitive = list(chosen.quasi), list(chosen.sensitive)
    while True:
        policy = DisclosurePolicy(
            level=chosen.level, quasi=tuple(quasi), sensitive=tuple(sensitive),
            recoding={n: r for n, r in chosen.published.items() if r is not None},
            k=chosen.k_for([n for n in chosen.published if n not in protection.dropped]),
            suppression_limits={n: 1 - KEEP_AIM[chosen.level] for n in quasi if n != OFFICE},
        )  # fmt: skip
        result = anonymise_columns(
            {n: columns.get(n, [None] * count) for n in (*quasi, *sensitive)}, policy, count=count
        )
        kept = {
            n: _answered(result.columns[n], result.removed) / before[n]
            for n in (*quasi, *sensitive) if before.get(n)
        }  # fmt: skip
        # Dropping a variable changes every class, so the pass then runs again. Dropped:
        # while two or more quasi-identifiers miss the level's aim, one of them by more
        # than NEAR_AIM, the least important of them (LevelSet.priority), so that the
        # more important meet it; then a
        # variable that would keep less than MIN_KEPT (a column of holes), the worst
        # first. One quasi-identifier short of the aim alone is published.
        rank = {n: i for i, n in enumerate(chosen.priority or chosen.published)}
        aim = KEEP_AIM[chosen.level]
        holes = [n for n, share in kept.items() if share < MIN_KEPT]
        short = sorted(
            (n for n in quasi if n in kept and kept[n] < aim), key=lambda n: rank.get(n, len(rank))
        )  # most important first
        if len(short) >= 2 and any(kept[n] < aim - NEAR_AIM for n in short[:-1]):
            worst = short[-1]
        elif holes:
            worst = min(holes, key=kept.__getitem__)
        else:
            break
        # Dropping the worst variable changes the classes: run the pass again without it.
        protection.dropped[worst] = (
            f"disclosure control would have blanked {1 - kept[worst]:.0%} of its values"
        )
        quasi = [n for n in quasi if n != worst]
        sensitive = [n for n in sensitive if n != worst]
    protection.report = result.report
    protection.removed = result.removed
    protection.answered = dict(before)
    for name in protection.dropped:
        columns.pop(name, None)
    columns.update(result.columns)
    protection.l_by_variable = _l_by_variable(columns, quasi, sensitive, result.removed, count)
    for name in chosen.published:
        if name in protection.dropped:
            continue
        protection.kept[name] = (
            _answered(columns.get(name, ()), result.removed) / before[name] if before[name] else 1.0
        )
    return protection


def _answered(values: Sequence[Any], removed: frozenset[int] = frozenset()) -> int:
    count = sum(1 for v in values if v is not None and v != "")
    return count - sum(1 for i in removed if values[i] is not None and values[i] != "")


def _top_code(columns: dict[str, list[Any]], name: str, groups: tuple[str, ...], count: int) -> int:
    values = columns.get(name, [None] * count)
    amounts = [_amount(v) for v in values]
    keys = list(zip(*(columns.get(g, [None] * count) for g in groups), strict=True))
    result = top_code(amounts, keys, TOP_CODE_QUANTILE)
    out = []
    for old, amount, new in zip(values, amounts, result.values, strict=True):
        if amount is None or new == amount:
            out.append(old)
        elif isinstance(old, str):  # a calculation's text: the limit, written the same way
            out.append(number_to_string(float(new)))  # type: ignore[arg-type]
        else:
            out.append(new)
    columns[name] = out
    return result.changed


def _amount(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def _l_by_variable(
    columns: Mapping[str, Sequence[Any]],
    quasi: Sequence[str],
    sensitive: Sequence[str],
    removed: frozenset[int],
    count: int,
) -> dict[str, int]:
    """Distinct l of each sensitive variable over the published classes (measured again)."""
    keys: list[tuple[Hashable, ...]] = list(
        zip(*(columns[n] for n in quasi), strict=True)
    ) if quasi else [()] * count  # fmt: skip
    out = {}
    for name in sensitive:
        seen: dict[tuple[Hashable, ...], set[Hashable]] = {}
        for i, (key, value) in enumerate(zip(keys, columns[name], strict=True)):
            if i in removed:
                continue
            bucket = seen.setdefault(key, set())
            if value is not None and value != "":
                bucket.add(tuple(value) if isinstance(value, list) else value)
        sizes = [len(values) for values in seen.values() if values]
        out[name] = min(sizes) if sizes else 0
    return out
