"""The privacy report: what an export at a level would publish, in plain words.

Built on ``lintas.export.run.preview``, the export's own first pass, so every figure
is the one the file's About sheet will carry (``disclosure``): the report and the
export cannot disagree. It leads with the answer (how many interviews can be shared,
with how many questions, and what is left out or blanked), then one finding per thing
the level does, each with what to do about it. Questions are named by their label in
the app's language (else English, else the form's name for it). The sentences are in
lintas.export.report_text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from lintas.export.report_text import META_LABELS, join, plural, share, text
from lintas.export.run import LevelPreview, preview
from lintas.export.workbook import ExportOptions
from lintas.form.model import Form
from lintas.i18n import tr
from lintas.privacy.recoding import rule_named
from lintas.progress import Progress

BIG_LOSS = 0.10  # a question losing this share of its answers gets advice, not "nothing to do"


@dataclass(frozen=True)
class Finding:
    kind: str  # left_out, dropped, loses, blanked, recoded, top_coded, not_published, rule
    text: str
    advice: str  # what to do, or why nothing needs doing; "" for a plain statement
    questions: tuple[str, ...] = ()  # the names it is about
    act: bool = True  # False: the advice says why nothing needs doing

    @property
    def advice_line(self) -> str:
        if not self.act:
            return f"{text('nothing_to_do')} {self.advice}"
        return text("do", advice=self.advice)


@dataclass(frozen=True)
class LevelReport:
    form_id: str
    form_title: str
    level: str
    records: int  # final interviews that match
    shared: int  # rows the file would hold
    columns: int  # question columns the file would hold
    answer: str  # the plain answer, first
    findings: tuple[Finding, ...]
    not_published: tuple[str, ...]
    disclosure: dict[str, Any] = field(default_factory=dict)  # exactly About's "disclosure"
    labels: dict[str, str] = field(default_factory=dict)  # question -> label shown
    period: str = ""  # the export's period in words; "" for every final interview

    @property
    def title(self) -> str:
        return text("title", form=self.form_title, level=self.level)

    def lines(self) -> list[str]:
        """The report as plain text: the answer, then each finding and what to do."""
        out = [self.title, *([self.period] if self.period else []), "", self.answer, ""]
        for finding in self.findings:
            out.append(f"- {finding.text}")
            if finding.advice:
                out.append(f"  {finding.advice_line}")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "form_id": self.form_id,
            "level": self.level,
            "records": self.records,
            "shared": self.shared,
            "columns": self.columns,
            "answer": self.answer,
            "period": self.period,
            "findings": [asdict(f) | {"questions": list(f.questions)} for f in self.findings],
            "not_published": list(self.not_published),
            "disclosure": self.disclosure,
        }


def level_report(
    vault: Any,
    form_id: str,
    level: str,
    app_language: str = "en",
    *,
    since: str | None = None,
    until: str | None = None,
    progress: Progress | None = None,
) -> LevelReport:
    """What an export of ``form_id``'s final interviews at ``level`` would publish."""
    options = ExportOptions(form_id=form_id, level=level, status="final", since=since, until=until)
    found = preview(vault, options, progress)
    form = vault.form(form_id)
    report = build(form, found, app_language, dated=bool(since or until))
    return replace(report, period=period_text(since, until))


def period_text(since: str | None, until: str | None) -> str:
    """The period in words; ``until`` is exclusive, the sentence names the last day."""
    last = None
    if until:
        last = (dt.date.fromisoformat(until[:10]) - dt.timedelta(days=1)).isoformat()
    if since and last:
        return text("period", since=since[:10], last=last)
    if since:
        return text("period_since", since=since[:10])
    if last:
        return text("period_until", last=last)
    return ""


def build(
    form: Form, found: LevelPreview, app_language: str = "en", *, dated: bool = False
) -> LevelReport:
    """The report of one preview (pure: no vault); ``dated``: the export has a period."""
    d = found.disclosure
    label = _labeller(form, app_language)
    removed = int(d.get("records_removed", 0))
    shared = found.records - removed
    findings: list[Finding] = []
    level = found.level
    if found.records == 0:
        answer = text("no_records")
        findings.append(Finding("no_records", text("no_records_do"), ""))
    elif level == "internal":
        answer = text("internal", records=found.records)
        findings.append(Finding("internal", text("internal_do"), ""))
    elif found.columns == 0:
        answer = text("no_questions", level=level)
        findings.append(Finding("no_questions", text("no_questions_do"), ""))
    else:
        order = {q.name: i for i, q in enumerate(form.questions())}
        findings = _findings(d, found, label, dated, order)
        answer = _answer(d, found, shared, label)
    names = {n for f in findings for n in f.questions} | set(found.not_published)
    return LevelReport(
        form.form_id, _form_title(form, app_language), level, found.records,
        shared if level != "internal" else found.records, found.columns, answer,
        tuple(findings), found.not_published, dict(d), {n: label(n) for n in sorted(names)},
    )  # fmt: skip


def _answer(d: dict[str, Any], found: LevelPreview, shared: int, label: Any) -> str:
    word = plural(found.columns, "question", "questions")
    first = text("answer", level=found.level, shared=shared, records=found.records,
                 columns=found.columns, question_word=word)  # fmt: skip
    changes = []
    removed = int(d.get("records_removed", 0))
    if removed:
        changes.append(text("change_left_out", count=removed,
                            interview_word=plural(removed, "interview", "interviews")))  # fmt: skip
    dropped = list(d.get("dropped_by_suppression", {}))
    if dropped:
        changes.append(text("change_dropped", labels=join([label(n) for n in dropped])))
    worst = _worst(d)
    if worst is not None:
        name, kept = worst
        changes.append(text("change_loses", label=label(name), share=share(1 - kept)))
    if not changes:
        return f"{first} {text('answer_clean')}"
    return f"{first} {text('answer_changes', changes=join(changes))}"


