"""Stage 3 of loading: pyxform's JSON -> our immutable model (lintas.form.model).

Every refusal (a type or feature we do not run, a bad ``privacy`` value) is
collected as a Problem naming its row, so that one load reports them all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pyxform.question_type_dictionary import QUESTION_TYPE_DICT
from pyxform.utils import default_is_dynamic

from lintas.form.attached import search_list_name, view_name
from lintas.form.choices import media_warning
from lintas.form.errors import Problem, error, note
from lintas.form.external import default_refs
from lintas.form.geo import GEO_TYPES
from lintas.form.media import MEDIA_TYPES
from lintas.form.model import Element, Group, Privacy, Question, Text, frozen_mapping
from lintas.form.rows import NamePath, SheetRow
from lintas.form.search import SearchError, has_search, parse_search
from lintas.form.texts import to_media, to_text
from lintas.form.types import EMPTY_METADATA, LOCATION_METADATA, SUPPORTED, refusal
from lintas.i18n import N_, tr
from lintas.progress import Progress, report

SURVEY = "survey"
# Question types whose answer can identify a person by itself (a place, a photo).
PRIVATE_BY_DEFAULT = GEO_TYPES | MEDIA_TYPES | LOCATION_METADATA
GENERATED_FOR = "lintas:generated_for"
_PRIVACY_VALUES = ", ".join(repr(p.value) for p in Privacy if p.value)
# Keys of a JSON question that the model holds in its own fields.
_KNOWN_KEYS = {
    "type", "name", "label", "hint", "guidance_hint", "bind", "control", "children",
    "default", "trigger", "itemset", "list_name", "choices", "choice_filter",
    "parameters", "privacy", "media", "instance",
}  # fmt: skip
_EXTERNAL_ITEMSET = re.compile(r"\.(csv|xml|geojson)$", re.I)
_EMPTY_METADATA_NOTE = N_(
    "'{name}' is {kind} metadata, which Lintas leaves empty: a desktop has no SIM, "
    "and the device user's email and phone number are personal data that Lintas "
    "does not collect. The form works; this field is always blank."
)
_NO_ROLE = N_(
    "'{name}' is a question of type {kind} with no privacy role. A location or a file (a "
    "photo of a person) can identify someone, so Lintas treats it as 'quasi': stored "
    "encrypted, counted by disclosure control, published only at the internal level. "
    "Write quasi, sensitive or identifier in its privacy column to say so yourself."
)
# The columns every export writes itself (lintas.export.plan META_COLUMNS, REPEAT_KEYS;
# a test keeps the two equal). A question of that name cannot be exported.
EXPORT_OWN_COLUMNS = frozenset({
    "_uuid", "_revision", "_status", "_office", "_form_version", "_created_at",
    "_updated_at", "_pseudonym", "_parent_uuid", "_parent_index", "_index",
})  # fmt: skip
_EXPORT_CLASH = N_(
    "'{name}' is the name of a column Lintas writes itself in every export, so an export "
    "of this form would have two '{name}' columns and is refused. Rename the question."
)
_YES = {"yes", "true", "true()"}
_NO = {"no", "false", "false()"}
# pyxform's generated bookkeeping: ODK fills these; the vault has its own ids.
_GENERATED_META = {"instanceID", "instanceName"}


@dataclass
class Builder:
    """Turns pyxform's JSON children into model elements, collecting problems."""

    rows: Mapping[NamePath, SheetRow]
    root_path: str
    progress: Progress | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)  # names of rows refused above
    built: int = 0
    # Attached files the form reads: file name -> (first row, whether labels are needed).
    files_needed: dict[str, tuple[int, bool]] = field(default_factory=dict)
    files: Mapping[str, bytes] | None = None  # the form's attached files, when given
    # Other (value, label) fields than the file type's own, named by value=/label=.
    file_views: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    # search() appearances: CSV file -> (value, label columns) -> other columns read.
    searches: dict[str, dict[tuple[str, str], set[str]]] = field(default_factory=dict)
    search_rows: dict[str, int] = field(default_factory=dict)  # file -> first row
    # Choice list -> the selects using it: (question, row, whether it uses search()).
    list_users: dict[str, list[tuple[str, int, bool]]] = field(default_factory=dict)

    def elements(
        self, children: Sequence[Mapping[str, Any]], names: NamePath, path: str
    ) -> tuple[Element, ...]:
        result = []
        for item in children:
            element = self.element(item, names, path)
            if element is not None:
                result.append(element)
        return tuple(result)

    def element(self, item: Mapping[str, Any], names: NamePath, path: str) -> Element | None:
        name = str(item.get("name", ""))
        row = self.row_of(names, name)
        if row is None and _is_generated_meta(item, names):
            # pyxform moves the audit row into its generated meta group; the vault keeps
            # its own ids for the rest, so only the audit question is built (at the root).
            for child in item.get("children") or ():
                if child.get("type") == "audit":
                    child_row = self.row_of(names, str(child.get("name", "")))
                    return self.question(child, f"{path}/{child.get('name')}", child_row)
            return None
        self.built += 1
        if self.built % 200 == 0:
            report(self.progress, self.built, 0, "Building the form")
        kind = str(item.get("type", ""))
        if kind in ("group", "repeat"):
            return self.group(item, names, f"{path}/{name}", row)
        if kind == "loop":
            return self.loop(item, names, f"{path}/{name}", row)
        return self.question(item, f"{path}/{name}", row)

    def loop(
        self, item: Mapping[str, Any], names: NamePath, path: str, row: SheetRow | None
    ) -> Group:
        """``begin loop over LIST``: the group of questions asked once per choice.

        As pyxform does, each choice gets a group with a copy of the questions, their
        ``%(label)s`` and ``%(name)s`` filled in from the choice. Names must be unique in
        a Lintas form, so each copy is named ``<question>__<choice>`` (docs/forms.md).
        """
        name = str(item["name"])
        groups = []
        for column in item.get("columns") or ():
            choice = str(column.get("name", ""))
            label = to_text(column.get("label"))
            copies = []
            for child in item.get("children") or ():
                child_name = str(child.get("name", ""))
                child_row = self.row_of((*names, name), child_name)
                copy = {**child, "name": f"{child_name}__{choice}"}
                copy["label"] = _fill_loop_text(child.get("label"), choice, label)
                if child.get("hint"):
                    copy["hint"] = _fill_loop_text(child.get("hint"), choice, label)
                if str(child.get("type", "")) in ("group", "repeat", "loop"):
                    self.fail(
                        tr("The loop '{name}' holds the group '{group}'; Lintas runs loops "
                           "of questions only. Move the group out of the loop.",
                           name=name, group=child_name),
                        child_row.number if child_row else 0, "type",
                    )  # fmt: skip
                    continue
                built = self.question(copy, f"{path}/{choice}/{copy['name']}", child_row)
                if built is not None:
                    copies.append(built)
            groups.append(
                Group(name=f"{name}__{choice}", path=f"{path}/{choice}",
                      row=row.number if row else 0, children=tuple(copies), label=label)
            )  # fmt: skip
        return Group(
            name=name,
            path=path,
            row=row.number if row else 0,
            children=tuple(groups),
            label=to_text(item.get("label")),
            hint=to_text(item.get("hint")),
        )

    def group(
        self, item: Mapping[str, Any], names: NamePath, path: str, row: SheetRow | None
    ) -> Group | None:
        name = str(item["name"])
        number = row.number if row else 0
        if row and row.cell("privacy"):
            self.fail(
                tr("The group '{name}' has a privacy value, but privacy applies to "
                   "questions only. Move it to the questions inside the group.", name=name),
                number, "privacy",
            )  # fmt: skip
        bind = item.get("bind") or {}
        control = item.get("control") or {}
        media = self.media_of(item, name, number)
        children = self.elements(item.get("children") or (), (*names, name), path)
        return Group(
            name=name,
            path=path,
            row=number,
            children=children,
            label=to_text(item.get("label")),
            hint=to_text(item.get("hint")),
            relevant=str(bind.get("relevant") or ""),
            appearance=str(control.get("appearance") or ""),
            repeat=item.get("type") == "repeat",
            repeat_count=str(control.get("jr:count") or ""),
            media=media,
        )

    def question(self, item: Mapping[str, Any], path: str, row: SheetRow | None) -> Question | None:
        name = str(item["name"])
        number = row.number if row else 0
        json_type = str(item.get("type", ""))
        if json_type in ("csv-external", "xml-external"):
            # Not a question: it makes ``instance('name')`` read the attached name.csv/.xml.
            self.need(f"{name}.{json_type[:3]}", number, labels=False)
            return None
        if not self.supported(item, name, number):
            return None
        bind = item.get("bind") or {}
        control = item.get("control") or {}
        kind = SUPPORTED[json_type]
        if kind in EMPTY_METADATA:
            self.warnings.append(note(tr(_EMPTY_METADATA_NOTE, name=name, kind=kind),
                                      SURVEY, number or None, "type"))  # fmt: skip
        if name in EXPORT_OWN_COLUMNS:
            # A warning, not an error: forms installed before still open (vault.form
            # loads them again), and their export says what to rename.
            self.warnings.append(Problem("warning", tr(_EXPORT_CLASH, name=name),
                                         SURVEY, number or None, "name"))  # fmt: skip
        default = str(item.get("default") or "")
        choice_list = _choice_list(item) if kind in ("select_one", "select_multiple") else None
        choice_filter = str(item.get("choice_filter") or "")
        appearance = str(control.get("appearance") or "")
        if choice_list is not None and not _EXTERNAL_ITEMSET.search(str(item.get("itemset") or "")):
            self.list_users.setdefault(choice_list, []).append(
                (name, number, has_search(appearance))
            )
        if choice_list is not None and has_search(appearance):
            found = self.search_of(item, name, number, appearance, row)
            if found is None:
                return None
            choice_list, predicate = found
            if predicate:
                choice_filter = f"({choice_filter}) and {predicate}" if choice_filter else predicate
        return Question(
            name=name,
            type=kind,
            path=path,
            row=number,
            label=to_text(item.get("label")),
            hint=to_text(item.get("hint")),
            guidance_hint=to_text(item.get("guidance_hint")),
            required=_flag(bind.get("required")),
            required_message=to_text(bind.get("jr:requiredMsg")),
            relevant=str(bind.get("relevant") or ""),
            constraint=str(bind.get("constraint") or ""),
            constraint_message=to_text(bind.get("jr:constraintMsg")),
            calculation=str(bind.get("calculate") or ""),
            default=default,
            read_only=_flag(bind.get("readonly")),
            trigger=tuple(str(t) for t in item.get("trigger") or ()),
            choice_list=choice_list,
            choice_filter=choice_filter,
            or_other=bool(row and row.type.endswith(" or other")),
            appearance=str(control.get("appearance") or ""),
            parameters=frozen_mapping(_parameters(item.get("parameters"))),
            privacy=self.role_of(kind, name, row),
            extra=frozen_mapping(_extra_columns(item, row, name)),
            default_is_expression=default_is_dynamic(default, _xform_type(json_type)),
            media=self.media_of(item, name, number),
        )

    def supported(self, item: Mapping[str, Any], name: str, number: int) -> bool:
        json_type = str(item.get("type", ""))
        reason = refusal(json_type, _xform_type(json_type))
        itemset = str(item.get("itemset") or "")
        appearance = str((item.get("control") or {}).get("appearance") or "")
        if reason is None and _EXTERNAL_ITEMSET.search(itemset) and has_search(appearance):
            # pyxform refuses this too: Collect reads search() over a choices-sheet row.
            self.refused.add(name)
            self.fail(
                tr("The question '{name}' takes its choices from the file '{file}' and also "
                   "uses the search() appearance; ODK does not support the two together. "
                   "Remove search() from the appearance, or make it a select_one with a "
                   "choice list of one row naming the file's columns.",
                   name=name, file=itemset),
                number, "appearance",
            )  # fmt: skip
            return False
        if reason is None and _EXTERNAL_ITEMSET.search(itemset):
            refs = file_refs(item)
            if refs == default_refs(itemset):
                self.need(itemset, number, labels=True)
            else:
                self.need(itemset, number, labels=False)
                self.file_views.setdefault(itemset, set()).add(refs)
        if reason:
            self.refused.add(name)
        if reason:
            self.fail(
                tr("The question '{name}' is {reason}. Lintas does not support this yet: "
                   "remove the row or change its type.", name=name, reason=reason),
                number, "type",
            )  # fmt: skip
            return False
        return True

    def search_of(
        self,
        item: Mapping[str, Any],
        name: str,
        number: int,
        appearance: str,
        row: SheetRow | None,
    ) -> tuple[str, str] | None:
        """The choice list and choice filter of a select with a search() appearance."""
        try:
            search = parse_search(appearance)
        except SearchError as problem:
            self.refused.add(name)
            self.fail(f"The question '{name}' {problem}", number, "appearance")
            return None
        if item.get("choice_filter"):
            # pyxform writes such a select's items in the form itself, without the
            # filter, so ODK Collect would offer rows the filter seems to leave out.
            self.refused.add(name)
            self.fail(
                tr("The question '{name}' has a choice_filter and the search() appearance; "
                   "ODK ignores the choice_filter of a search() select. Remove it and filter "
                   "in search() itself: its fifth and sixth arguments keep the rows whose "
                   "column equals a value, such as search('fruits', 'contains', 'label', "
                   "${{q}}, 'kind', ${{kind}}).", name=name),
                number, "choice_filter",
            )  # fmt: skip
            return None
        if row is not None and row.type.endswith(" or other"):
            self.refused.add(name)
            self.fail(
                tr("The question '{name}' has 'or_other' and the search() appearance; Lintas "
                   "cannot add the 'Other' choice to the rows of a file. Remove "
                   "'or_other' and add an 'other' row to the file instead.", name=name),
                number, "type",
            )  # fmt: skip
            return None
        columns = list(item.get("choices") or ())
        label = to_text(columns[0].get("label")).get() if columns else ""
        value = str(columns[0].get("name", "")) if columns else ""
        if len(columns) != 1 or not value or not label:
            self.refused.add(name)
            self.fail(
                tr("The question '{name}' uses search(), so its choice list '{list}' must "
                   "have exactly one row: its name is the file's column giving each "
                   "choice's value, its label the column(s) giving the label (such as name "
                   "and label).", name=name, list=item.get("list_name")),
                number, "appearance",
            )  # fmt: skip
            return None
        file_name = f"{search.file_name}.csv"
        refs = (value.strip(), label.strip())
        self.searches.setdefault(file_name, {}).setdefault(refs, set()).update(
            search.read_columns()
        )
        self.search_rows.setdefault(file_name, number)
        return search_list_name(file_name, refs), search.predicate()

    def search_only_lists(self) -> set[str]:
        """Choice lists used by search() selects only: their one row names the file's
        columns and is no choice, so (as pyxform, which writes no instance for them)
        the form keeps no such list; the file's rows are the choices."""
        return {
            name for name, users in self.list_users.items()
            if users and all(searched for _, _, searched in users)
        }  # fmt: skip

    def shared_search_lists(self) -> None:
        """pyxform's rule: a choice list used with search() is used only with search().

        The list's one row names the file's columns; a select without search() would
        offer that row as its only choice.
        """
        for list_name, users in sorted(self.list_users.items()):
            plain = [user for user, _, searched in users if not searched]
            for user, number, searched in users:
                if searched and plain and user not in self.refused:
                    self.refused.add(user)
                    shown = ", ".join(f"'{q}'" for q in plain)
                    self.fail(
                        tr("The question '{name}' uses search() with the choice list "
                           "'{list}', which {others} also use(s) without search(); that "
                           "cannot work for both. Give the search() question a choice list "
                           "of its own, or use search() on every question of this list.",
                           name=user, list=list_name, others=shown),
                        number, "appearance",
                    )  # fmt: skip

    def need(self, file_name: str, row: int, *, labels: bool) -> None:
        first, labelled = self.files_needed.get(file_name, (row, False))
        self.files_needed[file_name] = (first, labelled or labels)

    def role_of(self, kind: str, name: str, row: SheetRow | None) -> Privacy:
        """The privacy role; a location or file without one is a quasi-identifier.

        A place, or a photo of a person, can identify them, so such an answer with
        no role is kept as a quasi-identifier (disclosure control counts it), and
        form check says so, so that the author gives it the role they mean.
        """
        privacy = self.privacy(name, row)
        if kind in PRIVATE_BY_DEFAULT and privacy is Privacy.ORDINARY and row is not None:
            if not row.cell("privacy"):
                self.warnings.append(
                    Problem("warning", tr(_NO_ROLE, name=name, kind=kind),
                            SURVEY, row.number, "privacy")
                )  # fmt: skip
                return Privacy.QUASI
        return privacy

    def privacy(self, name: str, row: SheetRow | None) -> Privacy:
        value = row.cell("privacy").lower() if row else ""
        for privacy in Privacy:
            if privacy.value == value:
                return privacy
        self.fail(
            tr("The privacy value '{value}' of '{name}' is not one Lintas knows. Use one of "
               "{values}, or leave the cell empty.",
               value=row.cell("privacy") if row else value, name=name, values=_PRIVACY_VALUES),
            row.number if row else 0, "privacy",
        )  # fmt: skip
        return Privacy.ORDINARY

    def media_of(self, item: Mapping[str, Any], name: str, number: int) -> Mapping[str, Text]:
        media = to_media(item.get("media"))
        subject = tr("The label of '{name}'", name=name)
        unseen = media_warning(media, self.files, subject, plays=True) if media else None
        if unseen:
            self.warnings.append(
                Problem("warning", unseen, SURVEY, number or None, "media")
            )  # fmt: skip
        return media

    def row_of(self, names: NamePath, name: str) -> SheetRow | None:
        row = self.rows.get((*names, name))
        if row is None and name.endswith("_other"):
            # or_other makes a "specify other" text question for its select.
            row = self.rows.get((*names, name[: -len("_other")]))
        if row is None and name.endswith("_count"):
            # pyxform turns a repeat_count expression into a calculate "<repeat>_count".
            row = self.rows.get((*names, name[: -len("_count")]))
        if row is None and name.startswith("generated_note_name_"):
            number = name.rsplit("_", 1)[-1]
            row = SheetRow(int(number), {}) if number.isdigit() else None
        return row

    def fail(self, message: str, row: int, column: str | None) -> None:
        self.problems.append(error(message, SURVEY, row or None, column))


