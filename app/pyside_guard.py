"""Guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

Every call of a Qt method returning ``void`` (``processEvents()``, ``setText()``, a timer's
``start()``…) hands back ``None`` without taking a reference to it, and every ``Signal.emit()``
does the same with the ``True``/``False`` it returns, so each call lowers that singleton's
reference count by one. After a few thousand calls the count reaches zero and the interpreter
aborts ("deallocating None", "deallocating True or False") — a worker reporting progress would
crash the app within seconds. Python 3.12 made these singletons immortal, so there the bug is
harmless.

Until a fixed PySide6 is pinned, we give ``None``, ``True`` and ``False`` a reserve of 2**40
references each, enough for decades of calls. ``tests/ui/test_pyside_guard.py`` proves the
crash and the remedy. ``import ui`` applies it, and so does every app module that uses Qt
(``app/export.py``).
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
_applied = False


def needed() -> bool:
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def apply() -> None:
    """Idempotent. On CPython < 3.12, add a large reserve to the singletons' reference counts."""
    global _applied
    if _applied or not needed():
        return
    # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _applied = True