def _worst(d: dict[str, Any]) -> tuple[str, float] | None:
    """The published question that loses most to blanking (not only to left-out records)."""
    blanked = d.get("values_suppressed", {})
    kept = {n: s for n, s in d.get("kept", {}).items() if blanked.get(n) and s < 1}
    if not kept:
        return None
    name = min(kept, key=kept.__getitem__)
    return name, kept[name]


def _findings(
    d: dict[str, Any], found: LevelPreview, label: Any, dated: bool, order: dict[str, int]
) -> list[Finding]:
    level = found.level
    coarser = text("coarser_public") if level == "public" else ""
    # A longer period helps only where the export has one (every final interview else).
    period = text("longer_period") if dated else ""
    out: list[Finding] = []
    quasi = list(d.get("quasi_identifiers", []))
    removed = int(d.get("records_removed", 0))
    if quasi and removed >= found.records:
        # Nothing is published: "shared by at least 0 interviews, so no one can be picked
        # out" would be true but says nothing; say what the rule asks for instead.
        out.append(Finding("rule", text(
            "rule_nothing", labels=join([label(n) for n in quasi]), target=d.get("k_target"),
        ), text("rule_why", level=level), tuple(quasi), False))  # fmt: skip
    elif quasi:
        out.append(Finding("rule", text(
            "rule", labels=join([label(n) for n in quasi]), k=d.get("k_reached"),
            target=d.get("k_target"),
        ), text("rule_why", level=level), tuple(quasi), False))  # fmt: skip
    else:
        out.append(Finding("rule", text("rule_none"), text("rule_why", level=level), (), False))
    if removed:
        out.append(Finding("left_out", text(
            "left_out", count=removed, interview_word=plural(removed, "interview", "interviews")
        ), text("left_out_do", period=period, coarser=coarser)))  # fmt: skip
    for name, why in d.get("dropped_by_suppression", {}).items():
        advice = text("dropped_do", period=period, coarser=coarser)
        out.append(Finding("dropped", text("dropped", label=label(name), share=_share_in(why)),
                           advice, (name,)))  # fmt: skip
    kept = d.get("kept", {})
    sensitive = set(d.get("sensitive", []))
    for name, count in d.get("values_suppressed", {}).items():
        if name not in kept:  # metadata such as the office: a count, no share
            out.append(Finding("blanked", text("blanked", label=label(name), count=count),
                               text("blanked_why"), (name,), False))  # fmt: skip
            continue
        lost = 1 - kept[name]
        big = lost >= BIG_LOSS
        kind = "loses_sensitive" if name in sensitive else "loses"
        advice = text("loses_do", period=period) if big else text("loses_small")
        out.append(Finding("loses", text(kind, label=label(name), share=share(lost), count=count),
                           advice, (name,), big))  # fmt: skip
    for item in d.get("recoding", []):
        name = item["question"]
        out.append(Finding("recoded", text(
            "recoded", label=label(name), rule=rule_named(item["rule"]).description,
            count=item.get("values_changed", 0),
        ), text("as_published", level=level), (name,), False))  # fmt: skip
    for name, item in d.get("top_coding", {}).items():
        out.append(Finding("top_coded", text(
            "top_coded", label=label(name), within=join([label(n) for n in item["within"]]),
            count=item["values_lowered"],
        ), text("as_published", level=level), (name,), False))  # fmt: skip
    # In the form's order, as a supervisor knows the questionnaire.
    left = sorted(
        (n for n in found.not_published if n not in d.get("dropped_by_suppression", {})),
        key=lambda n: order.get(n, len(order)),
    )
    if left:
        advice = text("not_published_do_public" if level == "public" else "not_published_do")
        out.append(Finding("not_published", text(
            "not_published", count=len(left), question_word=plural(len(left), "question",
            "questions"), level=level, labels=join([label(n) for n in left]),
        ), advice, tuple(left)))  # fmt: skip
    return out


def _share_in(why: str) -> str:
    """The share a 'dropped' reason gives ("... blanked 63% of its values")."""
    for word in why.split():
        if word.endswith("%"):
            return word
    return why


def question_labels(form: Form, names: Any, app_language: str = "en") -> dict[str, str]:
    """Each name's label as the report quotes it ('Sex'), in the app's language."""
    label = _labeller(form, app_language)
    return {name: label(name) for name in names}


def _labeller(form: Form, app_language: str) -> Any:
    language = form_language(form.languages, app_language)
    english = form_language(form.languages, "en")
    questions = {q.key: q for q in form.questions()}

    def label(name: str) -> str:
        if name in META_LABELS:
            return f"'{tr(META_LABELS[name])}'"
        question = questions.get(name)
        by_language = question.label.by_language if question else {}
        for wanted in (language, english):
            if wanted and by_language.get(wanted, "").strip():
                return f"'{_plain(by_language[wanted])}'"
        shown = question.label.get() if question else ""
        return f"'{_plain(shown)}'" if shown.strip() else f"'{name}'"

    return label


def _plain(label: str) -> str:
    """One line, without the markdown emphasis a label may carry."""
    return " ".join(label.replace("*", "").replace("_", " ").split())


def form_language(form_languages: tuple[str, ...], app_language: str) -> str | None:
    """The form language named for ``app_language`` ('th' -> 'Thai (th)'), else None."""
    for name in form_languages:
        if name.endswith(f"({app_language})") or name == app_language:
            return name
    if app_language == "en":
        for name in form_languages:
            if name.lower().startswith("english"):
                return name
    return None


def _form_title(form: Form, app_language: str) -> str:
    # A form has one title (settings sheet); a per-language title would go here.
    del app_language
    return form.title
