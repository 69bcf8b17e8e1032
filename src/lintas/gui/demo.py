"""The demo vault: a real, encrypted vault filled with synthetic interviews.

``lintas demo`` and ``lintas screenshots`` use it. Its passphrase is public
(DEMO_PASSPHRASE, printed by ``lintas demo`` and written in the user guide), so
it must never hold real data. It lives in ``$LINTAS_DEMO_DIR`` or, by default,
in the user's data folder (``~/.local/share/lintas/demo``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lintas.gui.demo_form import demo_form_bytes
from lintas.paths import forms_dir
from lintas.progress import Progress, report

DEMO_PASSPHRASE = "lintas demo only"  # noqa: S105 - public on purpose: demo data only
DEMO_OFFICE = "Demo office, Mae Sot"
DEMO_SUPERVISOR = "supervisor"
DEMO_ENUMERATORS = ("anan", "mya")
DEMO_RECORDS = 420
STANDARD_FORM = "asean_migrant_worker_survey.xlsx"


@dataclass(frozen=True)
class DemoVault:
    path: Path
    created: bool
    users: tuple[str, ...]
    passphrase: str = DEMO_PASSPHRASE


def demo_dir() -> Path:
    configured = os.environ.get("LINTAS_DEMO_DIR")
    if configured:
        return Path(configured).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "lintas" / "demo"


def demo_forms() -> list[tuple[str, bytes]]:
    """(file name, bytes): the standard ASEAN form when shipped, and the small demo form."""
    found = [("lintas_demo_survey.md", demo_form_bytes())]
    standard = forms_dir() / STANDARD_FORM
    if standard.is_file():
        found.insert(0, (STANDARD_FORM, standard.read_bytes()))
    return found


def ensure_demo_vault(
    folder: Path | None = None, *, progress: Progress | None = None, kdf: Any = None
) -> DemoVault:
    """Open-or-create the demo vault; creating fills it with synthetic interviews."""
    from lintas.vault import Vault

    path = (folder or demo_dir()) / "vault"
    users = (DEMO_SUPERVISOR, *DEMO_ENUMERATORS)
    if path.exists():
        return DemoVault(path, False, users)
    path.parent.mkdir(parents=True, exist_ok=True)
    options = {"kdf": kdf} if kdf is not None else {}
    report(progress, 0, 4, "Creating the demo vault")
    vault, _recovery_key = Vault.create(
        path, office=DEMO_OFFICE, user=DEMO_SUPERVISOR, passphrase=DEMO_PASSPHRASE, **options
    )
    with vault:
        for name in DEMO_ENUMERATORS:
            vault.add_user(name, DEMO_PASSPHRASE, role="enumerator")
        report(progress, 1, 4, "Installing forms")
        installed = [vault.install_form(data, filename=name) for name, data in demo_forms()]
        report(progress, 2, 4, "Making synthetic interviews")
        fill(vault, installed, progress)
    report(progress, 4, 4, "Demo vault ready")
    return DemoVault(path, True, users)


def fill(vault: Any, installed: list[Any], progress: Progress | None = None) -> None:
    from lintas.gui.synthetic import synthetic_records

    main = installed[0]
    form = vault.form(main.form_id, main.version)
    records = list(
        synthetic_records(form, DEMO_RECORDS, users=DEMO_ENUMERATORS, office=DEMO_OFFICE)
    )
    vault.import_submissions(records, source="lintas demo (synthetic)", progress=progress)
