"""The vault's catalogue of user-facing errors.

Every message says what is wrong and what to do. The exit code of the command
line follows the base class (:mod:`lintas.errors`): 1 for a user error,
3 for a wrong passphrase or unknown user, 4 for damage or tampering.
"""

from __future__ import annotations

from lintas.errors import AuthenticationError, DamagedError, LintasError
from lintas.i18n import tr


class VaultError(LintasError):
    """Something the person can fix about how a vault is used."""


class VaultNotFoundError(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            tr(
                "There is no vault at '{path}'. Check the path; "
                "a new vault is made only with 'lintas vault create'.",
                path=path,
            )
        )


class NotAVaultError(VaultError):
    def __init__(self, path: object, missing: str) -> None:
        super().__init__(
            tr(
                "The folder '{path}' is not a Lintas vault (it has no {missing}). "
                "Choose the vault folder itself. Nothing was changed.",
                path=path,
                missing=missing,
            )
        )


class VaultIsAFileError(NotAVaultError):
    def __init__(self, path: object) -> None:
        VaultError.__init__(
            self,
            tr(
                "'{path}' is a file, not a vault. Give the vault's folder (the one holding "
                "keys.json and vault.db). Nothing was changed.",
                path=path,
            ),
        )


class InvalidEscrowKeyError(VaultError, ValueError):
    """Also a ValueError: escrow_slot() has always raised that for a malformed key."""

    def __init__(self, recipient: str) -> None:
        super().__init__(
            f"'{recipient}' is not an age public key ('age1' and 58 more letters and "
            "digits). Copy the supervisor's or hub's public key again. Nothing was changed."
        )


class VaultExistsError(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            tr(
                "'{path}' already exists and is not an empty folder. "
                "Choose a new folder for the new vault; nothing was changed.",
                path=path,
            )
        )


class DanglingLinkError(VaultError):
    def __init__(self, path: object, points_to: object) -> None:
        super().__init__(
            f"'{path}' is a symbolic link to '{points_to}', which does not exist. Create "
            "that folder first, remove the link, or choose another name for the new vault. "
            "Nothing was changed."
        )


class VaultBusyError(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            tr(
                "The vault '{path}' is open for writing in another window or program. "
                "Close it there first, then try again.",
                path=path,
            )
        )


class WrongPassphraseError(AuthenticationError):
    def __init__(self, user: str | None) -> None:
        super().__init__(
            tr("Wrong passphrase for user '{user}'. Nothing was changed.", user=user)
            if user
            else tr("Wrong passphrase. Nothing was changed.")
        )


class UnknownUserError(AuthenticationError):
    def __init__(self, user: str) -> None:
        super().__init__(
            tr(
                "The vault has no user called '{user}'. Check the name, or ask a "
                "supervisor to add you. Nothing was changed.",
                user=user,
            )
        )


class NoSuchUserError(VaultError):
    """The user an operation names (not the one signing in) is not in the vault."""

    def __init__(self, user: str) -> None:
        super().__init__(
            tr(
                "There is no user called '{user}' in this vault. Check the name "
                "('lintas vault info' lists the users). Nothing was changed.",
                user=user,
            )
        )


class NoUserGivenError(AuthenticationError):
    def __init__(self, slots: int) -> None:
        super().__init__(
            tr(
                "This vault has {slots} users: say which one you are (--user NAME). "
                "Nothing was changed.",
                slots=slots,
            )
        )


class WrongRecoveryKeyError(AuthenticationError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This recovery key does not open this vault. Check that it is the key printed "
                "for this vault when it was created (or last rekeyed). Nothing was changed."
            )
        )


class RecoveryKeyTypoError(AuthenticationError):
    def __init__(self, detail: str) -> None:
        super().__init__(tr("The recovery key has a typing mistake: {detail}", detail=detail))


class DamagedKeyFileError(DamagedError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            tr(
                "The key file '{path}' is damaged ({detail}). Open the vault from a backup, "
                "or restore the key file from one. Nothing was changed.",
                path=path,
                detail=detail,
            )
        )


class KeyFileIsAFolderError(DamagedError):
    def __init__(self, path: object, *, previous: bool) -> None:
        then = (
            "Move that folder out of the vault folder: keys.json alone opens the vault."
            if previous
            else "Move that folder out of the vault folder and put this vault's key file "
            "back as keys.json (from a backup of this vault)."
        )
        super().__init__(
            f"'{path}' should be a key file of the vault, but it is a folder. {then} "
            "Nothing was changed."
        )


