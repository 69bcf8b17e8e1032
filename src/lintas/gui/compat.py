"""Work around a reference-counting bug of PySide6 6.12 on Python 3.11.

PySide6 6.12 returns ``None`` from every Qt method that returns nothing
(``setText``, ``setVisible``, ...) without taking a new reference to it. On
Python 3.12 and later ``None`` is immortal (PEP 683), so this is harmless;
on 3.11 each such call lowers ``None``'s reference count by one, and after a
few thousand calls CPython aborts with "none_dealloc: deallocating None".
A clerk keying interviews makes that many calls in minutes.

Until the bindings are fixed, we give ``None`` the same protection 3.12 gives
it: a reference count so large that no session can exhaust it. This touches
only the count of the ``None`` singleton and does nothing on 3.12+.
"""

from __future__ import annotations

import ctypes
import platform
import sys

# 2**60: decades of void calls at millions per second before it could run out.
_HEADROOM = 1 << 60


def protect_none() -> bool:
    """Raise None's reference count once; True if it was needed and done."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if sys.getrefcount(None) > _HEADROOM // 2:
        return False  # already done in this process
    # ob_refcnt is the first field of every CPython object (Include/object.h).
    ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
    return True
