"""The database serves threads working at the same time with their own connections, so a long
write in a worker never blocks a reader in the UI thread; connections are reused rather than
opened per thread; locking the vault stops every thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from storage import records as rec
from storage.errors import Closed
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
