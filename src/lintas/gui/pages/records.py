"""Records: search and filter the vault, view a record, edit it as a new revision,
and (supervisors) finalise or void it with a reason."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lintas.form.answers import value_kind
from lintas.gui.choice_labels import labels_by_question, shown
from lintas.gui.dialogs.void_reason import VoidReasonDialog
from lintas.gui.i18n import current_language, form_language_for
from lintas.gui.pages.records_model import RecordRow, RecordsModel
from lintas.gui.session import Session
from lintas.gui.shortcuts import focus_shortcut, with_shortcut
from lintas.gui.value_format import format_answer
from lintas.vault.pseudonym_matches import PseudonymMatch, matches, resolve_match


class RecordsPage(QWidget):
    edit_requested = Signal(str)  # uuid

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.model = RecordsModel(session)
        self.dialog: QDialog | None = None
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Records"))
        title.setProperty("role", "pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._filter_bar())
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table (to View, Edit…); the arrows move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.view_current())
        self.table.activated.connect(lambda _i: self.view_current())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._action_bar())
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        focus_shortcut(self, "Ctrl+F", self.search, self.tr("Search…").rstrip("…"))

    def first_control(self) -> QWidget:
        return self.search

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down (or Enter) in the search box goes into the results, searching now if
        # the pause after typing has not passed yet.
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in keys:
            if self.search_timer.isActive():
                self.search_timer.stop()
                self.apply_filters()
            if self.proxy.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
            return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            # Ctrl+Tab leaves too, as in Qt's text boxes (the table ignores it otherwise).
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                back = event.key() == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                self.focusNextPrevChild(not back)
                return True
        return super().eventFilter(watched, event)

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        # The vault searches every record, not just the rows loaded so far; the timer
        # waits for a pause in typing so that each keystroke is not a query.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        bar.addWidget(self.search, 2)
        self.form_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "")
        for status, text in (
            ("draft", self.tr("Drafts")),
            ("final", self.tr("Final")),
            ("void", self.tr("Void")),
        ):
            self.status_filter.addItem(text, status)
        self.user_filter = QComboBox()
        self.since_check = QCheckBox(self.tr("Since"))
        self.since_date = QDateEdit(QDate.currentDate().addDays(-7))
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        for widget in (self.form_filter, self.status_filter, self.user_filter):
            widget.currentIndexChanged.connect(lambda _i: self.apply_filters())
            bar.addWidget(widget, 1)
        self.since_check.toggled.connect(lambda _on: self.apply_filters())
        self.since_date.dateChanged.connect(lambda _d: self.apply_filters())
        bar.addWidget(self.since_check)
        bar.addWidget(self.since_date)
        return bar

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.view_button = QPushButton(self.tr("View"))
        self.edit_button = QPushButton(self.tr("Edit as new revision"))
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.void_button = QPushButton(self.tr("Void…"))
        self.view_button.clicked.connect(self.view_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.finalise_button.clicked.connect(self.finalise_current)
        self.void_button.clicked.connect(self.void_current)
        with_shortcut(self.view_button, "Ctrl+O")  # and Enter in the table
        with_shortcut(self.edit_button, "Ctrl+E")
        with_shortcut(self.finalise_button, "Ctrl+Shift+F")
        with_shortcut(self.void_button, "Ctrl+D")
        for button in (self.view_button, self.edit_button, self.finalise_button, self.void_button):
            bar.addWidget(button)
        self.said = QLabel()  # what the last action did: "Record 1a2b3c4d is void now."
        self.said.setProperty("role", "done")
        bar.addWidget(self.said, 1)
        return bar

    # -- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the filter choices and the first page of rows."""
        if not self.session.is_open:
            return
        supervisor = self.session.is_supervisor
        self.finalise_button.setVisible(supervisor)
        self.void_button.setVisible(supervisor)
        forms, users = self.session.call(lambda vault: (vault.forms(), vault.users()))
        self._fill(self.form_filter, self.tr("Any form"), [(f.form_id, f.form_id) for f in forms])
        self._fill(self.user_filter, self.tr("Any user"), [(u.name, u.name) for u in users])
        self.apply_filters()

    def _fill(self, combo: QComboBox, anything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, "")
        for text, data in sorted(set(items)):
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        since = None
        if self.since_check.isChecked():
            since = self.since_date.date().toString("yyyy-MM-dd")
        return {
            "form_id": self.form_filter.currentData(),
            "status": self.status_filter.currentData(),
            "user": self.user_filter.currentData(),
            "since": since,
            "text": self.search.text().strip(),
        }

    def apply_filters(self) -> None:
        self.model.reload(self.filters())
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.count_text(self.model.total))

    def count_text(self, total: int) -> str:
        """ "1 record matches." in English (it said "1 records match.")."""
        return self.tr("%n record(s) match.", "", total)

    # -- actions --------------------------------------------------------------------
    def current_row(self) -> RecordRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, Qt.ItemDataRole.UserRole)

    def view_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.dialog = RecordDialog(self.session, row.uuid, self)
            self.dialog.open()

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.status == "void":
            QMessageBox.information(
                self, self.tr("Void"), self.tr("A void record cannot be edited.")
            )
            return
        self.edit_requested.emit(row.uuid)

    def finalise_current(self) -> None:
        row = self.current_row()
        if row is not None:
            done = self.tr("Record {record} is final now.").replace("{record}", row.uuid[:8])
            self._act(lambda vault, _p: vault.finalise(row.uuid), done)

    def void_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        text = self.tr("Record {uuid} ({form}, {when})")
        text = text.replace("{uuid}", row.uuid[:8]).replace("{form}", row.form_id)
        dialog = VoidReasonDialog(text.replace("{when}", row.created_at), self)
        uuid = row.uuid
        dialog.accepted.connect(lambda: self._void(uuid, dialog.reason))
        self.dialog = dialog
        dialog.open()

    def _void(self, uuid: str, reason: str) -> None:
        # ``reason`` was read here, in the GUI thread: the worker never touches widgets.
        done = self.tr("Record {record} is void now.").replace("{record}", uuid[:8])
        self._act(lambda vault, _p: vault.void(uuid, reason), done)

    def _act(self, work: Any, done: str) -> None:
        """Run a change in the worker; say what happened under the buttons either way."""
        self.said.setText("")

        def failed(message: str) -> None:
            self.said.setText(message)
            QMessageBox.warning(self, self.tr("Not done"), message)

        self.session.run(
            work,
            on_success=lambda _result: self.said.setText(done),
            on_failure=failed,
            changes_vault=True,
        )


