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

from storage.errors import DamagedFile, DiskFull, StorageError

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
    if type(exc) is sqlcipher3.DatabaseError:
        # The bare class (not Operational/Integrity/Programming) is what SQLite raises for
        # pages that fail to decode: treat it as damage rather than guess.
        return DamagedFile(FILE_NAME, "the database structure is damaged")
    if isinstance(exc, sqlcipher3.IntegrityError):
        return StorageError("the change conflicts with a record already in the vault")
    return StorageError(f"the vault database refused the operation ({type(exc).__name__})")


class Database:
    """One SQLCipher connection, shared between threads under a lock."""

    def __init__(self, path: Path, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise StorageError("a database key must be 32 bytes")
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self._conn = sqlcipher3.connect(
                str(path), isolation_level=None, check_same_thread=False
            )
        except sqlcipher3.Error as exc:
            raise _translate(exc) from None
        try:
            # SQLCipher logs codec errors to stderr by default; errors reach the user through
            # exceptions instead, worded by this module.
            self._conn.execute("PRAGMA cipher_log_level = NONE")
            self._conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            for pragma in _CIPHER_PRAGMAS:
                self._conn.execute(pragma)
            # The first read decrypts and authenticates page 1: a damaged header shows here.
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _SESSION_PRAGMAS:
                self._conn.execute(pragma)
        except sqlcipher3.Error as exc:
            self._conn.close()
            raise _translate(exc) from None

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
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            with self.errors():
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                with suppress(sqlcipher3.Error):
                    self._conn.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self._conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                with suppress(sqlcipher3.Error):
                    self._conn.execute("ROLLBACK")
                raise _translate(exc) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the last inserted row id."""
        with self._lock, self.errors():
            cursor = self._conn.execute(sql, params)
            return int(cursor.lastrowid or 0)

    def executescript(self, script: str) -> None:
        with self._lock, self.errors():
            self._conn.executescript(script)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock, self.errors():
            return list(self._conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._lock, self.errors():
            row = self._conn.execute(sql, params).fetchone()
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
        with self._lock:
            with suppress(sqlcipher3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
