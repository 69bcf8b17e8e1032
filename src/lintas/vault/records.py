"""Forms and submissions of an open vault (mixed into :class:`lintas.vault.Vault`)."""

from __future__ import annotations

import hashlib
import json
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from lintas.form.errors import FormLoadError
from lintas.form.errors import error as form_error
from lintas.form.model import Form
from lintas.privacy.freetext import identifier_kinds
from lintas.progress import Progress, report
from lintas.vault import attachments as stored_files
from lintas.vault import audit, autosaves, forms, submissions
from lintas.vault.attachments import StoredAttachment, check_attachments
from lintas.vault.connection import Connection
from lintas.vault.core import VaultCore
from lintas.vault.errors import (
    FormNotInstalledError,
    IdentifierInTextError,
    ImportChangedError,
    ImportRefusedError,
    InvalidSubmissionIdError,
    PermissionDeniedError,
    SubmissionExistsError,
    SubmissionNotFoundError,
    SubmissionStateError,
)
from lintas.vault.forms import InstalledForm
from lintas.vault.submissions import Filters, Submission, content_hash, data_json
from lintas.vault.validation import SUBMISSION_ID, check_imported, check_submission, valid_id

_KEEP: Any = object()  # "leave the pseudonym as it is"


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    skipped: int


__all__ = ["SUBMISSION_ID", "ImportResult", "RecordsMixin"]  # SUBMISSION_ID: old import path


def _packaged(
    xlsform: bytes, filename: str | None, files: Mapping[str, bytes] | None
) -> tuple[bytes, str | None]:
    """The form and its files as the one package the vault stores (lintas.form.package)."""
    from lintas.form.package import is_package, make_package

    if not files:
        return xlsform, filename
    if is_package(xlsform):
        raise FormLoadError([form_error(
            "Give either a zip of the form with its files, or the form and its files, not both."
        )])  # fmt: skip
    name = filename or "form.xlsx"
    return make_package(xlsform, name, files), f"{name.rsplit('.', 1)[0]}.zip"