class TamperedKeyFileError(DamagedError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            tr(
                "The key file '{path}' has been tampered with ({detail}). Do not use it: "
                "restore the key file from a backup, and tell your supervisor. "
                "Nothing was changed.",
                path=path,
                detail=detail,
            )
        )


class KeyFileMismatchError(DamagedError):
    def __init__(self, path: object) -> None:
        super().__init__(
            tr(
                "The key file '{path}' does not belong to this vault: it was made for another "
                "vault's database (copied in from another folder or backup?). Put this vault's "
                "own keys.json back, from a backup of this vault. Nothing was changed.",
                path=path,
            )
        )


class WeakKdfError(VaultError, ValueError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"The key derivation is too weak to protect a vault: {detail}.")


class OutdatedKeyFileError(DamagedError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"The key file '{path}' is damaged or missing, and its previous version "
            "(keys.json.prev) does not accept this passphrase or user: it may date from "
            "before the last passphrase or user change. Try the earlier passphrase, or set a "
            "new one with the recovery key ('lintas vault recover'), or restore the key file "
            "from a backup. Nothing was changed."
        )


class DamagedDatabaseError(DamagedError):
    def __init__(self, path: object, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            tr(
                "The vault database '{path}' is damaged or has been tampered with: its pages "
                "fail their integrity check{extra}. No data was read from the damaged part. "
                "Restore the vault from a backup.",
                path=path,
                extra=extra,
            )
        )


class StorageError(VaultError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            tr(
                "The vault '{path}' could not be read or written ({detail}). Check the free "
                "space and that the folder is writable; the unfinished change was not saved.",
                path=path,
                detail=detail,
            )
        )


class BackupWriteError(VaultError):
    def __init__(self, destination: object, detail: str) -> None:
        super().__init__(
            tr(
                "The backup could not be written to '{destination}' ({detail}). Check the free "
                "space there and that it is writable. No partial copy was left; the vault "
                "itself is unchanged.",
                destination=destination,
                detail=detail,
            )
        )


class FolderMissingError(VaultError):
    def __init__(self, folder: object) -> None:
        super().__init__(
            tr(
                "The folder '{folder}' does not exist or cannot be written. "
                "Choose an existing folder you may write to. Nothing was changed.",
                folder=folder,
            )
        )


class NewerSchemaError(VaultError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            tr(
                "This vault was written by a newer Lintas (schema {found}; this one knows up "
                "to {known}). Update Lintas to open it. Nothing was changed.",
                found=found,
                known=known,
            )
        )


class OldSchemaReadOnlyError(VaultError):
    def __init__(self, found: int, current: int) -> None:
        super().__init__(
            f"This vault uses an older layout (schema {found}; now {current}) and must be "
            "updated, which needs it open for writing. Open it normally once, then try again."
        )


class PermissionDeniedError(VaultError):
    def __init__(self, user: str, action: str) -> None:
        super().__init__(
            tr(
                "User '{user}' may not {action}: only a supervisor may. "
                "Ask a supervisor to do it.",
                user=user,
                action=action,
            )
        )


class ReadOnlyMediaError(VaultError):
    def __init__(self, folder: object, detail: str) -> None:
        super().__init__(
            f"The vault '{folder}' cannot be opened for changes: its folder cannot be written "
            f"({detail}), for example a read-only disk, card or network share. Reading still "
            "works (record list, record show, audit verify, vault backup to another disk); to "
            "make changes, copy the vault to a writable disk or make the disk writable. "
            "Nothing was changed."
        )


class ReadOnlyVaultError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "The vault was opened for reading only, so it cannot be changed. "
                "Open it normally to make changes."
            )
        )


class UserExistsError(VaultError):
    def __init__(self, user: str) -> None:
        super().__init__(
            tr("The vault already has a user called '{user}'. Choose another name.", user=user)
        )


class InvalidNameError(VaultError):
    pass


class WeakPassphraseError(VaultError):
    def __init__(self, minimum: int) -> None:
        super().__init__(
            tr(
                "The passphrase is too short: use at least {minimum} characters "
                "(a few words are easiest to remember).",
                minimum=minimum,
            )
        )


