"""Identifier taint: which fields hold a value worked out from an identifier.

A ``privacy=identifier`` answer is never stored (DESIGN.md, security model). A
calculation that copies it (``${passport}``, ``concat('N:', ${full_name})``,
``once(${passport})``, ``jr:choice-name(${doc}, '${doc}')``), a default or a
trigger that reads it, would carry it into storage under another name. So the
loader follows every way a field's *value* can come from another field -- its
calculation, its default expression and its trigger -- transitively, and marks
every field reached from an identifier as identifier-derived. Such a field is
never stored, unless the form gives it a ``privacy`` role of its own (quasi or
sensitive): that is a deliberate derived value (STANDARDS.md: an age in years
from a birth date), which ``form check`` reports so an author sees the choice.
Taint does not pass on through a deliberate derived value: it is stored anyway.

Relevance, constraints and choice filters only decide whether or which answer
is asked, never the value itself, so they do not taint. Labels and notes may
show ``${passport}`` during the interview: a note holds no stored value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lintas.form.errors import Problem, warning
from lintas.form.literal_paths import PathIndex
from lintas.form.model import Form, Privacy, Question
from lintas.form.xpath import XPathSyntaxError, parse
from lintas.i18n import tr


def value_sources(question: Question, paths: PathIndex | None = None) -> set[str]:
    """The keys whose values this question's value is worked out from.

    ``paths`` adds what plain paths (``../id``) read: how a repeated name is reached.
    """
    texts = [question.calculation]
    if question.default_is_expression:
        texts.append(question.default)
    # A background-geopoint's trigger says when it is recorded, not what: its value is
    # the office location whatever the trigger's answer is.
    sources = set(question.trigger) if question.type != "background-geopoint" else set()
    for text in texts:
        if not text.strip():
            continue
        try:
            sources |= parse(text).field_refs()
        except XPathSyntaxError:
            continue  # reported as a syntax problem by checking.py
        if paths is not None:
            sources |= paths.reads(question.key, text)
    return sources


def identifier_derived(form: Form) -> frozenset[str]:
    """Every field whose value depends, transitively, on an identifier answer."""
    # By key. ${} names a question by its bare name, which pyxform requires to be
    # unique in the form (so the name is the key) for anything referenced.
    questions = {q.key: q for q in form.questions()}
    paths = PathIndex(form)
    readers: dict[str, set[str]] = {}
    for question in questions.values():
        for source in value_sources(question, paths):
            readers.setdefault(source, set()).add(question.key)
    identifiers = [n for n, q in questions.items() if q.privacy is Privacy.IDENTIFIER]
    return frozenset(_reached(identifiers, readers, questions) - set(identifiers))


def _reached(
    starts: Iterable[str], readers: Mapping[str, set[str]], questions: Mapping[str, Question]
) -> set[str]:
    seen = set(starts)
    work = list(seen)
    while work:
        name = work.pop()
        for reader in readers.get(name, ()):
            if reader in seen:
                continue
            seen.add(reader)
            # A deliberate derived value (explicit role) is stored: its readers are not
            # tainted by the identifier through it.
            if questions[reader].privacy is Privacy.ORDINARY:
                work.append(reader)
    return seen


def taint_problems(form: Form) -> list[Problem]:
    """One warning per identifier-derived field, by row: dropped, or kept on purpose."""
    problems = []
    for question in form.questions():
        if question.key not in form.identifier_derived:
            continue
        if form.is_stored(question.key):
            message = tr(
                "'{name}' is worked out from an identifier, and its privacy column says "
                "'{privacy}', so Lintas stores it as a deliberate derived value. Make sure it "
                "cannot reveal the identifier (an age in years is fine; a copy or part of a "
                "document number is not).",
                name=question.key,
                privacy=question.privacy.value,
            )
        else:
            message = tr(
                "'{name}' is worked out from an identifier (its calculation, default or "
                "trigger reads one), so Lintas never stores it and does not show it in saved "
                "records. If it is a deliberate derived value (such as an age from a birth "
                "date), give it a privacy role (quasi or sensitive).",
                name=question.key,
            )
        problems.append(warning(message, "survey", question.row or None, "privacy"))
    return problems
