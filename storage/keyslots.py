"""The ``keyslots`` file: LUKS-style slots that each wrap the vault's master key.

Layout (all integers big-endian), normative in docs/vault-format.md:

    magic "QRKEYS" (6) | version u16 | vault id (16) | Argon2id salt (16)
    | Argon2id opslimit u32 | Argon2id memlimit u64 | slot count u16 | slot size u16
    | slots (count x size) | SHA-256 of everything before (32)

A slot is ``XChaCha20-Poly1305(slot key, kind u8 || 31 zero bytes || master key)`` with the
header (the first 56 bytes) and the slot's index as associated data. Unused slots are random
bytes of the same size, which no one can tell from a real slot without its secret, so the file
says nothing about how many secrets open the vault or of which kinds. The trailing SHA-256 is not
a secret check: it only tells accidental damage apart from a wrong passphrase.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path

from crypto import aead, recovery
from crypto.errors import CryptoError, DecryptionFailed, os_reason
from crypto.kdf import (
    DEFAULT_MEMLIMIT,
    MIN_OPSLIMIT,
    SALT_BYTES,
    Argon2Params,
    derive_passphrase_key,
)
from storage.atomic import atomic_write_bytes
from storage.errors import DamagedFile, NotAVault, StorageError, UnsupportedVersion

FILE_NAME = "keyslots"
MAGIC = b"QRKEYS"
FORMAT_VERSION = 1
VAULT_ID_BYTES = 16
SLOT_COUNT = 8
SLOT_PLAINTEXT_BYTES = 64
SLOT_BYTES = aead.sealed_size(SLOT_PLAINTEXT_BYTES)
MASTER_KEY_BYTES = 32
_HEADER = struct.Struct(">6sH16s16sIQHH")
HEADER_BYTES = _HEADER.size
CHECKSUM_BYTES = 32
FILE_BYTES = HEADER_BYTES + SLOT_COUNT * SLOT_BYTES + CHECKSUM_BYTES


class SlotKind(IntEnum):
    """What kind of secret a slot answers to (stored inside the encryption)."""

    PASSPHRASE = 1
    RECOVERY = 2
    #: A duress passphrase: the slot wraps the key of the decoy database, not the vault's.
    DURESS = 3


@dataclass(frozen=True)
class Unwrapped:
    """A slot that opened: where it is, what kind it is, and the master key it held."""

    index: int
    kind: SlotKind
    master_key: bytes


@dataclass(frozen=True)
class KeySlots:
    """The parsed contents of a key-slot file."""

    vault_id: bytes
    salt: bytes
    params: Argon2Params
    slots: tuple[bytes, ...]

    @classmethod
    def new(cls, params: Argon2Params) -> KeySlots:
        """A fresh file: new vault id and salt, every slot random."""
        return cls(
            vault_id=secrets.token_bytes(VAULT_ID_BYTES),
            salt=secrets.token_bytes(SALT_BYTES),
            params=params,
            slots=tuple(secrets.token_bytes(SLOT_BYTES) for _ in range(SLOT_COUNT)),
        )

    def header(self) -> bytes:
        return _HEADER.pack(
            MAGIC,
            FORMAT_VERSION,
            self.vault_id,
            self.salt,
            self.params.opslimit,
            self.params.memlimit,
            SLOT_COUNT,
            SLOT_BYTES,
        )

    def to_bytes(self) -> bytes:
        body = self.header() + b"".join(self.slots)
        return body + hashlib.sha256(body).digest()

    @classmethod
    def parse(cls, untrusted_data: bytes) -> KeySlots:
        """Parse and check a key-slot file; raise :class:`DamagedFile` on any inconsistency."""
        if len(untrusted_data) < HEADER_BYTES or not untrusted_data.startswith(MAGIC):
            raise DamagedFile(FILE_NAME, "it is not a Quietroom key-slot file")
        (_, version, vault_id, salt, ops, mem, count, size) = _HEADER.unpack_from(untrusted_data)
        if version > FORMAT_VERSION:
            if _is_version_1_with_a_changed_version_field(untrusted_data):
                raise DamagedFile(FILE_NAME, "its checksum does not match (bytes were changed)")
            raise UnsupportedVersion(
                "this vault uses key-slot format {version}; this Quietroom reads up to "
                "{supported}: install a newer version",
                version=version,
                supported=FORMAT_VERSION,
            )
        if version != FORMAT_VERSION or count != SLOT_COUNT or size != SLOT_BYTES:
            raise DamagedFile(FILE_NAME, "its header is inconsistent")
        if len(untrusted_data) != FILE_BYTES:
            raise DamagedFile(
                FILE_NAME,
                "it is {size} bytes, not {expected}",
                size=len(untrusted_data),
                expected=FILE_BYTES,
            )
        body, checksum = untrusted_data[:-CHECKSUM_BYTES], untrusted_data[-CHECKSUM_BYTES:]
        if not secrets.compare_digest(hashlib.sha256(body).digest(), checksum):
            raise DamagedFile(FILE_NAME, "its checksum does not match (bytes were changed)")
        params = Argon2Params(opslimit=ops, memlimit=mem)
        try:
            params.check()
        except CryptoError:
            raise DamagedFile(FILE_NAME, "its key-derivation parameters are out of range") from None
        slots = tuple(
            untrusted_data[HEADER_BYTES + i * SLOT_BYTES : HEADER_BYTES + (i + 1) * SLOT_BYTES]
            for i in range(SLOT_COUNT)
        )
        return cls(vault_id=vault_id, salt=salt, params=params, slots=slots)

    def _aad(self, index: int) -> bytes:
        return self.header() + struct.pack(">H", index)

    def with_slot(self, index: int, slot_key: bytes, kind: SlotKind, master_key: bytes) -> KeySlots:
        """A copy with slot ``index`` replaced by a wrap of ``master_key`` under ``slot_key``."""
        if len(master_key) != MASTER_KEY_BYTES:
            raise StorageError("a master key must be 32 bytes")
        plaintext = bytes([kind]) + bytes(31) + master_key
        blob = aead.seal(slot_key, plaintext, self._aad(index))
        slots = list(self.slots)
        slots[index] = blob
        return replace(self, slots=tuple(slots))

    def with_random_slot(self, index: int) -> KeySlots:
        """A copy with slot ``index`` overwritten by random bytes (the secret no longer works)."""
        slots = list(self.slots)
        slots[index] = secrets.token_bytes(SLOT_BYTES)
        return replace(self, slots=tuple(slots))

    def try_unwrap(self, slot_key: bytes) -> Unwrapped | None:
        """Try ``slot_key`` on every slot; the first that opens, or ``None``."""
        for index, blob in enumerate(self.slots):
            try:
                plaintext = aead.open_sealed(slot_key, blob, self._aad(index))
            except DecryptionFailed:
                continue
            kind_byte, key = plaintext[0], plaintext[32:]
            if kind_byte not in SlotKind._value2member_map_ or plaintext[1:32] != bytes(31):
                raise DamagedFile(
                    FILE_NAME, "slot {number} holds an unknown kind of key", number=index
                )
            return Unwrapped(index=index, kind=SlotKind(kind_byte), master_key=key)
        return None

    def passphrase_slot_key(self, passphrase: str) -> bytes:
        """Argon2id of a passphrase with this file's salt and parameters (the slow step)."""
        return derive_passphrase_key(passphrase, self.salt, self.params)

    def recovery_slot_key(self, recovery_secret: bytes) -> bytes:
        """The slot key of a recovery secret (fast: the secret is random and long)."""
        return recovery.derive_slot_key(recovery_secret, self.salt + self.vault_id)


