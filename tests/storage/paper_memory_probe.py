"""Helper for tests/storage/test_papers.py, run in a child process so that its peak memory
(ru_maxrss) belongs to this one job: store a paper of N MiB streamed from a generator into a
fast-KDF vault, read it back, and print the memory high-water marks as JSON.

    python -m tests.storage.paper_memory_probe FOLDER SIZE_MIB
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
from collections.abc import Iterator
from pathlib import Path

from storage import papers
from storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

PIECE = 64 * 1024


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _pieces(size_mib: int, digest: hashlib._Hash) -> Iterator[bytes]:
    """``size_mib`` MiB of varied bytes, made on the fly (never held whole, never on disk)."""
    pattern = hashlib.sha512(b"quietroom").digest() * (PIECE // 64)
    for n in range(size_mib * 1024 * 1024 // PIECE):
        piece = n.to_bytes(8, "big") + pattern[8:]
        digest.update(piece)
        yield piece


def main(folder: Path, size_mib: int) -> None:
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF, "Probe")
    try:
        baseline = _peak_kib()
        written = hashlib.sha256()
        with vault.db.transaction():
            paper = papers.store(vault.db, "Big", "big.bin", "", None, _pieces(size_mib, written))
        after_store = _peak_kib()
        read = hashlib.sha256()
        size = 0
        for block in papers.read_chunks(vault.db, paper.id):
            read.update(block)
            size += len(block)
        after_read = _peak_kib()
    finally:
        vault.close()
    print(
        json.dumps(
            {
                "baseline_kib": baseline,
                "after_store_kib": after_store,
                "after_read_kib": after_read,
                "size": size,
                "stored_size": paper.size,
                "same_bytes": read.digest() == written.digest() == paper.sha256,
            }
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
