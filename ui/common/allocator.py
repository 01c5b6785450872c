"""glibc's allocator, set once when the app starts, for the Qt thread's sake.

glibc serves an allocation from its heap rather than mapping it on its own once the program
has freed a mapped block at least that large: its mmap threshold rises with every such free,
up to 32 MiB. Importing or reading a paper frees 1 MiB chunks, so the threshold soon passes
1 MiB, and a buffer of several MiB that then grows (a long text's document, built in a worker)
is copied into fresh heap memory at each growth. Where a page touched for the first time is
slow (the bench's virtual machine: docs/performance.md, "The machine") such a copy held the
GIL, and so the Qt thread, for 30-60 ms. A fixed threshold of :data:`THRESHOLD_BYTES` keeps
blocks of 4 MiB and more mapped on their own (they grow by remapping, nothing copied), while
1 MiB chunks stay in the heap and are reused as before.
"""

from __future__ import annotations

import ctypes
import os

#: ``M_MMAP_THRESHOLD`` in glibc's ``<malloc.h>``.
M_MMAP_THRESHOLD = -3
THRESHOLD_BYTES = 4 * 1024 * 1024


def fix_mmap_threshold() -> bool:
    """Set glibc's mmap threshold to :data:`THRESHOLD_BYTES` (which also stops it moving);
    False where the C library is not glibc or refused."""
    if not uses_glibc():
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD_BYTES))


def uses_glibc() -> bool:
    """Whether this process runs on glibc, asked of the C library itself (``platform.libc_ver``
    reads the executable's bytes, which a packaged app's launcher may not show)."""
    try:
        version = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):
        return False
    return bool(version and version.startswith("glibc"))
