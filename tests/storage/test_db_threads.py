"""The database serves threads working at the same time with their own connections, so a long
write in a worker never blocks a reader in the UI thread; connections are reused rather than
opened per thread; locking the vault stops every thread; writers take turns in order."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3

from storage import db as storage_db
from storage import records as rec
from storage.errors import Busy, Closed
from storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_reader_is_not_blocked_by_an_open_write_transaction_in_another_thread(
    tmp_path: Path,
) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    db = vault.db
    rec.insert(db, rec.NOTES, {"body": "committed before"})
    inserted = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with db.transaction():
                rec.insert(db, rec.NOTES, {"body": "written by the worker"})
                inserted.set()
                assert release.wait(timeout=30)
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)
            inserted.set()

    worker = threading.Thread(target=writer)
    worker.start()
    assert inserted.wait(timeout=30)
    # The worker holds its write transaction open; this read must not wait for it and must not
    # see its uncommitted row.
    bodies = [n.body for n in rec.list_all(db, rec.NOTES)]
    assert bodies == ["committed before"]
    release.set()
    worker.join(timeout=30)
    assert not errors
    assert sorted(n.body for n in rec.list_all(db, rec.NOTES)) == [
        "committed before",
        "written by the worker",
    ]
    vault.close()


def test_after_close_every_thread_gets_a_clear_locked_error(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    db = vault.db
    seen: list[BaseException] = []

    def reader() -> None:
        try:
            rec.list_all(db, rec.NOTES)
        except BaseException as exc:
            seen.append(exc)

    worker = threading.Thread(target=reader)
    worker.start()
    worker.join(timeout=30)
    assert seen == []  # the worker had its own connection and could read
    vault.close()
    with pytest.raises(Closed):
        rec.list_all(db, rec.NOTES)
    worker = threading.Thread(target=reader)
    worker.start()
    worker.join(timeout=30)
    assert len(seen) == 1 and isinstance(seen[0], Closed)


def test_threads_one_after_another_reuse_one_connection(tmp_path: Path) -> None:
    """Qt's pool threads forget thread-local state after every job, and short-lived threads
    come and go: neither may open a connection per job and keep it until the vault locks
    (after a day of searches that would exhaust the process's file descriptors)."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    db = vault.db
    rec.insert(db, rec.NOTES, {"body": "one"})
    for _ in range(30):
        worker = threading.Thread(target=lambda: rec.list_all(db, rec.NOTES))
        worker.start()
        worker.join(timeout=30)
    assert db.open_connections == 1
    vault.close()


def test_connections_follow_how_many_threads_work_at_once_and_idle_ones_are_capped(
    tmp_path: Path,
) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    db = vault.db
    threads = db.MAX_IDLE + 3
    inside = threading.Barrier(threads + 1)
    leave = threading.Event()
    errors: list[BaseException] = []

    def hold() -> None:
        try:
            with db._borrowed() as conn:  # a long read holds its connection
                conn.execute("SELECT count(*) FROM notes").fetchone()
                inside.wait(timeout=30)
                assert leave.wait(timeout=30)
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)

    workers = [threading.Thread(target=hold) for _ in range(threads)]
    for worker in workers:
        worker.start()
    inside.wait(timeout=30)
    assert db.open_connections == threads  # all at once: one each, none shared
    leave.set()
    for worker in workers:
        worker.join(timeout=30)
    assert not errors
    assert db.open_connections == db.MAX_IDLE  # the rest were closed when given back
    assert [n.body for n in rec.list_all(db, rec.NOTES)] == []
    vault.close()
    assert db.open_connections == 0


