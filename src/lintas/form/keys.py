"""Keys: what a form's answers are called when a name is used in more than one group.

ODK lets two groups each hold a question called ``name``; only the instance path
(``/data/household/name``, ``/data/member/name``) tells them apart. A Lintas
response keys a field by its name while that name is unique in the form, and by
its group path (the path without the root: ``household/name``) when it is not,
so that forms whose names are all unique keep exactly the keys they always had.
The key is what the JSON of a response, addresses, privacy, exports and bundles
use; ``${name}`` references still use the bare name, which pyxform requires to be
unique (an ambiguous reference is the form author's error, named by row).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from lintas.form.model import Element, Group


def with_keys(children: tuple[Element, ...]) -> tuple[Element, ...]:
    """The same elements, each repeated name given its group path as its key."""
    counts = Counter(element.name for element in walk_elements(children))
    if all(count == 1 for count in counts.values()):
        return children  # the usual case: every key is the name, as set by default
    return _keyed(children, (), counts)


def _keyed(
    children: tuple[Element, ...], groups: tuple[str, ...], counts: Counter[str]
) -> tuple[Element, ...]:
    keyed: list[Element] = []
    for element in children:
        key = element.name if counts[element.name] == 1 else "/".join((*groups, element.name))
        if isinstance(element, Group):
            inner = _keyed(element.children, (*groups, element.name), counts)
            keyed.append(replace(element, key=key, children=inner))
        else:
            keyed.append(replace(element, key=key))
    return tuple(keyed)


def walk_elements(children: tuple[Element, ...]) -> list[Element]:
    """Every element below ``children``, groups too, depth first in sheet order."""
    found: list[Element] = []
    for element in children:
        found.append(element)
        if isinstance(element, Group):
            found += walk_elements(element.children)
    return found
