"""The SQLCipher connection: opening with a raw key, pinned cipher settings, error translation.

Only ``storage/`` talks SQL. Every SQLite error leaves this module as a :mod:`storage.errors`
exception whose message names the file and never the data.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from crypto.errors import Message
from storage.errors import Busy, Closed, DamagedFile, DiskFull, StorageError

FILE_NAME = "vault.db"
KEY_BYTES = 32

# SQLCipher 4 settings written down rather than taken from the library's defaults, so that a
# later SQLCipher with other defaults still opens the vault. docs/vault-format.md lists them.
# Version 2 authenticates pages with HMAC-SHA256 (hardware-accelerated by the SHA extensions of
# current x86 and ARM CPUs; HMAC-SHA512 is not, and its cost per page made SQLCipher 1.4-2x
# slower than plain SQLite). Version 1 files open with their own settings and are rewritten by
# storage/vault.py at unlock. Newest first: an opener tries them in this order.
CIPHER_VERSION = 2
CIPHER_SETTINGS: dict[int, tuple[str, ...]] = {
    2: (
        "PRAGMA cipher_compatibility = 4",
        "PRAGMA cipher_page_size = 4096",  # PAGE_BYTES
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA256",
        "PRAGMA cipher_use_hmac = ON",
    ),
    1: (
        "PRAGMA cipher_compatibility = 4",
        "PRAGMA cipher_page_size = 4096",  # PAGE_BYTES
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
        "PRAGMA cipher_use_hmac = ON",
    ),
}
_CIPHER_PRAGMAS = CIPHER_SETTINGS[CIPHER_VERSION]
#: The size of a database page under every version of the cipher settings.
PAGE_BYTES = 4096
_SESSION_PRAGMAS = (
    "PRAGMA busy_timeout = 10000",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA cache_size = -16384",
    "PRAGMA wal_autocheckpoint = 1000",  # AUTOCHECKPOINT_PAGES (SQLite's default)
)
#: The WAL's length (in pages) past which a commit copies it into the file (a checkpoint).
AUTOCHECKPOINT_PAGES = 1000
_DAMAGE_MARKERS = (
    "file is not a database",
    "malformed",
    "hmac",
    "corrupt",
    "vtable constructor failed",
)
_FULL_MARKERS = ("database or disk is full", "disk i/o error")
#: How long a writer waits for its turn (the same as SQLite's ``busy_timeout`` above).
WRITER_WAIT_S = 10.0
_LOCKED_MEANWHILE = Message("the vault was locked while this was running; nothing more was saved")
_BUSY_MESSAGE = Message("another change kept the vault busy for too long; this one was not saved")

Row = tuple[Any, ...]


def _translate(exc: sqlcipher3.Error) -> StorageError:
    text = str(exc).lower()
    if any(marker in text for marker in _DAMAGE_MARKERS):
        return DamagedFile(FILE_NAME, "a page failed its integrity check (bytes were changed)")
    if any(marker in text for marker in _FULL_MARKERS):
        return DiskFull("the disk is full or failing; the last change was not saved")
    if "database is locked" in text:
        return Busy(_BUSY_MESSAGE)
    if isinstance(exc, sqlcipher3.ProgrammingError) and "closed" in text:
        return Closed(_LOCKED_MEANWHILE)
    if type(exc) is sqlcipher3.DatabaseError:
        # The bare class (not Operational/Integrity/Programming) is what SQLite raises for
        # pages that fail to decode: treat it as damage rather than guess.
        return DamagedFile(FILE_NAME, "the database structure is damaged")
    if isinstance(exc, sqlcipher3.IntegrityError):
        return StorageError("the change conflicts with a record already in the vault")
    return StorageError(
        "the vault database refused the operation ({error_type})", error_type=type(exc).__name__
    )


def _connect(path: Path, key: bytes, version: int) -> sqlcipher3.Connection:
    """A connection to ``path`` keyed with ``key`` under cipher settings ``version``, its first
    page authenticated, with the session settings applied."""
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise _translate(exc) from None
    try:
        # SQLCipher logs codec errors to stderr by default; errors reach the user through
        # exceptions instead, worded by this module.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in CIPHER_SETTINGS[version]:
            conn.execute(pragma)
        # The first read decrypts and authenticates page 1: a damaged header shows here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _SESSION_PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.Error as exc:
        conn.close()
        raise _translate(exc) from None
    return conn


def rewrite_with_current_settings(source: Path, key: bytes, version: int, target: Path) -> None:
    """Copy the database at ``source`` (cipher settings ``version``) into the new file
    ``target``, written with the current settings under the same key, synced and checked.

    ``sqlcipher_export`` encrypts every page as it writes it, so nothing readable reaches the
    disk; the copy holds every committed transaction of ``source`` (its WAL included) and its
    schema version. ``source`` is only read. A damaged page of ``source`` raises
    :class:`DamagedFile`; ``target`` is then incomplete and the caller removes it.
    """
    if target.exists():
        raise StorageError("'{name}' already exists", name=target.name)
    conn = _connect(source, key, version)
    try:
        settings = [p.replace("PRAGMA ", "PRAGMA upgraded.") for p in _CIPHER_PRAGMAS]
        conn.execute("ATTACH DATABASE ? AS upgraded KEY ?", (str(target), f"x'{key.hex()}'"))
        for pragma in settings:
            conn.execute(pragma)
        conn.execute("PRAGMA upgraded.secure_delete = ON")
        schema_version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute("SELECT sqlcipher_export('upgraded')")
        conn.execute(f"PRAGMA upgraded.user_version = {schema_version}")
        conn.execute("DETACH DATABASE upgraded")
    except sqlcipher3.Error as exc:
        raise _translate(exc) from None
    finally:
        conn.close()
    check = _connect(target, key, CIPHER_VERSION)
    try:
        problems = [str(r[0]) for r in check.execute("PRAGMA quick_check").fetchall()]
        copied = int(check.execute("PRAGMA user_version").fetchone()[0])
    except sqlcipher3.Error as exc:
        raise _translate(exc) from None
    finally:
        check.close()
    if problems != ["ok"] or copied != schema_version:
        raise DamagedFile(FILE_NAME, "its copy with the current settings did not check out")
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _WriterQueue:
    """The writers of one process, served one at a time in the order they asked.

    SQLite lets one writer in at a time and makes the others retry on a timer, so a writer
    that commits and begins again at once (a paper imported in batches) takes the lock back
    before a waiting one wakes up: the waiting one could wait for the whole import. Here
    a writer that asked first writes first, and a long writer sees that someone waits
    (:attr:`waiting`) and ends its batch.
    """

    def __init__(self) -> None:
        self._turn = threading.Condition(threading.Lock())
        self._queue: deque[object] = deque()
        self._held = False
        self._shut = False

    @property
    def waiting(self) -> int:
        return len(self._queue)

    def enter(self, timeout: float) -> None:
        me = object()
        with self._turn:
            self._queue.append(me)
            served = self._turn.wait_for(
                lambda: self._shut or (self._queue[0] is me and not self._held), timeout
            )
            if self._shut or not served:
                self._queue.remove(me)
                self._turn.notify_all()
                if self._shut:
                    raise Closed("the vault is locked")
                raise Busy(_BUSY_MESSAGE)
            self._queue.popleft()
            self._held = True

    def shut(self) -> None:
        """The database was closed: those waiting, and those who ask later, get Closed."""
        with self._turn:
            self._shut = True
            self._turn.notify_all()

    def leave(self) -> None:
        with self._turn:
            self._held = False
            self._turn.notify_all()


class Database:
    """A SQLCipher database served by a small pool of connections.

    Each statement or query borrows an idle connection and gives it back; a transaction keeps
    its connection for its thread until it ends. Threads working at the same time therefore use
    different connections (WAL lets a reader in the UI proceed while a worker importing a large
    paper holds a long write transaction; writers queue on SQLite's own lock), and the number of
    connections is the number of threads that used the database *at once*, not the number of
    threads ever seen: Qt's pool threads lose their thread-local state after every job, so a
    connection per thread would open a new one for every job and keep it until the vault is
    locked. Idle connections are reused last in, first out, so a query usually meets a warm
    page cache (its decrypted pages) rather than a new connection's empty one.
    """

    #: Idle connections kept open for reuse; more than this at once are closed when returned.
    MAX_IDLE = 4

    def __init__(self, path: Path, key: bytes, cipher_version: int | None = None) -> None:
        if len(key) != KEY_BYTES:
            raise StorageError("a database key must be 32 bytes")
        if cipher_version is not None and cipher_version not in CIPHER_SETTINGS:
            raise StorageError("unknown cipher settings version {version}", version=cipher_version)
        self.path = path
        #: Which :data:`CIPHER_SETTINGS` the file is written with (found at the first open).
        self.cipher_version = cipher_version
        self._key: bytes | None = key
        self._local = threading.local()  # the connection of this thread's open transaction
        self._registry = threading.Lock()
        self._connections: list[sqlcipher3.Connection] = []  # every open one
        self._idle: list[sqlcipher3.Connection] = []  # open and not in use
        self._writers = _WriterQueue()
        # Open one now: a wrong key or a damaged header shows at once.
        with self._borrowed():
            pass

    def _open(self, key: bytes) -> sqlcipher3.Connection:
        if self.cipher_version is not None:
            return _connect(self.path, key, self.cipher_version)
        # The settings are not written in the file (nothing is, in clear): try the current
        # ones, then each older version. A page authenticated under one set of settings fails
        # under every other (another HMAC, another reserved size), so a damaged file fails them
        # all and is reported as damaged, never as old.
        damage: DamagedFile | None = None
        for version in CIPHER_SETTINGS:
            try:
                conn = _connect(self.path, key, version)
            except DamagedFile as exc:
                damage = damage or exc
                continue
            self.cipher_version = version
            return conn
        assert damage is not None
        raise damage

    @contextmanager
    def _borrowed(self) -> Iterator[sqlcipher3.Connection]:
        """This thread's transaction's connection, else an idle one (or a new one) for the
        duration of the block."""
        pinned: sqlcipher3.Connection | None = getattr(self._local, "conn", None)
        if pinned is not None:
            yield pinned
            return
        with self._registry:
            if self._key is None:
                raise Closed("the vault is locked")
            conn = self._idle.pop() if self._idle else None
            key = self._key
        if conn is None:
            conn = self._open(key)
            with self._registry:
                locked = self._locked()  # perhaps while this one was opening
                if not locked:
                    self._connections.append(conn)
            if locked:
                conn.close()
                raise Closed("the vault is locked")
        try:
            yield conn
        finally:
            self._give_back(conn)

    @property
    def open_connections(self) -> int:
        """How many connections are open (in use or idle)."""
        with self._registry:
            return len(self._connections)

    def _locked(self) -> bool:
        return self._key is None

    def _give_back(self, conn: sqlcipher3.Connection) -> None:
        with suppress(sqlcipher3.Error):
            if conn.in_transaction:  # only a transaction() block may leave one open
                conn.execute("ROLLBACK")
        with self._registry:
            if conn not in self._connections:  # not ours (closed already)
                return
            if self._key is not None and len(self._idle) < self.MAX_IDLE:
                self._idle.append(conn)
                return
            self._connections.remove(conn)
        with suppress(sqlcipher3.Error):
            conn.close()

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Translate SQLite errors raised inside the block."""
        try:
            yield
        except sqlcipher3.Error as exc:
            raise _translate(exc) from None

    @property
    def in_transaction(self) -> bool:
        """Whether this thread is inside a :meth:`transaction` block."""
        return getattr(self._local, "conn", None) is not None

    @property
    def writers_waiting(self) -> int:
        """How many threads of this process wait to write; a long writer ends its batch."""
        return self._writers.waiting

    @contextmanager
    def _turn_to_write(self) -> Iterator[None]:
        self._writers.enter(WRITER_WAIT_S)
        try:
            yield
        finally:
            self._writers.leave()

    @contextmanager
    def transaction(self, *, bulk: bool = False) -> Iterator[Database]:
        """A write transaction (``BEGIN IMMEDIATE``); nested blocks join the outer one.

        The writers of this process take turns in the order they asked (:class:`_WriterQueue`);
        one that waits longer than :data:`WRITER_WAIT_S` gets :class:`Busy` and writes nothing.

        ``bulk``: one of many large transactions (a paper's batch). SQLite copies the WAL into
        the file (a checkpoint) inside the commit that makes it longer than
        :data:`AUTOCHECKPOINT_PAGES`; a batch's commit would do so every few MiB and keep the
        next writer (a record saved from the window) waiting for the copy as well. A bulk
        transaction's connection does not checkpoint in its commit; it checkpoints (passively)
        once its turn has ended, while the next writer writes.
        """
        if self.in_transaction:
            self._local.depth += 1
            try:
                yield self
            finally:
                self._local.depth -= 1
            return
        with self._borrowed() as conn:
            if bulk:
                with self.errors():
                    conn.execute("PRAGMA wal_autocheckpoint = 0")
            try:
                with self._turn_to_write():
                    yield from self._write_in(conn)
            finally:
                if bulk and not self._locked():
                    self._checkpoint_after_bulk(conn)

    def _write_in(self, conn: sqlcipher3.Connection) -> Iterator[Database]:
        with self.errors():
            conn.execute("BEGIN IMMEDIATE")
        self._local.conn, self._local.depth = conn, 1
        try:
            yield self
        except BaseException:
            with suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        else:
            if self._locked():  # locked meanwhile: what was written is not kept
                with suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise Closed(_LOCKED_MEANWHILE)
            try:
                conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                with suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise _translate(exc) from None
        finally:
            self._local.conn, self._local.depth = None, 0

    @staticmethod
    def _checkpoint_after_bulk(conn: sqlcipher3.Connection) -> None:
        # PASSIVE: copies what no reader still needs and never waits for a writer or a reader;
        # what it leaves is copied by the next checkpoint. A failure loses nothing (the pages
        # stay in the WAL), so it is not reported; the vault's close checkpoints again.
        with suppress(sqlcipher3.Error):
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        with suppress(sqlcipher3.Error):
            conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement (a write: outside a transaction it waits for its turn); return
        the last inserted row id."""
        if self.in_transaction:
            with self._borrowed() as conn, self.errors():
                return int(conn.execute(sql, params).lastrowid or 0)
        with self._turn_to_write(), self._borrowed() as conn, self.errors():
            return int(conn.execute(sql, params).lastrowid or 0)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._borrowed() as conn, self.errors():
            return list(conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._borrowed() as conn, self.errors():
            row = conn.execute(sql, params).fetchone()
            return tuple(row) if row is not None else None

    def user_version(self) -> int:
        row = self.query_one("PRAGMA user_version")
        return int(row[0]) if row else 0

    def integrity_check(self) -> list[str]:
        """Authenticate every page and check the b-trees; an empty list means all is well."""
        problems = [str(r[0]) for r in self.query("PRAGMA cipher_integrity_check")]
        if problems:
            return problems
        quick = [str(r[0]) for r in self.query("PRAGMA quick_check")]
        return [] if quick == ["ok"] else quick

    def close(self) -> None:
        """Drop the key, checkpoint the WAL into the file and close the idle connections.

        A connection another thread is using at this moment (a worker in the middle of a
        statement) is not closed under it: closing a connection while another thread runs a
        statement on it crashed the process (a lock during an import). From now on that
        thread's next statement is refused (:class:`Closed`), and its connection is closed as
        soon as it is given back, at the end of the statement running.
        """
        with self._registry:
            self._key = None
            connections, self._idle = self._idle, []
            # Those in use stay listed until given back (_give_back closes them then).
            self._connections = [c for c in self._connections if c not in connections]
        self._writers.shut()
        for index, conn in enumerate(connections):
            if index == 0:
                # Not waiting: a worker still writing (its job cancelled, its batch not yet
                # ended) would hold the lock on the Qt thread; the next close empties the WAL.
                with suppress(sqlcipher3.Error):
                    conn.execute("PRAGMA busy_timeout = 0")
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with suppress(sqlcipher3.Error):
                conn.close()
        self._local = threading.local()