def _fill_loop_text(value: object, choice: str, label: Text) -> object:
    """pyxform's loop placeholders: %(name)s is the choice's name, %(label)s its label."""
    if isinstance(value, dict):
        return {
            lang: str(text).replace("%(name)s", choice).replace("%(label)s", label.get(lang))
            for lang, text in value.items()
        }
    if isinstance(value, str):
        return value.replace("%(name)s", choice).replace("%(label)s", label.get())
    return value


def _is_generated_meta(item: Mapping[str, Any], names: NamePath) -> bool:
    name = item.get("name")
    if name in _GENERATED_META:
        return True
    return name == "meta" and not names and bool((item.get("control") or {}).get("bodyless"))


def _flag(value: object) -> str:
    """required/read_only as an expression: 'yes' -> 'true()', 'no' or empty -> ''."""
    text = str(value or "").strip()
    if text.lower() in _YES:
        return "true()"
    if text.lower() in _NO:
        return ""
    return text


def _parameters(value: object) -> dict[str, str]:
    """pyxform gives parameters as a dict, or as the cell text for types it does not
    parse them for ("max-pixels=1024 quality=high")."""
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    if isinstance(value, str):
        pairs = (part.split("=", 1) for part in value.replace(",", " ").split() if "=" in part)
        return {k.strip(): v.strip() for k, v in pairs}
    return {}


