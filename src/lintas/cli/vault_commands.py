"""``lintas vault ...`` and ``lintas form install``: the vault's command line.

A thin layer: each handler opens the vault through :mod:`lintas.vault`, calls one
operation and prints the result (JSON under --json). Errors are the vault's own
typed errors; the CLI core turns them into messages and exit codes
(3 wrong passphrase or unknown user, 4 damaged).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from lintas.cli.common import (
    PASSPHRASE_ENV,
    add_json_option,
    add_passphrase_options,
    emit,
    read_passphrase,
)
from lintas.errors import EXIT_OK, LintasError
from lintas.i18n import tr

# Names of environment variables, not secrets.
NEW_PASSPHRASE_ENV = "LINTAS_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_KEY_ENV = "LINTAS_RECOVERY_KEY"


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("vault", help=tr("create and look after encrypted vaults"))
    actions = group.add_subparsers(dest="vault_command", metavar="ACTION")

    create = _action(
        actions,
        "create",
        tr("make a new vault (prints the recovery key once)"),
        run_create,
        passphrase=False,
    )
    create.add_argument("--office", required=True, metavar="NAME")
    create.add_argument("--user", required=True, metavar="NAME")
    create.add_argument("--role", default="supervisor", choices=("supervisor", "enumerator"))
    create.add_argument(
        "--escrow",
        metavar="AGE_RECIPIENT",
        help=tr("also wrap the key to this age public key (age1...)"),
    )
    create.add_argument("--passphrase-file", metavar="FILE")

    _action(actions, "info", tr("show what a vault holds"), run_info)
    location = _action(
        actions, "location", tr("show or set this office's location (for geopoint questions)"),
        run_location,
    )  # fmt: skip
    location.add_argument(
        "location", nargs="?", metavar="LAT,LON", help=tr("e.g. '13.75, 100.5' or 13°45'N 100°30'E"
 )   )
    passwd = _action(actions, "passwd", tr("change your passphrase"), run_passwd)
    _new_passphrase_option(passwd)
    _action(actions, "rekey", tr("rotate the data key; prints a new recovery key"), run_rekey)
    backup = _action(actions, "backup", tr("write an encrypted copy"), run_backup)
    backup.add_argument("destination", metavar="DEST")
    recover = _action(
        actions,
        "recover",
        tr("set a new passphrase with the recovery key"),
        run_recover,
        passphrase=False,
    )
    recover.add_argument(
        "--user", required=True, metavar="NAME", help=tr("whose passphrase to set")
    )
    recover.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=f"read the key from FILE (else ${RECOVERY_KEY_ENV}, else a prompt)",
    )
    _new_passphrase_option(recover)

    autolock = _action(
        actions, "autolock", tr("show or set the longest auto-lock delay (all users)"), run_autolock
    )
    autolock.add_argument(
        "--max-minutes",
        type=int,
        metavar="N",
        help=tr("users may choose N minutes or fewer (1-240); 0: no limit, auto-lock may be off"),
    )

    user = actions.add_parser("user", help=tr("add or remove users"))
    user_actions = user.add_subparsers(dest="user_command", metavar="ACTION")
    add = _action(user_actions, "add", tr("add a user with their own passphrase"), run_user_add)
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", default="enumerator", choices=("enumerator", "supervisor"))
    _new_passphrase_option(add)
    remove = _action(user_actions, "remove", tr("remove a user (records stay)"), run_user_remove)
    remove.add_argument("name", metavar="NAME")
    _register_form_install()


def _action(
    actions: Any, name: str, text: str, handler: Any, passphrase: bool = True
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=text)
    parser.add_argument("path", metavar="PATH", help=tr("the vault folder"))
    if passphrase:
        add_passphrase_options(parser)
    add_json_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def _new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"the new passphrase (else ${NEW_PASSPHRASE_ENV}, else a prompt)",
    )


def _register_form_install() -> None:
    # ``form install`` belongs to the form group but its work is the vault's.
    try:
        from lintas.cli.form_commands import add_files_option, form_subparsers

        actions = form_subparsers()
    except (ImportError, KeyError):
        return
    install = _action(actions, "install", tr("install an XLSForm into a vault"), run_form_install)
    install.add_argument(
        "file", metavar="FILE", help=tr("the XLSForm (.xlsx or .md), or a zip of it and its files")
    )
    add_files_option(install)


# -- helpers ------------------------------------------------------------------------------
def open_vault(args: argparse.Namespace, read_only: bool = False) -> Any:
    from lintas.vault import Vault

    passphrase = read_passphrase(args)
    vault = Vault.open(
        args.path, user=getattr(args, "user", None), passphrase=passphrase, read_only=read_only
    )
    if vault.history_warning:
        print(vault.history_warning, file=sys.stderr)
    return vault


def _read_file_line(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as error:
        raise LintasError(f"Cannot read the {what} file '{path}': {error.strerror}.") from None
    except UnicodeDecodeError:
        raise LintasError(
            f"The {what} file '{path}' is not UTF-8 text. Save it as UTF-8 and try again."
        ) from None


def new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase (see _new_passphrase), with a warning on stderr when it is weak."""
    passphrase = _new_passphrase(args)
    warn_if_weak(passphrase)
    return passphrase


