"""XML and GeoJSON files a form reads, as rows of named cells (ODK's formats).

ODK gives every attached data file to expressions as ``instance('name')/root/item``
(the ODK XForms spec, "Secondary instances from files"):

- an XML file is that tree already: ``<root><item><name/><label/>...</item></root>``.
  Lintas reads this shape (one ``<root>``, ``<item>`` children, each holding plain
  fields) and refuses any other, naming the file. The file is parsed with
  defusedxml and no DTD at all is allowed, so no entity is ever expanded (no
  "billion laughs") and no outside file or address is read (no XXE);
- a GeoJSON file is one ``FeatureCollection``; each ``Feature`` is an item with a
  child per member of its ``properties``, an ``id`` child from the feature's own
  ``id`` (which wins over an ``id`` property, as in ODK Collect), and a
  ``geometry`` child in ODK's text: a Point is ``lat lon 0 0``, a LineString its
  points joined by ``; ``, a Polygon the points of its outer ring.

Both give the same rows as a CSV file does (lintas.form.external), so one code
path makes the choice lists. Numbers keep the text they have in the file.
"""

from __future__ import annotations

import io
import json
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

from lintas.form.errors import Problem, error

MAX_DATA_BYTES = 20 * 2**20  # as for a CSV file
MAX_ITEMS = 200_000
MAX_XML_DEPTH = 3  # root/item/field; anything deeper is not a list

Rows = list[dict[str, str]]


class FileProblem(ValueError):
    """What is wrong with a data file; the message follows "The file 'x' "."""

    def __init__(self, message: str, row: int | None = None) -> None:
        super().__init__(message)
        self.row = row


def read_data_file(file_name: str, data: bytes) -> tuple[Rows | None, list[Problem]]:
    """The items of an .xml or .geojson file as rows, or None and what is wrong."""
    if len(data) > MAX_DATA_BYTES:
        return None, [
            _problem(
                file_name,
                None,
                f"is {len(data) / 2**20:,.1f} MB; a data file of a form may be at most "
                f"{MAX_DATA_BYTES // 2**20} MB.",
            )
        ]
    reader = xml_rows if file_name.lower().endswith(".xml") else geojson_rows
    try:
        rows = reader(data)
    except FileProblem as problem:
        return None, [_problem(file_name, problem.row, str(problem))]
    if len(rows) > MAX_ITEMS:
        found = f"has {len(rows):,} items; at most {MAX_ITEMS:,} are read."
        return None, [_problem(file_name, None, found)]
    return rows, []


def xml_rows(data: bytes) -> Rows:
    """``<root><item>...</item></root>`` as one row per item; FileProblem otherwise."""
    rows: Rows = []
    depth = 0
    root_seen = False
    try:
        events = iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True)
        for event, element in events:
            tag = _local(element.tag)
            if event == "start":
                depth += 1
                if depth > MAX_XML_DEPTH:
                    raise FileProblem(
                        f"is nested deeper than a list file is, in item {len(rows) + 1}: each "
                        "<item> in <root> holds plain fields such as <name> and <label>.",
                        len(rows) + 1,
                    )
                if depth == 1 and tag != "root":
                    raise FileProblem(
                        f"starts with <{tag}>; ODK reads a list file as <root> holding one "
                        "<item> per choice. Rename the outer element to root."
                    )
                root_seen = True
                if depth == 2 and tag != "item":
                    raise FileProblem(
                        f"has a <{tag}> inside <root>, where only <item> elements belong "
                        f"(item {len(rows) + 1})."
                    )
                continue
            depth -= 1
            if depth == 1:  # an item has ended
                rows.append({_local(child.tag): (child.text or "").strip() for child in element})
                element.clear()  # keep memory flat on a large file
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        raise FileProblem(
            "declares a DTD or entities, which Lintas never reads (they can expand to "
            "gigabytes or read other files). Save the list without a <!DOCTYPE>."
        ) from None
    except ParseError as problem:
        raise FileProblem(f"is not well-formed XML ({problem}).") from None
    if not root_seen:
        raise FileProblem("is empty: it needs a <root> element holding one <item> per choice.")
    return rows


def geojson_rows(data: bytes) -> Rows:
    """A GeoJSON FeatureCollection as one row per feature; FileProblem otherwise."""
    try:
        # Numbers keep their text ("1.50" stays 1.50, as ODK Collect shows it).
        document = json.loads(data.decode("utf-8-sig"), parse_float=str, parse_int=str)
    except UnicodeDecodeError:
        raise FileProblem("is not UTF-8 text; save it as UTF-8 GeoJSON.") from None
    except RecursionError:
        # json.loads recurses once per level and stops at Python's recursion limit.
        raise FileProblem("is nested deeper than any GeoJSON feature needs.") from None
    except ValueError as problem:
        raise FileProblem(f"is not valid JSON ({problem}).") from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise FileProblem(
            "is not a GeoJSON FeatureCollection; ODK reads one FeatureCollection per file."
        )
    features = document.get("features")
    if not isinstance(features, list):
        raise FileProblem("has no 'features' list; a FeatureCollection holds its features there.")
    return [_feature_row(feature, number) for number, feature in enumerate(features, start=1)]


def _feature_row(feature: Any, number: int) -> dict[str, str]:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise FileProblem(f"has feature {number} that is not of type Feature.", number)
    row: dict[str, str] = {}
    geometry = feature.get("geometry")
    if geometry is not None:
        row["geometry"] = _odk_geometry(geometry, number)
    properties = feature.get("properties") or {}
    if not isinstance(properties, dict):
        raise FileProblem(f"has feature {number} whose properties are not an object.", number)
    for key, value in properties.items():
        row[str(key)] = _cell(value)
    if feature.get("id") is not None:
        row["id"] = _cell(feature["id"])  # the feature's own id wins, as in ODK Collect
    return row


def _odk_geometry(geometry: Any, number: int) -> str:
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    coordinates: Any = geometry.get("coordinates") if isinstance(geometry, dict) else None
    try:
        if kind == "Point":
            return _point(coordinates)
        if kind == "LineString":
            return "; ".join(_point(p) for p in coordinates)
        if kind == "Polygon":
            return "; ".join(_point(p) for p in coordinates[0]) if coordinates else ""
    except (TypeError, IndexError, KeyError):
        message = f"has feature {number} whose coordinates are not numbers."
        raise FileProblem(message, number) from None
    except ValueError as problem:
        raise FileProblem(f"has feature {number} with {problem}.", number) from None
    raise FileProblem(
        f"has feature {number} with a {kind or 'missing'} geometry; ODK reads Point, "
        "LineString and Polygon geometries.",
        number,
    )


def _point(position: Any) -> str:
    """[lon, lat, ...] -> 'lat lon 0 0' (GeoJSON puts longitude first)."""
    lon, lat = str(position[0]), str(position[1])
    if isinstance(position[0], bool) or isinstance(position[1], bool):
        raise TypeError
    longitude, latitude = float(lon), float(lat)  # TypeError/ValueError if not numbers
    if not -90 <= latitude <= 90:
        raise ValueError(f"a latitude of {lat}, outside -90 to 90")
    if not -180 <= longitude <= 180:
        raise ValueError(f"a longitude of {lon}, outside -180 to 180")
    return f"{lat} {lon} 0 0"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _local(tag: object) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def _problem(file_name: str, row: int | None, message: str) -> Problem:
    return error(f"The file '{file_name}' {message}", file_name, row, None)