class RecordsMixin(VaultCore):
    _form_cache: dict[tuple[str, str], Form]

    # -- forms ---------------------------------------------------------------------------
    def install_form(
        self,
        xlsform: bytes,
        *,
        filename: str | None = None,
        progress: Progress | None = None,
        files: Mapping[str, bytes] | None = None,
    ) -> InstalledForm:
        """Load and store an XLSForm (xlsx or markdown bytes); returns what was installed.

        ``xlsform`` may be a form package (a zip of the form and its files), or
        ``files`` may give the files by name (the form plus a folder, as ODK Central
        takes them); either way the form is stored as one package, so its hash covers
        its files and they travel with it in bundles. A file the form reads that is
        missing, too big or malformed is an error naming the file.

        Raises FormLoadError (with every problem) for a broken form, FormConflictError
        for a different file under an installed id and version, PermissionDeniedError
        for an enumerator, and Cancelled (nothing stored) when ``progress`` asks to stop
        while the form loads. Installing the identical file again changes nothing.
        """
        self.require_supervisor("install forms")
        xlsform, filename = _packaged(bytes(xlsform), filename, files)
        form, installed = self._loaded_form(xlsform, filename, progress)
        with self.writing() as conn:
            self._store_form(conn, installed, xlsform)
        self._form_cache[(form.form_id, form.version)] = form
        return installed

    def _loaded_form(
        self, xlsform: bytes, filename: str | None, progress: Progress | None = None
    ) -> tuple[Form, InstalledForm]:
        from lintas.form import load
        from lintas.form.package import is_package

        # Installed means every file the form reads is present (a package holds its own).
        strict: dict[str, bytes] | None = None if is_package(bytes(xlsform)) else {}
        form = load(bytes(xlsform), filename=filename, progress=progress, files=strict)
        digest = hashlib.sha256(xlsform).hexdigest()
        installed = InstalledForm(
            form.form_id, form.version, form.title, digest, filename, self.now(), self.actor
        )
        return form, installed

    def _store_form(self, conn: Connection, installed: InstalledForm, xlsform: bytes) -> None:
        if forms.store_form(conn, installed, bytes(xlsform)):
            subject = f"{installed.form_id}@{installed.version}"
            self.record(conn, "form.install", subject, {"sha256": installed.sha256})

    def forms(self) -> list[InstalledForm]:
        with self.reading() as conn:
            return forms.list_forms(conn)

    def form(
        self, form_id: str, version: str | None = None, *, progress: Progress | None = None
    ) -> Form:
        """The loaded form (the latest installed version when ``version`` is None).

        A big form takes a while the first time; ``progress`` may cancel (Cancelled).
        """
        with self.reading() as conn:
            found_version, raw = forms.form_bytes(conn, form_id, version)
        key = (form_id, found_version)
        if key not in self._form_cache:
            from lintas.form import load

            self._form_cache[key] = load(raw, filename=f"{form_id}.xlsx", progress=progress)
        return self._form_cache[key]

    # -- submissions ---------------------------------------------------------------------
    def save_submission(
        self,
        form_id: str,
        data: Mapping[str, Any],
        *,
        status: str = "draft",
        uuid: str | None = None,
        pseudonym: str | None = None,
        form_version: str | None = None,
        attachments: Mapping[str, bytes] | None = None,
    ) -> Submission:
        """Store a new submission (revision 1) with its audit entry, durably.

        ``attachments`` are the files that media answers name, by file name; they
        are stored in the encrypted database in the same transaction.

        Raises InvalidSubmissionError (the engine's messages) when a final submission
        fails validation or any submission answers an identifier question, and
        SubmissionExistsError when ``uuid`` is taken.
        """
        if status not in ("draft", "final"):
            raise SubmissionStateError(f"A new submission is 'draft' or 'final', not '{status}'.")
        if uuid is not None and not valid_id(uuid):
            raise InvalidSubmissionIdError(uuid)
        form = self.form(form_id, form_version)
        data = check_submission(form, data, final=status == "final")
        now, text = self.now(), data_json(data)
        record = Submission(
            uuid or str(uuid_module.uuid4()),
            form.form_id,
            form.version,
            status,
            1,
            now,
            now,
            self.actor,
            self.actor,
            self.office,
            content_hash(form.form_id, form.version, text, pseudonym),
            dict(data),
            None,
            pseudonym,
        )
        with self.writing() as conn:
            if submissions.get(conn, record.uuid) is not None:
                raise SubmissionExistsError(record.uuid)
            files = check_attachments(conn, form, record.uuid, data, attachments or {})
            submissions.insert(conn, record)
            stored_files.store(conn, record.uuid, attachments or {}, now, self.actor)
            detail: dict[str, Any] = {"status": status, "hash": record.content_hash}
            if files:
                detail["attachments"] = files
            self.record(conn, "submission.create", record.uuid, detail)
        return record

    def update_submission(
        self,
        uuid: str,
        data: Mapping[str, Any],
        *,
        status: str | None = None,
        pseudonym: Any = _KEEP,
        attachments: Mapping[str, bytes] | None = None,
    ) -> Submission:
        """Store a new revision of ``uuid`` (the old one stays in its history).

        Drafts may be edited by anyone; final ones only by a supervisor; void ones not at all.
        """
        current = self.submission(uuid)
        if current.status == "void":
            raise SubmissionStateError(f"Submission '{uuid}' is void and can no longer change.")
        if current.status == "final":
            if status == "draft":
                raise SubmissionStateError(
                    f"Submission '{uuid}' is final; it cannot become a draft."
                )
            if self._user is not None and not self._user.is_supervisor:
                raise PermissionDeniedError(self._user.name, "edit a final submission")
        new_status = status or current.status
        form = self.form(current.form_id, current.form_version)
        data = check_submission(form, data, final=new_status == "final")
        new_pseudonym = current.pseudonym if pseudonym is _KEEP else pseudonym
        return self._new_revision(
            current,
            dict(data),
            new_status,
            new_pseudonym,
            action="submission.edit",
            files=(form, attachments or {}),
        )

    def autosave_draft(
        self,
        uuid: str,
        data: Mapping[str, Any],
        *,
        pseudonym: Any = _KEEP,
        attachments: Mapping[str, bytes] | None = None,
    ) -> Submission:
        """Update the current draft ``uuid`` in place: an autosave is not a revision.

        The revision stays, no history copy is made and no audit entry is written now:
        a revision is what a person saved (issue 10). The draft session's one entry,
        ``submission.autosave`` with the hash the autosaves left, is written when the
        session ends: at the draft's next revision (a person's save, finalise, void) or
        when this vault is closed (:meth:`seal_autosaves`). Until then ``audit verify``
        accepts a current draft whose content differs from its last entry's hash
        (docs/vault.md, "Autosave"). Only drafts: SubmissionStateError otherwise.
        """
        current = self.submission(uuid)
        if current.status != "draft":
            raise SubmissionStateError(
                f"Submission '{uuid}' is {current.status}; only a draft is autosaved in place."
            )
        form = self.form(current.form_id, current.form_version)
        data = check_submission(form, data, final=False)
        new_pseudonym = current.pseudonym if pseudonym is _KEEP else pseudonym
        text = data_json(data)
        new = replace(
            current,
            updated_at=self.now(),
            updated_by=self.actor,
            data=dict(data),
            pseudonym=new_pseudonym,
            content_hash=content_hash(current.form_id, current.form_version, text, new_pseudonym),
        )
        with self.writing() as conn:
            stored = submissions.get(conn, uuid)
            if stored is None or (stored.revision, stored.status) != (current.revision, "draft"):
                raise SubmissionStateError(
                    f"Submission '{uuid}' changed meanwhile; reload it and try again."
                )
            check_attachments(conn, form, uuid, data, attachments or {})
            submissions.update_in_place(conn, new, text)
            stored_files.store(conn, uuid, attachments or {}, new.updated_at, self.actor)
            autosaves.remember(conn, self._autosave_key(), uuid, new.revision, new.content_hash)
        return new

    def seal_autosaves(self) -> int:
        """End the draft sessions: a ``submission.autosave`` entry for every draft whose
        autosaved content no entry holds yet (this session's, or one a crash left);
        returns how many. Called on close."""
        if self.read_only:
            return 0
        with self.reading() as conn:
            if not autosaves.pending(conn):
                return 0
        with self.writing() as conn:
            return sum(self._seal_autosave(conn, uuid) for uuid in autosaves.pending(conn))

    def _autosave_key(self) -> bytes:
        return autosaves.mac_key(self._unlocked_key(), self.vault_id)

    def _seal_autosave(self, conn: Connection, uuid: str) -> int:
        """One ``submission.autosave`` entry for ``uuid`` if its current draft's content
        is not what the chain last recorded for its revision (1), else nothing (0)."""
        autosaves.forget(conn, uuid)
        current = submissions.get(conn, uuid)
        if current is None or current.status != "draft":
            return 0
        if audit.recorded_hash(conn, uuid, current.revision) == current.content_hash:
            return 0
        detail: dict[str, Any] = {
            "revision": current.revision, "status": "draft", "hash": current.content_hash,
        }  # fmt: skip
        files = {a.name: a.sha256 for a in stored_files.listed(conn, uuid)}
        if files:
            detail["attachments"] = files
        self.record(conn, "submission.autosave", uuid, detail)
        return 1

    def finalise(self, uuid: str) -> Submission:
        """Mark a draft final after full validation (InvalidSubmissionError if it fails)."""
        current = self.submission(uuid)
        if current.status != "draft":
            raise SubmissionStateError(
                f"Submission '{uuid}' is {current.status}; only a draft can be finalised."
            )
        form = self.form(current.form_id, current.form_version)
        data = check_submission(form, current.data, True)
        return self._new_revision(
            current, data, "final", current.pseudonym, action="submission.finalise"
        )

    def void(self, uuid: str, reason: str) -> Submission:
        """Void a submission (supervisors only; a reason is required). Nothing is deleted."""
        self.require_supervisor("void submissions")
        if not reason.strip():
            raise SubmissionStateError("Say why the submission is void: a reason is required.")
        # A reason is free text a person types and it is stored: the same guard as
        # text answers, refused before anything is written (issue 15, point 3).
        kinds = identifier_kinds(reason)
        if kinds:
            raise IdentifierInTextError("void reason", kinds)
        current = self.submission(uuid)
        if current.status == "void":
            raise SubmissionStateError(f"Submission '{uuid}' is already void.")
        return self._new_revision(
            current,
            current.data,
            "void",
            current.pseudonym,
            action="submission.void",
            reason=reason.strip(),
        )

    def _new_revision(
        self,
        current: Submission,
        data: Mapping[str, Any],
        status: str,
        pseudonym: str | None,
        *,
        action: str,
        reason: str | None = None,
        files: tuple[Form, Mapping[str, bytes]] | None = None,
    ) -> Submission:
        text = data_json(data)
        new = replace(
            current,
            status=status,
            revision=current.revision + 1,
            updated_at=self.now(),
            updated_by=self.actor,
            data=dict(data),
            pseudonym=pseudonym,
            void_reason=reason,
            content_hash=content_hash(current.form_id, current.form_version, text, pseudonym),
        )
        with self.writing() as conn:
            stored = submissions.get(conn, current.uuid)
            if stored is None or stored.revision != current.revision:
                raise SubmissionStateError(
                    f"Submission '{current.uuid}' changed meanwhile; reload it and try again."
                )
            # What autosaves left in place goes into the chain before it becomes history,
            # so every revision in history matches an entry of its own.
            self._seal_autosave(conn, current.uuid)
            hashes: dict[str, str] = {}
            if files is not None:
                hashes = check_attachments(conn, files[0], current.uuid, data, files[1])
            submissions.replace_current(conn, new)
            if files is not None:
                stored_files.store(conn, current.uuid, files[1], new.updated_at, self.actor)
            detail: dict[str, Any] = {
                "revision": new.revision, "status": status, "hash": new.content_hash,
            }  # fmt: skip
            if reason:
                detail["reason"] = reason
            if hashes:
                detail["attachments"] = hashes
            self.record(conn, action, current.uuid, detail)
        return new

    def last_form_of(self, user: str) -> str | None:
        """The form id of the record ``user`` started last (New interview preselects it)."""
        with self.reading() as conn:
            row = conn.execute(
                "SELECT form_id FROM submissions WHERE created_by = ? "
                "ORDER BY created_at DESC, rowid DESC LIMIT 1",
                (user,),
            ).fetchone()
        return str(row[0]) if row else None

    def last_saved(self, form_id: str) -> dict[str, Any] | None:
        """The answers of the record of ``form_id`` saved last here (for ${last-saved#name}).

        Void records are left out; identifier answers were never stored, so none come back.
        """
        with self.reading() as conn:
            row = conn.execute(
                "SELECT data FROM submissions WHERE form_id = ? AND status != 'void' "
                "ORDER BY updated_at DESC, rowid DESC LIMIT 1",
                (form_id,),
            ).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return data if isinstance(data, dict) else None

    def attachments(self, uuid: str) -> list[StoredAttachment]:
        """The files stored with record ``uuid``: name, sha256, size."""
        with self.reading() as conn:
            return stored_files.listed(conn, uuid)

    def attachment(self, uuid: str, name: str) -> bytes:
        """The bytes of one stored file; SubmissionNotFoundError if there is none."""
        with self.reading() as conn:
            content = stored_files.read(conn, uuid, name)
        if content is None:
            raise SubmissionNotFoundError(f"{uuid}/{name}")
        return content

    def submission(self, uuid: str) -> Submission:
        with self.reading() as conn:
            found = submissions.get(conn, uuid)
        if found is None:
            raise SubmissionNotFoundError(uuid)
        return found

    def submission_history(self, uuid: str) -> list[Submission]:
        """Every earlier revision of ``uuid``, oldest first (the current one excluded)."""
        with self.reading() as conn:
            return submissions.history(conn, uuid)

    def submissions(
        self, *, limit: int | None = None, offset: int = 0, **filters: Any
    ) -> list[Submission]:
        """Submissions by creation time. Filters: form_id, status, user, since, until,
        pseudonym, text and text_codes (``submissions.Filters``)."""
        with self.reading() as conn:
            return list(submissions.select(conn, Filters(**filters), limit, offset))

    def count(self, **filters: Any) -> int:
        with self.reading() as conn:
            return submissions.count(conn, Filters(**filters))

    def import_submissions(
        self,
        records: Iterable[Submission],
        *,
        source: str,
        progress: Progress | None = None,
        within: Callable[[Connection], None] | None = None,
        new_forms: Sequence[tuple[bytes, str | None]] = (),
        each_chunk: Callable[[Connection], None] | None = None,
        streamed: bool = False,
        checked: ImportChecker | None = None,
    ) -> ImportResult:
        """Store records from elsewhere (a bundle, the demo) in ONE transaction.

        Every record is first checked as a local save would check it
        (validation.check_imported): ImportRefusedError, naming the record and the
        answer, refuses the whole import before anything is written. ``new_forms``
        (xlsform bytes, filename) are installed in the same transaction, and the records
        may be of them; a form neither installed nor among them refuses the import.

        A record whose uuid is new is added; a higher revision of a known one replaces it
        (the old one goes to history); anything else is skipped, so importing twice is
        harmless. Content hashes are recomputed here. One audit entry names ``source``, the
        counts and ``records_sha256``: SHA-256 over one line ``"<uuid> <revision> <hash>\\n"``
        per stored record, in input order, so the entry commits to every record it brought.
        All or nothing: any error or cancel rolls everything back. ``within`` runs in the
        same transaction after the records (the exchange writes its ledger there, so a
        bundle's records and its ledger row commit together or not at all).
        ``each_chunk`` runs in it after every chunk of records (a streamed bundle writes
        its ledger rows there, so they never pile up in memory).

        ``streamed``: the records are NOT gathered in memory to be checked first; each
        chunk is checked just before it is stored, and a refusal rolls the transaction
        back. For a caller that already checked every record with :meth:`import_checker`
        before calling (the exchange's first pass over a bundle) and now streams them
        again, so that a bundle of any size needs the same memory.

        ``checked``: that checker (:meth:`import_checker`), which saw every record of a
        streamed import in the first pass. The records are then not checked against
        their forms again: instead the rows stored must be, as a set, exactly the rows
        it checked (submissions.Fingerprints; less any the caller ``set_aside``), or
        ImportChangedError rolls everything back. The checker's forms are installed,
        and ``new_forms`` must not be given as well.
        """
        if checked is not None:
            if new_forms:
                raise ValueError("give the forms to the checker, not to import_submissions")
            loaded = list(checked.loaded)
        else:
            loaded = [(*self._loaded_form(raw, name), raw) for raw, name in new_forms]
        if loaded:
            self.require_supervisor("install forms")
        known = {(form.form_id, form.version): form for form, _, _ in loaded}
        stored = submissions.Fingerprints() if checked is not None else None
        if not streamed:
            records = list(records)
            self._check_imported(records, known, progress)
        total = 0 if streamed else len(records)  # type: ignore[arg-type]
        totals = [0, 0, 0]
        digest = hashlib.sha256()
        with self.bulk_writing() as conn, submissions.bulk_cache(conn):
            for _form, installed, raw in loaded:
                self._store_form(conn, installed, raw)
            done, ordinal = 0, 0
            # The import's own audit entry comes after its records; its seq is known now
            # unless a callback appends entries meanwhile (then the rows follow it below).
            entry_seq = audit.head(conn)[0] + 1
            for chunk in _chunks(records, 500):
                report(progress, done, total, "Importing records")
                if streamed and checked is None:
                    self._check_imported(chunk, known, None)
                listed: list[tuple[str, int, str]] = []
                counts = submissions.import_chunk(conn, chunk, digest, listed, stored)
                for index, count in enumerate(counts):
                    totals[index] += count
                ordinal = audit.list_imported(conn, entry_seq, ordinal, listed)
                done += len(chunk)
                if each_chunk is not None:
                    each_chunk(conn)
            if checked is not None and stored != checked.fingerprints:
                raise ImportChangedError()
            added, updated, skipped = totals
            detail = {
                "added": added,
                "updated": updated,
                "skipped": skipped,
                "records_sha256": digest.hexdigest(),
                "listed": True,  # import_records holds them one by one (audit.record_problems)
            }
            self.record(conn, "submission.import", source, detail)
            audit.move_listed(conn, entry_seq, audit.head(conn)[0])
            if within is not None:
                within(conn)
        self._form_cache.update(known)
        return ImportResult(added, updated, skipped)

    def import_checker(self, new_forms: Sequence[tuple[bytes, str | None]] = ()) -> ImportChecker:
        """The check :meth:`import_submissions` makes of each record, for a caller that
        reads its records as a stream and must refuse them all before writing any: call
        the result on each batch (ImportRefusedError names the record and the answer).
        ``new_forms`` are the forms the records may be of that are not installed yet
        (more can be added with ``add_forms``). Give it to import_submissions as
        ``checked`` so that the records are not checked a second time."""
        checker = ImportChecker(self)
        checker.add_forms(new_forms)
        return checker

    def _check_imported(
        self,
        records: list[Submission],
        known: dict[tuple[str, str], Form],
        progress: Progress | None,
    ) -> None:
        for index, record in enumerate(records):
            if index % 200 == 0:
                report(progress, index, len(records), "Checking records")
            key = (record.form_id, record.form_version)
            if not all(isinstance(part, str) for part in key):
                raise ImportRefusedError(record.uuid, "does not name its form and version")
            if key not in known:
                try:
                    known[key] = self.form(*key)
                except FormNotInstalledError:
                    raise ImportRefusedError(
                        record.uuid,
                        f"is of form '{key[0]}' version '{key[1]}', which this vault does not "
                        "have (install it first)",
                    ) from None
            check_imported(known[key], record)


