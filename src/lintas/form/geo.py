"""Locations as ODK writes them, and as a clerk types them.

An ODK geopoint answer is ``"lat lon alt acc"`` (degrees, degrees, metres, metres);
a geotrace is two or more points and a geoshape a closed ring of them, the points
separated by ``;``. Phones fill these from GPS; a desktop clerk types them, or
pastes them from a map or another tool, so :func:`parse_point` also reads
``13.75, 100.5`` and degrees-minutes-seconds such as ``13°45'30"N 100°30'15"E``.
Everything is checked here before it becomes an answer: latitude -90 to 90,
longitude -180 to 180, a finite altitude and an accuracy of zero or more.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from lintas.form.xpath.values import number_to_string

GEO_TYPES = frozenset({"geopoint", "geotrace", "geoshape"})
# Highest and lowest places a person can stand, with room to spare (metres).
ALTITUDE_RANGE = (-11000.0, 9000.0)
MAX_POINTS = 10000
TYPED_DECIMALS = 7  # a trace typed or pasted by hand; more is a mistake

Point = tuple[float, float, float, float]  # lat, lon, altitude, accuracy

# One coordinate: decimal degrees, or degrees with optional minutes and seconds, with
# an optional hemisphere letter before or after. Symbols as other tools paste them.
_COORDINATE = re.compile(
    r"""^\s*(?P<pre>[NSEW])?\s*
    (?P<sign>[-+])?\s*
    (?P<deg>\d+(?:\.\d+)?)\s*(?:°|º|d|deg|\s)?\s*
    (?:(?P<min>\d+(?:\.\d+)?)\s*(?:'|′|’|m|min|\s)?\s*)?
    (?:(?P<sec>\d+(?:\.\d+)?)\s*(?:"|″|”|''|s|sec)?\s*)?
    (?P<post>[NSEW])?\s*$""",
    re.I | re.X,
)
# A pair written with a hemisphere letter after each part: split after the letter.
_PAIR_BY_LETTER = re.compile(r"^(.*?[NS])\s*,?\s*(.*[EW])\s*$", re.I)


class GeoError(ValueError):
    """A location that is not one; the message says what would be."""


class GeoRangeError(GeoError):
    """A location written correctly whose numbers are out of range."""


def parse_coordinate(text: str, axis: str) -> float:
    """Degrees from ``-13.5``, ``13.5 S``, ``13°30'S`` or ``S 13 30 0``.

    ``axis`` is ``"lat"`` or ``"lon"``; a hemisphere letter of the other axis is refused.
    """
    match = _COORDINATE.match(text.strip())
    if not match or (match["pre"] and match["post"]):
        raise GeoError(f"'{text.strip()}' is not a coordinate (such as 13.75 or 13°45'30\"N).")
    letter = (match["pre"] or match["post"] or "").upper()
    if letter and (letter in "NS") != (axis == "lat"):
        which = "latitude (N or S)" if axis == "lat" else "longitude (E or W)"
        raise GeoError(f"'{text.strip()}' should be a {which}.")
    minutes, seconds = float(match["min"] or 0), float(match["sec"] or 0)
    if minutes >= 60 or seconds >= 60:
        raise GeoError(f"'{text.strip()}': minutes and seconds must be below 60.")
    if (match["min"] or match["sec"]) and "." in match["deg"]:
        raise GeoError(f"'{text.strip()}': give whole degrees when minutes follow.")
    value = float(match["deg"]) + minutes / 60 + seconds / 3600
    if match["sign"] == "-" or letter in ("S", "W"):
        if match["sign"] == "-" and letter in ("S", "W"):
            raise GeoError(f"'{text.strip()}' has both a minus sign and {letter}.")
        value = -value
    return value


def parse_point(text: str) -> tuple[float, float]:
    """(lat, lon) from a typed or pasted pair: decimal or degrees-minutes-seconds."""
    cleaned = " ".join(text.replace(";", " ").split())
    if not cleaned:
        raise GeoError("Type a latitude and a longitude, such as 13.75, 100.5.")
    by_letter = _PAIR_BY_LETTER.match(cleaned)
    if by_letter:
        parts = [by_letter.group(1), by_letter.group(2)]
    elif "," in cleaned:
        parts = [p for p in cleaned.split(",") if p.strip()]
    else:
        parts = cleaned.split()
    if len(parts) != 2:
        raise GeoError(
            f"'{text.strip()}' is not a latitude and a longitude; write them as "
            "13.75, 100.5 or 13°45'30\"N 100°30'15\"E."
        )
    lat, lon = parse_coordinate(parts[0], "lat"), parse_coordinate(parts[1], "lon")
    check_point(lat, lon)
    # Minutes and seconds give endless decimals; 7 places is about a centimetre.
    return round(lat, TYPED_DECIMALS), round(lon, TYPED_DECIMALS)


def check_point(lat: float, lon: float, alt: float = 0.0, acc: float = 0.0) -> None:
    if not all(math.isfinite(x) for x in (lat, lon, alt, acc)):
        raise GeoRangeError("A location needs finite numbers.")
    if not -90 <= lat <= 90:
        raise GeoRangeError(f"The latitude {number_to_string(lat)} is outside -90 to 90.")
    if not -180 <= lon <= 180:
        raise GeoRangeError(f"The longitude {number_to_string(lon)} is outside -180 to 180.")
    low, high = ALTITUDE_RANGE
    if not low <= alt <= high:
        shown = number_to_string(alt)
        raise GeoRangeError(f"The altitude {shown} m is outside {low:.0f} to {high:.0f}.")
    if acc < 0:
        raise GeoRangeError(f"The accuracy {number_to_string(acc)} m cannot be negative.")


def point_text(lat: float, lon: float, alt: float = 0.0, acc: float = 0.0) -> str:
    """The ODK text of one point; altitude and accuracy are 0 when not known, as in ODK."""
    check_point(lat, lon, alt, acc)
    return " ".join(number_to_string(x) for x in (lat, lon, alt, acc))


def _odk_point(part: str) -> Point:
    numbers = part.split()
    if not 2 <= len(numbers) <= 4:
        raise GeoError(
            f"'{part.strip()}' is not a point: it needs 'latitude longitude', with "
            "altitude and accuracy after them if known."
        )
    try:
        values = [float(n) for n in numbers] + [0.0] * (4 - len(numbers))
    except ValueError:
        raise GeoError(f"'{part.strip()}' is not a point: it holds a non-number.") from None
    check_point(*values)
    return (values[0], values[1], values[2], values[3])


def points_of(value: Any) -> list[Point]:
    """The points of an ODK text (``p1;p2``) or of a list of (lat, lon[, alt, acc])."""
    if isinstance(value, str):
        parts = [p for p in value.split(";") if p.strip()]
        if len(parts) > MAX_POINTS:
            raise GeoError(f"A location holds at most {MAX_POINTS} points.")
        return [_odk_point(p) for p in parts]
    if isinstance(value, Sequence) and value and all(isinstance(v, Sequence) for v in value):
        if len(value) > MAX_POINTS:
            raise GeoError(f"A location holds at most {MAX_POINTS} points.")
        return [_odk_point(" ".join(str(x) for x in v)) for v in value]
    raise GeoError("A location is written 'latitude longitude altitude accuracy'.")


def geo_text(kind: str, value: Any) -> str:
    """The ODK text of a geopoint, geotrace or geoshape answer; GeoError if it is not one."""
    if isinstance(value, Sequence) and not isinstance(value, str) and value:
        if all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
            value = [value]  # one point given as numbers
    points = points_of(value)
    if kind == "geopoint":
        if len(points) != 1:
            raise GeoError("A geopoint is one point: 'latitude longitude altitude accuracy'.")
    elif kind == "geotrace":
        if len(points) < 2:
            raise GeoError("A geotrace needs at least two points, separated by ';'.")
    else:
        if len(points) >= 2 and points[0][:2] != points[-1][:2]:
            points.append(points[0])  # ODK closes a shape by repeating its first point
        if len({p[:2] for p in points}) < 3:
            raise GeoError("A geoshape needs at least three different points, separated by ';'.")
    return ";".join(point_text(*p) for p in points)


def typed_geo(kind: str, text: str, altitude: str = "", accuracy: str = "") -> str | None:
    """The ODK text for what a clerk typed; None when nothing was typed.

    A geopoint is one pair (decimal or DMS) with optional altitude and accuracy in
    metres; a geotrace or geoshape is pairs separated by ``;``.
    """
    if not text.strip():
        return None
    if kind == "geopoint":
        lat, lon = parse_point(text)
        extra = [_metres(altitude, "altitude"), _metres(accuracy, "accuracy")]
        return point_text(lat, lon, *extra)
    pairs = [parse_point(part) for part in text.split(";") if part.strip()]
    return geo_text(kind, [(lat, lon) for lat, lon in pairs])


def _metres(text: str, what: str) -> float:
    if not text.strip():
        return 0.0
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise GeoError(f"The {what} '{text.strip()}' is not a number of metres.") from None


def shown_pairs(value: str) -> tuple[str, str, str]:
    """(pairs, altitude, accuracy) to show in an editor for a stored ODK text.

    Pairs as ``lat, lon`` joined by ``; ``; altitude and accuracy only for a single
    point, and blank when 0 (which ODK writes for "not known").
    """
    try:
        points = points_of(value)
    except GeoError:
        return value, "", ""
    pairs = "; ".join(f"{number_to_string(p[0])}, {number_to_string(p[1])}" for p in points)
    if len(points) != 1:
        return pairs, "", ""
    alt, acc = points[0][2], points[0][3]
    return pairs, number_to_string(alt) if alt else "", number_to_string(acc) if acc else ""
