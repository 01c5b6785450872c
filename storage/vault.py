"""A vault folder: ``keyslots`` + ``vault.db``, opened into a live :class:`Vault`.

The master key is random; each secret (passphrase, recovery key) wraps it in one key slot.
Subkeys for the database and the audit log are derived from it with distinct labels. Which slot
holds which kind of secret is written only inside the encrypted database (``meta.slot_map``).
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import shutil
import weakref
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from crypto import recovery
from crypto.errors import Message, os_reason
from crypto.identity import Identity
from crypto.kdf import Argon2Params, derive_subkey
from storage import audit, keyslots, schema
from storage.atomic import fsync_dir
from storage.db import CIPHER_VERSION, PAGE_BYTES, Database, rewrite_with_current_settings
from storage.db import FILE_NAME as DB_FILE
from storage.errors import (
    DamagedFile,
    DiskFull,
    NotAVault,
    StorageError,
    VaultExists,
    WrongSecret,
)
from storage.keyslots import KeySlots, SlotKind, Unwrapped
from storage.records import now
from storage.unlock_guard import FILE_NAME as GUARD_FILE

DB_KEY_LABEL = b"qr-db-v1"
AUDIT_KEY_LABEL = b"qr-audit-v1"
MASTER_KEY_BYTES = 32
DECOY_FILE = "decoy.db"
_NO_PARAMS = Argon2Params(opslimit=1, memlimit=8 * 1024 * 1024)
#: SQLite's companions of a database file (WAL, shared memory, rollback journal).
DB_SUFFIXES = ("", "-wal", "-shm", "-journal")
_SCRUB_CHUNK = 1024 * 1024

#: Vaults open in this process, so that an emergency erase can close them (drop their keys).
_open_vaults: weakref.WeakSet[Vault] = weakref.WeakSet()


@dataclass(frozen=True)
class Passphrase:
    """A passphrase typed by the user (slow KDF)."""

    text: str


@dataclass(frozen=True)
class RecoverySecret:
    """The secret of a printed recovery key (already parsed from its text form)."""

    secret: bytes


Secret = Passphrase | RecoverySecret


def _slot_key(slots: KeySlots, secret: Secret) -> bytes:
    if isinstance(secret, Passphrase):
        return slots.passphrase_slot_key(secret.text)
    return slots.recovery_slot_key(secret.secret)


def _unwrap_with_key(slots: KeySlots, secret: Secret) -> tuple[Unwrapped, bytes]:
    """The slot ``secret`` opens (a duress slot answers to a passphrase) and its slot key."""
    slot_key = _slot_key(slots, secret)
    found = slots.try_unwrap(slot_key)
    if isinstance(secret, Passphrase):
        expected = {SlotKind.PASSPHRASE, SlotKind.DURESS}
    else:
        expected = {SlotKind.RECOVERY}
    if found is None or found.kind not in expected:
        raise _wrong(secret)
    return found, slot_key


def _wrong(secret: Secret) -> WrongSecret:
    what = Message("passphrase") if isinstance(secret, Passphrase) else Message("recovery key")
    return WrongSecret("this {secret} does not open the vault", secret=what)


def _unwrap(slots: KeySlots, secret: Secret) -> Unwrapped:
    return _unwrap_with_key(slots, secret)[0]


def open_slots(slots: KeySlots, secret: Secret) -> Unwrapped:
    """The slot ``secret`` opens in ``slots`` (a passphrase or the recovery key), or
    :class:`WrongSecret`. For reading copies of a vault (backups)."""
    found = _unwrap(slots, secret)
    if found.kind == SlotKind.DURESS:
        raise _wrong(secret)  # the decoy's key opens no copy of the real vault
    return found


def is_vault(folder: Path) -> bool:
    return (folder / keyslots.FILE_NAME).is_file()


class Vault:
    """An unlocked vault. Holds the keys until :meth:`close`."""

    def __init__(self, folder: Path, db: Database, slots: KeySlots, opened: Unwrapped) -> None:
        self.folder = folder
        self.db = db
        self.vault_id = slots.vault_id
        self.opened_slot = opened.index
        self.opened_with = opened.kind
        self._audit_key: bytes | None = derive_subkey(opened.master_key, AUDIT_KEY_LABEL)
        self._master_key: bytes | None = opened.master_key
        _open_vaults.add(self)

    # -- life cycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, params: Argon2Params, display_name: str
    ) -> tuple[Vault, bytes]:
        """Create a vault in ``folder`` (absent or empty); return it and the recovery secret.

        The vault is built in a sibling temp folder and renamed into place, so a crash leaves
        either no vault or a whole one.
        """
        folder = folder.absolute()
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists(
                "'{folder}' is not empty; choose a new folder for the vault", folder=folder
            )
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = folder.parent / f".{folder.name}.creating-{secrets.token_hex(4)}"
        staging.mkdir(mode=0o700)
        try:
            master = secrets.token_bytes(MASTER_KEY_BYTES)
            recovery_secret = recovery.generate()
            slots = KeySlots.new(params)
            pass_index, rec_index = keyslots.free_slot_indices(set(), 2)
            slots = slots.with_slot(
                pass_index, slots.passphrase_slot_key(passphrase), SlotKind.PASSPHRASE, master
            )
            slots = slots.with_slot(
                rec_index, slots.recovery_slot_key(recovery_secret), SlotKind.RECOVERY, master
            )
            created_at = now()
            decoy_key = _create_decoy(staging, slots.vault_id, display_name, created_at)
            _create_database(
                staging / DB_FILE,
                master,
                slots,
                {pass_index: "passphrase", rec_index: "recovery"},
                display_name,
                created_at,
                decoy_key,
            )
            keyslots.write(staging, slots)
            if folder.exists():
                folder.rmdir()
            os.replace(staging, folder)
            fsync_dir(folder.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls.open(folder, RecoverySecret(recovery_secret)), recovery_secret

    @classmethod
    def open(
        cls, folder: Path, secret: Secret, on_convert: Callable[[], None] | None = None
    ) -> Vault:
        """Unlock: find the slot the secret opens, then open and migrate the database.

        ``on_convert`` is called once, before the database is rewritten or updated: converted
        from older cipher settings (a copy of the whole file: a minute or so per gigabyte),
        brought to the current schema (schema 10 rebuilds the search index: ~22 s for 100,000
        notes), or rewritten without its free pages (see COMPACT_SHARE), so the caller can say
        why this unlock takes longer.
        """
        folder = folder.absolute()
        slots = keyslots.read(folder)
        opened, slot_key = _unwrap_with_key(slots, secret)
        if opened.kind == SlotKind.DURESS:
            return cls._open_decoy(folder, slots, opened, slot_key, on_convert)
        vault = cls._open_database(folder, slots, opened, on_convert)
        try:
            vault._ensure_decoy()
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open_database(
        cls,
        folder: Path,
        slots: KeySlots,
        opened: Unwrapped,
        on_convert: Callable[[], None] | None = None,
    ) -> Vault:
        if not (folder / DB_FILE).is_file():
            raise DamagedFile(DB_FILE, "it is missing from the vault folder")
        key = derive_subkey(opened.master_key, DB_KEY_LABEL)
        db, converted = _open_current(folder / DB_FILE, key, on_convert)
        try:
            behind = db.user_version() < schema.CURRENT_VERSION
            if on_convert is not None and behind and not converted:
                on_convert()  # a schema update may rebuild the search index: say so
            schema.migrate(db)
            if _mostly_free(db):
                if on_convert is not None and not (behind or converted):
                    on_convert()
                db = _compacted(db, folder / DB_FILE, key)
            stored_id = _get_meta(db, "vault_id")
            if stored_id != slots.vault_id:
                raise DamagedFile(keyslots.FILE_NAME, "it belongs to another vault")
            vault = cls(folder, db, slots, opened)
            vault._note_slot_changes(slots)
            if converted:
                vault._convert_decoy()
        except BaseException:
            db.close()
            raise
        return vault

    @classmethod
    def _open_decoy(
        cls,
        folder: Path,
        slots: KeySlots,
        opened: Unwrapped,
        slot_key: bytes,
        on_convert: Callable[[], None] | None = None,
    ) -> Vault:
        """The duress passphrase was given: destroy the real vault, open the decoy in its place.

        Every step can be repeated after a crash at any point: the duress slot stays a duress
        slot until the decoy is in place as ``vault.db``, and which file is the decoy is found
        by trying its key, not assumed.
        1. Every other slot becomes random bytes (old file bytes overwritten in place).
        2. Unless ``vault.db`` already opens with the decoy key, it is overwritten and removed,
           and ``decoy.db`` renamed into its place (or, if missing or damaged, a fresh empty
           decoy is made there).
        3. The duress slot becomes an ordinary passphrase slot of the decoy, which is then
           opened like any vault (and given a new ``decoy.db`` of its own).
        """
        decoy_key = opened.master_key
        remaining = slots
        for index in range(keyslots.SLOT_COUNT):
            if index != opened.index:
                remaining = remaining.with_random_slot(index)
        keyslots.replace_scrubbing(folder, remaining)
        for vault in list(_open_vaults):
            if vault.folder == folder:
                vault.close()
        if not _opens_with(folder / DB_FILE, decoy_key):
            for suffix in DB_SUFFIXES:
                scrub_and_remove(folder / (DB_FILE + suffix))
            if _opens_with(folder / DECOY_FILE, decoy_key):
                for suffix in ("-shm", "-journal"):
                    scrub_and_remove(folder / (DECOY_FILE + suffix))
                if (folder / (DECOY_FILE + "-wal")).exists():
                    os.replace(folder / (DECOY_FILE + "-wal"), folder / (DB_FILE + "-wal"))
                os.replace(folder / DECOY_FILE, folder / DB_FILE)
            else:
                for suffix in DB_SUFFIXES:
                    scrub_and_remove(folder / (DECOY_FILE + suffix))
                _create_database(
                    folder / DB_FILE, decoy_key, slots, {}, _FALLBACK_NAME, now(), None
                )
            fsync_dir(folder)
        as_passphrase = Unwrapped(opened.index, SlotKind.PASSPHRASE, decoy_key)
        remaining = remaining.with_slot(opened.index, slot_key, SlotKind.PASSPHRASE, decoy_key)
        keyslots.replace_scrubbing(folder, remaining)
        vault = cls._open_database(folder, remaining, as_passphrase, on_convert)
        try:
            _set_meta(vault.db, "slot_map", _slot_map_bytes({opened.index: "passphrase"}))
            vault._ensure_decoy()
        except BaseException:
            vault.close()
            raise
        return vault

    def _ensure_decoy(self) -> None:
        """Give this vault its decoy database if it lacks one (vaults made before decoys,
        restored backups, a decoy just promoted to be the vault). Its key is kept in ``meta``
        and never replaced once stored, so a duress slot always wraps the right key."""
        key = _get_meta(self.db, "decoy_key")
        if key is not None and (self.folder / DECOY_FILE).is_file():
            return
        name, _ = self.identity()
        created = _get_meta(self.db, "created_at")
        created_at = created.decode() if created is not None else now()
        if key is None:
            new_key = _create_decoy(self.folder, self.vault_id, name, created_at)
            _set_meta(self.db, "decoy_key", new_key)
        else:
            _create_decoy(self.folder, self.vault_id, name, created_at, key)

    def _convert_decoy(self) -> None:
        """Bring the decoy to the current cipher settings along with the vault (best effort:
        a decoy left with older settings still opens, and is converted when it is used)."""
        key = _get_meta(self.db, "decoy_key")
        path = self.folder / DECOY_FILE
        if key is None or not path.is_file():
            return
        with suppress(StorageError):
            _open_current(path, derive_subkey(key, DB_KEY_LABEL))[0].close()

    def set_duress_passphrase(self, passphrase: str) -> None:
        """Add (or replace) the duress slot: ``passphrase`` will erase this vault and open the
        decoy. It must not open any other slot."""
        if self._master_key is None:
            raise StorageError("the vault is locked")
        self._ensure_decoy()
        decoy_key = _get_meta(self.db, "decoy_key")
        if decoy_key is None:
            raise StorageError("the vault has no decoy database")
        slots = keyslots.read(self.folder)
        slot_key = slots.passphrase_slot_key(passphrase)
        mapping = self.slot_map()
        current = [i for i, kind in mapping.items() if kind == "duress"]
        clash = slots.try_unwrap(slot_key)
        if clash is not None and clash.index not in current:
            raise StorageError("the duress passphrase must differ from the vault's passphrase")
        index = current[0] if current else keyslots.free_slot_indices(set(mapping), 1)[0]
        slots = slots.with_slot(index, slot_key, SlotKind.DURESS, decoy_key)
        with self.db.transaction():
            mapping[index] = "duress"
            _set_meta(self.db, "slot_map", _slot_map_bytes(mapping))
        keyslots.write(self.folder, slots)
        self._note_slot_changes(slots)

    def close(self) -> None:
        """Close the database and forget the keys (as far as Python lets us)."""
        if self._master_key is not None:
            self.db.close()
        self._master_key = None
        self._audit_key = None

    @property
    def is_open(self) -> bool:
        return self._master_key is not None

    # -- keys and identity -----------------------------------------------------------------

    @property
    def audit_key(self) -> bytes:
        if self._audit_key is None:
            raise StorageError("the vault is locked")
        return self._audit_key

    @property
    def master_key(self) -> bytes:
        """The master key (for subkeys of other formats, e.g. backups); never stored."""
        if self._master_key is None:
            raise StorageError("the vault is locked")
        return self._master_key

    def identity(self) -> tuple[str, Identity]:
        name, identity, _ = self.identity_record()
        return name, identity

    def identity_record(self) -> tuple[str, Identity, str]:
        """Display name, key pairs, and when the identity was made (ISO 8601)."""
        row = self.db.query_one(
            "SELECT display_name, x25519_secret, ed25519_seed, created_at FROM identity "
            "WHERE id = 1"
        )
        if row is None:
            raise DamagedFile(DB_FILE, "the vault has no identity")
        return str(row[0]), Identity(bytes(row[1]), bytes(row[2])), str(row[3])

    def slot_map(self) -> dict[int, str]:
        raw = _get_meta(self.db, "slot_map")
        if raw is None:
            return {}
        return {int(k): str(v) for k, v in json.loads(raw).items()}

    def check_secret(self, secret: Secret) -> None:
        """:class:`WrongSecret` unless ``secret`` opens this vault's own key: its passphrase
        or its recovery key (the duress passphrase opens the decoy, so it does not count)."""
        if self._master_key is None:
            raise StorageError("the vault is locked")
        found = open_slots(keyslots.read(self.folder), secret)
        if not hmac.compare_digest(found.master_key, self._master_key):
            raise _wrong(secret)

    def set_passphrase(self, new_passphrase: str) -> None:
        """Replace the passphrase slot (whichever secret unlocked this session)."""
        if self._master_key is None:
            raise StorageError("the vault is locked")
        slots = keyslots.read(self.folder)
        indices = [i for i, kind in self.slot_map().items() if kind == "passphrase"]
        if not indices:
            raise StorageError("this vault has no passphrase slot to change")
        index = self.opened_slot if self.opened_with == SlotKind.PASSPHRASE else indices[0]
        new_key = slots.passphrase_slot_key(new_passphrase)
        _refuse_clash(slots, new_key, index)
        slots = slots.with_slot(index, new_key, SlotKind.PASSPHRASE, self._master_key)
        keyslots.write(self.folder, slots)
        self._note_slot_changes(slots)

    def setting(self, name: str) -> str | None:
        """A user setting kept inside the encrypted database (e.g. the exchange folder)."""
        raw = _get_meta(self.db, f"setting:{name}")
        return raw.decode("utf-8") if raw is not None else None

    def set_setting(self, name: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE key = ?", (f"setting:{name}",))
        else:
            _set_meta(self.db, f"setting:{name}", value.encode("utf-8"))

    def _note_slot_changes(self, slots: KeySlots) -> None:
        digest = keyslots.digest(slots)
        if _get_meta(self.db, "keyslots_digest") != digest:
            with self.db.transaction():
                _set_meta(self.db, "keyslots_digest", digest)
                audit.append(self.db, self.audit_key, "keyslots.changed")


def change_passphrase(folder: Path, old: Passphrase, new_passphrase: str) -> None:
    """Rewrite the passphrase slot that ``old`` opens; the database file is not touched.

    The vault notices the change (a digest of the key-slot file is kept inside the database)
    and records it in the audit log the next time it is opened.
    """
    folder = folder.absolute()
    slots = keyslots.read(folder)
    opened = _unwrap(slots, old)
    if opened.kind == SlotKind.DURESS:
        # Under duress this behaves as for an ordinary passphrase: the decoy takes the
        # vault's place, and its passphrase is changed.
        vault = Vault.open(folder, old)
        try:
            vault.set_passphrase(new_passphrase)
        finally:
            vault.close()
        return
    new_key = slots.passphrase_slot_key(new_passphrase)
    _refuse_clash(slots, new_key, opened.index)
    slots = slots.with_slot(opened.index, new_key, SlotKind.PASSPHRASE, opened.master_key)
    keyslots.write(folder, slots)


def _refuse_clash(slots: KeySlots, slot_key: bytes, own_index: int) -> None:
    """Refuse a passphrase that already opens another slot (the first slot found would win)."""
    clash = slots.try_unwrap(slot_key)
    if clash is not None and clash.index != own_index:
        raise StorageError("the new passphrase must differ from the vault's other passphrases")


_FALLBACK_NAME = "Quietroom"


def _create_database(
    path: Path,
    master: bytes,
    slots: KeySlots,
    slot_map: dict[int, str],
    display_name: str,
    created_at: str,
    decoy_key: bytes | None,
) -> None:
    """A new vault database at ``path``: schema, meta, a new identity, the first audit entry."""
    db = Database(path, derive_subkey(master, DB_KEY_LABEL))
    os.chmod(path, 0o600)
    try:
        schema.migrate(db)
        identity = Identity.generate()
        audit_key = derive_subkey(master, AUDIT_KEY_LABEL)
        with db.transaction():
            _set_meta(db, "vault_id", slots.vault_id)
            _set_meta(db, "created_at", created_at.encode())
            _set_meta(db, "slot_map", _slot_map_bytes(slot_map))
            _set_meta(db, "keyslots_digest", keyslots.digest(slots))
            if decoy_key is not None:
                _set_meta(db, "decoy_key", decoy_key)
            db.execute(
                "INSERT INTO identity (id, display_name, x25519_secret, ed25519_seed, "
                "created_at) VALUES (1, ?, ?, ?, ?)",
                (display_name, identity.x25519_secret, identity.ed25519_seed, created_at),
            )
            audit.append(db, audit_key, "vault.created", detail=f"schema {schema.CURRENT_VERSION}")
    finally:
        db.close()


def _create_decoy(
    folder: Path, vault_id: bytes, display_name: str, created_at: str, key: bytes | None = None
) -> bytes:
    """Write ``folder/decoy.db`` atomically: an empty vault database (same vault id and name,
    its own identity) under ``key`` (a new random one by default); return the key."""
    key = key if key is not None else secrets.token_bytes(MASTER_KEY_BYTES)
    staging = folder / f".{DECOY_FILE}.{secrets.token_hex(6)}.creating"
    shell = KeySlots(vault_id=vault_id, salt=bytes(16), params=_NO_PARAMS, slots=())
    try:
        _create_database(staging, key, shell, {}, display_name, created_at, None)
        for suffix in DB_SUFFIXES[1:]:
            Path(f"{staging}{suffix}").unlink(missing_ok=True)
        os.replace(staging, folder / DECOY_FILE)
    except BaseException:
        for suffix in DB_SUFFIXES:
            Path(f"{staging}{suffix}").unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return key


def _opens_with(path: Path, master: bytes) -> bool:
    """True when the database at ``path`` exists and opens with ``master``'s database key."""
    if not path.is_file():
        return False
    try:
        Database(path, derive_subkey(master, DB_KEY_LABEL)).close()
    except StorageError:
        return False
    return True


