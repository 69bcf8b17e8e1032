"""The ``lintas`` command line: a thin layer over the core.

Each command group lives in its own module with a ``register(subparsers)``
function; this module only assembles them, runs the chosen handler and turns
:class:`~lintas.errors.LintasError` into a message and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from lintas import __version__, errorlog, i18n
from lintas.allocator import keep_freed_memory
from lintas.errors import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, LintasError
from lintas.i18n import tr

# One line per command group. Each module registers its own sub-commands.
COMMAND_MODULES = [
    "lintas.cli.form_commands",
    "lintas.cli.vault_commands",
    "lintas.cli.record_commands",
    "lintas.cli.audit_commands",
    "lintas.cli.privacy_commands",
    "lintas.cli.export_commands",
    "lintas.cli.exchange_commands",
    "lintas.cli.app_commands",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lintas",
        description=tr("Offline, encrypted capture and exchange of migrant-worker surveys."),
    )
    parser.add_argument("--version", action="version", version=f"lintas {__version__}")
    parser.add_argument(
        "--lang",
        dest="message_language",  # not "lang": demo and screenshots have their own --lang
        metavar="CODE",
        help=tr("the language of Lintas's messages: {codes} (default: from LANGUAGE, LC_ALL, "
                "LC_MESSAGES or LANG)", codes=" ".join(i18n.LANGUAGES)),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _early_language(args_list: list[str]) -> str | None:
    """The value of the top-level --lang (options before the command), if given."""
    for number, arg in enumerate(args_list):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang":
            return args_list[number + 1] if number + 1 < len(args_list) else None
        if not arg.startswith("-"):
            return None  # the command: a later --lang is its own (demo, screenshots)
    return None


def _group_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        choices = getattr(action, "choices", None) or {}
        if name in choices:
            return choices[name]  # type: ignore[no-any-return]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    keep_freed_memory()  # big arrays reuse freed memory (lintas.allocator says why)
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _launch_app()
    # The language first, so that --help and argparse's own errors read in it too.
    i18n.set_language(_early_language(args_list) or i18n.language_from_environment())
    parser = build_parser()
    args = parser.parse_args(args_list)
    chosen = args.message_language
    if chosen and not i18n.normalise(chosen):
        print(
            f"lintas: there are no messages in '{chosen}'. "
            f"Choose one of: {' '.join(i18n.LANGUAGES)}.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    i18n.set_language(chosen or i18n.language_from_environment())
    handler = getattr(args, "handler", None)
    if handler is None:
        # A group named without its sub-command, e.g. ``lintas vault``: a usage error
        # (exit 2), with the group's help on stderr. parse_args(--help) would exit 0.
        _group_parser(parser, args_list[0]).print_help(sys.stderr)
        return EXIT_USAGE
    try:
        result = handler(args)
    except LintasError as error:
        print(f"lintas: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("lintas: " + tr("interrupted. Nothing more was changed."), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader went away (``lintas record list --json | head``): not an error
        # of ours. Point stdout at nothing so the interpreter's final flush is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except UnicodeError as error:
        # Bytes that are not UTF-8 in a file, an argument or $LINTAS_PASSPHRASE.
        reason = getattr(error, "reason", str(error))
        message = tr(
            "some text given to Lintas is not valid UTF-8 ({reason}). Save "
            "files as UTF-8, and check the command's arguments and LINTAS_PASSPHRASE.",
            reason=reason,
        )
        print(f"lintas: {message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as error:
        # A bug of ours. The user gets a sentence, not a traceback; a developer
        # asks for the traceback explicitly.
        if os.environ.get("LINTAS_DEBUG"):
            raise
        # The message never quotes the error (it can hold an answer or a passphrase);
        # the log gets code locations only (lintas.errorlog says why).
        log = errorlog.write(error, f"lintas {getattr(args, 'command', None)}")
        print(f"lintas: {errorlog.user_message(log)}", file=sys.stderr)
        return EXIT_USER_ERROR
    return int(result or 0)


def _launch_app() -> int:
    # Imported here so that the command line never loads Qt unless it has to.
    try:
        app = importlib.import_module("lintas.gui.app")
    except ModuleNotFoundError:
        print("lintas: the desktop app is not part of this build yet.", file=sys.stderr)
        return EXIT_USER_ERROR
    return int(app.run())
