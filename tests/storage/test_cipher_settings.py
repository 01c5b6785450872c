"""Claims of storage/db.py and storage/vault.py about the cipher settings of vault databases.

Version 2 (HMAC-SHA256) is what a vault is written with; a version-1 database (HMAC-SHA512,
every vault made before it) opens, is converted at unlock with every record kept and nothing
readable written, survives a crash at any step of the conversion, and damage is still reported
as damage, never mistaken for the old format. The old settings are spelled out here, not taken
from storage/db.py, so these tests pin what earlier releases really wrote.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from crypto.kdf import derive_subkey
from storage import db as db_module
from storage import keyslots, search
from storage import records as rec
from storage import vault as vault_module
from storage.db import CIPHER_SETTINGS, CIPHER_VERSION, Database
from storage.errors import DamagedFile
from storage.vault import DB_KEY_LABEL, DECOY_FILE, Passphrase, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v1"
FIXTURE_PASSPHRASE = "lantern orchard basalt quietly 1987"
VERSION_1 = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_use_hmac = ON",
)
VERSION_2 = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA256",
    "PRAGMA cipher_use_hmac = ON",
)


class SimulatedCrash(BaseException):
    """Stands for the process dying: nothing after it runs, no handler cleans up."""


def _master(folder: Path, passphrase: str = PASSPHRASE) -> bytes:
    slots = keyslots.read(folder)
    opened = slots.try_unwrap(slots.passphrase_slot_key(passphrase))
    assert opened is not None
    return opened.master_key


def _db_key(folder: Path, passphrase: str = PASSPHRASE) -> bytes:
    return derive_subkey(_master(folder, passphrase), DB_KEY_LABEL)


def _raw_open(path: Path, key: bytes, settings: tuple[str, ...]) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in settings:
        conn.execute(pragma)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _opens_with(path: Path, key: bytes, settings: tuple[str, ...]) -> bool:
    try:
        _raw_open(path, key, settings).close()
    except sqlcipher3.DatabaseError:
        return False
    return True


def _rewrite_as_version_1(path: Path, key: bytes) -> None:
    """Rewrite the database at ``path`` as releases before cipher version 2 wrote it."""
    staging = path.with_name(path.name + ".v1")
    conn = _raw_open(path, key, VERSION_2)
    conn.execute("ATTACH DATABASE ? AS old KEY ?", (str(staging), f"x'{key.hex()}'"))
    for pragma in VERSION_1:
        conn.execute(pragma.replace("PRAGMA ", "PRAGMA old."))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("SELECT sqlcipher_export('old')")
    conn.execute(f"PRAGMA old.user_version = {version}")
    conn.execute("DETACH DATABASE old")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(staging, path)
    assert _opens_with(path, key, VERSION_1)
    assert not _opens_with(path, key, VERSION_2)


def _marker() -> str:
    return f"qrmarker{secrets.token_hex(8)}"


def _everything(db: Database) -> dict[str, list[str]]:
    """Every row of every real table (search-index shadow tables included), order-free."""
    names = [
        str(r[0])
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {
        name: sorted(repr(row) for row in db.query(f'SELECT * FROM "{name}"')) for name in names
    }


def _old_vault(folder: Path, markers: list[str]) -> dict[str, list[str]]:
    """A vault holding ``markers`` in people, notes and the search index, rewritten with the
    version-1 settings (its decoy too); returns every row it holds."""
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    try:
        db = vault.db
        with db.transaction():
            dialogue = rec.insert(db, rec.DIALOGUES, {"title": f"Dialogue {markers[0]}"})
            rec.insert(db, rec.PEOPLE, {"name": f"Person {markers[1]}", "track": "2"})
            for n in range(60):
                rec.insert(
                    db,
                    rec.NOTES,
                    {
                        "dialogue_id": dialogue.id,
                        "title": f"Note {n}",
                        "body": f"{markers[2]} said the quota was {n}. " * 40,
                    },
                )
        before = _everything(db)
        decoy_key = vault_module._get_meta(db, "decoy_key")
    finally:
        vault.close()
    assert decoy_key is not None
    _rewrite_as_version_1(folder / "vault.db", _db_key(folder))
    _rewrite_as_version_1(folder / DECOY_FILE, derive_subkey(decoy_key, DB_KEY_LABEL))
    return before


def _a_page_of_note_text(folder: Path, text: str, tail: int = 48) -> int:
    """The index (from 0) of a page full of note bodies holding ``text``: opening a vault never
    reads it. Pages are decrypted with the raw key (AES-256-CBC, the IV ``tail`` bytes from the
    end: 48 with HMAC-SHA256, 80 with HMAC-SHA512)."""
    key = _db_key(folder)
    data = (folder / "vault.db").read_bytes()
    for number in range(1, len(data) // 4096):
        page = data[number * 4096 : (number + 1) * 4096]
        iv = page[4096 - tail : 4096 - tail + 16]
        plain = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(page[: 4096 - tail])
        if plain.count(text.encode()) >= 10:
            return number
    raise AssertionError("no page of note text found")


def _folder_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def _cipher_version(path: Path, key: bytes) -> int | None:
    db = Database(path, key)
    try:
        return db.cipher_version
    finally:
        db.close()


# -- the production settings -----------------------------------------------------------------


def test_new_vaults_are_written_with_hmac_sha256_4_kib_pages_and_per_page_hmac(
    tmp_path: Path,
) -> None:
    assert CIPHER_VERSION == 2
    assert CIPHER_SETTINGS[CIPHER_VERSION] == VERSION_2
    assert CIPHER_SETTINGS[1] == VERSION_1
    assert list(CIPHER_SETTINGS) == sorted(CIPHER_SETTINGS, reverse=True)  # newest tried first
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    try:
        assert vault.db.cipher_version == 2
        settings = {
            name: str(vault.db.query_one(f"PRAGMA {name}")[0])  # type: ignore[index]
            for name in ("cipher_hmac_algorithm", "cipher_page_size", "cipher_use_hmac")
        }
        assert settings == {
            "cipher_hmac_algorithm": "HMAC_SHA256",
            "cipher_page_size": "4096",
            "cipher_use_hmac": "1",
        }
    finally:
        vault.close()
    key = _db_key(folder)
    assert _opens_with(folder / "vault.db", key, VERSION_2)
    assert not _opens_with(folder / "vault.db", key, VERSION_1)


# -- converting a version-1 vault ------------------------------------------------------------


def test_a_version_1_vault_is_converted_at_unlock_and_keeps_every_record(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    markers = [_marker() for _ in range(3)]
    before = _old_vault(folder, markers)
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        assert vault.db.cipher_version == 2
        assert _everything(vault.db) == before
        assert len(search.search(vault.db, markers[2])) == 50  # the index came across whole
        assert vault.db.integrity_check() == []
        with vault.db.transaction():  # ids go on from the old ones (sqlite_sequence copied)
            added = rec.insert(vault.db, rec.PEOPLE, {"name": "Someone new", "track": "2"})
        others = [p.id for p in rec.list_all(vault.db, rec.PEOPLE) if p.id != added.id]
        assert others and added.id > max(others)
    finally:
        vault.close()
    key = _db_key(folder)
    assert _opens_with(folder / "vault.db", key, VERSION_2)
    assert not _opens_with(folder / "vault.db", key, VERSION_1)
    assert sorted(p.name for p in folder.iterdir()) == ["decoy.db", "keyslots", "vault.db"]


def test_the_decoy_is_converted_along_with_the_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _old_vault(folder, [_marker() for _ in range(3)])
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        decoy_key = vault_module._get_meta(vault.db, "decoy_key")
    finally:
        vault.close()
    assert decoy_key is not None
    assert _opens_with(folder / DECOY_FILE, derive_subkey(decoy_key, DB_KEY_LABEL), VERSION_2)


def test_conversion_writes_nothing_readable_and_overwrites_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    markers = [_marker() for _ in range(3)]
    _old_vault(folder, markers)
    old_inode = os.open(folder / "vault.db", os.O_RDONLY)
    seen: list[bytes] = []
    real_rewrite = vault_module.rewrite_with_current_settings

    def watched(source: Path, key: bytes, version: int, target: Path) -> None:
        real_rewrite(source, key, version, target)
        seen.append(_folder_bytes(folder))  # the copy, complete, before the rename

    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(vault_module, "rewrite_with_current_settings", watched)
            Vault.open(folder, Passphrase(PASSPHRASE)).close()
        old_bytes = os.pread(old_inode, os.fstat(old_inode).st_size, 0)
    finally:
        os.close(old_inode)
    assert len(seen) == 2  # the vault, then its decoy
    assert old_bytes and old_bytes == bytes(len(old_bytes))  # the replaced file was zeroed
    for snapshot in (seen[0], _folder_bytes(folder)):
        for marker in markers:
            assert marker.encode() not in snapshot


def test_the_schema_1_fixture_is_converted_and_migrated_with_its_records(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    key = _db_key(folder, FIXTURE_PASSPHRASE)
    assert _opens_with(folder / "vault.db", key, VERSION_1)  # the fixture predates version 2
    vault = Vault.open(folder, Passphrase(FIXTURE_PASSPHRASE))
    try:
        assert vault.db.cipher_version == 2
        assert [n.title for n in rec.list_all(vault.db, rec.NOTES)] == ["Round 1"]
        assert [p.name for p in rec.list_all(vault.db, rec.PEOPLE)] == ["Nadia Karimova"]
        assert [h.title for h in search.search(vault.db, "quota")] == ["Round 1"]
    finally:
        vault.close()
    assert _opens_with(folder / "vault.db", key, VERSION_2)


def test_a_version_1_vault_left_with_a_full_wal_is_converted_without_losing_a_commit(
    tmp_path: Path,
) -> None:
    """A crash of an older release leaves committed transactions in ``vault.db-wal`` only."""
    folder = tmp_path / "vault"
    _old_vault(folder, [_marker() for _ in range(3)])
    key = _db_key(folder)
    late = _marker()
    conn = _raw_open(folder / "vault.db", key, VERSION_1)
    crashed = tmp_path / "crashed"
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute(
            "INSERT INTO people (uid, name, track, created_at, updated_at) "
            "VALUES (?, ?, '2', '2026-01-01', '2026-01-01')",
            (secrets.token_hex(16), late),
        )
        shutil.copytree(folder, crashed)  # the files as a power cut would leave them
    finally:
        conn.close()
    assert (crashed / "vault.db-wal").stat().st_size > 0
    vault = Vault.open(crashed, Passphrase(PASSPHRASE))
    try:
        assert vault.db.cipher_version == 2
        assert late in [p.name for p in rec.list_all(vault.db, rec.PEOPLE)]
    finally:
        vault.close()


# -- a crash at each step ----------------------------------------------------------------------


def _left_behind(target: Path) -> None:
    """Keep what a real crash would leave of the copy (Python's unwinding removes ``target``)."""
    shutil.copyfile(target, target.with_name(".vault.db.feedfeedfeed.converting"))


def _crash_during_copy(patch: pytest.MonkeyPatch) -> None:
    def half_a_copy(source: Path, key: bytes, version: int, target: Path) -> None:
        target.write_bytes(source.read_bytes()[: 4096 * 3])
        Path(f"{target}-journal").write_bytes(secrets.token_bytes(512))
        _left_behind(target)
        raise SimulatedCrash

    patch.setattr(vault_module, "rewrite_with_current_settings", half_a_copy)


def _crash_after_copy(patch: pytest.MonkeyPatch) -> None:
    real = vault_module.rewrite_with_current_settings

    def copy_then_crash(source: Path, key: bytes, version: int, target: Path) -> None:
        real(source, key, version, target)
        _left_behind(target)
        raise SimulatedCrash

    patch.setattr(vault_module, "rewrite_with_current_settings", copy_then_crash)


def _crash_after_rename(patch: pytest.MonkeyPatch) -> None:
    def crash(fd: int) -> None:
        raise SimulatedCrash

    patch.setattr(vault_module, "_overwrite_with_zeros", crash)


@pytest.mark.parametrize(
    "crash", [_crash_during_copy, _crash_after_copy, _crash_after_rename], ids=lambda f: f.__name__
)
def test_a_crash_at_any_step_of_the_conversion_leaves_a_vault_that_opens_with_all_its_data(
    tmp_path: Path, crash: Callable[[pytest.MonkeyPatch], Any]
) -> None:
    folder = tmp_path / "vault"
    before = _old_vault(folder, [_marker() for _ in range(3)])
    with pytest.MonkeyPatch.context() as patch:
        crash(patch)
        with pytest.raises(SimulatedCrash):
            Vault.open(folder, Passphrase(PASSPHRASE))
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        assert vault.db.cipher_version == 2
        assert _everything(vault.db) == before
    finally:
        vault.close()
    assert sorted(p.name for p in folder.iterdir()) == ["decoy.db", "keyslots", "vault.db"]


# -- damage is damage ------------------------------------------------------------------------


def test_a_flipped_byte_in_a_converted_vault_is_reported_as_damage(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _old_vault(folder, [_marker() for _ in range(3)])
    Vault.open(folder, Passphrase(PASSPHRASE)).close()
    data = bytearray((folder / "vault.db").read_bytes())
    data[100] ^= 0x01  # page 1, which every open authenticates
    (folder / "vault.db").write_bytes(bytes(data))
    with pytest.raises(DamagedFile) as caught:
        Vault.open(folder, Passphrase(PASSPHRASE))
    assert caught.value.file_name == "vault.db"


def test_a_flipped_byte_deep_in_a_converted_vault_fails_the_integrity_check(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    markers = [_marker() for _ in range(3)]
    _old_vault(folder, markers)
    Vault.open(folder, Passphrase(PASSPHRASE)).close()
    data = bytearray((folder / "vault.db").read_bytes())
    data[_a_page_of_note_text(folder, markers[2]) * 4096 + 200] ^= 0x01
    (folder / "vault.db").write_bytes(bytes(data))
    db = Database(folder / "vault.db", _db_key(folder))
    try:
        assert db.cipher_version == 2  # not mistaken for version 1
        assert db.integrity_check() != []
    finally:
        db.close()


def test_a_damaged_version_1_vault_is_reported_as_damaged_not_converted(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _old_vault(folder, [_marker() for _ in range(3)])
    data = bytearray((folder / "vault.db").read_bytes())
    data[100] ^= 0x01
    (folder / "vault.db").write_bytes(bytes(data))
    with pytest.raises(DamagedFile) as caught:
        Vault.open(folder, Passphrase(PASSPHRASE))
    assert caught.value.file_name == "vault.db"
    assert (folder / "vault.db").read_bytes() == bytes(data)  # left as it was
    assert sorted(p.name for p in folder.iterdir()) == ["decoy.db", "keyslots", "vault.db"]


def test_a_version_1_vault_with_a_damaged_page_still_opens_as_before_and_is_not_converted(
    tmp_path: Path,
) -> None:
    """The copy reads every page, so it stops at the damage; the user keeps the vault they had
    (the damage shows when that page is read, as before) and nothing is left half-done."""
    folder = tmp_path / "vault"
    markers = [_marker() for _ in range(3)]
    _old_vault(folder, markers)
    data = bytearray((folder / "vault.db").read_bytes())
    data[_a_page_of_note_text(folder, markers[2], tail=80) * 4096 + 200] ^= 0x01
    (folder / "vault.db").write_bytes(bytes(data))
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        assert vault.db.cipher_version == 1
        assert vault.db.integrity_check() != []
    finally:
        vault.close()
    assert not any(".converting" in p.name for p in folder.iterdir())


def test_the_version_of_a_database_is_found_by_trying_the_newest_settings_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    _old_vault(folder, [_marker() for _ in range(3)])
    key = _db_key(folder)
    tried: list[int] = []
    real_connect = db_module._connect

    def spy(path: Path, key: bytes, version: int) -> sqlcipher3.Connection:
        tried.append(version)
        return real_connect(path, key, version)

    monkeypatch.setattr(db_module, "_connect", spy)
    assert _cipher_version(folder / "vault.db", key) == 1
    assert tried == [2, 1]


# -- conditions of the machine -----------------------------------------------------------------


def test_without_room_for_the_copy_the_vault_opens_as_it_was_and_converts_later(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    before = _old_vault(folder, [_marker() for _ in range(3)])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            vault_module.shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(1, 1, 0)
        )
        vault = Vault.open(folder, Passphrase(PASSPHRASE))
        try:
            assert vault.db.cipher_version == 1
            assert _everything(vault.db) == before
        finally:
            vault.close()
    assert sorted(p.name for p in folder.iterdir()) == ["decoy.db", "keyslots", "vault.db"]
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        assert vault.db.cipher_version == 2
    finally:
        vault.close()


def test_where_an_open_file_cannot_be_replaced_the_conversion_still_happens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to rename over a file that is open; the old file then goes unscrubbed
    (it was encrypted) but the vault is converted all the same."""
    folder = tmp_path / "vault"
    before = _old_vault(folder, [_marker() for _ in range(3)])
    real_replace = os.replace
    refused: list[str] = []

    def like_windows(source: Any, target: Any) -> None:
        if Path(target).name == "vault.db" and not refused:
            refused.append(str(source))
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", like_windows)
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        assert refused
        assert vault.db.cipher_version == 2
        assert _everything(vault.db) == before
    finally:
        vault.close()
