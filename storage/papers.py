"""Papers stored in chunks, so that a 1 GiB file is written and read with bounded memory."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Iterator

from storage.db import Database, Row
from storage.errors import DamagedFile, NotFound
from storage.models import Paper
from storage.records import now

CHUNK_SIZE = 1024 * 1024
_COLUMNS = (
    "id, uid, dialogue_id, title, file_name, media_type, size, sha256, chunk_size, "
    "created_at, updated_at"
)


def _paper(row: Row) -> Paper:
    return Paper(*row)


def store(
    db: Database,
    title: str,
    file_name: str,
    media_type: str,
    dialogue_id: int | None,
    chunks: Iterable[bytes],
    progress: Callable[[int], None] | None = None,
) -> Paper:
    """Store a paper from an iterable of byte chunks (re-cut to :data:`CHUNK_SIZE`).

    All or nothing: it joins the caller's transaction, or opens its own, so that if the
    chunks raise, neither the paper row nor any chunk is kept.
    ``progress`` is called with the number of bytes stored so far.
    """
    with db.transaction():
        return _store(db, title, file_name, media_type, dialogue_id, chunks, progress)


def _store(
    db: Database,
    title: str,
    file_name: str,
    media_type: str,
    dialogue_id: int | None,
    chunks: Iterable[bytes],
    progress: Callable[[int], None] | None,
) -> Paper:
    stamp = now()
    pid = db.execute(
        "INSERT INTO papers (uid, dialogue_id, title, file_name, media_type, chunk_size, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), dialogue_id, title, file_name, media_type, CHUNK_SIZE, stamp, stamp),
    )
    digest = hashlib.sha256()
    size = 0
    seq = 0
    pending = bytearray()
    for piece in chunks:
        pending += piece
        while len(pending) >= CHUNK_SIZE:
            block = bytes(pending[:CHUNK_SIZE])
            del pending[:CHUNK_SIZE]
            db.execute(
                "INSERT INTO paper_chunks (paper_id, seq, data) VALUES (?, ?, ?)", (pid, seq, block)
            )
            digest.update(block)
            size += len(block)
            seq += 1
            if progress:
                progress(size)
    if pending or seq == 0:
        block = bytes(pending)
        db.execute(
            "INSERT INTO paper_chunks (paper_id, seq, data) VALUES (?, ?, ?)", (pid, seq, block)
        )
        digest.update(block)
        size += len(block)
        if progress:
            progress(size)
    db.execute(
        "UPDATE papers SET size = ?, sha256 = ?, complete = 1 WHERE id = ?",
        (size, digest.digest(), pid),
    )
    return get(db, pid)


def get(db: Database, paper_id: int) -> Paper:
    row = db.query_one(f"SELECT {_COLUMNS} FROM papers WHERE id = ? AND complete = 1", (paper_id,))
    if row is None:
        raise NotFound(f"there is no paper number {paper_id}")
    return _paper(row)


def list_papers(db: Database, limit: int = 200, offset: int = 0) -> list[Paper]:
    rows = db.query(
        f"SELECT {_COLUMNS} FROM papers WHERE complete = 1 "
        "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [_paper(r) for r in rows]


def read_chunks(db: Database, paper_id: int) -> Iterator[bytes]:
    """Yield the paper's bytes chunk by chunk and check them against the stored SHA-256.

    The check runs as the last chunk is read: a consumer that writes the bytes somewhere must
    treat an exception here as "discard what you wrote".
    """
    paper = get(db, paper_id)
    digest = hashlib.sha256()
    size = 0
    seq = 0
    while True:
        row = db.query_one(
            "SELECT data FROM paper_chunks WHERE paper_id = ? AND seq = ?", (paper_id, seq)
        )
        if row is None:
            break
        block = bytes(row[0])
        digest.update(block)
        size += len(block)
        seq += 1
        yield block
    if size != paper.size or digest.digest() != paper.sha256:
        raise DamagedFile("vault.db", f"paper {paper_id} does not match its stored checksum")


def rename(db: Database, paper_id: int, title: str) -> Paper:
    get(db, paper_id)
    db.execute("UPDATE papers SET title = ?, updated_at = ? WHERE id = ?", (title, now(), paper_id))
    return get(db, paper_id)


def delete(db: Database, paper_id: int) -> None:
    get(db, paper_id)
    db.execute("DELETE FROM papers WHERE id = ?", (paper_id,))
