"""The open vault and who is working, as the GUI sees them.

Every vault call goes through :class:`~lintas.gui.operations.Operations`, so it
runs on the one worker thread that owns the SQLCipher connection. Widgets ask
the session to ``run`` (background, with a callback) or ``call`` (a quick read,
waited for) a function of the vault; they never hold the vault themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from lintas.gui.operations import Operation, Operations


def vault_class() -> Any:
    from lintas.vault import Vault  # the GUI uses the vault only through its public API

    return Vault


def unlock_throttle() -> Any:
    from lintas.vault.unlock import UNLOCK_THROTTLE  # the one the CLI and the core use

    return UNLOCK_THROTTLE


class Session(QObject):
    """Holds the open vault (or none). ``vault_options`` go to Vault.create/open as is."""

    opened = Signal()
    locked = Signal()  # the vault closed for auto-lock or "lock now"; a draft may stay open
    closed = Signal()  # the vault closed for good (another vault, quit)

    def __init__(self, operations: Operations, vault_options: dict | None = None) -> None:
        super().__init__()
        self.operations = operations
        self.vault_options = dict(vault_options or {})
        # Counts wrong passphrases per user; the unlock dialog reads it for its countdown.
        # None until first needed: the core's shared one (tests may set their own).
        self._throttle: Any = None
        self.vault: Any = None
        self.path: Path | None = None
        self.user: str | None = None
        self.role: str = "enumerator"
        self.office: str = ""
        self.history_warning: str | None = None

    @property
    def is_open(self) -> bool:
        return self.vault is not None

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"

    # -- opening --------------------------------------------------------------------
    def create(
        self,
        path: Path,
        office: str,
        user: str,
        passphrase: str,
        *,
        on_success: Callable[[str], None],
        on_failure: Callable[[str], None],
    ) -> Operation:
        """Create a vault; ``on_success`` gets the recovery key, to be shown once."""

        def work(_progress: Any) -> str:
            vault, recovery_key = vault_class().create(
                path, office=office, user=user, passphrase=passphrase, **self.vault_options
            )
            self._adopt(vault, path, user)
            return recovery_key

        return self.operations.start(
            work, on_success=self._opened_then(on_success), on_failure=on_failure
        )

    def open(
        self,
        path: Path,
        user: str,
        passphrase: str,
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
    ) -> Operation:
        def work(_progress: Any) -> None:
            if self.vault is not None:
                self._close_now()
            vault = vault_class().open(
                path, user=user, passphrase=passphrase, throttle=self.throttle
            )
            self._adopt(vault, path, user)

        return self.operations.start(
            work, on_success=self._opened_then(on_success), on_failure=on_failure
        )

    @property
    def throttle(self) -> Any:
        if self._throttle is None:
            self._throttle = unlock_throttle()
        return self._throttle

    @throttle.setter
    def throttle(self, throttle: Any) -> None:
        self._throttle = throttle

    def unlock_wait(self, path: Path, user: str) -> float:
        """Seconds before the next unlock attempt for ``user`` may start (0: now)."""
        return float(self.throttle.pause(Path(path), user))

    def _adopt(self, vault: Any, path: Path, user: str) -> None:
        # Runs on the worker thread: reads who the user is while we are there.
        self.vault, self.path, self.user = vault, Path(path), user
        # Set when this vault is older than the one this computer saw last (a copy put
        # back, entries removed); the core has audited it, the window shows it.
        self.history_warning: str | None = getattr(vault, "history_warning", None)
        me = next((u for u in vault.users() if u.name == user), None)
        self.role = getattr(me, "role", "enumerator") or "enumerator"
        self.office = getattr(vault, "office", "") or ""

    def _opened_then(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            self.opened.emit()
            callback(result)

        return done

    # -- using ----------------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        changes_vault: bool = False,
    ) -> Operation:
        """Run ``fn(vault, progress)`` in the background."""
        return self.operations.start(
            lambda progress: fn(self._require(), progress),
            on_success=on_success,
            on_failure=on_failure,
            changes_vault=changes_vault,
        )

    def call(self, fn: Callable[[Any], Any]) -> Any:
        """``fn(vault)`` on the worker thread, waited for: for quick reads only."""
        return self.operations.call(lambda: fn(self._require()))

    def _require(self) -> Any:
        if self.vault is None:
            from lintas.errors import LintasError

            raise LintasError("The vault is locked. Unlock it to continue.")
        return self.vault

    # -- closing --------------------------------------------------------------------
    def lock(self) -> None:
        """Close the vault but remember where it is and who used it."""
        if self.vault is not None:
            self.operations.call(self._close_now)
            self.locked.emit()

    def close(self) -> None:
        if self.vault is not None:
            self.operations.call(self._close_now)
        self.path, self.user = None, None
        self.closed.emit()

    def _close_now(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()
