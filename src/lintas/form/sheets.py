"""Stage 2 of loading: pyxform's own checks of the sheets, as our Problems.

``workbook_to_json`` checks the sheet structure (headers, types, names, group
nesting, choice lists, settings) the way every ODK tool does. Its errors and
warnings are strings that start with ``[row : N]`` and sometimes name a sheet;
we move those into a Problem's fields so the author sees one consistent format.
"""

from __future__ import annotations

import re
from typing import Any

from pyxform.errors import PyXFormError
from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import DefinitionData

from lintas.form.errors import FormLoadError, Problem
from lintas.i18n import N_, tr

_ROW = re.compile(r"\[row\s*:\s*(\d+)\]\s*")
_SHEET = re.compile(
    r"'?\b(survey|choices|settings|external_choices|entities)'? sheet"
    r"|sheet:?\s*'(survey|choices|settings|external_choices|entities)'",
    re.I,
)
_COLUMN = re.compile(r"the '([\w:\- ()]+)' (?:value|column)", re.I)


def pyxform_json(sheets: DefinitionData) -> tuple[dict[str, Any], list[Problem]]:
    """pyxform's JSON form and its warnings; raise FormLoadError on its errors."""
    raw_warnings: list[str] = []
    try:
        result = workbook_to_json(
            workbook_dict=sheets,
            fallback_form_name=sheets.fallback_form_name,
            warnings=raw_warnings,
        )
    except PyXFormError as problem:
        raise FormLoadError([to_problem(str(problem), "error")]) from None
    except (KeyError, ValueError, TypeError, AttributeError, IndexError) as problem:
        # pyxform has a few unguarded paths on malformed sheets; still the author's file.
        raise FormLoadError(
            [to_problem(tr("The form's sheets could not be understood ({problem}).",
                           problem=repr(problem)), "error")]
        ) from None
    problems = [to_problem(text, "warning") for text in raw_warnings]
    return result, problems


def to_problem(text: str, severity: str) -> Problem:
    """A pyxform message as a Problem, with its row and sheet moved into fields."""
    text = " ".join(text.split())
    row = None
    match = _ROW.search(text)
    if match:
        row = int(match.group(1))
        text = (text[: match.start()] + text[match.end() :]).strip()
    # Sheet and column are read from pyxform's English, before our plainer (translated) text.
    sheet_match = _SHEET.search(text)
    named = sheet_match and (sheet_match.group(1) or sheet_match.group(2))
    sheet = named.lower() if named else ("survey" if row else None)
    column_match = _COLUMN.search(text)
    text, column = _plainer(text)
    column = column or (column_match.group(1) if column_match else None)
    return Problem("error" if severity == "error" else "warning", text, sheet, row, column)


# pyxform's shortest messages, said so that an author knows what to do.
_PLAINER = [
    (re.compile(r"^Duplicate column header: (.+)$"), None,
     N_("Two columns of one sheet are both headed '{header}'. Rename or remove one of them.")),
    (re.compile(r"^Missing calculation\.?$"), "calculation",
     N_("This calculate row has no calculation. Write one in the calculation column, "
        "or remove the row.")),
    (re.compile(r"^Question or group with no name\.?$"), "name",
     N_("This row has no name. Every question and group needs one in the name column.")),
]  # fmt: skip


def _plainer(text: str) -> tuple[str, str | None]:
    for pattern, column, template in _PLAINER:
        match = pattern.match(text)
        if match:
            # pyxform's own words stay English (its library); these three are ours.
            return tr(template, header=match.groups()[0] if match.groups() else ""), column
    return text, None