def _is_version_1_with_a_changed_version_field(untrusted_data: bytes) -> bool:
    """True when the file is an intact version-1 file except for its version field.

    A flipped bit there must read as damage, not as "install a newer Quietroom": putting 1
    back makes the version-1 checksum match, which a genuine newer file would not do by chance.
    """
    if len(untrusted_data) != FILE_BYTES:
        return False
    restored = untrusted_data[:6] + struct.pack(">H", FORMAT_VERSION) + untrusted_data[8:]
    body, checksum = restored[:-CHECKSUM_BYTES], restored[-CHECKSUM_BYTES:]
    return secrets.compare_digest(hashlib.sha256(body).digest(), checksum)


def free_slot_indices(used: set[int], count: int) -> list[int]:
    """``count`` randomly chosen slot indices not in ``used``."""
    free = [i for i in range(SLOT_COUNT) if i not in used]
    if len(free) < count:
        raise StorageError("every key slot is in use")
    chosen: list[int] = []
    while len(chosen) < count:
        pick = free.pop(secrets.randbelow(len(free)))
        chosen.append(pick)
    return chosen


def read(folder: Path) -> KeySlots:
    """Read and parse ``folder/keyslots``."""
    path = folder / FILE_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotAVault(
            "no Quietroom vault in '{folder}' (it has no key-slot file)", folder=folder
        ) from None
    except OSError as exc:
        raise StorageError(
            "could not read the key-slot file: {reason}", reason=os_reason(exc)
        ) from None
    return KeySlots.parse(data)