class LastSupervisorError(VaultError):
    def __init__(self, user: str) -> None:
        super().__init__(
            tr(
                "'{user}' is the vault's last supervisor and cannot be removed. "
                "Add another supervisor first.",
                user=user,
            )
        )


class FormNotInstalledError(VaultError):
    def __init__(self, form_id: str, version: str | None) -> None:
        super().__init__(
            tr(
                "The form '{form_id}' version '{version}' is not installed in this vault. "
                "Install it with 'lintas form install'.",
                form_id=form_id,
                version=version,
            )
            if version
            else tr(
                "The form '{form_id}' is not installed in this vault. "
                "Install it with 'lintas form install'.",
                form_id=form_id,
            )
        )


class FormConflictError(VaultError):
    def __init__(self, form_id: str, version: str) -> None:
        super().__init__(
            f"The vault already holds a different file for form '{form_id}' version "
            f"'{version}'. Give the changed form a new version in its settings sheet."
        )


class SubmissionNotFoundError(VaultError):
    def __init__(self, uuid: str) -> None:
        super().__init__(
            tr("There is no submission '{uuid}' in this vault. Check the id.", uuid=uuid)
        )


class MatchNotFoundError(VaultError):
    def __init__(self, match_id: object) -> None:
        super().__init__(
            f"There is no possible repeat interview numbered {match_id} in this vault. "
            "List them again; another supervisor may have looked at it already."
        )


class InvalidSubmissionIdError(VaultError):
    def __init__(self, uuid: str) -> None:
        super().__init__(
            f"'{uuid[:80]}' cannot be a submission id. Use letters, digits and . _ : - only "
            "(1 to 64 characters, not only dots), or leave the id out and Lintas makes one."
        )


class SubmissionExistsError(VaultError):
    def __init__(self, uuid: str) -> None:
        super().__init__(f"A submission '{uuid}' already exists. Edit it instead.")


class InvalidSubmissionError(VaultError):
    """A submission its form refuses; ``problems`` holds the engine's messages."""

    def __init__(self, summary: str, problems: list[str]) -> None:
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{summary}\n{lines}" if problems else summary)
        self.problems = problems


class ConsentNotGivenError(InvalidSubmissionError):
    def __init__(self, question: str) -> None:
        super().__init__(
            tr(
                "The respondent has not agreed to the interview (question '{question}' is not "
                "answered 'yes'), so nothing of it may be stored, not even a draft. Nothing "
                "was saved. Thank the person and close the interview without saving.",
                question=question,
            ),
            [],
        )


class IdentifierAnswerError(InvalidSubmissionError):
    def __init__(self, names: list[str]) -> None:
        super().__init__(
            tr(
                "The submission holds answers to identifier questions, or values worked out "
                "from them, which Lintas never stores. Remove them (pass a pseudonym "
                "instead). Questions:"
            ),
            names,
        )


class SubmissionStateError(VaultError):
    pass


class ImportRefusedError(VaultError):
    """A record brought from elsewhere that this vault would not have stored itself.

    Raised before anything is written; ``uuid`` and ``problem`` let the exchange say
    which record of which bundle was refused.
    """

    def __init__(self, uuid: object, problem: str) -> None:
        self.uuid, self.problem = uuid, problem
        super().__init__(
            tr(
                "Nothing was imported: record {uuid} {problem}. Every record is checked "
                "against its form as if it were saved here; ask the sender to correct that "
                "record.",
                uuid=uuid,
                problem=problem,
            )
        )


class ImportChangedError(VaultError):
    """The records stored in an import's second pass are not those its first pass checked."""

    def __init__(self) -> None:
        super().__init__(
            "Nothing was imported: the records changed between their check and their "
            "import (the file was altered while it was read). Import it again."
        )


class IdentifierInTextError(VaultError):
    """Free text a person typed (a void reason) looks like it holds a direct identifier.

    The message names the kinds found, never the text itself: it may be shown or
    logged where the identifier must not go.
    """

    def __init__(self, what: str, kinds: list[str]) -> None:
        self.kinds = kinds
        super().__init__(
            f"The {what} looks like it holds {', '.join(kinds)}: Lintas never stores "
            "direct identifiers. Write it without them (for example 'entered twice, "
            "see record 1a2b') or replace them with [passport], [phone]. Nothing was changed."
        )