class RecordDialog(QDialog):
    """A read-only view of one record: each answer beside its question's label.

    Below it, the possible repeat interviews (the same identifier, by pseudonym)
    this record is part of; a supervisor decides whether they are one person.
    """

    def __init__(self, session: Session, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Record"))
        self.resize(640, 520)
        record, form, repeats = session.call(lambda vault: _record_and_form(vault, uuid))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        # Questions in the form language that matches the app's, as in the interview.
        language = form_language_for(current_language(), form.languages)
        self.browser.setHtml(record_html(record, form, self.tr, language))
        layout.addWidget(self.browser)
        self.repeat_labels: dict[int, QLabel] = {}
        if repeats:
            title = QLabel(self.tr("Possible repeat interviews"))
            title.setProperty("role", "sectionTitle")
            layout.addWidget(title)
        for match in repeats:
            layout.addLayout(self._repeat_row(match, uuid))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def _repeat_row(self, match: PseudonymMatch, uuid: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel()
        label.setWordWrap(True)
        self.repeat_labels[match.id] = label
        self._show_repeat(match, uuid)
        row.addWidget(label, 1)
        if self.session.is_supervisor:
            for text, verdict in (
                (self.tr("Same person"), "same_person"),
                (self.tr("Different people"), "different_people"),
            ):
                button = QPushButton(text)
                button.clicked.connect(lambda _c=False, v=verdict: self._decide(match.id, v, uuid))
                row.addWidget(button)
        return row

    def _show_repeat(self, match: PseudonymMatch, uuid: str) -> None:
        verdicts = {
            "open": self.tr("not decided yet"),
            "same_person": self.tr("decided: the same person"),
            "different_people": self.tr("decided: different people"),
        }
        other = match.uuid_a if match.uuid_b == uuid else match.uuid_b
        text = self.tr("Same identifier as record {record}, found {when}: {verdict}")
        text = text.replace("{record}", other[:8]).replace("{when}", match.found_at[:10])
        self.repeat_labels[match.id].setText(
            text.replace("{verdict}", verdicts.get(match.status, match.status))
        )

    def _decide(self, match_id: int, verdict: str, uuid: str) -> None:
        self.session.run(
            lambda vault, _p: resolve_match(vault, match_id, verdict),
            on_success=lambda match: self._show_repeat(match, uuid),
            on_failure=lambda message: QMessageBox.warning(self, self.tr("Not done"), message),
            changes_vault=True,
        )


def _answer_text(value: Any, question: Any, choices: dict[str, str] | None, locale: QLocale) -> str:
    if choices is not None or question is None:
        return shown(value, choices or {})
    formatted = format_answer(value, value_kind(question), locale)
    return formatted if formatted is not None else shown(value, {})


def _record_and_form(vault: Any, uuid: str) -> tuple[Any, Any, list[PseudonymMatch]]:
    record = vault.submission(uuid)
    form = vault.form(record.form_id, record.form_version)
    return record, form, matches(vault, uuid)


def record_html(
    record: Any, form: Any, tr: Any, language: str | None = None, locale: QLocale | None = None
) -> str:
    """The record as it was answered: labels for codes (calculations' too), numbers and
    dates as ``locale`` (the app language's) writes them. The stored values are unchanged.
    """
    questions = {q.key: q for q in form.questions()}
    labels = {name: q.label.get(language) or name for name, q in questions.items()}
    choices = labels_by_question(form, language)  # codes mean little to a reader
    locale = locale if locale is not None else QLocale(current_language())
    rows = []

    order = {name: index for index, name in enumerate(questions)}

    def add(data: dict, indent: int) -> None:
        # In the form's order, as the interview asked them (the JSON keeps no order).
        for name, value in sorted(data.items(), key=lambda item: order.get(item[0], 1 << 30)):
            if not form.is_stored(name):
                continue  # an identifier or a copy of one, in a record saved before taint
            label = html.escape(labels.get(name, name))
            if isinstance(value, list) and value and isinstance(value[0], dict):
                for number, item in enumerate(value, start=1):
                    rows.append(f"<tr><td colspan=2><b>{label} {number}</b></td></tr>")
                    add(item, indent + 1)
                continue
            answer = html.escape(
                _answer_text(value, questions.get(name), choices.get(name), locale)
            )
            pad = "&nbsp;" * 4 * indent
            rows.append(f"<tr><td>{pad}{label}</td><td><b>{answer}</b></td></tr>")

    add(dict(record.data), 0)
    status = html.escape(f"{record.status}, {tr('revision')} {record.revision}")
    reason = f"<p>{html.escape(record.void_reason)}</p>" if record.void_reason else ""
    moment = str(record.created_at)
    created = html.escape(
        format_answer(moment, "datetime", locale) or moment[:16].replace("T", " ")
    )
    return (
        f"<h2>{html.escape(form.title)}</h2><p>{status} · {created} · "
        f"{html.escape(record.created_by or '')}</p>{reason}"
        f"<table cellpadding=4>{''.join(rows)}</table>"
        f"<p style='color:#52606d'>{html.escape(record.uuid)}</p>"
    )
