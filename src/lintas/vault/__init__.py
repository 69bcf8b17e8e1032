"""The encrypted vault: SQLCipher storage, key slots, users, submissions, audit chain.

A vault is a folder: ``vault.db`` (SQLCipher 4, keyed with a random 256-bit data
key), ``keys.json`` (key slots wrapping that key; ``keys.json.prev`` is the
previous version) and ``vault.lock`` (the single-writer lock). See docs/vault.md.

Public API (everything else in this package is internal)::

    Vault.create(path, *, office, user, passphrase, role="supervisor",
                 kdf=DEFAULT_KDF, escrow_recipient=None) -> (Vault, recovery_key: str)
    Vault.open(path, *, user, passphrase, read_only=False) -> Vault
    Vault.open_with_recovery_key(path, recovery_key, *, read_only=False) -> Vault
    Vault.open_with_escrow(path, age_identity, *, read_only=False) -> Vault
    vault.close()  /  with Vault.open(...) as vault: ...

    # forms
    vault.install_form(xlsform_bytes, *, filename=None) -> InstalledForm
    vault.forms() -> list[InstalledForm];  vault.form(form_id, version=None) -> Form
    # submissions (all SQL and validation happen inside)
    vault.save_submission(form_id, data, *, status="draft"|"final", uuid=None,
                          pseudonym=None, form_version=None) -> Submission
    vault.update_submission(uuid, data, *, status=None, pseudonym=<unchanged>) -> Submission
    vault.finalise(uuid) -> Submission;  vault.void(uuid, reason) -> Submission
    vault.submission(uuid) -> Submission;  vault.submission_history(uuid)
    vault.submissions(form_id=, status=, user=, since=, until=, pseudonym=,
                      limit=None, offset=0) -> list[Submission];  vault.count(**same filters)
    vault.import_submissions(records, *, source, progress=None) -> ImportResult
    # users and keys
    vault.users(); vault.add_user(name, passphrase, role="enumerator"); vault.remove_user(name)
    vault.change_passphrase(new, *, user=None, old_passphrase=None)
    vault.new_recovery_key() -> str;  vault.set_escrow(age_recipient, label="")
    vault.rekey(passphrases: Mapping[user, passphrase]) -> RekeyResult
    # other parts of Lintas
    vault.get_secret(name) -> bytes | None;  vault.set_secret(name, value: bytes)
    vault.get_setting(key);  vault.set_setting(key, value)
    vault.log(action, subject=None, **detail)      # audit entry: export, bundle.in, ...
    vault.audit_verify() -> AuditReport;  vault.audit_entries(limit=100)
    vault.backup(destination, progress=None) -> Path;  vault.integrity_problems() -> list[str]
    restore_backup(source, destination, progress=None) -> Path   (a copy in a new folder)
    vault.form_versions() -> [(InstalledForm, record count)]
    vault.last_backup() -> datetime | None;  vault.backup_due() -> bool
    vault.backup_reminder_days();  vault.set_backup_reminder_days(days)   (supervisors)
    vault.info() -> dict;  vault.user;  vault.office;  vault.vault_id;  vault.read_only
    vault.db   # sqlite_utils.Database over the same connection, for vault-internal reads

Errors are in :mod:`lintas.vault.errors` (wrong passphrase and unknown user exit 3;
damaged key file or database exit 4). Exchange tables (``peers``, ``sync_ledger``,
``sync_records``) and ``duplicate_matches`` exist in the schema for the exchange and
privacy parts, which add their own functions here.
"""

from lintas.vault.audit import AuditEntry, AuditReport
from lintas.vault.forms import InstalledForm
from lintas.vault.keyslots import DEFAULT_KDF, KdfParams
from lintas.vault.records import ImportResult
from lintas.vault.rekey import RekeyResult
from lintas.vault.restore import restore_backup
from lintas.vault.submissions import Submission
from lintas.vault.unlock import Throttle
from lintas.vault.users import User
from lintas.vault.vault import Vault

__all__ = [
    "DEFAULT_KDF",
    "AuditEntry",
    "AuditReport",
    "ImportResult",
    "InstalledForm",
    "KdfParams",
    "RekeyResult",
    "Submission",
    "Throttle",
    "User",
    "Vault",
    "restore_backup",
]
