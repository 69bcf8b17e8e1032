"""Geographic functions of the ODK XForms spec: distance() and area().

Points are ``"lat lon [alt acc]"`` and shapes ``"p1; p2; ..."``, as ODK geopoint,
geotrace and geoshape answers are written. The Earth is treated as a sphere
(radius 6,378,137 m), which is what field data collection needs.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.values import NAN, Value, to_string

EARTH_RADIUS = 6378137.0


def _points(values: list[Value]) -> list[tuple[float, float]] | None:
    texts: list[str] = []
    for value in values:
        if isinstance(value, list):
            texts.extend(node.string_value() for node in value)
        else:
            texts.append(to_string(value))
    points = []
    for text in texts:
        for part in text.split(";"):
            numbers = part.split()
            if not numbers:
                continue
            try:
                lat, lon = float(numbers[0]), float(numbers[1])
            except (ValueError, IndexError):
                return None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                return None
            points.append((math.radians(lat), math.radians(lon)))
    return points


@function("distance", 1, None)
def distance(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """The length in metres of the path through the given points (haversine)."""
    points = _points(args)
    if points is None:
        return NAN
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise(points):
        a = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        total += 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(a)))
    return total


@function("area", 1, 1)
def area(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """The area in square metres enclosed by a geoshape (spherical excess)."""
    points = _points(args)
    if points is None:
        return NAN
    if len(points) < 3:
        return 0.0
    if points[0] != points[-1]:
        points = [*points, points[0]]
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise(points):
        total += (lon2 - lon1) * (2 + math.sin(lat1) + math.sin(lat2))
    return abs(total * EARTH_RADIUS * EARTH_RADIUS / 2)
