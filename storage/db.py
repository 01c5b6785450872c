"""The SQLCipher connection: opening with a raw key, pinned cipher settings, error translation.

Only ``storage/`` talks SQL. Every SQLite error leaves this module as a :mod:`storage.errors`
exception whose message names the file and never the data.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from storage.errors import Closed, DamagedFile, DiskFull, StorageError

FILE_NAME = "vault.db"
KEY_BYTES = 32

# SQLCipher 4 settings written down rather than taken from the library's defaults, so that a
# later SQLCipher with other defaults still opens the vault. docs/vault-format.md lists them.
_CIPHER_PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_use_hmac = ON",
)
_SESSION_PRAGMAS = (
    "PRAGMA busy_timeout = 10000",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA cache_size = -16384",
)
_DAMAGE_MARKERS = (
    "file is not a database",
    "malformed",
    "hmac",
    "corrupt",
    "vtable constructor failed",
)
_FULL_MARKERS = ("database or disk is full", "disk i/o error")

Row = tuple[Any, ...]


def _translate(exc: sqlcipher3.Error) -> StorageError:
    text = str(exc).lower()
    if any(marker in text for marker in _DAMAGE_MARKERS):
        return DamagedFile(FILE_NAME, "a page failed its integrity check (bytes were changed)")
    if any(marker in text for marker in _FULL_MARKERS):
        return DiskFull("the disk is full or failing; the last change was not saved")
    if isinstance(exc, sqlcipher3.ProgrammingError) and "closed" in text:
        return Closed("the vault was locked while this was running; nothing more was saved")
    if type(exc) is sqlcipher3.DatabaseError:
        # The bare class (not Operational/Integrity/Programming) is what SQLite raises for
        # pages that fail to decode: treat it as damage rather than guess.
        return DamagedFile(FILE_NAME, "the database structure is damaged")
    if isinstance(exc, sqlcipher3.IntegrityError):
        return StorageError("the change conflicts with a record already in the vault")
    return StorageError(f"the vault database refused the operation ({type(exc).__name__})")


class Database:
    """A SQLCipher database with one connection per thread.

    WAL mode lets a reader in one thread (the UI) proceed while a writer in another (a worker
    importing a large paper) holds a long transaction; writers queue on SQLite's own lock.
    """

    def __init__(self, path: Path, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise StorageError("a database key must be 32 bytes")
        self.path = path
        self._key: bytes | None = key
        self._local = threading.local()
        self._registry = threading.Lock()
        self._connections: list[sqlcipher3.Connection] = []
        self._conn()  # open now: a wrong key or a damaged header shows at once

    def _open(self, key: bytes) -> sqlcipher3.Connection:
        try:
            conn = sqlcipher3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        except sqlcipher3.Error as exc:
            raise _translate(exc) from None
        try:
            # SQLCipher logs codec errors to stderr by default; errors reach the user through
            # exceptions instead, worded by this module.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            for pragma in _CIPHER_PRAGMAS:
                conn.execute(pragma)
            # The first read decrypts and authenticates page 1: a damaged header shows here.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _SESSION_PRAGMAS:
                conn.execute(pragma)
        except sqlcipher3.Error as exc:
            conn.close()
            raise _translate(exc) from None
        return conn

    def _conn(self) -> sqlcipher3.Connection:
        conn: sqlcipher3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        with self._registry:
            if self._key is None:
                raise Closed("the vault is locked")
            conn = self._open(self._key)
            self._connections.append(conn)
        self._local.conn = conn
        self._local.depth = 0
        return conn

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Translate SQLite errors raised inside the block."""
        try:
            yield
        except sqlcipher3.Error as exc:
            raise _translate(exc) from None

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction (``BEGIN IMMEDIATE``); nested blocks join the outer one."""
        conn = self._conn()
        if self._local.depth:
            self._local.depth += 1
            try:
                yield self
            finally:
                self._local.depth -= 1
            return
        with self.errors():
            conn.execute("BEGIN IMMEDIATE")
        self._local.depth = 1
        try:
            yield self
        except BaseException:
            self._local.depth = 0
            with suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        self._local.depth = 0
        try:
            conn.execute("COMMIT")
        except sqlcipher3.Error as exc:
            with suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise _translate(exc) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the last inserted row id."""
        with self.errors():
            cursor = self._conn().execute(sql, params)
            return int(cursor.lastrowid or 0)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self.errors():
            return list(self._conn().execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self.errors():
            row = self._conn().execute(sql, params).fetchone()
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
        """Checkpoint the WAL into the file, close every thread's connection, drop the key."""
        with self._registry:
            self._key = None
            connections, self._connections = self._connections, []
        for index, conn in enumerate(connections):
            with suppress(sqlcipher3.Error):
                if index == 0:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
        self._local = threading.local()
