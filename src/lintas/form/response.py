"""One interview in progress: answers, repeats, and the form's logic kept up to date.

Setting an answer re-evaluates only the expressions that read it (the engine's
dependency graph), in topological order, and returns the addresses whose state
changed so that a screen can refresh just those. Adding or removing a repeat
instance, or a change to a ``repeat_count``, re-evaluates the whole form: such
changes are rare and move every position() and count().
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lintas.form.answers import AnswerTypeError, to_text, to_value
from lintas.form.device import Device
from lintas.form.engine import engine_for
from lintas.form.errors import InvalidAnswer, ResponseError, UnknownAddress
from lintas.form.instance import (
    node_at,
    walk_questions,
)
from lintas.form.limits import repeat_limit, too_many
from lintas.form.media import (
    MAX_ATTACHMENTS_BYTES,
    MEDIA_TYPES,
    Attachment,
    AttachmentError,
    check_attachment,
    file_names,
    safe_name,
    unique_name,
)
from lintas.form.model import Choice, Form, Privacy, Question
from lintas.form.paradata import AUDIT_TYPE, QuestionTimes
from lintas.form.structure import InstanceTree
from lintas.form.types import METADATA
from lintas.form.xpath import Node
from lintas.form.xpath.lexer import LAST_SAVED_INSTANCE, LAST_SAVED_ROOT
from lintas.form.xpath.nodes import DOCUMENT

_REFERENCE = re.compile(r"\$\{([^}\s]+)\}")


def _node_text(nodes: list[Node]) -> str:
    return nodes[0].string_value() if nodes else ""


@dataclass(frozen=True)
class FieldState:
    """What a screen needs to show one question instance."""

    value: Any
    relevant: bool
    required: bool
    read_only: bool
    constraint_ok: bool
    constraint_message: str
    choices: tuple[Choice, ...] | None
    label: str
    hint: str


@dataclass(frozen=True)
class ResponseProblem:
    address: str
    message: str

    def __str__(self) -> str:
        return f"{self.address}: {self.message}"


class Response(InstanceTree):
    """An in-progress response to ``form`` (see the module docstring)."""

    def __init__(
        self,
        form: Form,
        *,
        language: str | None = None,
        now: Any = None,
        device: Device | None = None,
        last_saved: dict[str, Any] | None = None,
    ) -> None:
        engine = engine_for(form)
        root = Node(form.root_name)
        Node(DOCUMENT).append(root)
        super().__init__(engine, root, now)
        self.form = form
        self.language = language
        self.device = device or Device()
        self.location = self.device.location  # for background-geopoint (evaluation.py)
        # Bytes of files attached in this interview, by the file name the answer holds;
        # memory only until the vault stores them (lintas.form.media).
        self.attachments: dict[str, bytes] = {}
        # ${last-saved#name} reads the last saved record of this form (ODK's last-saved).
        self.ctx.instances = {
            **engine.choice_instances,
            LAST_SAVED_INSTANCE: last_saved_tree(last_saved or {}),
        }
        # True once loaded from JSON: identifier answers are never saved, so a
        # missing identifier answer is not a missing required answer then.
        self.identifiers_withheld = False
        # Seconds per question for the form's audit question, if it has one.
        self.paradata = QuestionTimes()
        self._audit = next((q.name for q in form.questions() if q.type == AUDIT_TYPE), None)
        self._build(form.children, root)
        self._fill_metadata()
        self.evaluate_all()

    # -- reading -------------------------------------------------------------

    def get(self, address: str) -> Any:
        node = self._question_node(address)
        return to_value(self.engine.elements[node.key].question, node.text)  # type: ignore[arg-type]

    def state(self, address: str) -> FieldState:
        node = self._question_node(address)
        question = self.engine.elements[node.key].question
        assert question is not None
        slot = self.slot(node)
        message = ""
        if not slot.constraint_ok:
            message = (
                question.constraint_message.get(self.language)
                or slot.error
                or ("This answer is not allowed here.")
            )
        return FieldState(
            value=to_value(question, node.text),
            relevant=self.is_relevant(node),
            required=slot.required,
            read_only=slot.read_only,
            constraint_ok=slot.constraint_ok,
            constraint_message=message,
            choices=self.choices_of(node),
            label=self._fill_in(question.label.get(self.language), node),
            hint=self._fill_in(question.hint.get(self.language), node),
        )

    def question_at(self, address: str) -> Question:
        """The question an address names (``member[2]/age`` -> the question ``age``).

        An address ends in the question's key, which is a group path for a name used in
        two groups, so the last part after '/' is not always enough to find it.
        """
        question = self.engine.elements[self._question_node(address).key].question
        assert question is not None
        return question

    def instance_name(self) -> str:
        """The settings' instance_name worked out for this response ("" if none)."""
        if self.engine.instance_name is None:
            return ""
        return self.text_of(self.engine.instance_name, self.root)

    def addresses(self) -> list[str]:
        return [address for address, _node, _q in walk_questions(
            self.engine, self.form.children, self.root)]  # fmt: skip

    def repeat_count(self, repeat_name: str, parent: str = "") -> int:
        return len(self._repeat_instances(repeat_name, parent))

    # -- changing ------------------------------------------------------------

    def set(self, address: str, value: Any) -> set[str]:
        """Answer the question at ``address``; return the addresses whose state changed.

        Raises UnknownAddress, InvalidAnswer (wrong type, or a choice not on offer)
        or ResponseError (a calculated, read-only or note question).
        """
        node = self._question_node(address)
        compiled = self.engine.elements[node.key]
        question = compiled.question
        assert question is not None
        if (
            not question.holds_answer
            or compiled.calculation is not None
            or question.type in METADATA
        ):
            raise ResponseError(f"'{address}' is worked out by the form and cannot be set.")
        if self.slot(node).read_only:
            raise ResponseError(f"'{address}' is read-only in this form.")
        if not self.is_relevant(node):
            raise ResponseError(
                f"'{address}' does not apply with the answers given so far (not relevant)."
            )
        if isinstance(value, Attachment):
            value = self._attach(address, node, question, value)
        try:
            text = to_text(question, value)
        except AnswerTypeError as problem:
            raise InvalidAnswer(address, str(problem)) from None
        self._check_choices(address, node, text)
        if text == node.text:
            return set()
        node.text = text
        self._forget_unused_attachments()
        return self.propagate(node, {address})

    def _attach(self, address: str, node: Node, question: Any, attachment: Attachment) -> str:
        """Keep ``attachment``'s bytes; return the (unique) file name the answer holds."""
        if question.type not in MEDIA_TYPES:
            raise InvalidAnswer(address, "takes a typed answer, not an attached file.")
        try:
            check_attachment(attachment)
        except AttachmentError as problem:
            raise InvalidAnswer(address, str(problem)) from None
        others = {n for n in self.attachments if n != node.text}
        total = sum(len(self.attachments[n]) for n in others) + len(attachment.data)
        if total > MAX_ATTACHMENTS_BYTES:
            raise InvalidAnswer(
                address,
                f"the files of this interview would be {total / 1048576:.1f} MB together; "
                f"at most {MAX_ATTACHMENTS_BYTES // 1048576} MB are kept. Attach smaller files.",
            )
        taken = others | (set(self._file_answers()) - {node.text})
        name = unique_name(safe_name(attachment.name), taken)
        self.attachments[name] = attachment.data
        return name

    def _file_answers(self) -> frozenset[str]:
        # (The class's own ``set`` method hides the builtin in annotations here.)
        return frozenset(
            node.text
            for _address, node, question in self._questions()
            if question.type in MEDIA_TYPES and node.text
        )

    def _forget_unused_attachments(self) -> None:
        if self.attachments:
            used = self._file_answers()
            for name in [n for n in self.attachments if n not in used]:
                del self.attachments[name]

    def stored_attachments(self) -> dict[str, bytes]:
        """The attached files that a save stores: those its stored answers name.

        A file for a non-relevant question, or for an identifier question (never
        stored, like any identifier answer), stays out.
        """
        names = set(file_names(self.form, self.to_json()))
        return {name: data for name, data in self.attachments.items() if name in names}

    def add_repeat(self, repeat_name: str, parent: str = "") -> int:
        """Add an instance of ``repeat_name`` inside ``parent``; return its 1-based index."""
        compiled = self._repeat(repeat_name)
        if compiled.repeat_count is not None:
            raise ResponseError(f"The number of '{repeat_name}' is set by the form (repeat_count).")
        count, limit = self.repeat_count(repeat_name, parent), repeat_limit(self.form)
        if count >= limit:
            raise ResponseError(too_many(repeat_name, count + 1, limit))
        self.new_instance(compiled, self._container(compiled, parent))
        self.evaluate_all()
        return self.repeat_count(repeat_name, parent)

    def remove_repeat(self, address: str) -> None:
        node = node_at(self.engine, self.root, address)
        compiled = self.engine.elements[node.key]
        if not compiled.is_repeat or node.parent is None:
            raise UnknownAddress(address, "It is not a repeat instance such as 'member[2]'.")
        if compiled.repeat_count is not None:
            raise ResponseError(f"The number of '{node.key}' is set by the form.")
        node.parent.remove(node)
        self.forget(node)
        self.evaluate_all()

    def mark_end(self, now: datetime | None = None) -> None:
        """Stamp the ``end`` metadata with the time the interview was saved."""
        moment = self._moment(now)
        for _address, node, question in self._questions():
            if question.type == "end":
                node.text = moment.isoformat(timespec="seconds")

    # -- checking and saving -------------------------------------------------

    def validate(self, final: bool = True, *, types_only: bool = False) -> list[ResponseProblem]:
        """Every problem: required answers missing (when ``final``), constraints, types.

        ``types_only``: only answers that do not fit their question (wrong type, a
        choice not on offer), which even a draft may not be stored with.
        """
        problems = []
        for address, node, question in self._questions():
            if not question.holds_answer or not self.is_relevant(node):
                continue
            slot = self.slot(node)
            if node.text == "":
                # Reopened from the vault: identifiers and what was worked out from
                # them were never stored, so their absence is not a missing answer.
                withheld = self.identifiers_withheld and not self.form.is_stored(question.key)
                if final and slot.required and not withheld and not types_only:
                    message = question.required_message.get(self.language)
                    problems.append(ResponseProblem(address, message or "An answer is required."))
                continue
            if not slot.constraint_ok and not types_only:
                problems.append(ResponseProblem(address, self.state(address).constraint_message))
            try:
                to_text(question, to_value(question, node.text))
                self._check_choices(address, node, node.text)
            except (AnswerTypeError, InvalidAnswer) as problem:
                problems.append(ResponseProblem(address, str(problem)))
        return problems

    def identifier_answers(self) -> dict[str, str]:
        """Answers to privacy=identifier questions (memory only: for pseudonyms)."""
        return {
            address: node.text
            for address, node, question in self._questions()
            if question.privacy is Privacy.IDENTIFIER and node.text and self.is_relevant(node)
        }

    def focus_question(self, address: str | None) -> None:
        """The question at ``address`` has the focus now (None: none has it).

        Only a form with an audit question keeps this: the seconds per question
        name (lintas.form.paradata), never a value.
        """
        if self._audit is None:
            return
        try:
            name = self._question_node(address).name if address else None
        except UnknownAddress:
            name = None  # a repeat instance removed meanwhile: nothing to count on
        self.paradata.enter(name)

    def to_json(self) -> dict[str, Any]:
        from lintas.form.serialising import response_to_json

        if self._audit is not None:
            # The audit answer is the paradata up to this moment (lintas.form.paradata).
            self._question_node(self._audit).text = self.paradata.text()
        return response_to_json(self)

    @classmethod
    def from_json(
        cls,
        form: Form,
        data: dict[str, Any],
        *,
        language: str | None = None,
        now: Any = None,
        device: Device | None = None,
    ) -> Response:
        from lintas.form.serialising import response_from_json

        fresh = cls(form, language=language, now=now, device=device)
        loaded = response_from_json(fresh, data)
        if loaded._audit is not None:
            loaded.paradata.load(loaded._question_node(loaded._audit).text)
        return loaded

    # -- inside --------------------------------------------------------------

    def _fill_in(self, text: str, node: Node) -> str:
        """Labels and hints may show answers: ``${name}`` becomes that answer's text."""
        if "${" not in text:
            return text
        return _REFERENCE.sub(lambda m: _node_text(self.resolve(m.group(1), node)), text)

    def _questions(self) -> list[tuple[str, Node, Any]]:
        return list(walk_questions(self.engine, self.form.children, self.root))

    def _question_node(self, address: str) -> Node:
        node = node_at(self.engine, self.root, address)
        if self.engine.elements[node.key].question is None:
            raise UnknownAddress(address, "It names a group, not a question.")
        return node

    def _check_choices(self, address: str, node: Node, text: str) -> None:
        choices = self.choices_of(node)
        if choices is None or not text:
            return
        offered = {choice.name for choice in choices}
        for name in text.split():
            if name not in offered:
                raise InvalidAnswer(address, f"'{name}' is not one of the choices offered here.")

    def _fill_metadata(self) -> None:
        moment = self._moment(None)
        for _address, node, question in self._questions():
            if question.type in ("start", "end"):
                node.text = moment.isoformat(timespec="seconds")
            elif question.type == "today":
                node.text = moment.date().isoformat()
            elif question.type == "username":
                node.text = self.device.username
            elif question.type == "deviceid":
                node.text = self.device.deviceid
            elif question.type == "start-geopoint":
                # Where the interview started: the office location, never a made-up one.
                node.text = self.device.location

    def _moment(self, now: datetime | None) -> datetime:
        moment = now or (self.now if isinstance(self.now, datetime) else None)
        return moment or datetime.now().astimezone()


def last_saved_tree(data: dict[str, Any]) -> Node:
    """The last saved record's answers as an instance: last/<name> for each plain answer.

    Answers inside repeats are left out: ODK's last-saved gives one value per name.
    """
    root = Node(LAST_SAVED_ROOT)
    Node(DOCUMENT).append(root)
    for name, value in data.items():
        if isinstance(value, dict) or (
            isinstance(value, list) and any(isinstance(v, dict) for v in value)
        ):
            continue
        if isinstance(value, list):
            text = " ".join(str(v) for v in value)
        elif isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, float) and value.is_integer():
            text = str(int(value))
        else:
            text = "" if value is None else str(value)
        root.append(Node(str(name), text))
    return root
