"""Which sheets and columns a form's workbook has (docs/workbook-format.md, sections 4-5)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lintas.errors import LintasError
from lintas.form.answers import value_kind
from lintas.form.model import Form, Group, Question
from lintas.i18n import tr

META_COLUMNS = (
    "_uuid",
    "_revision",
    "_status",
    "_office",
    "_form_version",
    "_created_at",
    "_updated_at",
    "_pseudonym",
)
# Metadata each level publishes (docs/workbook-format.md, section 4): outside the office
# exact times go (an interview's moment identifies), and the public file has no pseudonym.
LEVEL_META = {
    "internal": META_COLUMNS,
    "restricted": ("_uuid", "_revision", "_status", "_office", "_form_version", "_pseudonym"),
    "public": ("_uuid", "_revision", "_status", "_office", "_form_version"),
}
META_TYPE = {
    "_uuid": "text", "_revision": "integer", "_status": "text", "_office": "text",
    "_form_version": "text", "_created_at": "datetime", "_updated_at": "datetime",
    "_pseudonym": "text",
}  # fmt: skip
REPEAT_KEYS = ("_parent_uuid", "_parent_index", "_index")
RESERVED_SHEETS = ("About", "data", "codebook", "choices", "tables")
SHEET_NAME_LIMIT = 31
_BAD_SHEET_CHARACTERS = str.maketrans({c: "_" for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Column:
    name: str
    question: Question
    choice: str | None = None  # set for a select_multiple 0/1 column
    recoded: str | None = None  # the recoding rule applied at this level (cells are text)

    @property
    def cell_type(self) -> str:
        if self.choice is not None:
            return "indicator"
        if self.recoded is not None:
            return "text"
        return cell_type(self.question)


@dataclass
class SheetPlan:
    name: str
    repeat: str | None  # the repeat's key (its XLSForm name if unique); None for data
    parent: SheetPlan | None
    columns: list[Column] = field(default_factory=list)
    children: list[SheetPlan] = field(default_factory=list)
    meta: tuple[str, ...] = META_COLUMNS  # the data sheet's metadata at this level

    @property
    def keys(self) -> tuple[str, ...]:
        return self.meta if self.repeat is None else REPEAT_KEYS

    @property
    def key_types(self) -> list[str]:
        if self.repeat is None:
            return [META_TYPE[name] for name in self.meta]
        return ["text", "integer", "integer"]

    @property
    def header(self) -> list[str]:
        return [*self.keys, *(column.name for column in self.columns)]


def cell_type(question: Question) -> str:
    kind = value_kind(question)
    if kind in ("integer", "decimal", "date", "time", "datetime"):
        return kind
    if kind in ("calculate", "hidden"):
        return "calculated"
    return "text"


def is_exported(form: Form, question: Question) -> bool:
    """Identifier and identifier-derived questions never leave the vault, at any level."""
    if not question.holds_answer:
        return False
    # is_stored is False for identifiers and for what is worked out from one (taint).
    return form.is_stored(question.key)


def exported_questions(form: Form) -> list[Question]:
    """Every question an internal file holds, in form order."""
    return [q for q in form.questions() if is_exported(form, q)]


def plan_sheets(
    form: Form, published: dict[str, str | None] | None = None, level: str = "internal"
) -> list[SheetPlan]:
    """The data sheet first, then every repeat sheet (depth first, form order).

    ``published`` (question key -> recoding rule) keeps only those questions, and no
    repeat sheet: that is what a restricted or public file holds. A column is named by
    the question's key: its name, or its group path (``household/name``) when the name
    is used in more than one group (lintas.form.keys; docs/workbook-format.md).
    """
    data = SheetPlan("data", None, None, meta=LEVEL_META[level])
    sheets = [data]
    taken = {name.lower() for name in RESERVED_SHEETS}

    def collect(children: tuple, sheet: SheetPlan) -> None:
        for element in children:
            if isinstance(element, Group) and element.repeat and published is not None:
                continue
            if isinstance(element, Group) and element.repeat:
                child = SheetPlan(_sheet_name(element.name, taken), element.key, sheet)
                sheet.children.append(child)
                sheets.append(child)
                collect(element.children, child)
            elif isinstance(element, Group):
                collect(element.children, sheet)
            elif isinstance(element, Question) and is_exported(form, element):
                if published is not None and element.key not in published:
                    continue
                rule = published.get(element.key) if published is not None else None
                sheet.columns.append(Column(element.key, element, recoded=rule))
                if element.type == "select_multiple" and element.choice_list:
                    choice_list = form.choice_lists.get(element.choice_list)
                    for name in choice_list.names() if choice_list else ():
                        sheet.columns.append(Column(f"{element.key}/{name}", element, name))

    collect(form.children, data)
    return sheets


class ColumnClashError(LintasError):
    """Two columns of one sheet would have the same name; the message names them."""


def check_columns(form: Form) -> None:
    """Refuse, before anything is written, a form whose sheets would repeat a column.

    A question named like a column every export writes itself (``_uuid``, ``_status``,
    ``_office``; ``_index`` or ``_parent_uuid`` in a repeat) would give the file two
    columns of that name: a reader takes one for the other (the record's id, the office
    disclosure control counts), so Lintas refuses the export and says what to rename.
    Two question columns cannot clash (keys are unique, and a select_multiple's
    ``q/choice`` columns need a group ``q`` beside the question ``q``, which pyxform
    refuses), but they are checked all the same.
    """
    for sheet in plan_sheets(form):
        seen: dict[str, str] = {key: "" for key in sheet.keys}
        for column in sheet.columns:
            if column.name not in seen:
                seen[column.name] = column.question.key
                continue
            other = seen[column.name]
            if not other:
                raise ColumnClashError(tr(
                    "The form '{form}' cannot be exported: its question '{question}' has "
                    "the name of the column '{column}' that Lintas writes itself in every "
                    "export, so the '{sheet}' sheet would have two '{column}' columns. "
                    "Rename the question in a new version of the form, install it and "
                    "export again.",
                    form=form.form_id, question=column.question.key, column=column.name,
                    sheet=sheet.name,
                ))  # fmt: skip
            raise ColumnClashError(tr(
                "The form '{form}' cannot be exported: the questions '{first}' and "
                "'{second}' would both be the column '{column}' of the '{sheet}' sheet. "
                "Rename one of them in a new version of the form, install it and export "
                "again.",
                form=form.form_id, first=other, second=column.question.key,
                column=column.name, sheet=sheet.name,
            ))  # fmt: skip


def _sheet_name(wanted: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique without case."""
    name = wanted.translate(_BAD_SHEET_CHARACTERS)[:SHEET_NAME_LIMIT] or "repeat"
    number = 0
    while name.lower() in taken:
        number += 1
        suffix = f"~{number}"
        name = wanted.translate(_BAD_SHEET_CHARACTERS)[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    taken.add(name.lower())
    return name


def merge_plans(newer: list[SheetPlan], older: list[SheetPlan]) -> list[SheetPlan]:
    """The union of two versions' sheets: ``newer``'s columns and order, then ``older``'s extras.

    Sheets are matched by their repeat (None for the data sheet); a repeat only the older
    version has gets its own sheet after the others, under its parent when that exists.
    """
    by_repeat = {plan.repeat: plan for plan in newer}
    taken = {plan.name.lower() for plan in newer} | {n.lower() for n in RESERVED_SHEETS}
    out = list(newer)
    for plan in older:
        mine = by_repeat.get(plan.repeat)
        if mine is None:
            parent = by_repeat.get(plan.parent.repeat if plan.parent else None) or newer[0]
            mine = SheetPlan(_sheet_name(plan.repeat or "repeat", taken), plan.repeat, parent)
            parent.children.append(mine)
            by_repeat[plan.repeat] = mine
            out.append(mine)
        names = {column.name for column in mine.columns}
        mine.columns += [column for column in plan.columns if column.name not in names]
    return out
