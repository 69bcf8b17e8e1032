"""Which choice list a calculation's codes come from, so a reader sees labels, not codes.

A ``calculate`` row does not say which list its value belongs to, so the list is worked
out from the expression (docs/forms.md, "Labels for calculated values"). The *results*
of a calculation are what it can evaluate to: the expression itself, or, through
``if(c, a, b)`` and ``coalesce(a, b)``, each of ``a`` and ``b`` (recursively). A
calculation gets list L when every result is one of

- ``${q}`` where q is a select (list L), or a calculation that itself has list L;
- a string literal that is a choice of L (``''``, the blank, is allowed anywhere);

and at least one result names a code. With literals only, L is the form's list that
holds every literal: when several do, the one named like the calculation, else the
smallest; when none does, the one bundled code list (resources/codelists) that holds
them all, if exactly one does and the codes are not plain numbers (a bare '1' fits too
many lists to guess). Anything else (arithmetic, text functions, numbers, a mix of
lists) gets no list and is shown as stored. ``jr:choice-name(...)`` already stores a
label, so it needs none. This is display only: the stored value never changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lintas.form.model import Form
from lintas.form.xpath.ast import Ast, Call, FieldRef, Literal
from lintas.form.xpath.errors import XPathError
from lintas.form.xpath.parser import parse_ast

BLANK = ""


@dataclass(frozen=True)
class CalculatedList:
    """The list of one calculation: a form list, or a bundled code list."""

    name: str
    bundled: bool = False  # True: resources/codelists/<name>.csv, not the form's choices


def calculated_lists(form: Form) -> dict[str, CalculatedList]:
    """Calculation key -> the list its codes come from (only those that have one).

    By key (lintas.form.keys); ${} names are unique in the form, so they are keys too.
    """
    questions = {q.key: q for q in form.questions()}
    found: dict[str, CalculatedList] = {}
    pending = [q for q in questions.values() if q.type == "calculate" and q.calculation]
    # A calculation may copy another (declared anywhere): repeat until nothing new.
    while True:
        added = False
        for question in pending:
            if question.key in found:
                continue
            chosen = _list_of(form, question.name, question.calculation, found)
            if chosen is not None:
                found[question.key] = chosen
                added = True
        if not added:
            return found


def _list_of(
    form: Form, name: str, calculation: str, known: dict[str, CalculatedList]
) -> CalculatedList | None:
    try:
        tree = parse_ast(calculation)
    except XPathError:
        return None
    lists: set[str] = set()
    codes: set[str] = set()
    for result in _results(tree):
        if isinstance(result, Literal) and isinstance(result.value, str):
            if result.value != BLANK:
                codes.add(result.value)
        elif isinstance(result, FieldRef):
            listed = _list_of_field(form, result.name, known)
            if listed is None:
                return None
            lists.add(listed)
        else:
            return None  # arithmetic, a number, a text function: not a code
    if len(lists) > 1:
        return None
    if lists:
        (only,) = lists
        choice_list = form.choice_lists.get(only)
        if choice_list is None or not codes <= set(choice_list.names()):
            return None
        return CalculatedList(only)
    if not codes:
        return None
    return _list_holding(form, name, codes)


def _results(node: Ast) -> Iterator[Ast]:
    """What ``node`` can evaluate to, through if() and coalesce()."""
    if isinstance(node, Call) and node.name == "if" and len(node.args) == 3:
        yield from _results(node.args[1])
        yield from _results(node.args[2])
    elif isinstance(node, Call) and node.name == "coalesce":
        for arg in node.args:
            yield from _results(arg)
    else:
        yield node


def _list_of_field(form: Form, name: str, known: dict[str, CalculatedList]) -> str | None:
    try:
        question = form.question(name)
    except KeyError:
        return None
    if question.type in ("select_one", "select_multiple") and question.choice_list:
        return question.choice_list
    chosen = known.get(name)
    return chosen.name if chosen is not None and not chosen.bundled else None


def _list_holding(form: Form, name: str, codes: set[str]) -> CalculatedList | None:
    holding = [
        (len(c.choices), list_name)
        for list_name, c in form.choice_lists.items()
        if codes <= set(c.names())
    ]
    if holding:
        if any(list_name == name for _size, list_name in holding):
            return CalculatedList(name)
        holding.sort()
        if len(holding) == 1 or holding[0][0] < holding[1][0]:
            return CalculatedList(holding[0][1])
        return None  # two lists of the same size hold them: no guess
    if all(code.lstrip("-").replace(".", "", 1).isdigit() for code in codes):
        return None
    from lintas.codelists import list_names, load

    bundled = [n for n in list_names() if codes <= set(load(n).names())]
    return CalculatedList(bundled[0], bundled=True) if len(bundled) == 1 else None


def calculated_labels(form: Form, language: str | None) -> dict[str, dict[str, str]]:
    """Calculation key -> code -> label in ``language`` (one of the form's languages).

    A bundled list gives its label in the language's ISO code (``Thai (th)`` -> th),
    else English.
    """
    out: dict[str, dict[str, str]] = {}
    for name, chosen in calculated_lists(form).items():
        if chosen.bundled:
            from lintas.codelists import load

            code = _iso(language)
            out[name] = {c.code: c.label(code) or c.code for c in load(chosen.name).codes}
        else:
            choice_list = form.choice_lists[chosen.name]
            out[name] = {c.name: c.label.get(language) or c.name for c in choice_list.choices}
    return out


def _iso(language: str | None) -> str:
    """'Thai (th)' -> 'th'; anything else -> 'en'."""
    if language and language.endswith(")") and "(" in language:
        return language[language.rindex("(") + 1 : -1]
    return "en"
