"""Geographic functions: distance(), area() (ODK XForms spec) and geofence().

Points are ``"lat lon [alt acc]"`` and shapes ``"p1; p2; ..."``, as ODK geopoint,
geotrace and geoshape answers are written, or node-sets of geopoints. The
Earth is a sphere with the equatorial radius ODK clients use (6,378,100 m);
altitude is ignored, as the spec says.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from lintas.form.xpath.errors import XPathEvaluationError
from lintas.form.xpath.functions.registry import function
from lintas.form.xpath.values import NAN, Value, to_string

EARTH_RADIUS = 6378100.0
# Results are given to the centimetre, as ODK clients report them; a phone's GPS
# is good to metres, so more digits would only be noise.
PRECISION = 2
Point = tuple[float, float]  # (latitude, longitude) in degrees


def _texts(values: list[Value]) -> list[str]:
    texts: list[str] = []
    for value in values:
        if isinstance(value, list):
            texts.extend(node.string_value() for node in value)
        else:
            texts.append(to_string(value))
    return texts


def parse_points(values: list[Value]) -> list[Point] | None:
    """The points in ``values``; None when any is malformed or out of range."""
    points = []
    for text in _texts(values):
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
            points.append((lat, lon))
    return points


def _cos(degrees: float) -> float:
    # cos(90°) is exactly 0; math.cos(pi / 2) is 6e-17, which shows up in metres.
    return 0.0 if abs(degrees) == 90 else math.cos(math.radians(degrees))


def _leg(a: Point, b: Point) -> float:
    """Great-circle distance in metres (haversine)."""
    dlat, dlon = math.radians(b[0] - a[0]), math.radians(b[1] - a[1])
    h = math.sin(dlat / 2) ** 2 + _cos(a[0]) * _cos(b[0]) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(h)))


@function("distance", 1, None)
def distance(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """The length in metres of the path through the given points."""
    points = parse_points(args)
    if not points:
        return NAN
    return round(sum(_leg(a, b) for a, b in itertools.pairwise(points)), PRECISION)


@function("area", 1, 1)
def area(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> float:
    """The area in square metres enclosed by a geoshape (spherical polygon)."""
    points = parse_points(args)
    if not points:
        return NAN
    if len(points) < 3:
        return 0.0
    if points[0] != points[-1]:
        points = [*points, points[0]]
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise(points):
        total += math.radians(lon2 - lon1) * (
            2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2))
        )
    return round(abs(total * EARTH_RADIUS * EARTH_RADIUS / 2), PRECISION)


@function("geofence", 2, 2)
def geofence(ctx: Any, node: Any, pos: int, size: int, args: list[Value]) -> bool:
    """True when the geopoint lies inside the geoshape (ray casting in lat/lon)."""
    point, shape = parse_points([args[0]]), parse_points([args[1]])
    if not point or not shape or len(shape) < 3:
        raise XPathEvaluationError(
            "geofence() needs a geopoint and a geoshape of at least three points."
        )
    lat, lon = point[0]
    inside = False
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise([*shape, shape[0]]):
        if (lon1 > lon) != (lon2 > lon):
            crossing = lat1 + (lon - lon1) * (lat2 - lat1) / (lon2 - lon1)
            if lat < crossing:
                inside = not inside
    return inside
