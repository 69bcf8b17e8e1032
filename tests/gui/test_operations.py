"""The operations helper: core calls in a worker, progress, cancel, one vault_changed."""

import threading

import pytest

from lintas.errors import Cancelled, LintasError
from lintas.gui.operations import Operations
from lintas.progress import report


@pytest.fixture
def operations(qtbot):
    ops = Operations()
    yield ops
    ops.wait()


def test_work_runs_off_the_gui_thread_and_reports_progress(qtbot, operations):
    seen = []
    threads = []

    def work(progress):
        threads.append(threading.get_ident())
        for done in range(3):
            report(progress, done + 1, 3, "counting")
        return "done"

    with qtbot.waitSignal(operations.vault_changed, timeout=5000):
        op = operations.start(work, changes_vault=True)
        op.progressed.connect(lambda d, t, w: seen.append((d, t, w)))
    qtbot.waitUntil(lambda: not operations.busy)
    assert threads and threads[0] != threading.get_ident()
    assert seen[-1] == (3, 3, "counting")


def test_every_call_shares_one_worker_thread(operations):
    # The vault's SQLCipher connection may only be used by the thread that opened it.
    first = operations.call(threading.get_ident)
    second = operations.call(threading.get_ident)
    assert first == second != threading.get_ident()


def test_cancel_stops_the_work_and_changes_nothing(qtbot, operations):
    started = threading.Event()
    release = threading.Event()
    changed = []
    operations.vault_changed.connect(lambda: changed.append(True))

    def work(progress):
        started.set()
        release.wait(5)
        report(progress, 1, 10, "step")
        return "finished"

    op = operations.start(work, changes_vault=True)
    started.wait(5)
    op.cancel()
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        release.set()
    assert changed == []


def test_a_lintas_error_becomes_its_message(qtbot, operations):
    def work(progress):
        raise LintasError("Wrong passphrase for user 'anan'. Nothing was changed.")

    messages = []
    operations.start(work, on_failure=messages.append)  # connected before the work starts
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == ["Wrong passphrase for user 'anan'. Nothing was changed."]


def test_call_raises_what_the_work_raises(operations):
    def work():
        raise Cancelled()

    with pytest.raises(Cancelled):
        operations.call(work)
