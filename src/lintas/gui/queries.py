"""Reading records by time window through the vault's public API, index-friendly.

The vault indexes submissions by (form, status, creation time). A query that
names a form and a status and a time window is answered from that index in
time proportional to the rows it returns; one that leaves them open makes
SQLCipher decrypt and scan the whole table. So the GUI asks once per
(form, status) pair and merges: a handful of small queries instead of one
that grows with the vault. (No SQL here: only ``vault.count`` and
``vault.submissions`` with their documented filters.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

STATUSES = ("draft", "final", "void")


def _pairs(vault: Any, filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    forms = [filters["form_id"]] if filters.get("form_id") else _form_ids(vault)
    statuses = [filters["status"]] if filters.get("status") else list(STATUSES)
    rest = {k: v for k, v in filters.items() if k not in ("form_id", "status") and v}
    for form_id in forms:
        for status in statuses:
            yield {**rest, "form_id": form_id, "status": status}


def _form_ids(vault: Any) -> list[str]:
    return sorted({installed.form_id for installed in vault.forms()})


def count(vault: Any, filters: dict[str, Any], since: str | None = None, until=None) -> int:
    window = {k: v for k, v in (("since", since), ("until", until)) if v}
    return sum(vault.count(**pair, **window) for pair in _pairs(vault, filters))


def records(vault: Any, filters: dict[str, Any], since: str | None = None, until=None) -> list:
    """Matching records created in [since, until), oldest first."""
    window = {k: v for k, v in (("since", since), ("until", until)) if v}
    found = [r for pair in _pairs(vault, filters) for r in vault.submissions(**pair, **window)]
    found.sort(key=lambda record: (record.created_at, record.uuid))
    return found
