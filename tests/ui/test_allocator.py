"""ui/common/allocator.py: with the app's setting, a large block that grows is mapped on its own
(it grows by remapping) even after the program freed larger blocks, as importing papers does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui.common import allocator

REPO_ROOT = Path(__file__).resolve().parents[2]

# In a fresh interpreter: free a 16 MiB block (glibc's threshold follows such a free), then
# make an 8 MiB one and say whether it got a mapping of its own.
PROBE = r"""
import sys
from ui.common.allocator import fix_mmap_threshold
if sys.argv[1] == "fixed":
    assert fix_mmap_threshold()
def anonymous():
    found = set()
    for line in open("/proc/self/maps"):
        fields = line.split()
        if len(fields) == 5:
            low, high = (int(x, 16) for x in fields[0].split("-"))
            found.add((low, high))
    return found
block = bytearray(16 * 1024 * 1024)
del block
before = anonymous()
grown = bytearray(8 * 1024 * 1024)
print(any(high - low >= len(grown) for low, high in anonymous() - before))
"""


def _mapped_alone(setting: str) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, setting],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip() == "True"


@pytest.mark.skipif(not allocator.uses_glibc(), reason="a setting of glibc's allocator")
def test_a_large_block_is_mapped_alone_after_larger_ones_were_freed() -> None:
    assert _mapped_alone("default") is False  # glibc's own rule: from the heap, copied to grow
    assert _mapped_alone("fixed") is True