def write(folder: Path, slots: KeySlots) -> None:
    """Atomically replace ``folder/keyslots``."""
    atomic_write_bytes(folder / FILE_NAME, slots.to_bytes())


def digest(slots: KeySlots) -> bytes:
    """A digest of the whole file, kept in the database to notice slot changes."""
    return hashlib.sha256(slots.to_bytes()).digest()


def destroy(folder: Path) -> None:
    """Make every slot of ``folder/keyslots`` useless at once (emergency erase).

    The file is atomically replaced by a fresh one of the same size and shape (new vault id,
    salt and random slots), then the old file's bytes, still reachable through an open handle,
    are overwritten in place and synced, so the old slots do not linger in a freed block the
    file system has not reused yet. A damaged or foreign file is replaced all the same.
    """
    path = folder / FILE_NAME
    try:
        params = KeySlots.parse(path.read_bytes()).params
    except (StorageError, OSError):
        params = Argon2Params(opslimit=MIN_OPSLIMIT, memlimit=DEFAULT_MEMLIMIT)
    replace_scrubbing(folder, KeySlots.new(params))


def replace_scrubbing(folder: Path, slots: KeySlots) -> None:
    """Atomically replace ``folder/keyslots`` by ``slots``, then overwrite the old file's bytes.

    The old file stays reachable through an open handle until it is overwritten in place and
    synced, so slots it held do not linger in a freed block. On a disk too full for the temp
    file, the file is overwritten in place instead (no new space needed).
    """
    path = folder / FILE_NAME
    old_fd: int | None = None
    try:
        old_fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        old_fd = None  # nothing to scrub in place (missing, or not a regular file)
    try:
        try:
            write(folder, slots)
        except StorageError:
            if old_fd is None:
                raise
            # No room for a temp file (a full disk): overwriting in place needs none.
            _overwrite(old_fd, slots.to_bytes())
            return
        if old_fd is not None:
            _overwrite(old_fd, KeySlots.new(slots.params).to_bytes())
    finally:
        if old_fd is not None:
            os.close(old_fd)


def _overwrite(fd: int, data: bytes) -> None:
    """Overwrite the file behind ``fd`` from its start with ``data`` and sync it."""
    size = os.fstat(fd).st_size
    payload = data if size <= len(data) else data + secrets.token_bytes(size - len(data))
    view = memoryview(payload)
    offset = 0
    while offset < len(view):
        offset += os.pwrite(fd, view[offset:], offset)
    os.fsync(fd)
