"""Run a core call in a worker thread, with progress and cancel (STYLE.md, "Anki ops").

A widget never calls slow core functions itself. It asks :class:`Operations`
to run a plain function ``fn(progress)`` in the thread pool. The core reports
through its usual ``progress(done, total, what)`` callback (lintas.progress);
here each call becomes a queued Qt signal, and returning False asks the core to
stop. When an operation that changes the vault succeeds, :class:`Operations`
fires ``vault_changed`` once so that every view refreshes.

Be careful: ``fn`` runs in a worker thread. It must not touch any widget.

All work runs on ONE long-lived worker thread (a pool of one whose thread never
expires). The vault's SQLCipher connection belongs to the thread that opened
it, so opening, every read and every write, and closing must share a thread;
a single worker also serialises writes without extra locks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lintas.errors import Cancelled, LintasError

Work = Callable[[Callable[[int, int, str], bool]], Any]


class Operation(QObject):
    """One piece of background work. Connect to its signals before starting it."""

    progressed = Signal(int, int, str)  # done, total (0 = unknown), what
    succeeded = Signal(object)  # the function's result
    failed = Signal(str)  # a message for the user
    cancelled = Signal()
    finished = Signal()  # always, after one of the three above

    def __init__(self, work: Work, *, changes_vault: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._work = work
        self.changes_vault = changes_vault
        self._cancel = threading.Event()
        # Set (in the worker) just before ``finished``: a listener that connects
        # late checks it, since a signal emitted before connecting is not delivered.
        self.done = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (thread-safe)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, what: str) -> bool:
        self.progressed.emit(done, total, what)
        return not self._cancel.is_set()

    def run_here(self) -> None:
        """Run in the calling thread; the signals carry the outcome."""
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except LintasError as error:
            self.failed.emit(error.message)
        except Exception as error:  # a worker must always report back
            # Unexpected: keep the window alive and tell the user something useful.
            self.failed.emit(f"Something went wrong: {error}. Nothing more was changed.")
        else:
            if self._cancel.is_set() and result is None:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        self.done.set()
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        self.operation.run_here()


class Operations(QObject):
    """Starts operations in a thread pool and announces vault changes."""

    vault_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # the same thread for the vault's whole life
        self._running: set[Operation] = set()

    def start(
        self,
        work: Work,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        changes_vault: bool = False,
    ) -> Operation:
        operation = Operation(work, changes_vault=changes_vault)
        # The Operation lives in the GUI thread, so these slots run there.
        if on_success is not None:
            operation.succeeded.connect(on_success)
        if on_failure is not None:
            operation.failed.connect(on_failure)
        if changes_vault:
            operation.succeeded.connect(lambda _result: self.vault_changed.emit())
        operation.finished.connect(lambda: self._done(operation))
        self._running.add(operation)
        self.busy_changed.emit(True)
        self._pool.start(_Runnable(operation))
        return operation

    def _done(self, operation: Operation) -> None:
        self._running.discard(operation)
        if not self._running:
            self.busy_changed.emit(False)

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a quick core call on the worker thread and wait for its result.

        For reads that take milliseconds (a page of records, a count), where a
        signal round trip would only complicate the caller. Raises what ``fn`` raises.
        """
        future: Future = Future()

        def work() -> None:
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as error:  # handed to the waiting caller
                future.set_exception(error)

        self._pool.start(work)
        return future.result()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued operation finished (tests and shutdown)."""
        return self._pool.waitForDone(msecs)
