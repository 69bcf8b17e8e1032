"""The records table: a QAbstractTableModel that reads the vault a page at a time.

Opening a 20,000-record vault costs the same as opening a 200-record one: the
model counts, then fetches ``PAGE`` rows whenever the view scrolls near the
end (``canFetchMore``/``fetchMore``). Rows are plain tuples; the full record is
read only when someone opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

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


def to_row(record: Any) -> RecordRow:
    data = record.data
    summary = " · ".join(str(data[name]) for name in SUMMARY_NAMES if name in data)
    return RecordRow(
        uuid=record.uuid,
        created_at=str(record.created_at)[:16].replace("T", " "),
        form_id=record.form_id,
        status=record.status,
        revision=int(record.revision),
        created_by=record.created_by or "",
        summary=summary,
    )


def read_page(vault: Any, filters: dict[str, Any], shown: int, total: int) -> list[RecordRow]:
    """The next page, newest first: the vault lists oldest first, so read from the end."""
    end = total - shown
    start = max(0, end - PAGE)
    rows = vault.submissions(**filters, limit=end - start, offset=start)
    return [to_row(r) for r in reversed(rows)]


def first_page(vault: Any, filters: dict[str, Any]) -> tuple[int, list[RecordRow]]:
    total = vault.count(**filters)
    return total, read_page(vault, filters, 0, total)


class RecordsModel(QAbstractTableModel):
    """Filtered, lazily loaded rows of the vault's current submissions."""

    COLUMNS = ("created_at", "form_id", "status", "revision", "created_by", "summary", "uuid")

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.filters: dict[str, Any] = {}
        self.rows: list[RecordRow] = []
        self.total = 0
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
            wanted = dict(self.filters)
            self.total, self.rows = self.session.call(lambda vault: first_page(vault, wanted))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self.session.is_open:
            return
        wanted, offset, total = dict(self.filters), len(self.rows), self.total
        page = self.session.call(lambda vault: read_page(vault, wanted, offset, total))
        if not page:
            self.total = len(self.rows)
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