class ImportChecker:
    """Checks records for an import in two passes (Vault.import_checker), and keeps
    the fingerprints of what it accepted for the second pass to match."""

    def __init__(self, vault: RecordsMixin) -> None:
        self._vault = vault
        self.loaded: list[tuple[Form, InstalledForm, bytes]] = []
        self._known: dict[tuple[str, str], Form] = {}
        self.fingerprints = submissions.Fingerprints()

    def add_forms(self, new_forms: Iterable[tuple[bytes, str | None]]) -> None:
        """Forms not installed yet that the records may be of (installed by the import)."""
        for raw, name in new_forms:
            form, installed = self._vault._loaded_form(raw, name)
            self.loaded.append((form, installed, bytes(raw)))
            self._known[(form.form_id, form.version)] = form

    def __call__(self, batch: list[Submission]) -> list[str]:
        """Check ``batch``; returns each record's content hash as the vault would store
        it, recomputed from its answers (a caller that received records with a hash
        compares the two: the exchange's import does, instead of hashing them twice)."""
        self._vault._check_imported(batch, self._known, None)
        try:
            return self.fingerprints.add_records(batch)
        except ValueError:  # NaN or an infinity (the check refuses them; a last guard)
            for record in batch:
                if not _json_number(record):
                    raise ImportRefusedError(
                        record.uuid, "holds NaN or an infinity, which is not a number JSON allows"
                    ) from None
            raise

    def set_aside(self, batch: list[Submission]) -> None:
        """Checked records the second pass will not store (the exchange's conflicts)."""
        self.fingerprints.add_records(batch, sign=-1)


def _json_number(record: Submission) -> bool:
    try:
        data_json(record.data)
    except ValueError:
        return False
    return True


def _chunks(records: Iterable[Submission], size: int) -> Iterator[list[Submission]]:
    chunk: list[Submission] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