@dataclass(frozen=True)
class EraseReport:
    """What an emergency erase did. ``left_behind`` names files it could not remove (the key
    slots were destroyed all the same, so they can no longer be decrypted)."""

    left_behind: tuple[str, ...]


def erase(folder: Path) -> EraseReport:
    """Emergency erase: make the vault in ``folder`` unreadable at once, then remove it.

    1. Every key slot is destroyed (:func:`storage.keyslots.destroy`): from then on neither
       the passphrase nor the recovery key can recover the master key. This step is the one
       that counts, and it takes a few milliseconds.
    2. Vaults of this folder open in this process are closed, so they hold no key.
    3. The databases (``vault.db``, ``decoy.db`` and SQLite's companions) and any temp file
       Quietroom left are overwritten with zeros and removed (best effort: a file that cannot
       be removed is reported, and is unreadable without the destroyed slots anyway).
    4. The key-slot file is removed last, then the folder if it is empty: the app starts as
       on a machine where it was never used. If the erase is interrupted, what is left is a
       key-slot file whose slots open nothing.
    """
    folder = folder.absolute()
    if not is_vault(folder):
        raise NotAVault("no Quietroom vault in '{folder}'; nothing was erased", folder=folder)
    keyslots.destroy(folder)
    for vault in list(_open_vaults):
        if vault.folder == folder:
            vault.close()
    left: list[str] = []
    for path in _erasable_files(folder):
        if not scrub_and_remove(path):
            left.append(path.name)
    if not scrub_and_remove(folder / keyslots.FILE_NAME):
        left.append(keyslots.FILE_NAME)
    with suppress(OSError):
        folder.rmdir()
    with suppress(OSError):
        fsync_dir(folder if folder.exists() else folder.parent)
    return EraseReport(tuple(left))


