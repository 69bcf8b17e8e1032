"""The function registry: name -> implementation with its argument counts.

An implementation is ``impl(ctx, node, position, size, args) -> Value``. For
most functions ``args`` are the evaluated argument values; ``lazy`` functions
(``if``, ``once``...) get the compiled arguments and evaluate what they need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Impl = Callable[..., Any]


@dataclass(frozen=True)
class FunctionSpec:
    name: str
    impl: Impl
    min_args: int
    max_args: int | None  # None: any number
    lazy: bool = False

    def arity_problem(self, count: int) -> str | None:
        """A message when ``count`` arguments are wrong for this function, else None."""
        low, high = self.min_args, self.max_args
        if low <= count and (high is None or count <= high):
            return None
        if high is None:
            wanted = f"at least {_args(low)}"
        elif low == high:
            wanted = f"exactly {_args(low)}" if low else "no arguments"
        else:
            wanted = f"{low} to {high} arguments"
        return f"{self.name}() takes {wanted} but was given {count}."


def _args(count: int) -> str:
    return "1 argument" if count == 1 else f"{count} arguments"


FUNCTIONS: dict[str, FunctionSpec] = {}


def function(
    name: str, min_args: int = 0, max_args: int | None = 0, *, lazy: bool = False
) -> Callable[[Impl], Impl]:
    """Register the decorated implementation under ``name``."""

    def register(impl: Impl) -> Impl:
        FUNCTIONS[name] = FunctionSpec(name, impl, min_args, max_args, lazy)
        return impl

    return register
