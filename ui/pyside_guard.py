"""Guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

Every call of a Qt method returning ``void`` (``processEvents()``, ``setText()``, a timer's
``start()``…) hands back ``None`` without taking a reference to it, so each call lowers
``None``'s reference count by one. After some millions of calls the count reaches zero and the
interpreter aborts ("none_dealloc: deallocating None") — a running app would crash after minutes
of use. Python 3.12 made ``None`` immortal, so there the bug is harmless.

Until a fixed PySide6 is pinned, we give ``None`` a reserve of 2**40 references, enough for
decades of calls. ``tests/ui/test_pyside_guard.py`` proves the crash and the remedy.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
_applied = False


def needed() -> bool:
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def apply() -> None:
    """Idempotent. On CPython < 3.12, add a large reserve to ``None``'s reference count."""
    global _applied
    if _applied or not needed():
        return
    # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _applied = True
