"""The code lists of the standard instrument (countries, currencies, ISIC, ISCO, ISCED, ...).

Each list is a versioned CSV file under ``resources/codelists/`` that names its
source in ``#`` header lines; see ``resources/codelists/README.md`` for the layout.
The form generator (``forms/build_survey.py``), the standard tables
(``lintas.export.standard_tables``) and the tests read them through this package, so
that the form's choices and the tables can never drift apart silently.
Nothing here touches the network or Qt.
"""

from lintas.codelists.errors import CodeListDamaged, CodeListNotFound
from lintas.codelists.reader import (
    LANGUAGES,
    Code,
    CodeList,
    codelist_dir,
    list_names,
    load,
    read,
)

__all__ = [
    "LANGUAGES",
    "Code",
    "CodeList",
    "CodeListDamaged",
    "CodeListNotFound",
    "codelist_dir",
    "list_names",
    "load",
    "read",
]
