"""Conflicts: the same record revision arrived with other content. Side by side, the
version here and the incoming one; the supervisor keeps one (both stay in the history)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lintas.errors import LintasError
from lintas.gui.choice_labels import labels_by_question, shown
from lintas.gui.exchange.common import day, fill, table
from lintas.gui.i18n import current_language, form_language_for
from lintas.gui.session import Session

DIFFERENT = QColor("#fde2e1")


def flatten(data: Any, labels: dict[str, str], choices: dict, prefix: str = "") -> dict[str, str]:
    """Answers as {question shown: answer shown}, repeats numbered (``Household 2 › Age``)."""
    rows: dict[str, str] = {}
    for name, value in (data or {}).items():
        label = prefix + labels.get(name, name)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for number, item in enumerate(value, start=1):
                rows.update(flatten(item, labels, choices, f"{label} {number} › "))
        else:
            rows[label] = shown(value, choices.get(name, {})) if value is not None else ""
    return rows


def side_by_side(vault: Any, conflict: Any) -> dict[str, Any]:
    """What the screen shows for one conflict (worker thread)."""
    local = vault.submission(conflict.uuid)
    incoming = conflict.record
    try:
        form = vault.form(incoming["form_id"], incoming["form_version"])
    except LintasError:  # the labels are a help; the codes still show without them
        form = None
    labels: dict[str, str] = {}
    choices: dict = {}
    if form is not None:
        language = form_language_for(current_language(), form.languages)
        labels = {q.key: q.label.get(language) or q.key for q in form.questions()}
        choices = labels_by_question(form, language)
    here = flatten(dict(local.data), labels, choices)
    there = flatten(incoming.get("data"), labels, choices)
    order = list(here) + [k for k in there if k not in here]
    return {
        "local": local,
        "incoming": incoming,
        "rows": [(k, here.get(k, ""), there.get(k, "")) for k in order],
    }


class ConflictsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.conflicts: list[Any] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Records that arrived with other content"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "The same revision of a record reads differently here and at another office. "
                "Nothing was overwritten. Compare the two and keep one: the other stays in the "
                "record's history."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        splitter = QSplitter()
        self.list = table([self.tr("Record"), self.tr("From"), self.tr("Found on")])
        self.list.currentCellChanged.connect(lambda *_args: self.show_current())
        splitter.addWidget(self.list)
        self.compare = table([self.tr("Question"), self.tr("Here"), self.tr("Incoming")])
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # both versions in full
        splitter.addWidget(self.compare)
        splitter.setSizes([380, 620])
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.keep_local = QPushButton(self.tr("Keep the version &here"))
        self.keep_incoming = QPushButton(self.tr("Keep the &incoming version"))
        self.close_button = QPushButton(self.tr("Close"))
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.keep_incoming.clicked.connect(lambda: self.resolve("incoming"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_incoming)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.reload()
        self.list.setFocus()

    def reload(self) -> None:
        from lintas.exchange.conflicts import conflicts

        self.conflicts = self.session.call(conflicts)
        rows = [(c.uuid[:8], c.peer, day(c.found_at)) for c in self.conflicts]
        self.list.setRowCount(0)
        fill(self.list, rows)
        has_any = bool(self.conflicts)
        self.keep_local.setEnabled(has_any)
        self.keep_incoming.setEnabled(has_any)
        if not has_any:
            self.compare.setRowCount(0)
            self.compare.setHorizontalHeaderLabels(
                [self.tr("Question"), self.tr("Here"), self.tr("Incoming")]
            )
            self.message.setText(self.tr("No conflicts wait."))
        self.show_current()

    def current(self) -> Any:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def show_current(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        shown_ = self.session.call(lambda vault: side_by_side(vault, conflict))
        local, incoming = shown_["local"], shown_["incoming"]
        self.compare.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Here (revision {number}, {date})")
                .replace("{number}", str(local.revision))
                .replace("{date}", day(local.updated_at)),
                self.tr("From {office} (revision {number}, {date})")
                .replace("{office}", conflict.peer)
                .replace("{number}", str(incoming.get("revision")))
                .replace("{date}", day(incoming.get("updated_at"))),
            ]
        )
        rows = [
            (self.tr("Status"), local.status, incoming.get("status", "")),
            *shown_["rows"],
        ]
        fill(self.compare, rows)
        bold = QFont()
        bold.setBold(True)
        differ = 0
        for number, (_question, here, there) in enumerate(rows):
            if here != there:
                differ += 1
                for column in range(3):
                    item: QTableWidgetItem = self.compare.item(number, column)
                    item.setBackground(QBrush(DIFFERENT))
                    item.setFont(bold)
        self.message.setText(
            self.tr("Record {uuid}. Answers that differ (marked): {count}")
            .replace("{uuid}", conflict.uuid)
            .replace("{count}", str(differ))
        )

    def resolve(self, keep: str) -> None:
        from lintas.exchange.conflicts import resolve

        conflict = self.current()
        if conflict is None:
            return
        self.setEnabled(False)

        def done(_result: Any) -> None:
            self.setEnabled(True)
            self.reload()
            text = (
                self.tr("Kept the version here for record {uuid}.")
                if keep == "local"
                else self.tr("Kept the incoming version for record {uuid}, as a new revision.")
            )
            self.message.setText(text.replace("{uuid}", conflict.uuid[:8]))
            self.list.setFocus()

        def failed(message: str) -> None:
            self.setEnabled(True)
            self.message.setText(message)

        self.session.run(
            lambda vault, _p: resolve(vault, conflict.id, keep),
            on_success=done, on_failure=failed, changes_vault=True,
        )  # fmt: skip
