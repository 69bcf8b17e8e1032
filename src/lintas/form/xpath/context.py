"""The evaluation context: where an expression runs and what it can see."""

from __future__ import annotations

import os
import random as _random
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lintas.form.xpath.nodes import Node

# resolve_field(name, current) -> the nodes that ${name} refers to, seen from `current`.
FieldResolver = Callable[[str, Node], list[Node]]
# choice_name(value, question_name) -> the label of that choice in the current language.
ChoiceNamer = Callable[[str, str], str]


def local_zone() -> tzinfo:
    """The machine's local time zone, with its daylight-saving rules when known.

    A named zone (from ``TZ`` or /etc/localtime) gets dates on the other side
    of a DST change right; otherwise the current fixed offset is used.
    """
    return _zone_for(os.environ.get("TZ", ""))


@lru_cache(maxsize=8)
def _zone_for(tz_variable: str) -> tzinfo:
    name = tz_variable.lstrip(":")
    if not name:
        try:
            target = os.path.realpath("/etc/localtime")
        except OSError:
            target = ""
        name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


class EvalContext:
    """Everything an evaluation needs besides the expression.

    ``node`` is the context node; ``current`` is what ``current()`` returns
    and the node ``${name}`` is resolved from (it stays the question's own node
    inside predicates). ``instances`` maps secondary instance ids to trees for
    ``instance('id')``. ``now`` fixes the clock (``today()``/``now()``), and
    ``tz`` the time zone dates are read and printed in (default: local).
    """

    __slots__ = (
        "choice_name",
        "current",
        "instances",
        "node",
        "now",
        "random",
        "resolve_field",
        "tz",
        "variables",
    )

    def __init__(
        self,
        node: Node,
        instances: Mapping[str, Node] | None = None,
        resolve_field: FieldResolver | None = None,
        choice_name: ChoiceNamer | None = None,
        now: datetime | None = None,
        *,
        current: Node | None = None,
        tz: tzinfo | None = None,
        variables: Mapping[str, object] | None = None,
        random: _random.Random | None = None,
    ) -> None:
        self.node = node
        self.current = current if current is not None else node
        self.instances = instances or {}
        self.resolve_field = resolve_field
        self.choice_name = choice_name
        self.tz = tz if tz is not None else (now.tzinfo if now and now.tzinfo else local_zone())
        self.now = now
        self.variables = variables or {}
        self.random = random

    def clock(self) -> datetime:
        """The current moment in the context's time zone."""
        if self.now is not None:
            moment = self.now if self.now.tzinfo else self.now.replace(tzinfo=self.tz)
            return moment.astimezone(self.tz)
        return datetime.now(self.tz)