def test_writers_of_this_process_write_in_the_order_they_asked(tmp_path: Path) -> None:
    """SQLite makes a waiting writer retry on a timer, so a writer that commits and begins again
    at once (an import in batches) would keep taking the lock back; here writers take turns."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    db = vault.db
    holding, release = threading.Event(), threading.Event()
    order: list[str] = []

    def first() -> None:
        with db.transaction():
            holding.set()
            assert release.wait(timeout=30)
            order.append("first")

    def write(name: str) -> None:
        with db.transaction():
            rec.insert(db, rec.NOTES, {"body": name})
            order.append(name)

    threads = [threading.Thread(target=first)]
    threads[0].start()
    assert holding.wait(timeout=30)
    for count, name in enumerate(["second", "third", "fourth"], start=1):
        threads.append(threading.Thread(target=write, args=(name,)))
        threads[-1].start()
        _wait_until(lambda count=count: db.writers_waiting == count)  # type: ignore[misc]
    # The first writer commits and at once asks again: it comes after those already waiting.
    threads.append(threading.Thread(target=write, args=("first again",)))
    release.set()
    _wait_until(lambda: order[:1] == ["first"])
    threads[-1].start()
    for thread in threads:
        thread.join(timeout=30)
    assert order == ["first", "second", "third", "fourth", "first again"]
    vault.close()


def test_a_writer_that_waits_too_long_gets_busy_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    db = vault.db
    monkeypatch.setattr(storage_db, "WRITER_WAIT_S", 0.2)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with db.transaction():
            holding.set()
            assert release.wait(timeout=30)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(timeout=30)
    with pytest.raises(Busy, match="busy"):
        rec.insert(db, rec.NOTES, {"body": "never written"})
    with pytest.raises(Busy), db.transaction():
        rec.insert(db, rec.NOTES, {"body": "never written either"})
    assert db.writers_waiting == 0
    release.set()
    holder.join(timeout=30)
    assert rec.list_all(db, rec.NOTES) == []
    rec.insert(db, rec.NOTES, {"body": "written once the holder is done"})
    assert [n.body for n in rec.list_all(db, rec.NOTES)] == ["written once the holder is done"]
    vault.close()


def _wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.005)


def test_writers_waiting_when_the_vault_locks_get_locked_at_once(tmp_path: Path) -> None:
    """Locking while a worker writes: those waiting for their turn give up with "locked" at
    once (not "busy" seconds later), and so does the worker's next write."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    db = vault.db
    holding, release = threading.Event(), threading.Event()
    seen: list[BaseException] = []

    def hold() -> None:
        try:
            with db.transaction():
                rec.insert(db, rec.NOTES, {"body": "in the worker's transaction"})
                holding.set()
                assert release.wait(timeout=30)
        except BaseException as exc:  # its commit is refused: the vault was locked meanwhile
            seen.append(exc)
        try:  # and so is its next write
            rec.insert(db, rec.NOTES, {"body": "after the lock"})
        except BaseException as exc:
            seen.append(exc)

    def wait_to_write() -> None:
        try:
            rec.insert(db, rec.NOTES, {"body": "waiting"})
        except BaseException as exc:
            seen.append(exc)

    holder, waiter = threading.Thread(target=hold), threading.Thread(target=wait_to_write)
    holder.start()
    assert holding.wait(timeout=30)
    waiter.start()
    _wait_until(lambda: db.writers_waiting == 1)
    started = time.monotonic()
    vault.close()
    waiter.join(timeout=30)
    assert time.monotonic() - started < storage_db.WRITER_WAIT_S / 2
    release.set()
    holder.join(timeout=30)
    assert [type(exc) for exc in seen] == [Closed, Closed, Closed]


def test_sqlite_finding_the_vault_locked_by_another_process_is_reported_as_busy() -> None:
    """Another process (the command line) holding the write lock past the busy timeout: the
    user reads that the vault was busy and nothing was saved, not an SQLite class name."""
    error = storage_db._translate(sqlcipher3.OperationalError("database is locked"))
    assert isinstance(error, Busy)
    assert "busy" in str(error) and "not saved" in str(error)
    assert "Operational" not in str(error)


