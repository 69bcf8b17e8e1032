"""A response as a plain JSON document, and back.

Answers are keyed by question key: the name, or the group path (``household/name``)
of a name used in more than one group (lintas.form.keys); a repeat is a list of
objects, one per instance, nested repeats inside them. Only relevant
answers are written, as ODK submits them, and never an answer to a
``privacy=identifier`` question, nor a value worked out from one
(``Form.is_stored``, lintas.form.taint): those stay in memory (DESIGN.md, "Pseudonyms").
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from lintas.form.answers import AnswerTypeError, to_text, to_value
from lintas.form.errors import InvalidAnswer, ResponseError
from lintas.form.limits import repeat_limit, too_many
from lintas.form.model import Element, Group, Question
from lintas.form.paradata import AUDIT_TYPE, ParadataError, parse
from lintas.form.types import EMPTY_METADATA
from lintas.form.xpath import Node

if TYPE_CHECKING:
    from lintas.form.response import Response


def response_to_json(
    response: Response, *, given: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The answers to store: the relevant ones, typed as their questions say.

    ``given``: the answers the response was loaded from (from_json). One of them is
    written even when it is not relevant now: reopened without its identifiers, a
    question whose relevance reads an identifier (``${passport} != ''``) is no longer
    relevant, yet its answer was rightly stored when the identifier was there, and
    writing the record again must not lose it.
    """
    return _children_to_json(response, response.form.children, response.root, given)


