"""Privacy at entry: free-text checks over a response, and saving with a pseudonym.

``check_text`` looks at every text answer (never the identifier questions,
which are expected to hold identifiers and are never stored) for things that
look like direct identifiers, and for Myanmar text typed in Zawgyi.
``save_response`` turns the identifier answers into the pseudonym, stores the
response and records possible repeat interviews. A final save while warnings
are open needs ``override=True``, which the audit log records (the kinds and
question addresses, never the text).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lintas.form import Response
from lintas.form.errors import ResponseError
from lintas.form.instance import walk_questions
from lintas.form.model import Form
from lintas.privacy.errors import OpenWarningsError
from lintas.privacy.freetext import Finding, find_identifiers, redact
from lintas.privacy.pseudonyms import pseudonymise_answers
from lintas.privacy.regional import regional_key
from lintas.privacy.zawgyi import is_zawgyi, zawgyi_to_unicode
from lintas.vault import Submission, Vault
from lintas.vault.pseudonym_matches import PseudonymMatch, record_matches
from lintas.vault.validation import response_for


@dataclass(frozen=True)
class TextWarning:
    """What the enumerator is told about one text answer."""

    address: str
    findings: tuple[Finding, ...]
    zawgyi: bool = False

    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.kind for f in self.findings))

    def message(self) -> str:
        parts = []
        if self.findings:
            parts.append("this looks like it holds " + ", ".join(self.kinds()) + "; redact it")
        if self.zawgyi:
            parts.append("this Myanmar text is in Zawgyi; convert it to Unicode")
        return f"{self.address}: " + " and ".join(parts) + "."


@dataclass(frozen=True)
class SaveOutcome:
    submission: Submission
    matches: tuple[PseudonymMatch, ...]  # possible repeat interviews (empty: none)
    warnings: tuple[TextWarning, ...]  # text warnings still open when it was saved
    overridden: bool = False  # saved final with those warnings, by explicit override

    @property
    def possible_repeat(self) -> bool:
        return bool(self.matches)


def _text_addresses(response: Response) -> list[str]:
    form = response.form
    # Calculated text is stored like typed text, and a calculation can copy what was
    # typed (concat('Said: ', ${remarks})), so it is checked too. Unstored fields
    # (identifiers and what is worked out from them) are never saved: not checked.
    texts = {q.key for q in form.questions() if q.type in ("text", "calculate")}
    texts = {key for key in texts if form.is_stored(key)}
    found = walk_questions(response.engine, form.children, response.root)
    return [address for address, _node, question in found if question.key in texts]


def stored_only(form: Form, data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` without identifiers and identifier-derived values, at any depth.

    to_json already leaves them out; this is the last gate before the vault, so a
    change to the serialiser cannot put an identifier into storage unnoticed.
    """
    kept: dict[str, Any] = {}
    for name, value in data.items():
        if not form.is_stored(name):
            continue
        if isinstance(value, list):
            kept[name] = [stored_only(form, v) if isinstance(v, Mapping) else v for v in value]
        else:
            kept[name] = value
    return kept


def check_text(response: Response) -> list[TextWarning]:
    """A warning for every relevant text answer that needs the enumerator's attention."""
    found = (_warning_at(response, address) for address in _text_addresses(response))
    return [warning for warning in found if warning is not None]


def check_answer(response: Response, address: str) -> TextWarning | None:
    """The warning ``check_text`` would give for one answer, or None.

    For the entry view, which checks a text answer when the clerk leaves its field.
    """
    form = response.form
    try:
        question = response.question_at(address)
    except ResponseError:
        return None
    if question.type not in ("text", "calculate") or not form.is_stored(question.key):
        return None
    return _warning_at(response, address)


def _warning_at(response: Response, address: str) -> TextWarning | None:
    value = response.get(address)
    if not isinstance(value, str) or not value or not response.state(address).relevant:
        return None
    findings = tuple(find_identifiers(value))
    zawgyi = is_zawgyi(value)
    return TextWarning(address, findings, zawgyi) if findings or zawgyi else None


def fix_text(response: Response, warning: TextWarning) -> set[str]:
    """The one-action fix: redact what was found and convert Zawgyi; returns changes."""
    value = str(response.get(warning.address))
    if warning.findings:
        value = redact(value, find_identifiers(value))
    if warning.zawgyi:
        value = zawgyi_to_unicode(value)
    return response.set(warning.address, value)


def save_response(
    vault: Vault,
    response: Response,
    *,
    status: str = "draft",
    uuid: str | None = None,
    override: bool = False,
    new_uuid: str | None = None,
    autosave: bool = False,
) -> SaveOutcome:
    """Store ``response`` (new, or a new revision of ``uuid``) with its pseudonym.

    ``autosave``: the app's timer, not a person, saves: a stored draft is updated in
    place (``Vault.autosave_draft``, no new revision); a new one is created as usual.

    Raises OpenWarningsError for a final save with open text warnings unless
    ``override``; the vault's own errors (validation, permissions) pass through.
    """
    warnings = tuple(check_text(response))
    if status == "final" and warnings and not override:
        raise OpenWarningsError(
            "This interview cannot be final yet: "
            + " ".join(w.message() for w in warnings)
            + " Fix these answers, or confirm that they are right to save anyway."
        )
    pseudonym = pseudonymise_answers(response.identifier_answers(), regional_key(vault))
    data: Mapping[str, Any] = stored_only(response.form, response.to_json())
    if uuid is None:
        form = response.form
        submission = vault.save_submission(
            form.form_id,
            data,
            status=status,
            pseudonym=pseudonym,
            form_version=form.version,
            uuid=new_uuid,
            attachments=response.stored_attachments(),
        )
    else:
        # An edit reopened from the vault has no identifier answers (they were never
        # stored): keep the stored pseudonym unless new identifiers were typed.
        kept: dict[str, Any] = {"pseudonym": pseudonym} if pseudonym else {}
        if autosave and status == "draft":
            submission = vault.autosave_draft(
                uuid, data, attachments=response.stored_attachments(), **kept
            )
        else:
            submission = vault.update_submission(
                uuid, data, status=status, attachments=response.stored_attachments(), **kept
            )
        pseudonym = submission.pseudonym
    overridden = bool(warnings) and override and status == "final"
    if overridden:
        vault.log(
            "privacy.warning.override",
            submission.uuid,
            warnings=[{"address": w.address, "kinds": list(w.kinds()), "zawgyi": w.zawgyi}
                      for w in warnings],
        )  # fmt: skip
    found = record_matches(vault, submission.uuid, pseudonym) if pseudonym else []
    return SaveOutcome(submission, tuple(found), warnings, overridden)


def save_answers(
    vault: Vault,
    form_id: str,
    data: Mapping[str, Any],
    *,
    status: str = "draft",
    uuid: str | None = None,
    override: bool = False,
) -> tuple[SaveOutcome, tuple[str, ...]]:
    """Store answers given as JSON (``record add``) the way the app stores an interview.

    Identifier answers, wherever they are (in a repeat too), become the pseudonym and
    the possible-repeat check, and are never stored; their addresses are returned so
    that the caller can say so. Raises InvalidSubmissionError for answers that do not
    fit the form, as the vault does.
    """
    response = response_for(vault.form(form_id), data)
    dropped = tuple(response.identifier_answers())
    outcome = save_response(vault, response, status=status, override=override, new_uuid=uuid)
    return outcome, dropped