def warn_if_weak(passphrase: str) -> None:
    """Say on stderr when zxcvbn rates a new passphrase Weak (the app's meter agrees)."""
    from lintas.strength import LEVELS, strength

    level = strength(passphrase)
    if level == 1:
        print(
            f"Warning: this passphrase is {LEVELS[level].lower()} (easy to guess); "
            "choose a longer one of several unrelated words.",
            file=sys.stderr,
        )


def _new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase from --new-passphrase-file, $LINTAS_NEW_PASSPHRASE or two prompts."""
    if getattr(args, "new_passphrase_file", None):
        return _read_file_line(args.new_passphrase_file, "new passphrase")
    if NEW_PASSPHRASE_ENV in os.environ:
        return os.environ[NEW_PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise LintasError(
            f"No new passphrase given. Use --new-passphrase-file FILE or set "
            f"{NEW_PASSPHRASE_ENV}, or run the command in a terminal."
        )
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Type it again: ") != first:
        raise LintasError("The two passphrases differ. Nothing was changed.")
    return first


def _print_recovery_key(args: argparse.Namespace, key: str, data: dict[str, Any]) -> None:
    text = (
        f"Recovery key (shown only now; print it and keep it locked away):\n\n    {key}\n\n"
        "Anyone holding it can open the vault. Without it, a forgotten passphrase "
        "cannot be recovered."
    )
    emit(args, {**data, "recovery_key": key}, text)


# -- handlers -----------------------------------------------------------------------------
def run_create(args: argparse.Namespace) -> int:
    from lintas.vault import Vault

    if not (args.passphrase_file or PASSPHRASE_ENV in os.environ or sys.stdin.isatty()):
        if NEW_PASSPHRASE_ENV not in os.environ:
            # create takes --passphrase-file, not --new-passphrase-file: name what works here.
            raise LintasError(
                "No passphrase given for the new vault. Use --passphrase-file FILE or set "
                f"{PASSPHRASE_ENV}, or run the command in a terminal to be asked."
            )
    passphrase = (
        read_passphrase(args)
        if args.passphrase_file or PASSPHRASE_ENV in os.environ
        else new_passphrase(args)
    )
    warn_if_weak(passphrase)
    vault, recovery = Vault.create(
        args.path,
        office=args.office,
        user=args.user,
        passphrase=passphrase,
        role=args.role,
        escrow_recipient=args.escrow,
    )
    with vault:
        data = {"path": str(vault.folder), "vault_id": vault.vault_id, "office": args.office}
    _print_recovery_key(args, recovery, data)
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    with open_vault(args, read_only=True) as vault:
        info = vault.info()
    lines = [f"{key}: {_plain(value)}" for key, value in info.items()]
    emit(args, info, "\n".join(lines))
    return EXIT_OK


def run_location(args: argparse.Namespace) -> int:
    with open_vault(args, read_only=args.location is None) as vault:
        if args.location:
            point = vault.set_office_location(args.location)
        else:
            point = vault.office_location()
    text = f"This office's location: {point}." if point else "No office location is set."
    emit(args, {"location": point}, text)
    return EXIT_OK


def _plain(value: Any) -> str:
    """A value of ``vault info`` for people: no Python brackets or quotes."""
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items()) or "none"
    if isinstance(value, list):
        items = [f"{v['name']} ({v['role']})" if isinstance(v, dict) else str(v) for v in value]
        return ", ".join(items) or "none"
    return str(value)
    return EXIT_OK


def run_passwd(args: argparse.Namespace) -> int:
    old = read_passphrase(args)
    from lintas.vault import Vault

    with Vault.open(args.path, user=args.user, passphrase=old) as vault:
        vault.change_passphrase(new_passphrase(args), old_passphrase=old)
        name = vault.actor
    emit(args, {"user": name, "changed": True}, f"The passphrase of '{name}' was changed.")
    return EXIT_OK


def run_rekey(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args)
    from lintas.vault import Vault

    with Vault.open(args.path, user=args.user, passphrase=passphrase) as vault:
        result = vault.rekey({vault.actor: passphrase})
    _print_recovery_key(
        args, result.recovery_key, {"users_without_slot": list(result.users_without_slot)}
    )
    if not args.json:
        print(
            "\nThe old recovery key no longer opens this vault: destroy its printout. "
            "Backups made before now still open with the old passphrases and recovery key."
        )
    if result.users_without_slot and not args.json:
        names = ", ".join(result.users_without_slot)
        print(f"\nThese users need a new passphrase (lintas vault user add): {names}")
    return EXIT_OK


def run_backup(args: argparse.Namespace) -> int:
    from lintas.vault.errors import ReadOnlyMediaError, StorageError, VaultBusyError

    # Opened for writing when it can be, so the backup is in the audit chain; while
    # another program has the vault open, or its disk is read-only or full (the unlock
    # entry cannot be written), a read-only copy is still consistent and writes nothing.
    try:
        vault = open_vault(args)
    except (VaultBusyError, ReadOnlyMediaError, StorageError):
        vault = open_vault(args, read_only=True)
    with vault:
        path = vault.backup(args.destination)
    emit(args, {"backup": str(path)}, f"Encrypted copy written to {path}.")
    return EXIT_OK


def run_autolock(args: argparse.Namespace) -> int:
    changing = args.max_minutes is not None
    with open_vault(args, read_only=not changing) as vault:
        if changing:
            vault.set_autolock_limit(args.max_minutes)
        limit = vault.autolock_limit()
    text = (
        "No limit: each user may choose any auto-lock delay, or turn auto-lock off."
        if limit == 0
        else f"Longest auto-lock delay: {limit} minutes. Users may choose a shorter one, "
        "never a longer one, and cannot turn auto-lock off."
    )
    emit(args, {"max_minutes": limit}, text)
    return EXIT_OK


def run_recover(args: argparse.Namespace) -> int:
    from lintas.vault import Vault

    if args.recovery_key_file:
        key = _read_file_line(args.recovery_key_file, "recovery key")
    elif RECOVERY_KEY_ENV in os.environ:
        key = os.environ[RECOVERY_KEY_ENV]
    elif sys.stdin.isatty():
        key = input("Recovery key: ")
    else:
        raise LintasError(
            f"No recovery key given. Use --recovery-key-file FILE or set {RECOVERY_KEY_ENV}."
        )
    with Vault.open_with_recovery_key(args.path, key) as vault:
        vault.change_passphrase(new_passphrase(args), user=args.user)
    emit(args, {"user": args.user, "changed": True}, f"A new passphrase was set for '{args.user}'.")
    return EXIT_OK


def run_user_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        user = vault.add_user(args.name, new_passphrase(args), role=args.role)
    emit(args, {"name": user.name, "role": user.role}, f"Added {user.role} '{user.name}'.")
    return EXIT_OK


def run_user_remove(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.remove_user(args.name)
    emit(args, {"removed": args.name}, f"Removed '{args.name}'. Their records stay.")
    return EXIT_OK


def run_form_install(args: argparse.Namespace) -> int:
    try:
        raw = Path(args.file).read_bytes()
    except OSError as error:
        raise LintasError(f"Cannot read the form '{args.file}': {error.strerror}.") from None
    from lintas.cli.form_commands import read_form_files

    files = read_form_files(getattr(args, "files", None))
    with open_vault(args) as vault:
        installed = vault.install_form(raw, filename=Path(args.file).name, files=files)
    data = {"form_id": installed.form_id, "version": installed.version, "sha256": installed.sha256}
    emit(args, data, f"Installed form '{installed.form_id}' version '{installed.version}'.")
    return EXIT_OK
