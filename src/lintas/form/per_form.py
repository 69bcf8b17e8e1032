"""One compiled object per form, built once and reused while the form is in use.

The engine and the vault's import check both compile a form into something costly
to build (about a millisecond per question) and cheap to use; a bulk import or a
long interview asks for it thousands of times. Keyed by the form object's identity
(a Form is immutable), and kept small: the few forms an office works with at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from lintas.form.model import Form

T = TypeVar("T")


class PerForm(Generic[T]):
    """``PerForm(build)(form)`` is ``build(form)``, made once per form object."""

    def __init__(self, build: Callable[[Form], T], size: int = 16) -> None:
        self._build = build
        self._size = size
        self._made: dict[int, tuple[Form, T]] = {}
        self._lock = threading.Lock()

    def __call__(self, form: Form) -> T:
        with self._lock:
            entry = self._made.get(id(form))
            if entry is not None and entry[0] is form:
                return entry[1]
        made = self._build(form)  # outside the lock: building can take a while
        with self._lock:
            if len(self._made) >= self._size:
                self._made.pop(next(iter(self._made)))  # the oldest first
            self._made[id(form)] = (form, made)
        return made
