"""The syntax tree of a parsed expression, and a printer for it.

Nodes are small ``__slots__`` classes. The evaluator compiles a tree into
closures once, so the tree itself is only read at parse and check time.
"""

from __future__ import annotations

from collections.abc import Iterator


class Ast:
    __slots__ = ("position",)

    def __init__(self, position: int) -> None:
        self.position = position

    def children(self) -> Iterator[Ast]:
        return iter(())

    def walk(self) -> Iterator[Ast]:
        yield self
        for child in self.children():
            yield from child.walk()


class Literal(Ast):
    __slots__ = ("value",)

    def __init__(self, value: str | float, position: int) -> None:
        super().__init__(position)
        self.value = value


class FieldRef(Ast):
    """An XLSForm ``${name}`` reference."""

    __slots__ = ("name",)

    def __init__(self, name: str, position: int) -> None:
        super().__init__(position)
        self.name = name


class Variable(Ast):
    __slots__ = ("name",)

    def __init__(self, name: str, position: int) -> None:
        super().__init__(position)
        self.name = name


class Call(Ast):
    __slots__ = ("args", "name")

    def __init__(self, name: str, args: list[Ast], position: int) -> None:
        super().__init__(position)
        self.name = name
        self.args = args

    def children(self) -> Iterator[Ast]:
        return iter(self.args)


class Negate(Ast):
    __slots__ = ("operand",)

    def __init__(self, operand: Ast, position: int) -> None:
        super().__init__(position)
        self.operand = operand

    def children(self) -> Iterator[Ast]:
        yield self.operand


class Binary(Ast):
    __slots__ = ("left", "op", "right")

    def __init__(self, op: str, left: Ast, right: Ast, position: int) -> None:
        super().__init__(position)
        self.op = op
        self.left = left
        self.right = right

    def children(self) -> Iterator[Ast]:
        yield self.left
        yield self.right


class Step(Ast):
    """One location step: ``axis::test[predicate]...``.

    ``test`` is a name (possibly ``prefix:*``), ``*``, or a node type such as
    ``node()`` / ``text()``.
    """

    __slots__ = ("axis", "predicates", "test")

    def __init__(self, axis: str, test: str, predicates: list[Ast], position: int) -> None:
        super().__init__(position)
        self.axis = axis
        self.test = test
        self.predicates = predicates

    def children(self) -> Iterator[Ast]:
        return iter(self.predicates)


class Path(Ast):
    """A location path or a filter expression followed by steps.

    ``start`` is ``"/"`` (absolute), ``"."`` (relative to the context node),
    or an expression (``instance('x')``, ``${q}``, ``(...)``) whose node-set
    the steps continue from.
    """

    __slots__ = ("predicates", "start", "steps")

    def __init__(
        self, start: str | Ast, predicates: list[Ast], steps: list[Step], position: int
    ) -> None:
        super().__init__(position)
        self.start = start
        self.predicates = predicates
        self.steps = steps

    def children(self) -> Iterator[Ast]:
        if isinstance(self.start, Ast):
            yield self.start
        yield from self.predicates
        yield from self.steps


def to_text(node: Ast) -> str:
    """Print ``node`` back as XPath text that parses to the same tree."""
    if isinstance(node, Literal):
        if isinstance(node.value, str):
            quote = "'" if "'" not in node.value else '"'
            return f"{quote}{node.value}{quote}"
        return repr(node.value) if not float(node.value).is_integer() else str(int(node.value))
    if isinstance(node, FieldRef):
        return "${" + node.name + "}"
    if isinstance(node, Variable):
        return "$" + node.name
    if isinstance(node, Call):
        return f"{node.name}({', '.join(to_text(a) for a in node.args)})"
    if isinstance(node, Negate):
        return f"-({to_text(node.operand)})"
    if isinstance(node, Binary):
        return f"({to_text(node.left)} {node.op} {to_text(node.right)})"
    if isinstance(node, Step):
        return _step_text(node)
    assert isinstance(node, Path)
    return _path_text(node)


def _step_text(step: Step) -> str:
    preds = "".join(f"[{to_text(p)}]" for p in step.predicates)
    if step.axis == "self" and step.test == "node()" and not preds:
        return "."
    if step.axis == "parent" and step.test == "node()" and not preds:
        return ".."
    if step.axis == "attribute":
        return f"@{step.test}{preds}"
    if step.axis == "child":
        return f"{step.test}{preds}"
    return f"{step.axis}::{step.test}{preds}"


def _path_text(path: Path) -> str:
    steps = "/".join(_step_text(s) for s in path.steps)
    if path.start == "/":
        return "/" + steps
    if path.start == ".":
        return steps
    assert isinstance(path.start, Ast)
    head = f"({to_text(path.start)})" + "".join(f"[{to_text(p)}]" for p in path.predicates)
    return head + ("/" + steps if steps else "")
