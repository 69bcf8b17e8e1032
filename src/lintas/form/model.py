"""The immutable form model: what an XLSForm means, once loaded and checked.

Everything downstream (the response engine, the vault, privacy, export and the
GUI) reads forms through these types and never through pyxform's dictionaries.
Values are frozen dataclasses holding tuples and read-only mappings, so a form
can be shared between threads and cached without copies.

Expressions are kept as their XLSForm source text (``${age} >= 18``); the
engine compiles each one once (``lintas.form.xpath``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# The key used for text given without a language column (``label`` rather than
# ``label::English (en)``).
DEFAULT_LANGUAGE = "default"


def frozen_mapping(items: Mapping[str, object] | None = None) -> Mapping:
    """A read-only view over a copy of ``items``."""
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True)
class Text:
    """A piece of text in one or more languages (label, hint, message)."""

    by_language: Mapping[str, str] = field(default_factory=frozen_mapping)

    def get(self, language: str | None = None) -> str:
        """The text in ``language``, falling back to the default, then any language."""
        if language and language in self.by_language:
            return self.by_language[language]
        if DEFAULT_LANGUAGE in self.by_language:
            return self.by_language[DEFAULT_LANGUAGE]
        return next(iter(self.by_language.values()), "")

    def __bool__(self) -> bool:
        return any(self.by_language.values())


class Privacy(enum.Enum):
    """The ``privacy`` column of the survey sheet (DESIGN.md, "Privacy roles")."""

    ORDINARY = ""
    IDENTIFIER = "identifier"  # never stored; used for calculations and pseudonyms only
    QUASI = "quasi"  # key variable for disclosure control
    SENSITIVE = "sensitive"  # sensitive attribute (l-diversity, stricter tables)


@dataclass(frozen=True)
class Choice:
    name: str
    label: Text
    # Extra columns of the choices sheet, used by choice_filter expressions.
    extra: Mapping[str, str] = field(default_factory=frozen_mapping)
    # Media columns: "image", "audio", "video", "big-image" -> file name by language.
    media: Mapping[str, Text] = field(default_factory=frozen_mapping)


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]

    def names(self) -> tuple[str, ...]:
        return tuple(choice.name for choice in self.choices)

    def find(self, name: str) -> Choice | None:
        for choice in self.choices:
            if choice.name == name:
                return choice
        return None


@dataclass(frozen=True)
class Question:
    """One row of the survey sheet that holds (or shows) a value.

    ``type`` is the XLSForm base type without the list name: ``text``,
    ``integer``, ``decimal``, ``range``, ``select_one``, ``select_multiple``,
    ``date``, ``time``, ``datetime``, ``note``, ``acknowledge``, ``calculate``,
    ``hidden``, ``start``, ``end``, ``today``.
    """

    name: str
    type: str
    path: str  # absolute instance path, e.g. /survey/household/member/age
    row: int  # survey-sheet row (1-based, as Excel shows it), for messages
    label: Text = field(default_factory=Text)
    hint: Text = field(default_factory=Text)
    guidance_hint: Text = field(default_factory=Text)
    required: str = ""  # expression; "true()" when the sheet says yes
    required_message: Text = field(default_factory=Text)
    relevant: str = ""
    constraint: str = ""
    constraint_message: Text = field(default_factory=Text)
    calculation: str = ""
    default: str = ""
    read_only: str = ""  # expression; "true()" when the sheet says yes
    trigger: tuple[str, ...] = ()
    choice_list: str | None = None
    choice_filter: str = ""
    or_other: bool = False
    appearance: str = ""
    parameters: Mapping[str, str] = field(default_factory=frozen_mapping)
    privacy: Privacy = Privacy.ORDINARY
    # Columns we do not interpret but keep (for export labels, custom tools).
    extra: Mapping[str, str] = field(default_factory=frozen_mapping)
    # True when ``default`` is an expression evaluated once, as pyxform decides
    # (it holds ${...}, a function call or arithmetic); else a literal value.
    default_is_expression: bool = False
    # Media columns of the label: "image", "audio", "video" -> file name by language.
    media: Mapping[str, Text] = field(default_factory=frozen_mapping)
    # What answers, addresses, privacy and exports call it: the name while it is
    # unique in the form, else its group path (``household/name``); lintas.form.keys.
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.name)

    @property
    def is_select(self) -> bool:
        return self.type in ("select_one", "select_multiple")

    @property
    def holds_answer(self) -> bool:
        """False for notes, which show text and store nothing the user typed."""
        return self.type != "note"


@dataclass(frozen=True)
class Group:
    """A group or a repeat, with its children in sheet order."""

    name: str
    path: str
    row: int
    children: tuple[Element, ...]
    label: Text = field(default_factory=Text)
    hint: Text = field(default_factory=Text)
    relevant: str = ""
    appearance: str = ""
    repeat: bool = False
    repeat_count: str = ""  # expression; empty means the user adds instances
    media: Mapping[str, Text] = field(default_factory=frozen_mapping)
    key: str = ""  # as for Question: the name, or the group path when it is not unique

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.name)

    @property
    def field_list(self) -> bool:
        return "field-list" in self.appearance.split()


Element = Question | Group


@dataclass(frozen=True)
class Form:
    """A loaded, checked XLSForm."""

    form_id: str
    version: str
    title: str
    root_name: str  # name of the instance root element (the /<root>/ of every path)
    children: tuple[Element, ...]
    choice_lists: Mapping[str, ChoiceList]
    languages: tuple[str, ...] = ()  # as named in the sheet columns, e.g. "English (en)"
    default_language: str = DEFAULT_LANGUAGE
    instance_name: str = ""
    settings: Mapping[str, str] = field(default_factory=frozen_mapping)
    sha256: str = ""  # of the source file's bytes
    warnings: tuple[str, ...] = ()
    # Keys of the fields whose value is worked out (calculation, default, trigger;
    # transitively) from a privacy=identifier answer; set by the loader (lintas.form.taint).
    identifier_derived: frozenset[str] = frozenset()
    # Names of the files installed with the form (lintas.form.package), sorted.
    files: tuple[str, ...] = ()
    # The attached CSV files the form reads (choice lists, csv-external, pulldata).
    reads_files: tuple[str, ...] = ()
    # Bytes of the label and choice media files installed with the form, by name.
    media_bytes: Mapping[str, bytes] = field(default_factory=frozen_mapping)

    def __post_init__(self) -> None:
        # Names never stored: identifiers, and identifier-derived fields without a
        # privacy role of their own. Worked out once; is_stored is called per answer.
        # Keyed by question key (the name, or the group path of a repeated name).
        unstored = {q.key for q in self.questions() if q.privacy is Privacy.IDENTIFIER}
        for key in self.identifier_derived:
            if self._privacy_of(key) in (Privacy.ORDINARY, None):
                unstored.add(key)
        object.__setattr__(self, "_unstored", frozenset(unstored))

    def is_stored(self, key: str) -> bool:
        """False for identifiers and for identifier-derived fields (DESIGN.md, privacy).

        ``key`` is the question's key (``Question.key``). A derived field the form
        gives another privacy role (quasi, sensitive) is a deliberate derived value
        and is stored; every other field is stored.
        """
        unstored: frozenset[str] = self.__dict__["_unstored"]
        return key not in unstored

    def _privacy_of(self, key: str) -> Privacy | None:
        for question in self.questions():
            if question.key == key:
                return question.privacy
        return None

    def walk(self) -> Iterator[Element]:
        """Every question and group, depth first, in sheet order."""
        stack: list[Element] = list(reversed(self.children))
        while stack:
            element = stack.pop()
            yield element
            if isinstance(element, Group):
                stack.extend(reversed(element.children))

    def questions(self) -> Iterator[Question]:
        return (element for element in self.walk() if isinstance(element, Question))

    def question(self, key: str) -> Question:
        """The question whose key is ``key`` (its name while that is unique)."""
        for element in self.questions():
            if element.key == key:
                return element
        raise KeyError(key)

    def keys_named(self, name: str) -> tuple[str, ...]:
        """The keys of every question or group called ``name`` (several when repeated)."""
        return tuple(e.key for e in self.walk() if e.name == name)

    def media_files(self) -> tuple[str, ...]:
        """Every file named in a media column (labels and choices), in order, once."""
        names: dict[str, None] = {}
        owners: list = [*self.walk()]
        owners += [c for cl in self.choice_lists.values() for c in cl.choices]
        for owner in owners:
            for text in owner.media.values():
                for file_name in text.by_language.values():
                    names.setdefault(file_name, None)
        return tuple(names)

    def questions_with(self, privacy: Privacy) -> tuple[Question, ...]:
        return tuple(q for q in self.questions() if q.privacy is privacy)
