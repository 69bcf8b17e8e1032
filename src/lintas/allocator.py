"""Keep freed memory in the process: glibc's malloc tuned for large numpy arrays.

glibc serves allocations above a threshold (128 KiB at first, then the size of
the largest block freed so far, up to 32 MiB) straight from the kernel with
mmap, and hands them back when freed, so the next array of that size is zeroed
and faulted in again page by page. The disclosure-control pass makes thousands
of 0.5-5 MiB arrays: in a process whose threshold happened to stay low it ran
about 25% slower (95-110 ms instead of 80 ms for 100,000 records), and which
state a process fell into depended on what it had freed before.

Fixing the thresholds makes every process behave like the fast ones: arrays up
to 32 MiB come from the heap, and up to 64 MiB of freed heap is kept for reuse
instead of being returned to the kernel. The lintas command sets this at
start-up. It changes no result, only where memory comes from.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# From glibc's <malloc.h>.
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 << 20  # glibc's upper limit for this setting on 64-bit systems
TRIM_THRESHOLD = 64 << 20


def keep_freed_memory() -> bool:
    """Tune glibc's malloc as above; False where there is no glibc (nothing changes)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # another C library (musl): leave it as it is
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