def _erasable_files(folder: Path) -> list[Path]:
    """Every file of a vault folder Quietroom made, except the key-slot file."""
    names = {DB_FILE + s for s in DB_SUFFIXES} | {DECOY_FILE + s for s in DB_SUFFIXES}
    names.add(GUARD_FILE)  # the failed-unlock counter (storage/unlock_guard.py)
    temp_prefixes = tuple(f".{n}." for n in (keyslots.FILE_NAME, DB_FILE, DECOY_FILE, GUARD_FILE))
    found: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.name in names or path.name.startswith(temp_prefixes):
            found.append(path)
    return found


def scrub_and_remove(path: Path) -> bool:
    """Overwrite a regular file with zeros, sync it, and remove it; False if it remains.

    On an SSD or a copy-on-write file system the old blocks may survive an overwrite; the
    overwrite is defence in depth, the destroyed keys are the protection.
    """
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return True
    except OSError:
        fd = -1
    if fd >= 0:
        try:
            _overwrite_with_zeros(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _open_current(
    path: Path, key: bytes, on_convert: Callable[[], None] | None = None
) -> tuple[Database, bool]:
    """Open the vault database at ``path``; if it is written with older cipher settings,
    convert it to the current ones first (docs/vault-format.md, "Cipher settings"). The flag
    says whether it was converted now.

    The conversion writes a complete copy beside it (``.vault.db.XXXX.converting``, every page
    encrypted as written), checks and syncs it, renames it over ``path`` and overwrites the old
    file's bytes. Each step is safe to interrupt: until the rename the old file is untouched and
    still opens (a leftover copy is removed at the next attempt); after it the new file is
    whole. A conversion that cannot finish (a full disk, a damaged page) leaves the old file in
    use, exactly as before, and is tried again at the next unlock.
    """
    db = Database(path, key)
    version = db.cipher_version
    if version == CIPHER_VERSION or version is None:
        return db, False
    db.close()  # checkpoints the WAL into the file and removes it
    if on_convert is not None:
        on_convert()
    with suppress(StorageError):  # the old file is intact and opens; the next unlock retries
        _convert(path, key, version)
    db = Database(path, key)
    return db, db.cipher_version == CIPHER_VERSION


#: At unlock, the database is rewritten without its free pages when at least this share of it,
#: and at least COMPACT_MIN_BYTES, is free: after a large paper was deleted, or schema 10
#: rebuilt the search index (which frees about 60% of a large vault's pages). The free pages
#: are zeros (``secure_delete``): this gives the disk space back, it hides nothing more.
COMPACT_SHARE = 0.25
COMPACT_MIN_BYTES = 64 * 1024 * 1024


def _mostly_free(db: Database) -> bool:
    free = int((db.query_one("PRAGMA freelist_count") or (0,))[0])
    total = int((db.query_one("PRAGMA page_count") or (0,))[0])
    return free * PAGE_BYTES >= COMPACT_MIN_BYTES and free >= total * COMPACT_SHARE


def _compacted(db: Database, path: Path, key: bytes) -> Database:
    """``db`` closed, rewritten without free pages (the conversion's safe steps, same cipher
    settings) and opened again; if the rewrite cannot be done (a full disk), as it was."""
    db.close()
    with suppress(StorageError):
        _convert(path, key, CIPHER_VERSION)
    return Database(path, key)


def _convert(path: Path, key: bytes, version: int) -> None:
    """Replace the database at ``path`` (closed, cipher settings ``version``) by a copy with the
    current ones. See :func:`_open_current`."""
    folder = path.parent
    for leftover in folder.glob(f".{path.name}.*.converting*"):
        scrub_and_remove(leftover)
    if shutil.disk_usage(folder).free < path.stat().st_size * 11 // 10 + _SCRUB_CHUNK:
        # Not worth starting (and failing at the end) at every unlock: the copy needs room.
        raise DiskFull("not enough space to convert the vault's database; it stays as it is")
    staging = folder / f".{path.name}.{secrets.token_hex(6)}.converting"
    try:
        rewrite_with_current_settings(path, key, version, staging)
        os.chmod(staging, 0o600)
        for suffix in ("-wal", "-shm"):
            companion = Path(f"{path}{suffix}")
            if suffix == "-wal" and companion.exists() and companion.stat().st_size > 0:
                # Frames of the old file would be replayed onto the new one: keep the old.
                raise StorageError("the database's write-ahead log could not be emptied")
            companion.unlink(missing_ok=True)
        old_fd: int | None = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        try:
            try:
                os.replace(staging, path)
            except PermissionError:
                # Windows cannot replace a file that is open: give up the overwrite, not the
                # conversion (the old file was encrypted all the same).
                assert old_fd is not None
                os.close(old_fd)
                old_fd = None
                os.replace(staging, path)
            fsync_dir(folder)
            if old_fd is not None:
                _overwrite_with_zeros(old_fd)
        finally:
            if old_fd is not None:
                os.close(old_fd)
    except OSError as exc:
        raise StorageError(
            "could not convert '{name}': {reason}", name=path.name, reason=os_reason(exc)
        ) from None
    finally:
        for suffix in DB_SUFFIXES:
            scrub_and_remove(Path(f"{staging}{suffix}"))


def _overwrite_with_zeros(fd: int) -> None:
    """Overwrite the whole file behind ``fd`` with zeros and sync it."""
    size = os.fstat(fd).st_size
    zeros = bytes(min(size, _SCRUB_CHUNK))
    offset = 0
    while offset < size:
        offset += os.pwrite(fd, zeros[: min(len(zeros), size - offset)], offset)
    os.fsync(fd)


def _slot_map_bytes(mapping: dict[int, str]) -> bytes:
    return json.dumps({str(k): v for k, v in sorted(mapping.items())}).encode()


def _set_meta(db: Database, key: str, value: bytes) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _get_meta(db: Database, key: str) -> bytes | None:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (key,))
    return bytes(row[0]) if row else None


def require_vault(folder: Path) -> None:
    if not is_vault(folder):
        raise NotAVault("no Quietroom vault in '{folder}'", folder=folder)
