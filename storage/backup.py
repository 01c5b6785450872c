"""Encrypted backups: one file holding a whole vault, normative in docs/backup-format.md.

    "QRBACKUP" | version u16 | chunk size u32 | key-slot file length u16 | key-slot file
    | secretstream header (24) | frames: u32 length || secretstream ciphertext

The key-slot file is copied as it is, so a backup opens with the passphrase or the recovery key
that opened the vault when it was made. The stream key is a subkey of the master key
(``qr-backup-v1``): no extra secret to keep. The first message is a JSON manifest (with the whole
header as associated data); then the database snapshot in chunks; then an empty final message.
The snapshot is ``VACUUM INTO`` of the live database: consistent, compact, and still SQLCipher-
encrypted, so neither the temp copy in the vault folder nor any restored file is plaintext.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.exceptions

from crypto.errors import Message, os_reason
from crypto.kdf import derive_subkey
from storage import audit, keyslots
from storage.atomic import fsync_dir
from storage.db import FILE_NAME as DB_FILE
from storage.db import Database
from storage.errors import DamagedFile, DiskFull, StorageError, UnsupportedVersion, VaultExists
from storage.keyslots import KeySlots
from storage.records import now
from storage.vault import (
    AUDIT_KEY_LABEL,
    DB_KEY_LABEL,
    DB_SUFFIXES,
    Secret,
    Vault,
    open_slots,
    scrub_and_remove,
)

MAGIC = b"QRBACKUP"
FORMAT_VERSION = 1
CHUNK_BYTES = 1024 * 1024
BACKUP_KEY_LABEL = b"qr-backup-v1"
_HEADER = struct.Struct(">8sHIH")
HEADER_BYTES = _HEADER.size + keyslots.FILE_BYTES
STREAM_HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_FRAME_LENGTH = struct.Struct(">I")
MAX_MANIFEST_BYTES = 4096
MAX_CHUNK_BYTES = 16 * 1024 * 1024
#: Tables whose rows a verify or restore counts (those present in the backup's schema).
COUNTED_TABLES = (
    "dialogues",
    "sessions",
    "people",
    "notes",
    "papers",
    "working_groups",
    "contacts",
    "packets",
    "proposals",
    "revisions",
    "audit_log",
)
#: A paper whose import was under way when the backup was taken is hidden: not counted.
_COUNTS = {"papers": "SELECT count(*) FROM papers WHERE complete = 1"}


def _count(db: Database, table: str) -> int:
    row = db.query_one(_COUNTS.get(table, f"SELECT count(*) FROM {table}"))
    return int(row[0]) if row else 0


Progress = Callable[[int, int], None]


class BackupDamaged(StorageError):
    """A backup file is not a Quietroom backup, or was altered, cut short or damaged."""

    def __init__(self, file_name: str, detail: str | Message, /, **params: object) -> None:
        """``detail`` says what is wrong (a template, with ``params`` for its fields)."""
        super().__init__(
            Message(
                "the backup '{file_name}' is damaged: {detail}; it cannot be restored",
                file_name=file_name,
                detail=detail if isinstance(detail, Message) else Message(detail, **params),
            )
        )
        self.file_name = file_name


@dataclass(frozen=True)
class Manifest:
    """What the first message of a backup says about the snapshot that follows."""

    vault_id: bytes
    created_at: str
    schema_version: int
    db_bytes: int

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": "quietroom-backup",
                "vault_id": self.vault_id.hex(),
                "created_at": self.created_at,
                "schema_version": self.schema_version,
                "db_bytes": self.db_bytes,
            },
            sort_keys=True,
        ).encode()

    @classmethod
    def parse(cls, untrusted: bytes, name: str) -> Manifest:
        try:
            data = json.loads(untrusted)
            if not isinstance(data, dict) or data.get("format") != "quietroom-backup":
                raise ValueError
            manifest = cls(
                vault_id=bytes.fromhex(data["vault_id"]),
                created_at=str(data["created_at"]),
                schema_version=int(data["schema_version"]),
                db_bytes=int(data["db_bytes"]),
            )
        except (ValueError, KeyError, TypeError):
            raise BackupDamaged(name, "its manifest is malformed") from None
        if manifest.db_bytes <= 0 or manifest.schema_version < 1:
            raise BackupDamaged(name, "its manifest is malformed")
        return manifest


@dataclass(frozen=True)
class BackupSummary:
    """What a verified (or restored) backup holds: when it was made, the schema version,
    the database size, rows per table, and the audit log's state."""

    created_at: str
    schema_version: int
    db_bytes: int
    counts: dict[str, int]
    audit_entries: int
    audit_ok: bool


