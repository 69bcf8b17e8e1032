"""What Lintas ships that others made, and under which licence (for the About sheet).

The list is read from the installed packages' own metadata, so it is true for the
install it runs in; the fonts' licence is the SIL Open Font License file shipped
beside them. A one-folder build that lost a package's metadata says "see the
package" instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from lintas.paths import resources_dir

# The run-time dependencies of pyproject.toml, by distribution name, with the
# part of the app each one does.
COMPONENTS = (
    ("PySide6", "the desktop window (Qt)"),
    ("sqlcipher3", "the encrypted vault (SQLCipher)"),
    ("cryptography", "key derivation and signatures"),
    ("pyrage", "encrypted bundles (age)"),
    ("sqlite-utils", "vault tables"),
    ("openpyxl", "Excel workbooks"),
    ("pyxform", "XLSForm checks"),
    ("pycountry", "country and currency names (iso-codes)"),
    ("myanmartools", "Zawgyi detection for Burmese text"),
    ("numpy", "disclosure control"),
    ("pandas", "SPSS and Stata files"),
    ("pyreadstat", "SPSS and Stata files"),
    ("google-re2", "the regex() function"),
    ("zxcvbn", "passphrase strength"),
)


# Wording that identifies a licence text whose first line is only a copyright notice.
LICENCE_WORDING = (
    ("Permission is hereby granted, free of charge", "MIT License"),
    ("provided 'as-is', without any express or implied", "zlib License"),
    ("Redistribution and use in source and binary forms", "BSD License"),
    ("Apache License", "Apache License 2.0"),
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    used_for: str


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    # get_all: a missing field is None here on every Python (item access raises on newer).
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    names = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
             if c.startswith("License ::")]  # fmt: skip
    classifiers = [n for n in names if n != "OSI Approved"]
    if classifiers:
        return "; ".join(dict.fromkeys(classifiers))
    text = _field(meta, "License").strip()
    # Some packages put the whole licence text in this field: keep its first line.
    return _first_line(text)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:80]
    return ""


def _licence_file(dist: metadata.Distribution) -> str:
    """The first line of the licence file a package ships (``License-File``)."""
    wanted = {Path(name).name for name in dist.metadata.get_all("License-File") or []}
    for file in dist.files or []:
        if file.name in wanted:
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            # A file that starts with its copyright line: name the licence by its words.
            for words, licence in LICENCE_WORDING:
                if words in text:
                    return licence
            return _first_line(text)
    return ""


def bundled_components() -> list[Component]:
    found = []
    for name, used_for in COMPONENTS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            found.append(Component(name, "", "see the package", used_for))
            continue
        licence = _licence(dist.metadata) or _licence_file(dist) or "see the package"
        found.append(Component(name, dist.version, licence, used_for))
    return found


def font_licence() -> str:
    """The licence of the bundled Noto fonts (its first line names it)."""
    path = resources_dir() / "fonts" / "OFL.txt"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return "Noto fonts: SIL Open Font License 1.1 (its file is missing from this install)"
