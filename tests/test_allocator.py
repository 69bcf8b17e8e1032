"""Freed memory stays in the process, so big arrays are not faulted in again."""

import subprocess
import sys
import textwrap

import pytest

from lintas.allocator import keep_freed_memory

CHILD = textwrap.dedent(
    """
    import resource
    import numpy as np
    from lintas.allocator import keep_freed_memory

    assert keep_freed_memory()
    size = (20 << 20) // 8  # a 20 MiB array: served by mmap and unmapped on free, untuned
    first = np.ones(size)
    del first
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    second = np.ones(size)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_a_second_big_array_reuses_the_first_ones_memory():
    # In a fresh process: the setting is process-wide and must not leak into this one.
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=True
    )
    # Untuned, this machine's glibc faults the second array in again (~500 faults with
    # huge pages, 5,120 without); tuned, it reuses the freed block.
    assert int(done.stdout) < 50


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_the_tuning_is_accepted_by_glibc():
    done = subprocess.run(
        [sys.executable, "-c", "from lintas.allocator import keep_freed_memory as k; print(k())"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "True"


def test_elsewhere_nothing_changes(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert keep_freed_memory() is False