def _choice_list(item: Mapping[str, Any]) -> str | None:
    name = str(item.get("list_name") or item.get("itemset") or "")
    if _EXTERNAL_ITEMSET.search(name):
        # towns.csv is the choice list 'towns' (or a view of it with value=/label=)
        return view_name(name, file_refs(item))
    return name or None


def file_refs(item: Mapping[str, Any]) -> tuple[str, str]:
    """The item fields a select from a file takes its values and labels from."""
    value, label = default_refs(str(item.get("itemset") or ""))
    parameters = _parameters(item.get("parameters"))
    return parameters.get("value", value).strip(), parameters.get("label", label).strip()


def _xform_type(json_type: str) -> str | None:
    entry = QUESTION_TYPE_DICT.get(json_type) or {}
    bind = entry.get("bind") or {}
    kind = bind.get("type")
    return str(kind) if kind else None


def _extra_columns(item: Mapping[str, Any], row: SheetRow | None, name: str) -> dict[str, str]:
    extra = {
        str(key): str(value)
        for key, value in item.items()
        if key not in _KNOWN_KEYS and isinstance(value, str | int | float)
    }
    if row is not None and row.type == "begin repeat" and name != row.cell("name"):
        extra[GENERATED_FOR] = "repeat_count"  # so messages name the column the author wrote
    return extra