# -- writing ---------------------------------------------------------------------------------


def create(
    vault: Vault, destination: Path, overwrite: bool = False, progress: Progress | None = None
) -> Manifest:
    """Write a backup of the open ``vault`` to ``destination`` (atomically: all or nothing)."""
    destination = destination.absolute()
    if destination.is_dir():
        raise StorageError("'{path}' is a folder; give the backup's file name", path=destination)
    if destination.exists() and not overwrite:
        raise VaultExists("'{name}' already exists; choose another name", name=destination.name)
    if not destination.parent.is_dir():
        raise StorageError("the folder '{folder}' does not exist", folder=destination.parent)
    slot_file = keyslots.read(vault.folder).to_bytes()
    backup_key = derive_subkey(vault.master_key, BACKUP_KEY_LABEL)
    snapshot = vault.folder / f".{DB_FILE}.{secrets.token_hex(6)}.snapshot"
    try:
        try:
            vault.db.execute("VACUUM INTO ?", (str(snapshot),))
        except DiskFull:
            raise DiskFull(
                "not enough space in the vault's folder for the snapshot a backup needs "
                "(about the size of the vault); no backup was written"
            ) from None
        os.chmod(snapshot, 0o600)
        manifest = Manifest(
            vault_id=vault.vault_id,
            created_at=now(),
            schema_version=vault.db.user_version(),
            db_bytes=snapshot.stat().st_size,
        )
        header = _HEADER.pack(MAGIC, FORMAT_VERSION, CHUNK_BYTES, len(slot_file)) + slot_file
        with _atomic_file(destination) as out, snapshot.open("rb") as source:
            state = sodium.crypto_secretstream_xchacha20poly1305_state()
            stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(
                state, backup_key
            )
            out.write(header + stream_header)
            _frame(out, state, manifest.to_bytes(), header + stream_header, _TAG_MESSAGE)
            done = 0
            while chunk := source.read(CHUNK_BYTES):
                _frame(out, state, chunk, b"", _TAG_MESSAGE)
                done += len(chunk)
                if progress is not None:
                    progress(done, manifest.db_bytes)
            _frame(out, state, b"", b"", _TAG_FINAL)
    finally:
        scrub_and_remove(snapshot)
    return manifest


def _frame(
    out: BinaryIO,
    state: sodium.crypto_secretstream_xchacha20poly1305_state,
    message: bytes,
    ad: bytes,
    tag: int,
) -> None:
    sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, message, ad or None, tag)
    out.write(_FRAME_LENGTH.pack(len(sealed)) + sealed)


