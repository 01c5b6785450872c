"""A 1 GiB paper is imported, sealed and imported again with flat memory (issue: packets).

Run in a child process so that the peak resident memory measured is this job's alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SIZE_MIB = 1024
#: What the whole round may add to the process's peak memory: the data is 1,024 MiB.
MAX_GROWTH_MIB = 150


@pytest.mark.slow
def test_one_gib_paper_is_added_sealed_and_imported_with_flat_memory(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.functional.large_paper_probe", str(tmp_path), str(SIZE_MIB)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    assert figures["size"] == SIZE_MIB * 1024 * 1024
    assert figures["sha256_a"] == figures["sha256_b"]
    assert figures["packet_bytes"] > figures["size"]
    growth_mib = (figures["after_import_kib"] - figures["baseline_kib"]) / 1024
    assert growth_mib < MAX_GROWTH_MIB, figures
