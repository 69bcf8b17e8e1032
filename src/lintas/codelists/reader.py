"""Read one code list file: ``#`` metadata lines, then a CSV table.

Layout (resources/codelists/README.md)::

    # source: ILO, International Standard Classification of Occupations (ISCO-08)
    # version: ISCO-08 (2012); lintas list 1
    code,label_en,label_th,...,label_fil,<extra columns>
    1,Managers,ผู้จัดการ,...

An empty ``label_xx`` cell means "no translation yet"; :meth:`Code.label`
then falls back to English, and the form generator records the gap.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lintas.codelists.errors import CodeListDamaged, CodeListNotFound
from lintas.form.model import frozen_mapping
from lintas.paths import resources_dir

# The instrument's languages, as ISO 639 codes, English first (the reference text).
LANGUAGES: tuple[str, ...] = ("en", "th", "km", "lo", "my", "vi", "id", "ms", "fil")
REQUIRED_METADATA = ("source", "version")


@dataclass(frozen=True)
class Code:
    """One entry of a code list."""

    code: str
    labels: Mapping[str, str] = field(default_factory=frozen_mapping)
    # Columns other than code and labels (e.g. ``major`` of an ISCO sub-major group).
    extra: Mapping[str, str] = field(default_factory=frozen_mapping)

    def label(self, language: str = "en") -> str:
        """The label in ``language``, or the English one when it has no translation."""
        return self.labels.get(language) or self.labels.get("en", "")

    def has_translation(self, language: str) -> bool:
        return bool(self.labels.get(language))


@dataclass(frozen=True)
class CodeList:
    """A whole code list with the metadata that names where it comes from."""

    name: str
    source: str
    version: str
    codes: tuple[Code, ...]
    metadata: Mapping[str, str] = field(default_factory=frozen_mapping)

    def names(self) -> tuple[str, ...]:
        return tuple(code.code for code in self.codes)

    def get(self, code: str) -> Code:
        for entry in self.codes:
            if entry.code == code:
                return entry
        raise KeyError(code)

    def __contains__(self, code: object) -> bool:
        return any(entry.code == code for entry in self.codes)

    def __len__(self) -> int:
        return len(self.codes)

    def column(self, name: str) -> dict[str, str]:
        """code -> value of an extra column, e.g. ``column("ilo_aggregate")``."""
        return {entry.code: entry.extra.get(name, "") for entry in self.codes}


def codelist_dir() -> Path:
    return resources_dir() / "codelists"


def list_names(directory: Path | None = None) -> tuple[str, ...]:
    """Every code list shipped in ``directory`` (default: the installed resources)."""
    folder = directory or codelist_dir()
    return tuple(sorted(path.stem for path in folder.glob("*.csv")))


@functools.cache
def _load_cached(name: str, directory: Path) -> CodeList:
    path = directory / f"{name}.csv"
    if not path.is_file():
        raise CodeListNotFound(
            f"There is no code list '{name}' in {directory}. "
            "Check the name, or reinstall Lintas to restore the shipped lists."
        )
    return read(path)


def load(name: str, directory: Path | None = None) -> CodeList:
    """The code list ``name`` (the file stem); raises CodeListNotFound or CodeListDamaged."""
    return _load_cached(name, directory or codelist_dir())


def read(path: Path) -> CodeList:
    """Parse one code list file; raises CodeListDamaged when the layout is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CodeListDamaged(
            f"The code list {path} cannot be read ({error}). Reinstall Lintas to restore it."
        ) from error
    metadata, table = _split_metadata(text)
    missing = [key for key in REQUIRED_METADATA if not metadata.get(key)]
    if missing:
        raise CodeListDamaged(
            f"The code list {path} does not name its {' and '.join(missing)} "
            "in '# key: value' lines at the top. Add them or restore the shipped file."
        )
    codes = _parse_rows(path, table)
    return CodeList(
        name=path.stem,
        source=metadata["source"],
        version=metadata["version"],
        codes=codes,
        metadata=frozen_mapping(metadata),
    )


def _split_metadata(text: str) -> tuple[dict[str, str], str]:
    metadata: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    body_start = 0
    for index, line in enumerate(lines):
        if not line.startswith("#"):
            body_start = index
            break
        key, _, value = line[1:].partition(":")
        # Repeated keys (a long source) continue the earlier value.
        key = key.strip()
        earlier = metadata.get(key, "")
        metadata[key] = f"{earlier} {value.strip()}".strip()
    else:
        body_start = len(lines)
    return metadata, "".join(lines[body_start:])


def _parse_rows(path: Path, table: str) -> tuple[Code, ...]:
    reader = csv.DictReader(io.StringIO(table))
    header = reader.fieldnames or []
    if "code" not in header or "label_en" not in header:
        raise CodeListDamaged(
            f"The code list {path} has no 'code' and 'label_en' columns in its header row."
        )
    label_columns = {f"label_{lang}": lang for lang in LANGUAGES}
    codes: list[Code] = []
    seen: set[str] = set()
    for line_number, row in enumerate(reader, start=2):
        code = (row.get("code") or "").strip()
        if not code or code in seen or not row.get("label_en"):
            raise CodeListDamaged(
                f"The code list {path}, table row {line_number}: the code is empty, "
                "repeated or has no English label. Each code must appear once with a label."
            )
        seen.add(code)
        labels = {lang: (row.get(col) or "").strip() for col, lang in label_columns.items()}
        extra = {
            key: (value or "").strip()
            for key, value in row.items()
            if key not in label_columns and key != "code" and key is not None
        }
        codes.append(Code(code, frozen_mapping(labels), frozen_mapping(extra)))
    return tuple(codes)
