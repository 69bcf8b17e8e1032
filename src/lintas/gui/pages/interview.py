"""One interview in progress: the entry view plus saving (draft, autosave, final).

The Response stays in memory when the vault auto-locks; saves wait until it is
unlocked again, so a locked screen never loses the clerk's work.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lintas.form.consent import consent_given
from lintas.form.model import Form
from lintas.gui.entry.view import EntryView
from lintas.gui.session import Session


def new_response(
    form: Form,
    language: str | None,
    data: dict | None = None,
    device: Any = None,
    last_saved: dict | None = None,
) -> Any:
    from lintas.form import Response

    if data is not None:
        return Response.from_json(form, dict(data), language=language, device=device)
    return Response(form, language=language, device=device, last_saved=last_saved)


def last_saved_of(session: Session, form: Form, data: dict | None) -> dict | None:
    """The last saved record of ``form``, only for a form that reads ${last-saved#...}."""
    if data is not None or "last-saved#" not in _expressions_text(form):
        return None
    return session.call(lambda vault: vault.last_saved(form.form_id))


def _expressions_text(form: Form) -> str:
    return " ".join(
        f"{q.default} {q.calculation} {q.relevant} {q.constraint}" for q in form.questions()
    )


def session_device(session: Session, form: Form | None = None) -> Any:
    """username and deviceid for a new interview: the signed-in user, this vault's id;
    and for a form with start-geopoint or background-geopoint, the office location
    (None when the vault has none: those stay empty, never a made-up place)."""
    from lintas.form.device import device_for
    from lintas.form.types import LOCATION_METADATA

    vault = session.vault
    location = None
    if form is not None and any(q.type in LOCATION_METADATA for q in form.questions()):
        location = session.call(lambda vault: vault.office_location())
    return device_for(getattr(vault, "vault_id", None), session.user, location)


def snapshot(response: Any) -> Any:
    """A copy of ``response`` for the worker thread, identifier answers included.

    The clerk keeps typing while a save runs, so the worker must not read the
    live Response. The identifiers travel in memory only, as in the original.
    """
    copy = new_response(response.form, response.language, response.to_json(), response.device)
    for address, value in response.identifier_answers().items():
        copy.set(address, value)
    copy.attachments = dict(response.attachments)  # attached files, bytes in memory only
    return copy


class InterviewPage(QWidget):
    """Emits ``finished(uuid)`` once the interview is final, ``closed()`` when put away."""

    finished = Signal(str)
    closed = Signal()
    saved = Signal(str)  # uuid, after every successful save

    def __init__(
        self,
        session: Session,
        form: Form,
        *,
        language: str | None,
        uuid: str | None = None,
        data: dict | None = None,
        autosave_seconds: int = 5,
    ) -> None:
        super().__init__()
        self.session = session
        self.form = form
        self.uuid = uuid
        self.saving = False
        self.closing = False
        self.last_error = ""
        self.response = new_response(
            form, language, data, session_device(session, form), last_saved_of(session, form, data)
        )
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(form.title)
        title.setProperty("role", "sectionTitle")
        header.addWidget(title, 1)
        self.state = QLabel(self.tr("New, not saved yet") if uuid is None else self.tr("Draft"))
        header.addWidget(self.state)
        close = QPushButton(self.tr("Put away"))
        close.clicked.connect(self.put_away)
        header.addWidget(close)
        layout.addLayout(header)
        self.entry = EntryView(form, self.response, language, autosave_seconds)
        if any(q.type == "geopoint" for q in form.questions()):
            self.entry.set_office_location(session.call(lambda vault: vault.office_location()))
        self.entry.save_requested.connect(self.save)
        layout.addWidget(self.entry, 1)

    def first_control(self) -> QWidget | None:
        """Where the clerk was (before a lock, say), else the first question."""
        return self.entry.last_focused()

    def save(self, kind: str) -> None:
        """kind: "draft" (Ctrl+S), "autosave" or "final"."""
        if not self.session.is_open or self.saving:
            return  # locked or busy: the entry stays dirty and autosave retries
        final = kind == "final"
        if not self.consented():
            # Nothing of an interview without consent may be stored (the vault would
            # refuse it too). Autosave stays silent; a clerk's save is told why.
            if kind != "autosave":
                self.entry.status.setText(self.refusal_message())
            return
        flagged = final and bool(self.entry.text_warnings())
        override = flagged and self.entry.review.overriding()
        if final and (self.entry.problems() or (flagged and not override)):
            self.entry.show_review()
            return
        copy, uuid = snapshot(self.response), self.uuid
        status = "final" if final else "draft"
        autosave = kind == "autosave"

        def work(vault: Any, _progress: Any) -> Any:
            from lintas.privacy.entry import save_response

            if uuid is not None and vault.submission(uuid).status != "draft":
                if autosave:
                    # A final record's content is in the audit chain: it changes only
                    # by a person's save (Ctrl+S), never in place by the timer.
                    return None
                # Editing a final record makes a new revision and keeps it final.
                return save_response(vault, copy, status="final", uuid=uuid, override=override)
            if autosave:
                # The timer updates a stored draft in place: not a revision (issue 10).
                return save_response(vault, copy, status="draft", uuid=uuid, autosave=True)
            # Open free-text warnings pass only with the clerk's explicit override on the
            # review page; the privacy layer writes it to the audit log.
            return save_response(vault, copy, status=status, uuid=uuid, override=override)

        self.saving = True
        self.session.run(
            work,
            on_success=lambda record: self._saved(record, final),
            on_failure=self._failed,
            changes_vault=True,
        )

    def _saved(self, outcome: Any, final: bool) -> None:
        if outcome is None:  # an autosave of an edited final record: saved by Ctrl+S only
            self.saving = False
            self.entry.status.setText(self.tr("Edits of a final record are saved with Ctrl+S."))
            return
        record = outcome.submission
        if outcome.possible_repeat:
            self.state.setToolTip(
                self.tr("This person may have been interviewed before ({count} records).").replace(
                    "{count}", str(len(outcome.matches))
                )
            )
        self.saving = False
        self.uuid = record.uuid
        self.last_error = ""
        when = dt.datetime.now().strftime("%H:%M:%S")
        self.entry.mark_saved(when)
        self.state.setText(self.tr("Final") if record.status == "final" else self.tr("Draft"))
        self.saved.emit(record.uuid)
        if final:
            self.entry.autosave.stop()
            self.finished.emit(record.uuid)
        elif self.closing:
            self.closed.emit()

    def _failed(self, message: str) -> None:
        self.saving = False
        self.last_error = message
        self.entry.status.setText(message)
        self.closing = False  # stay open so that nothing typed is lost

    def consented(self) -> bool:
        return consent_given(self.response.form, self.response.to_json())

    def refusal_message(self) -> str:
        return self.tr(
            "Nothing is saved until the respondent agrees to the interview. "
            "If they declined, thank them and put the interview away: it is discarded."
        )

    def put_away(self) -> None:
        """Save what there is as a draft (if anything changed) and close the page.

        An interview without consent is discarded, never saved: a stored refusal
        would itself be a record about a person.
        """
        self.entry.autosave.stop()
        if not self.consented() and self.uuid is None:
            self.closed.emit()
            return
        if self.entry.dirty and self.session.is_open:
            self.closing = True
            self.save("draft")  # closes when the save is done
            return
        self.closed.emit()