@contextmanager
def _atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A new file written beside ``path`` and renamed over it only once complete and synced."""
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull(
                "not enough space to write '{name}'; no backup was written", name=path.name
            ) from None
        raise StorageError(
            "could not write '{name}': {reason}", name=path.name, reason=os_reason(exc)
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with suppress(OSError):
        fsync_dir(path.parent)


# -- reading ---------------------------------------------------------------------------------


class _Reader:
    """Reads a backup file: header first, then the authenticated stream."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.claimed_version = FORMAT_VERSION
        try:
            self._file: BinaryIO = path.open("rb")
        except FileNotFoundError:
            raise StorageError("there is no backup file '{path}'", path=path) from None
        except OSError as exc:
            raise StorageError(
                "could not read '{name}': {reason}", name=path.name, reason=os_reason(exc)
            ) from None

    def close(self) -> None:
        self._file.close()

    def _newer(self) -> UnsupportedVersion:
        return UnsupportedVersion(
            "this backup uses backup format {version}; this Quietroom reads up "
            "to {supported}: install a newer version",
            version=self.claimed_version,
            supported=FORMAT_VERSION,
        )

    def _read(self, size: int, what: Message) -> bytes:
        data = self._file.read(size)
        if len(data) != size:
            raise BackupDamaged(self.name, "it is truncated ({part} is cut short)", part=what)
        return data

    def header(self) -> tuple[bytes, KeySlots]:
        untrusted = self._file.read(_HEADER.size)
        if len(untrusted) < _HEADER.size or not untrusted.startswith(MAGIC):
            raise BackupDamaged(self.name, "it is not a Quietroom backup")
        _, version, chunk_bytes, slot_bytes = _HEADER.unpack(untrusted)
        self.claimed_version = version
        if version > FORMAT_VERSION:
            if slot_bytes != keyslots.FILE_BYTES:
                raise self._newer()
            # Perhaps a version-1 file with a damaged version field: read it as version 1;
            # the manifest's authentication (over the header as written) tells which.
            untrusted = _HEADER.pack(MAGIC, FORMAT_VERSION, chunk_bytes, slot_bytes)
        elif version != FORMAT_VERSION or slot_bytes != keyslots.FILE_BYTES:
            raise BackupDamaged(self.name, "its header is inconsistent")
        if not 0 < chunk_bytes <= MAX_CHUNK_BYTES:
            raise BackupDamaged(self.name, "its chunk size is out of range")
        self.max_frame = chunk_bytes + ABYTES
        slot_file = self._read(slot_bytes, Message("the key-slot copy"))
        try:
            slots = KeySlots.parse(slot_file)
        except DamagedFile:
            if self.claimed_version > FORMAT_VERSION:
                raise self._newer() from None
            raise BackupDamaged(self.name, "its copy of the key-slot file is damaged") from None
        return untrusted + slot_file, slots

    def stream(
        self, header: bytes, backup_key: bytes, vault_id: bytes
    ) -> Iterator[bytes | Manifest]:
        """Yield the manifest, then every chunk of the snapshot; raise on any damage."""
        stream_header = self._read(STREAM_HEADER_BYTES, Message("the stream header"))
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, backup_key)
        try:
            manifest_bytes, tag = self._pull(
                state, header + stream_header, MAX_MANIFEST_BYTES + ABYTES
            )
        except BackupDamaged:
            if self.claimed_version > FORMAT_VERSION:
                raise self._newer() from None
            raise
        if self.claimed_version > FORMAT_VERSION:
            raise BackupDamaged(self.name, "its version field was changed")
        if tag != _TAG_MESSAGE:
            raise BackupDamaged(self.name, "its manifest is malformed")
        manifest = Manifest.parse(manifest_bytes, self.name)
        if manifest.vault_id != vault_id:
            raise BackupDamaged(self.name, "its manifest names another vault")
        yield manifest
        total = 0
        while True:
            chunk, tag = self._pull(state, b"", self.max_frame)
            if tag == _TAG_FINAL:
                break
            if tag != _TAG_MESSAGE:
                raise BackupDamaged(self.name, "a chunk carries an unknown tag")
            total += len(chunk)
            if total > manifest.db_bytes:
                raise BackupDamaged(self.name, "it holds more data than its manifest says")
            yield chunk
        if chunk or total != manifest.db_bytes:
            raise BackupDamaged(self.name, "it holds less data than its manifest says")
        if self._file.read(1):
            raise BackupDamaged(self.name, "bytes were appended after its end")

    def _pull(
        self, state: sodium.crypto_secretstream_xchacha20poly1305_state, ad: bytes, limit: int
    ) -> tuple[bytes, int]:
        raw = self._file.read(_FRAME_LENGTH.size)
        if not raw:
            raise BackupDamaged(self.name, "it is truncated (its end is missing)")
        if len(raw) != _FRAME_LENGTH.size:
            raise BackupDamaged(self.name, "it is truncated (a chunk is cut short)")
        (length,) = _FRAME_LENGTH.unpack(raw)
        if not ABYTES <= length <= limit:
            raise BackupDamaged(self.name, "a chunk has an impossible length")
        sealed = self._read(length, Message("a chunk"))
        try:
            message, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
                state, sealed, ad or None
            )
        except nacl.exceptions.CryptoError:
            raise BackupDamaged(
                self.name, "a chunk failed authentication (bytes were changed)"
            ) from None
        return bytes(message), int(tag)


