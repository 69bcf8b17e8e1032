"""Helpers shared by the command groups: output, passphrases and progress."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from lintas.errors import LintasError
from lintas.i18n import tr

PASSPHRASE_ENV = "LINTAS_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=tr("print JSON for programs"))


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from FILE (else ${PASSPHRASE_ENV}, else a prompt)",
    )
    parser.add_argument("--user", metavar="NAME", help=tr("the vault user (default: the only one)"))


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """The passphrase from --passphrase-file, then $LINTAS_PASSPHRASE, then a prompt."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise LintasError(
                tr("Cannot read the passphrase file '{path}': {reason}.", path=path,
                   reason=error.strerror)
            ) from None
        except UnicodeDecodeError:
            raise LintasError(
                tr("The passphrase file '{path}' is not UTF-8 text. Save it as UTF-8 and try "
                   "again.", path=path)
            ) from None
        # Only the line ending goes: spaces inside or around a passphrase are part of it.
        return text.rstrip("\r\n")
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise LintasError(
            tr("No passphrase given. Use --passphrase-file FILE or set {variable}, or run the "
               "command in a terminal to be asked.", variable=PASSPHRASE_ENV)
        )
    return getpass.getpass(prompt)


def json_text(data: Any) -> str:
    """JSON for people (indented); compact when too deep to indent, never a failure."""
    try:
        return json.dumps(data, ensure_ascii=False, indent=2, default=str)
    except RecursionError:
        # The C encoder (no indent) goes deeper than the indenting pure-Python one.
        try:
            return json.dumps(data, ensure_ascii=False, default=str)
        except RecursionError:
            return '"(too deeply nested to show)"'


def emit(args: argparse.Namespace, data: Any, text: str | None = None) -> None:
    """Print ``data`` as JSON under --json, else ``text`` (or the data, plainly)."""
    if getattr(args, "json", False):
        print(json_text(data))
    elif text is not None:
        print(text)
    else:
        print(data)


def stderr_progress(done: int, total: int, what: str) -> bool:
    """A plain progress line on stderr, for long commands run in a terminal."""
    if sys.stderr.isatty():
        share = f"{done}/{total}" if total else str(done)
        print(f"\r{what} {share}", end="", file=sys.stderr, flush=True)
    return True