def _children_to_json(
    response: Response,
    children: tuple[Element, ...],
    container: Node,
    given: Mapping[str, Any] | None,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    given = given if isinstance(given, Mapping) else {}
    for element in children:
        if isinstance(element, Group) and element.repeat:
            items = given.get(element.key)
            items = items if isinstance(items, list) else []
            nodes = [node for node in container.children if node.key == element.key]
            instances = [
                _children_to_json(
                    response, element.children, node, items[index] if index < len(items) else None
                )
                for index, node in enumerate(nodes)
                if index < len(items) or response.is_relevant(node)
            ]
            if instances:
                data[element.key] = instances
            continue
        node = container.child(element.name)
        if node is None:
            continue
        if isinstance(element, Group):
            # Its questions are keyed by their own keys in ``given`` (a group has no
            # entry), so each decides for itself; is_relevant includes the group's own.
            data.update(_children_to_json(response, element.children, node, given))
        elif not element.holds_answer or not response.form.is_stored(element.key):
            continue
        elif response.is_relevant(node):
            if node.text:
                data[element.key] = to_value(element, node.text)
        elif element.key in given:
            # Not relevant now: the engine held the answer aside (a calculation it
            # clears, as it would work it out again): write it back as it was loaded.
            text = response.held.get(id(node)) or _saved_text(given[element.key])
            if text:
                data[element.key] = to_value(element, text)
    return data


def response_from_json(response: Response, data: dict[str, Any]) -> Response:
    """Fill a fresh ``response`` with ``data`` (as written by to_json) and evaluate it."""
    if not isinstance(data, dict):
        raise ResponseError("A saved response must be a JSON object of answers by name.")
    # Only what was saved counts: defaults and metadata are for new interviews
    # (ODK applies them once), calculations are kept as saved (now(), uuid() must
    # not change), and anything missing is worked out again or stays empty.
    for node in response.root.iter_descendants():
        node.text = ""
    response.pending_defaults.clear()
    response.held.clear()
    _load(response, response.form.children, response.root, data, "")
    response.identifiers_withheld = True
    response.keep_calculated = True
    try:
        response.evaluate_all()
    finally:
        response.keep_calculated = False
    return response


def _load(
    response: Response,
    children: tuple[Element, ...],
    container: Node,
    data: dict[str, Any],
    prefix: str,
) -> None:
    elements = {element.key: element for element in children}
    nested = _flatten_groups(children)
    for name, value in data.items():
        element = elements.get(name) or nested.get(name)
        if element is None:
            raise ResponseError(
                f"The saved answer '{prefix}{name}' names no question of this form here."
                + _repeated_hint(response, name)
            )
        if isinstance(element, Group) and element.repeat:
            _load_repeat(response, element, container, value, prefix)
            continue
        if isinstance(element, Group):
            # A group has no answer of its own (its questions are keyed by their own
            # names). Skipping it once let anything nested under it into storage.
            raise ResponseError(
                f"'{prefix}{name}' is a group of this form, not a question: give its "
                "answers by question name, without the group around them."
            )
        if not element.holds_answer:
            raise ResponseError(f"'{prefix}{name}' is a note of this form; it takes no answer.")
        _refuse_unfit_value(f"{prefix}{name}", element, value)
        if element.type in EMPTY_METADATA and value not in (None, ""):
            raise InvalidAnswer(
                f"{prefix}{name}",
                f"is {element.type} metadata, which Lintas always leaves empty (a desktop "
                "has no SIM, and it does not collect the device user's contact details). "
                "Remove it from the saved answers.",
            )
        if element.type == AUDIT_TYPE:
            try:
                parse(str(value or ""), {q.name for q in response.form.questions()})
            except ParadataError as problem:
                message = f"is the audit paradata and {problem}"
                raise InvalidAnswer(f"{prefix}{name}", message) from None
        node = response.resolve(element.key, container if prefix else response.root)
        target = node[0] if len(node) == 1 else None
        if target is None:
            raise ResponseError(f"The saved answer '{prefix}{name}' has no place here.")
        if element.calculation or element.default:
            # Worked out by the form, so kept as saved even when it does not fit
            # the question's type (validate() reports that against the form).
            target.text = _saved_text(value)
            continue
        try:
            target.text = to_text(element, value)
        except AnswerTypeError as problem:
            raise InvalidAnswer(f"{prefix}{name}", str(problem)) from None


def _load_repeat(
    response: Response, repeat: Group, container: Node, value: Any, prefix: str
) -> None:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ResponseError(f"The saved '{prefix}{repeat.key}' must be a list of objects.")
    limit = repeat_limit(response.form)
    if len(value) > limit:
        # Refused before any instance is made: a saved response cannot claim millions.
        raise ResponseError(too_many(f"{prefix}{repeat.key}", len(value), limit))
    compiled = response.engine.elements[repeat.key]
    scope_container = container
    steps = compiled.steps[len(_scope_steps(response, container)) : -1]
    for step in steps:
        child = scope_container.child(step)
        if child is None:
            raise ResponseError(f"The saved '{prefix}{repeat.key}' has no place here.")
        scope_container = child
    # Instances a repeat_count already made are filled first, then more are added.
    existing = [c for c in scope_container.children if c.key == repeat.key]
    for index, item in enumerate(value, start=1):
        if index <= len(existing):
            instance = existing[index - 1]
        else:
            instance = response.new_instance(compiled, scope_container)
        _load(response, repeat.children, instance, item, f"{prefix}{repeat.key}[{index}]/")


def _refuse_unfit_value(address: str, element: Question, value: Any) -> None:
    """One plain value per question: never an object, a list only for select_multiple.

    Calculated answers are kept as saved, so this is the one check that keeps an
    object (which could carry anything) or a non-finite number out of them.
    """
    if isinstance(value, dict):
        raise InvalidAnswer(address, "takes one value, not a JSON object.")
    if isinstance(value, list):
        if element.type != "select_multiple" or any(
            isinstance(v, dict | list) or v is None for v in value
        ):
            raise InvalidAnswer(address, "takes one value, not a list.")
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidAnswer(address, "needs a finite number.")


def _saved_text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _scope_steps(response: Response, container: Node) -> tuple[str, ...]:
    if container is response.root:
        return ()
    return response.engine.elements[container.key].steps


def _repeated_hint(response: Response, name: str) -> str:
    keys = [k for k in response.form.keys_named(name) if k != name]
    if not keys:
        return ""
    listed = ", ".join(f"'{k}'" for k in keys)
    return f" '{name}' is used in more than one group: its answers are keyed {listed}."


def _flatten_groups(children: tuple[Element, ...]) -> dict[str, Element]:
    """Elements reachable through non-repeat groups (they have no key of their own)."""
    found: dict[str, Element] = {}
    for element in children:
        if isinstance(element, Group) and not element.repeat:
            for child in element.children:
                found[child.key] = child
            found.update(_flatten_groups(element.children))
    return found