def _decrypt_into(
    backup_file: Path, secret: Secret, target_folder: Path
) -> tuple[Manifest, KeySlots, bytes]:
    """Authenticate every chunk of ``backup_file`` and write its key-slot file and database
    into ``target_folder``; return the manifest, the slots and the master key."""
    reader = _Reader(backup_file)
    try:
        header, slots = reader.header()
        opened = open_slots(slots, secret)
        backup_key = derive_subkey(opened.master_key, BACKUP_KEY_LABEL)
        stream = reader.stream(header, backup_key, slots.vault_id)
        manifest = next(stream)
        assert isinstance(manifest, Manifest)
        fd = os.open(target_folder / DB_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            for chunk in stream:
                assert isinstance(chunk, bytes)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        keyslots.write(target_folder, slots)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull("not enough space to restore the backup; nothing was kept") from None
        raise StorageError(
            "could not write the restored vault: {reason}", reason=os_reason(exc)
        ) from None
    finally:
        reader.close()
    return manifest, slots, opened.master_key


def _summarise(
    folder: Path, manifest: Manifest, slots: KeySlots, master_key: bytes, name: str
) -> BackupSummary:
    """Open the decrypted snapshot, run the integrity check, count rows, verify the audit log."""
    try:
        db = Database(folder / DB_FILE, derive_subkey(master_key, DB_KEY_LABEL))
    except DamagedFile:
        raise BackupDamaged(name, "its database does not open") from None
    try:
        try:
            problems = db.integrity_check()
            if problems:
                raise BackupDamaged(name, "its database fails the integrity check")
            row = db.query_one("SELECT value FROM meta WHERE key = 'vault_id'")
            if row is None or bytes(row[0]) != slots.vault_id:
                raise BackupDamaged(name, "its database belongs to another vault")
            present = {
                str(r[0]) for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            counts = {table: _count(db, table) for table in COUNTED_TABLES if table in present}
            report = audit.verify(db, derive_subkey(master_key, AUDIT_KEY_LABEL))
        except DamagedFile:
            raise BackupDamaged(name, "its database fails the integrity check") from None
    finally:
        db.close()
    return BackupSummary(
        created_at=manifest.created_at,
        schema_version=manifest.schema_version,
        db_bytes=manifest.db_bytes,
        counts=counts,
        audit_entries=report.entries,
        audit_ok=report.ok,
    )


def verify(backup_file: Path, secret: Secret) -> BackupSummary:
    """Prove that ``backup_file`` would restore, without restoring it.

    Every chunk is authenticated; the snapshot is written (still SQLCipher-encrypted) into a
    private temp folder, opened, integrity-checked and counted, and the folder is removed.
    """
    backup_file = backup_file.absolute()
    work = Path(tempfile.mkdtemp(prefix="quietroom-verify-"))
    try:
        manifest, slots, master_key = _decrypt_into(backup_file, secret, work)
        return _summarise(work, manifest, slots, master_key, backup_file.name)
    finally:
        for path in list(work.iterdir()):
            scrub_and_remove(path)
        shutil.rmtree(work, ignore_errors=True)


def restore(backup_file: Path, folder: Path, secret: Secret) -> BackupSummary:
    """Restore ``backup_file`` into ``folder`` (absent or empty), all or nothing."""
    backup_file = backup_file.absolute()
    folder = folder.absolute()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExists("'{folder}' is not empty; restore into a new folder", folder=folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.parent / f".{folder.name}.restoring-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    try:
        manifest, slots, master_key = _decrypt_into(backup_file, secret, staging)
        summary = _summarise(staging, manifest, slots, master_key, backup_file.name)
        for suffix in DB_SUFFIXES[1:]:
            (staging / (DB_FILE + suffix)).unlink(missing_ok=True)
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
        fsync_dir(folder.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return summary
