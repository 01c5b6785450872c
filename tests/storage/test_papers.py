"""Claims of storage/papers.py: papers are stored in rows of bounded size, read back exactly and
checked, stored all-or-nothing, and a 1 GiB paper goes in and out with flat memory."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import papers
from storage.db import Database
from storage.errors import DamagedFile, NotFound
from storage.papers import CHUNK_SIZE
from storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF, "Facilitator")
    yield vault.db
    vault.close()


def _data(size: int) -> bytes:
    """``size`` bytes that differ from chunk to chunk (so a swapped chunk would show)."""
    seed = hashlib.sha256(str(size).encode()).digest()
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha512(seed + counter.to_bytes(8, "big")).digest() * 64
        counter += 1
    return bytes(out[:size])


def _pieces(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def _store(db: Database, data: bytes, piece: int = 64 * 1024) -> int:
    with db.transaction():
        return papers.store(
            db, "Memo", "memo.bin", "application/octet-stream", None, _pieces(data, piece)
        ).id


def _chunk_lengths(db: Database, paper_id: int) -> list[int]:
    rows = db.query(
        "SELECT length(data) FROM paper_chunks WHERE paper_id = ? ORDER BY seq", (paper_id,)
    )
    return [int(r[0]) for r in rows]


SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 12345]


@pytest.mark.parametrize("size", SIZES)
def test_read_chunks_returns_exactly_the_stored_bytes(db: Database, size: int) -> None:
    data = _data(size)
    paper_id = _store(db, data)
    assert b"".join(papers.read_chunks(db, paper_id)) == data
    paper = papers.get(db, paper_id)
    assert paper.size == size
    assert paper.sha256 == hashlib.sha256(data).digest()
    assert paper.chunk_size == CHUNK_SIZE


@pytest.mark.parametrize("piece", [1, 4093, 64 * 1024, CHUNK_SIZE + 7, 5 * CHUNK_SIZE])
def test_rows_are_cut_to_the_chunk_size_whatever_the_input_pieces(db: Database, piece: int) -> None:
    size = 3 * CHUNK_SIZE + 999 if piece > 1 else CHUNK_SIZE + 999
    data = _data(size)
    paper_id = _store(db, data, piece)
    lengths = _chunk_lengths(db, paper_id)
    assert lengths == [CHUNK_SIZE] * (size // CHUNK_SIZE) + [999]
    assert b"".join(papers.read_chunks(db, paper_id)) == data


def test_an_empty_paper_is_one_empty_row_and_reads_back_empty(db: Database) -> None:
    paper_id = _store(db, b"")
    assert _chunk_lengths(db, paper_id) == [0]
    assert list(papers.read_chunks(db, paper_id)) == [b""]


def test_read_chunks_yields_chunk_sized_blocks(db: Database) -> None:
    paper_id = _store(db, _data(2 * CHUNK_SIZE + 5))
    assert [len(b) for b in papers.read_chunks(db, paper_id)] == [CHUNK_SIZE, CHUNK_SIZE, 5]


def test_progress_reports_growing_byte_counts_up_to_the_size(db: Database) -> None:
    seen: list[int] = []
    data = _data(2 * CHUNK_SIZE + 10)
    with db.transaction():
        papers.store(db, "P", "p.bin", "", None, _pieces(data, 4096), seen.append)
    assert seen == sorted(seen) and seen[-1] == len(data)


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE paper_chunks SET data = zeroblob(length(data)) WHERE seq = 1",
        "UPDATE paper_chunks SET data = substr(data, 1, length(data) - 1) WHERE seq = 2",
        "DELETE FROM paper_chunks WHERE seq = 2",
        "DELETE FROM paper_chunks WHERE seq = 1",
        "INSERT INTO paper_chunks (paper_id, seq, data) SELECT paper_id, 3, x'00' "
        "FROM paper_chunks WHERE seq = 0",
        "UPDATE paper_chunks SET seq = 9 - seq",
    ],
    ids=["altered", "shortened", "last-missing", "middle-missing", "extra", "reordered"],
)
def test_chunks_that_do_not_match_the_stored_checksum_are_reported_as_damage(
    db: Database, tamper: str
) -> None:
    paper_id = _store(db, _data(2 * CHUNK_SIZE + 100))
    db.execute(tamper)
    with pytest.raises(DamagedFile, match=f"paper {paper_id}") as caught:
        b"".join(papers.read_chunks(db, paper_id))
    assert caught.value.file_name == "vault.db"


def _failing(after: int) -> Iterator[bytes]:
    yield _data(after)
    raise OSError("the source disappeared")


@pytest.mark.parametrize("outer_transaction", [True, False])
def test_a_failed_import_keeps_nothing(db: Database, outer_transaction: bool) -> None:
    """Whether or not the caller opened a transaction, a source that fails half-way leaves no
    paper row and no chunk (no half-stored content lingering in the file)."""
    with pytest.raises(OSError):
        if outer_transaction:
            with db.transaction():
                papers.store(db, "Half", "half.bin", "", None, _failing(3 * CHUNK_SIZE))
        else:
            papers.store(db, "Half", "half.bin", "", None, _failing(3 * CHUNK_SIZE))
    assert db.query("SELECT count(*) FROM papers") == [(0,)]
    assert db.query("SELECT count(*) FROM paper_chunks") == [(0,)]


def test_an_incomplete_paper_row_is_never_listed_or_read(db: Database) -> None:
    db.execute(
        "INSERT INTO papers (uid, title, chunk_size, complete, created_at, updated_at) "
        "VALUES ('u-1', 'Half', ?, 0, '2026-01-01', '2026-01-01')",
        (CHUNK_SIZE,),
    )
    paper_id = int(db.query("SELECT id FROM papers")[0][0])
    assert papers.list_papers(db) == []
    with pytest.raises(NotFound):
        papers.get(db, paper_id)
    with pytest.raises(NotFound):
        list(papers.read_chunks(db, paper_id))


def test_deleting_a_paper_deletes_its_chunks(db: Database) -> None:
    kept = _store(db, _data(CHUNK_SIZE + 1))
    gone = _store(db, _data(2 * CHUNK_SIZE + 1))
    papers.delete(db, gone)
    assert db.query("SELECT DISTINCT paper_id FROM paper_chunks") == [(kept,)]
    with pytest.raises(NotFound):
        papers.get(db, gone)
    with pytest.raises(NotFound):
        papers.delete(db, gone)


def test_rename_changes_the_title_only(db: Database) -> None:
    data = _data(10)
    paper_id = _store(db, data)
    before = papers.get(db, paper_id)
    after = papers.rename(db, paper_id, "New title")
    assert after.title == "New title"
    assert (after.size, after.sha256, after.file_name) == (before.size, before.sha256, "memo.bin")
    assert b"".join(papers.read_chunks(db, paper_id)) == data


def _probe(folder: Path, size_mib: int) -> dict[str, int]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.storage.paper_memory_probe", str(folder), str(size_mib)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report: dict[str, int] = json.loads(result.stdout)
    assert report["same_bytes"]
    assert report["size"] == report["stored_size"] == size_mib * 1024 * 1024
    return report


@pytest.mark.slow
def test_a_1_gib_paper_is_stored_and_read_back_with_flat_memory(tmp_path: Path) -> None:
    """In a child process (so ru_maxrss is this job's alone), a 1 GiB paper streamed from a
    generator is stored and read back exactly, and peak memory grows by far less than the
    paper: under 150 MB above the baseline, and no more than for a 64 MiB paper give or take
    32 MiB (the page cache and chunk buffers are fixed; nothing scales with the size)."""
    big = _probe(tmp_path / "big", 1024)
    big_growth = big["after_read_kib"] - big["baseline_kib"]
    assert big_growth < 150 * 1000
    small = _probe(tmp_path / "small", 64)
    small_growth = small["after_read_kib"] - small["baseline_kib"]
    assert big_growth - small_growth < 32 * 1024
