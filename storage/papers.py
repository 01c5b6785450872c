"""Papers stored in chunks, so that a 1 GiB file is written and read with bounded memory."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from storage.db import Database, Row
from storage.errors import DamagedFile, NotFound, StorageError
from storage.models import Paper
from storage.records import now

CHUNK_SIZE = 1024 * 1024
_COLUMNS = (
    "id, uid, dialogue_id, title, file_name, media_type, size, sha256, chunk_size, "
    "created_at, updated_at"
)


def _paper(row: Row) -> Paper:
    return Paper(*row)


#: A paper imported outside a transaction is written in batches of this many bytes, each its
#: own transaction (see :func:`store`), a bulk one (``Database.transaction(bulk=True)``: the WAL
#: is copied into the file after the batch's turn to write, not inside its commit). A write
#: from the window then waits for one row's insert and commit: median 2.1 ms, at most 8-10 ms
#: in the bench while a 1 GiB paper goes in (42-52 ms when every fourth batch's commit also
#: copied 4 MiB of WAL into the file). The import's speed is the same; a disk with slow flushes
#: (a spinning one) pays a flush per MiB.
BATCH_BYTES = CHUNK_SIZE
#: A cancelled or abandoned import is removed this many rows per transaction.
REMOVE_ROWS = 4
#: A hidden paper (its import not finished) untouched for this long was abandoned by a crash
#: or a lock: :func:`remove_abandoned` removes it. An import touches it at every batch.
ABANDONED_AFTER = timedelta(minutes=10)

#: ``updated_at`` of a paper hidden for deletion: before any cut-off of :func:`remove_abandoned`.
_LONG_AGO = "1970-01-01T00:00:00+00:00"

#: ``finish(db, paper)``: called in the transaction that makes the paper visible.
Finish = Callable[[Database, Paper], None]


def store(
    db: Database,
    title: str,
    file_name: str,
    media_type: str,
    dialogue_id: int | None,
    chunks: Iterable[bytes],
    progress: Callable[[int], None] | None = None,
    finish: Finish | None = None,
) -> Paper:
    """Store a paper from an iterable of byte chunks (re-cut to :data:`CHUNK_SIZE`).

    All or nothing: if the chunks raise, neither the paper row nor any chunk is kept.
    Inside the caller's transaction, it is all written in that transaction. Outside one, the
    bytes are written in batches, each its own transaction, so that the window's writes wait
    for one batch at most, never for the whole import (a 1 GiB paper takes seconds): the paper
    stays hidden (not listed, read or found by search; no title is written) until the last
    transaction writes its title, size and checksum and runs ``finish``. A failure removes what
    was written; what a crash leaves behind, :func:`remove_abandoned` removes.
    ``progress`` is called with the number of bytes stored so far.
    """
    about = _About(title, file_name, media_type, dialogue_id)
    if db.in_transaction:
        paper = _store_at_once(db, about, chunks, progress)
        if finish:
            finish(db, paper)
        return paper
    return _store_in_batches(db, about, chunks, progress, finish)


@dataclass(frozen=True)
class _About:
    """What a paper is called and where it belongs."""

    title: str
    file_name: str
    media_type: str
    dialogue_id: int | None


class _Writer:
    """Cuts the incoming pieces into rows of :data:`CHUNK_SIZE` and writes them in order."""

    def __init__(self, paper_id: int) -> None:
        self.paper_id = paper_id
        self.digest = hashlib.sha256()
        self.size = 0
        self.seq = 0

    def blocks(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        pending = bytearray()
        for piece in chunks:
            pending += piece
            while len(pending) >= CHUNK_SIZE:
                block = bytes(pending[:CHUNK_SIZE])
                del pending[:CHUNK_SIZE]
                yield block
        if pending or self.seq == 0:
            yield bytes(pending)

    def write(self, db: Database, block: bytes) -> None:
        db.execute(
            "INSERT INTO paper_chunks (paper_id, seq, data) VALUES (?, ?, ?)",
            (self.paper_id, self.seq, block),
        )
        self.digest.update(block)
        self.size += len(block)
        self.seq += 1


def _insert_hidden(db: Database, about: _About, named: bool) -> int:
    """The paper's row, not complete (so hidden); without its title and file name unless
    ``named`` (the search index, fed by a trigger here, then holds nothing to find)."""
    stamp = now()
    title, file_name = (about.title, about.file_name) if named else ("", "")
    return db.execute(
        "INSERT INTO papers (uid, dialogue_id, title, file_name, media_type, chunk_size, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(uuid.uuid4()),
            about.dialogue_id,
            title,
            file_name,
            about.media_type,
            CHUNK_SIZE,
            stamp,
            stamp,
        ),
    )


def _store_at_once(
    db: Database,
    about: _About,
    chunks: Iterable[bytes],
    progress: Callable[[int], None] | None,
) -> Paper:
    writer = _Writer(_insert_hidden(db, about, named=True))
    for block in writer.blocks(chunks):
        writer.write(db, block)
        if progress:
            progress(writer.size)
    db.execute(
        "UPDATE papers SET size = ?, sha256 = ?, complete = 1 WHERE id = ?",
        (writer.size, writer.digest.digest(), writer.paper_id),
    )
    return get(db, writer.paper_id)


def _store_in_batches(
    db: Database,
    about: _About,
    chunks: Iterable[bytes],
    progress: Callable[[int], None] | None,
    finish: Finish | None,
) -> Paper:
    with db.transaction():
        writer = _Writer(_insert_hidden(db, about, named=False))
    try:
        blocks = writer.blocks(chunks)
        more = True
        while more:
            with db.transaction(bulk=True):
                batch = 0
                more = False
                for block in blocks:
                    writer.write(db, block)
                    batch += len(block)
                    if progress:
                        progress(writer.size)
                    if batch >= BATCH_BYTES or db.writers_waiting:
                        more = True
                        break
                db.execute(
                    "UPDATE papers SET updated_at = ? WHERE id = ?", (now(), writer.paper_id)
                )
        with db.transaction():
            db.execute(
                "UPDATE papers SET title = ?, file_name = ?, size = ?, sha256 = ?, complete = 1, "
                "updated_at = created_at WHERE id = ?",
                (
                    about.title,
                    about.file_name,
                    writer.size,
                    writer.digest.digest(),
                    writer.paper_id,
                ),
            )
            paper = get(db, writer.paper_id)
            if finish:
                finish(db, paper)
        return paper
    except BaseException:
        # Locked meanwhile, or the disk is full: what is left stays hidden until
        # remove_abandoned() takes it away.
        with suppress(StorageError):
            _remove_hidden(db, writer.paper_id)
        raise


def _remove_hidden(
    db: Database, paper_id: int, progress: Callable[[int, int], None] | None = None
) -> None:
    """Remove a hidden paper a batch of rows at a time (each row overwritten: secure_delete),
    so that a cancelled or deleted 1 GiB paper does not hold the write lock while it is taken
    away; ``progress(rows removed, rows there were)`` after each batch."""
    rows = REMOVE_ROWS
    total: int | None = None
    removed = 0
    while True:
        with db.transaction(bulk=True):
            if (
                db.query_one("SELECT 1 FROM papers WHERE id = ? AND complete = 0", (paper_id,))
                is None
            ):
                return
            if total is None:
                counted = db.query_one(
                    "SELECT count(*) FROM paper_chunks WHERE paper_id = ?", (paper_id,)
                )
                total = int(counted[0]) if counted else 0
            gone = db.query(
                "SELECT seq FROM paper_chunks WHERE paper_id = ? ORDER BY seq DESC LIMIT ?",
                (paper_id, rows),
            )
            if not gone:
                db.execute("DELETE FROM papers WHERE id = ? AND complete = 0", (paper_id,))
                return
            db.execute(
                "DELETE FROM paper_chunks WHERE paper_id = ? AND seq >= ?",
                (paper_id, int(gone[-1][0])),
            )
        removed += len(gone)
        if progress:
            progress(min(removed, total), total)


def hide_for_deletion(db: Database, paper_id: int) -> None:
    """The first step of deleting a paper, in the caller's transaction: from its commit the
    paper is gone from every list, search, working-group restriction, keep-until day and the
    packet ledger, and its title and file name are overwritten; :func:`remove_hidden` then
    takes its content away a few rows per transaction. A deletion cut short (a lock, a crash)
    is finished at the next unlock (:func:`remove_abandoned`: its paper looks long abandoned).

    Deleting a 1 GiB paper in one transaction overwrote 1 GiB (secure delete) while holding
    the write lock: 20 s in which no other change could be saved."""
    get(db, paper_id)
    db.execute(
        "UPDATE papers SET title = '', file_name = '', complete = 0, dialogue_id = NULL, "
        "updated_at = ? WHERE id = ?",
        (_LONG_AGO, paper_id),
    )
    # What the triggers on deleting a paper do (schema versions 6, 7 and 12), done now.
    db.execute("DELETE FROM paper_compartments WHERE paper_id = ?", (paper_id,))
    db.execute("DELETE FROM retention WHERE kind = 'paper' AND record_id = ?", (paper_id,))
    db.execute(
        "UPDATE packets SET item_id = NULL WHERE item_kind = 'paper' AND item_id = ?", (paper_id,)
    )


def remove_hidden(
    db: Database, paper_id: int, progress: Callable[[int, int], None] | None = None
) -> None:
    """Take away a paper hidden by :func:`hide_for_deletion`, a few rows per transaction
    (outside any transaction of the caller's); ``progress(rows removed, rows)``."""
    if db.in_transaction:
        raise StorageError("a paper's content is removed outside a transaction")
    _remove_hidden(db, paper_id, progress)


def remove_abandoned(db: Database, older_than: timedelta | None = None) -> int:
    """Remove the hidden papers whose import stopped (a crash, a lock) more than
    ``older_than`` ago; return how many. An import still running (here or in another process
    on the same vault) touches its paper at every batch and is left alone."""
    cutoff = (datetime.now(UTC) - (older_than or ABANDONED_AFTER)).isoformat(timespec="seconds")
    rows = db.query("SELECT id FROM papers WHERE complete = 0 AND updated_at < ?", (cutoff,))
    for (paper_id,) in rows:
        _remove_hidden(db, int(paper_id))
    return len(rows)


def get(db: Database, paper_id: int) -> Paper:
    row = db.query_one(f"SELECT {_COLUMNS} FROM papers WHERE id = ? AND complete = 1", (paper_id,))
    if row is None:
        raise NotFound("there is no paper number {number}", number=paper_id)
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
        raise DamagedFile(
            "vault.db", "paper {number} does not match its stored checksum", number=paper_id
        )


def rename(db: Database, paper_id: int, title: str) -> Paper:
    get(db, paper_id)
    db.execute("UPDATE papers SET title = ?, updated_at = ? WHERE id = ?", (title, now(), paper_id))
    return get(db, paper_id)


def delete(db: Database, paper_id: int) -> None:
    """Delete a paper in one transaction (the caller's, if any): for small papers and tests;
    the app deletes with :func:`hide_for_deletion` then :func:`remove_hidden`."""
    get(db, paper_id)
    db.execute("DELETE FROM papers WHERE id = ?", (paper_id,))
