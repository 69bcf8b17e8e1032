"""The records table: a QAbstractTableModel that reads the vault a page at a time.

Opening a 20,000-record vault should cost about what a 2,000-record one does:
the model counts, then fetches about ``PAGE`` rows whenever the view scrolls
near the end (``canFetchMore``/``fetchMore``), newest first.

Pages are time windows, not LIMIT/OFFSET: the vault lists records ordered by
creation time, and ordering or skipping thousands of rows costs time in
proportion to the whole vault. Counting within a window is a quick scan, so
each page widens a window back in time from the previous page's start until
it holds a page of records, then reads just those.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lintas.errors import LintasError
from lintas.gui import queries
from lintas.gui.choice_labels import Labels, labels_by_question, shown
from lintas.gui.i18n import current_language, form_language_for
from lintas.gui.session import Session

PAGE = 200
SUMMARY_NAMES = ("sex", "age", "age_years", "citizenship")


@dataclass(frozen=True)
class RecordRow:
    uuid: str
    created_at: str
    form_id: str
    status: str
    revision: int
    created_by: str
    summary: str


def to_row(record: Any, labels: Labels | None = None) -> RecordRow:
    data, labels = record.data, labels or {}
    summary = " · ".join(
        shown(data[name], labels.get(name, {})) for name in SUMMARY_NAMES if name in data
    )
    return RecordRow(
        uuid=record.uuid,
        created_at=str(record.created_at)[:16].replace("T", " "),
        form_id=record.form_id,
        status=record.status,
        revision=int(record.revision),
        created_by=record.created_by or "",
        summary=summary,
    )


def summary_labels(vault: Any, form_id: str, version: str, app_language: str) -> Labels:
    """Choice labels of the summary's questions, in the form language matching the app's."""
    try:
        form = vault.form(form_id, version)  # cached by the vault after the first load
    except LintasError:  # a form that no longer loads only loses its labels
        return {}
    language = form_language_for(app_language, form.languages)
    return labels_by_question(form, language, SUMMARY_NAMES)


# Form sha256 -> (casefolded label, choice code) for every choice in every language.
# A form's file never changes under the same hash, so once per run is enough.
_CHOICE_LABELS: dict[str, list[tuple[str, str]]] = {}
MAX_CODES_PER_WORD = 100  # "a" is in most labels; past this a word matches as text only


def _choice_labels(vault: Any) -> list[tuple[str, str]]:
    labels: list[tuple[str, str]] = []
    for installed in vault.forms():
        if installed.sha256 not in _CHOICE_LABELS:
            try:
                form = vault.form(installed.form_id, installed.version)
            except LintasError:  # a form that no longer loads: its codes still match as text
                continue
            _CHOICE_LABELS[installed.sha256] = [
                (text.casefold(), choice.name)
                for choices in form.choice_lists.values()
                for choice in choices.choices
                for text in choice.label.by_language.values()
            ]
        labels += _CHOICE_LABELS[installed.sha256]
    return labels


def with_label_codes(vault: Any, filters: dict[str, Any]) -> dict[str, Any]:
    """``filters`` with ``text_codes``: per search word, the codes whose label holds it.

    Answers are stored as codes, but the table shows labels, so a clerk searching
    for "Myanmar" (or "พม่า") expects the records whose answer is MMR.
    """
    words = (filters.get("text") or "").split()
    if not words or "text_codes" in filters:  # nothing to look up, or looked up already
        return filters
    labels = _choice_labels(vault)
    text_codes = {}
    for word in words:
        needle = word.casefold()
        codes = sorted({code for label, code in labels if needle in label})
        if 0 < len(codes) <= MAX_CODES_PER_WORD:
            text_codes[word] = codes
    return {**filters, "text_codes": text_codes}


def _rows(vault: Any, records: Any, app_language: str) -> list[RecordRow]:
    """Rows newest first (the vault lists oldest first), with labels per form version."""
    labels: dict[tuple[str, str], Labels] = {}
    rows = []
    for record in reversed(records):
        key = (record.form_id, record.form_version)
        if key not in labels:
            labels[key] = summary_labels(vault, *key, app_language)
        rows.append(to_row(record, labels[key]))
    return rows


# Far enough ahead of any creation time; ISO 8601 text compares as time.
END_OF_TIME = "9999-12-31"


def _earlier(moment: str, days: float) -> str:
    if moment == END_OF_TIME:
        start = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    else:
        start = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    return (start - dt.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def read_page(
    vault: Any, filters: dict[str, Any], until: str, remaining: int, app_language: str = "en"
) -> tuple[list[RecordRow], str]:
    """About PAGE rows created before ``until``, newest first, and the next page's ``until``."""
    filters = with_label_codes(vault, filters)
    if remaining <= PAGE:
        rows = queries.records(vault, filters, until=until)
        return _rows(vault, rows, app_language), ""
    span = 1.0
    since = _earlier(until, span)
    while queries.count(vault, filters, since, until) < PAGE:
        span *= 2
        since = _earlier(until, span)
        if span > 365 * 200:  # everything left is older than two centuries: take it
            since = ""
            break
    rows = queries.records(vault, filters, since or None, until)
    return _rows(vault, rows, app_language), since


def first_page(
    vault: Any, filters: dict[str, Any], app_language: str = "en"
) -> tuple[int, list[RecordRow], str]:
    filters = with_label_codes(vault, filters)
    total = queries.count(vault, filters)
    rows, next_until = read_page(vault, filters, END_OF_TIME, total, app_language)
    return total, rows, next_until


class RecordsModel(QAbstractTableModel):
    """Filtered, lazily loaded rows of the vault's current submissions."""

    COLUMNS = ("created_at", "form_id", "status", "revision", "created_by", "summary", "uuid")

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.filters: dict[str, Any] = {}
        self.rows: list[RecordRow] = []
        self.total = 0
        self.next_until = ""  # where the next (older) page ends; "" when all are shown
        self.headers = (
            self.tr("Created"),
            self.tr("Form"),
            self.tr("Status"),
            self.tr("Rev."),
            self.tr("By"),
            self.tr("Answers"),
            self.tr("Record id"),
        )
        self.status_names = {
            "draft": self.tr("draft"),
            "final": self.tr("final"),
            "void": self.tr("void"),
        }

    def reload(self, filters: dict[str, Any] | None = None) -> None:
        """Count the matching records and read the first page."""
        if filters is not None:
            self.filters = {k: v for k, v in filters.items() if v}
        self.beginResetModel()
        self.rows = []
        self.total = 0
        if self.session.is_open:
            wanted, language = dict(self.filters), current_language()
            self.total, self.rows, self.next_until = self.session.call(
                lambda vault: first_page(vault, wanted, language)
            )
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self.next_until) and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self.session.is_open:
            return
        wanted, offset, until = dict(self.filters), len(self.rows), self.next_until
        remaining, language = self.total - offset, current_language()
        page, self.next_until = self.session.call(
            lambda vault: read_page(vault, wanted, until, remaining, language)
        )
        if not page:
            self.next_until = ""
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, column)
            return self.status_names.get(value, value) if column == "status" else value
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "void":
            return Qt.GlobalColor.gray
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row_at(self, row: int) -> RecordRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