def _file_bytes(db: storage_db.Database) -> int:
    return db.path.stat().st_size


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[storage_db.Database]:
    """An open vault's database with a table for large rows."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    vault.db.execute("CREATE TABLE scratch (data BLOB)")
    yield vault.db
    vault.close()


def test_a_bulk_transaction_copies_the_wal_into_the_file_after_its_turn_has_ended(
    scratch: storage_db.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A paper goes in one batch per transaction; the commit that made the WAL longer than
    # 1,000 pages used to copy it into the file while still holding the turn, so a record saved
    # from the window waited for the copy too (tens of ms on a busy disk).
    big = os.urandom(5 * 1024 * 1024)  # 1,280 pages: past SQLite's checkpoint threshold
    original = storage_db.Database._checkpoint_after_bulk
    seen: dict[str, object] = {}

    def checkpoint(conn: sqlcipher3.Connection) -> None:
        seen["file_at_commit"] = _file_bytes(scratch)
        other = threading.Thread(target=scratch.execute, args=("INSERT INTO scratch VALUES (1)",))
        other.start()
        other.join(timeout=30)
        seen["other_wrote_meanwhile"] = not other.is_alive()
        original(conn)

    monkeypatch.setattr(storage_db.Database, "_checkpoint_after_bulk", staticmethod(checkpoint))
    before = _file_bytes(scratch)
    with scratch.transaction(bulk=True):
        scratch.execute("INSERT INTO scratch VALUES (?)", (big,))
    assert seen["file_at_commit"] == before  # the commit copied nothing into the file
    assert seen["other_wrote_meanwhile"] is True  # the next writer did not wait for the copy
    assert _file_bytes(scratch) > before + len(big)  # and the copy was made after
    # The connection checkpoints on its own again for ordinary writes.
    assert scratch.query_one("PRAGMA wal_autocheckpoint") == (storage_db.AUTOCHECKPOINT_PAGES,)
    assert scratch.query_one("SELECT count(*) FROM scratch") == (2,)


def test_an_ordinary_transaction_past_the_threshold_copies_the_wal_in_its_commit(
    scratch: storage_db.Database,
) -> None:
    # The measure the test above relies on: the file grows when the WAL is copied into it.
    before = _file_bytes(scratch)
    with scratch.transaction():
        scratch.execute("INSERT INTO scratch VALUES (?)", (os.urandom(5 * 1024 * 1024),))
    assert _file_bytes(scratch) > before + 5 * 1024 * 1024


def test_a_failed_bulk_transaction_writes_nothing_and_leaves_the_connection_as_it_was(
    scratch: storage_db.Database,
) -> None:
    with pytest.raises(RuntimeError), scratch.transaction(bulk=True):
        scratch.execute("INSERT INTO scratch VALUES (?)", (b"x" * 100_000,))
        raise RuntimeError("the disk filled up")
    assert scratch.query_one("SELECT count(*) FROM scratch") == (0,)
    assert scratch.query_one("PRAGMA wal_autocheckpoint") == (storage_db.AUTOCHECKPOINT_PAGES,)


def test_a_statement_running_when_the_vault_locks_ends_and_its_connection_is_closed_after(
    tmp_path: Path,
) -> None:
    # Closing a connection while another thread ran a statement on it crashed the process
    # (a lock pressed during an import). The running statement now ends on its connection,
    # the next one is refused, and the connection is closed when given back.
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF, "F")
    db = vault.db
    long_count = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000000) "
        "SELECT count(*) FROM n"
    )
    results: list[object] = []
    started = threading.Event()

    def reader() -> None:
        started.set()
        try:
            results.append(db.query_one(long_count))
            db.query_one("SELECT 1")
        except Closed as exc:
            results.append(exc)

    worker = threading.Thread(target=reader)
    worker.start()
    assert started.wait(timeout=30)
    time.sleep(0.2)  # the count is running
    vault.close()
    in_use = db.open_connections
    worker.join(timeout=120)
    assert not worker.is_alive()
    assert in_use == 1  # the reader's, left open under it
    assert results[0] == (20000000,)
    assert isinstance(results[1], Closed)  # the next statement: "the vault is locked"
    assert db.open_connections == 0
