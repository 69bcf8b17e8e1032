"""``lintas demo`` and ``lintas screenshots``: the desktop app's entry points.

Qt is imported inside the handlers only, so ``lintas --help`` and every other
command stay free of PySide6 (tests/test_core_imports.py).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from lintas.cli.common import add_json_option, emit, stderr_progress
from lintas.i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo", help=tr("create (if missing) and open the demo vault with synthetic data")
    )
    demo.add_argument(
        "--no-open", action="store_true",
        help=tr("only create the demo vault; do not start the app"),
    )
    demo.add_argument("--lang", metavar="CODE", help=tr("language of the app (en, th, km, ...)"))
    add_json_option(demo)
    demo.set_defaults(handler=run_demo)

    shots = subparsers.add_parser(
        "screenshots", help=tr("render every main screen to PNG (offscreen, 1366x768)")
    )
    shots.add_argument("directory", metavar="DIR", help=tr("folder for the PNG files"))
    shots.add_argument("--lang", metavar="CODE", default="en", help=tr("language (default en)"))
    add_json_option(shots)
    shots.set_defaults(handler=run_screenshots)

    selftest = subparsers.add_parser(
        "self-test", help=tr("check this install on a throwaway vault (prints OK or what to do)")
    )
    add_json_option(selftest)
    selftest.set_defaults(handler=run_self_test)


def run_demo(args: argparse.Namespace) -> int:
    from lintas.gui.demo import ensure_demo_vault

    demo = ensure_demo_vault(progress=stderr_progress)
    state = "Created" if demo.created else "Using"
    emit(
        args,
        {
            "path": str(demo.path),
            "created": demo.created,
            "users": list(demo.users),
            "passphrase": demo.passphrase,
        },
        f"{state} the demo vault at {demo.path}\n"
        f"Users: {', '.join(demo.users)}. Demo passphrase (all users): {demo.passphrase}\n"
        "It holds synthetic interviews only. Never key real data into it.",
    )
    if args.no_open:
        return 0
    from lintas.gui.app import run

    # Every demo user is offered; the one last used here is preselected, else the
    # supervisor (DEMO_SUPERVISOR comes first in demo.users).
    return run(
        vault_path=demo.path, language=args.lang, passphrase=demo.passphrase,
        demo_users=demo.users,
    )  # fmt: skip


def run_screenshots(args: argparse.Namespace) -> int:
    # Before Qt loads: with no display, Qt aborts unless the offscreen platform is set.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from lintas.gui.screenshots import render_all

    written = render_all(Path(args.directory), language=args.lang, progress=stderr_progress)
    emit(
        args,
        {"directory": str(args.directory), "files": [str(p) for p in written]},
        "\n".join(str(path) for path in written),
    )
    return 0


def run_self_test(args: argparse.Namespace) -> int:
    from lintas.selftest import format_table, run_checks

    results = run_checks()
    failed = [r for r in results if r.status in ("fail", "skipped")]
    emit(args, {"ok": not failed, "steps": [r.__dict__ for r in results]}, format_table(results))
    return 1 if failed else 0
