"""Claims of storage/vault.py and storage/db.py about the vault folder on disk.

What a vault writes is encrypted (no content in any file, open or closed), owned by the user
alone, unchanged by a wrong secret, untouched by a passphrase change, and written by SQLCipher 4
with HMAC-SHA256 and secure_delete. Some checks decrypt the database's pages directly with the
raw key (AES-256-CBC, docs/vault-format.md) to look at what SQLite really left on disk.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from crypto.kdf import derive_subkey
from storage import audit, keyslots, papers
from storage import records as rec
from storage.db import Database
from storage.errors import Closed, DamagedFile, VaultExists, WrongSecret
from storage.keyslots import HEADER_BYTES, SLOT_BYTES, SlotKind
from storage.vault import DB_KEY_LABEL, Passphrase, RecoverySecret, Vault, change_passphrase
from tests.conftest import FAST_KDF, OTHER_PASSPHRASE, PASSPHRASE

PAGE = 4096
TAIL = 48  # 16-byte IV + 32-byte HMAC-SHA256 at the end of every page
RESERVED = 80  # bytes SQLite leaves free per page: SQLCipher 4 sizes it for HMAC-SHA512


def _create(folder: Path) -> tuple[Vault, bytes]:
    return Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")


def _marker() -> str:
    return f"qrmarker{secrets.token_hex(8)}"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino)
        for p in sorted(folder.iterdir())
    }


def _db_key(folder: Path) -> bytes:
    slots = keyslots.read(folder)
    opened = slots.try_unwrap(slots.passphrase_slot_key(PASSPHRASE))
    assert opened is not None
    return derive_subkey(opened.master_key, DB_KEY_LABEL)


def _plaintext_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Decrypt every page of a SQLCipher 4 file (AES-256-CBC, IV in the reserved tail)."""
    data = path.read_bytes()
    assert len(data) % PAGE == 0
    for number in range(len(data) // PAGE):
        page = data[number * PAGE : (number + 1) * PAGE]
        start = 16 if number == 0 else 0  # page 1 begins with SQLCipher's salt
        iv = page[PAGE - TAIL : PAGE - TAIL + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        yield decryptor.update(page[start : PAGE - TAIL]) + decryptor.finalize()


def _decrypted(folder: Path, key: bytes) -> bytes:
    return b"".join(_plaintext_pages(folder / "vault.db", key))


# -- life cycle --------------------------------------------------------------------------------


def test_create_open_close_and_reopen_with_either_secret(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, recovery_secret = _create(folder)
    assert vault.opened_with == SlotKind.RECOVERY
    open_before_close = vault.is_open
    name, identity = vault.identity()
    vault_id = vault.vault_id
    note = rec.insert(vault.db, rec.NOTES, {"body": "kept across a lock"})
    vault.close()
    assert (open_before_close, vault.is_open) == (True, False)
    with pytest.raises(Closed):
        rec.get(vault.db, rec.NOTES, note.id)
    assert sorted(p.name for p in folder.iterdir()) == ["decoy.db", "keyslots", "vault.db"]

    for secret, kind in (
        (Passphrase(PASSPHRASE), SlotKind.PASSPHRASE),
        (RecoverySecret(recovery_secret), SlotKind.RECOVERY),
    ):
        reopened = Vault.open(folder, secret)
        try:
            assert reopened.opened_with == kind
            assert reopened.vault_id == vault_id
            assert reopened.identity() == (name, identity)
            assert rec.get(reopened.db, rec.NOTES, note.id).body == "kept across a lock"
        finally:
            reopened.close()


def test_create_refuses_a_folder_with_files_and_leaves_it_alone(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "report.odt").write_bytes(b"someone else's")
    with pytest.raises(VaultExists):
        _create(folder)
    assert _files(folder) == {"report.odt": b"someone else's"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_create_into_an_existing_empty_folder_works(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    vault, _ = _create(folder)
    vault.close()
    assert sorted(p.name for p in folder.iterdir()) == ["decoy.db", "keyslots", "vault.db"]


def test_a_crash_while_creating_leaves_no_vault_and_no_staging_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(folder: Path, slots: keyslots.KeySlots) -> None:
        raise OSError("simulated power cut")

    monkeypatch.setattr(keyslots, "write", fail)
    with pytest.raises(OSError, match="simulated"):
        _create(tmp_path / "vault")
    assert list(tmp_path.iterdir()) == []


# -- nothing in clear ------------------------------------------------------------------------


def _assert_marker_nowhere(root: Path, markers: list[bytes]) -> None:
    checked = 0
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            checked += 1
            for marker in markers:
                assert marker not in data, f"{marker!r} found in clear in {path.name}"
    assert checked >= 2


def test_content_is_found_in_no_file_of_the_vault_folder_open_or_closed(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    note, person, title, content = _marker(), _marker(), _marker(), _marker()
    rec.insert(vault.db, rec.NOTES, {"title": "Round 2", "body": f"They said {note} twice."})
    rec.insert(vault.db, rec.PEOPLE, {"name": person, "affiliation": "Ministry"})
    # The paper's bytes repeat the marker across a chunk boundary (1 MiB chunks).
    body = (content.encode() + b"\n") * (3 * papers.CHUNK_SIZE // 25)
    with vault.db.transaction():
        papers.store(vault.db, title, "memo.txt", "text/plain", None, [body])
    texts = [note, person, title, content]
    markers = [t.encode("utf-8") for t in texts] + [t.encode("utf-16-le") for t in texts]

    # While open: the WAL and shared-memory files sit beside the database.
    assert {"vault.db-wal", "vault.db-shm"} <= set(os.listdir(folder))
    assert (folder / "vault.db-wal").stat().st_size > 0
    _assert_marker_nowhere(tmp_path, markers)
    vault.close()
    assert sorted(os.listdir(folder)) == ["decoy.db", "keyslots", "vault.db"]
    _assert_marker_nowhere(tmp_path, markers)

    # Positive control: the same markers are in the pages once decrypted with the key.
    plain = _decrypted(folder, _db_key(folder))
    assert all(t.encode() in plain for t in texts)


# -- wrong secrets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "secret",
    [
        Passphrase(OTHER_PASSPHRASE),
        Passphrase(PASSPHRASE + " "),
        Passphrase(""),
        RecoverySecret(bytes(20)),
        RecoverySecret(secrets.token_bytes(20)),
    ],
    ids=["other", "trailing-space", "empty", "zero-recovery", "random-recovery"],
)
def test_wrong_secret_raises_wrong_secret_and_changes_no_byte(
    tmp_path: Path, secret: Passphrase | RecoverySecret
) -> None:
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    vault.close()
    before = _snapshot(folder)
    with pytest.raises(WrongSecret) as caught:
        Vault.open(folder, secret)
    assert _snapshot(folder) == before
    if isinstance(secret, Passphrase) and secret.text:
        assert secret.text.strip() not in str(caught.value)


def test_a_passphrase_does_not_open_the_recovery_slot(tmp_path: Path) -> None:
    """Recovery secrets and passphrases are different kinds: using the recovery key's text as
    a passphrase is a wrong secret, not an unlock."""
    folder = tmp_path / "vault"
    vault, recovery_secret = _create(folder)
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.open(folder, Passphrase(recovery_secret.hex()))


# -- permissions ---------------------------------------------------------------------------------


def test_vault_files_are_private_to_the_user_even_with_a_permissive_umask(
    tmp_path: Path,
) -> None:
    previous = os.umask(0)
    try:
        vault, _ = _create(tmp_path / "vault")
        rec.insert(vault.db, rec.NOTES, {"body": "forces a WAL write"})
        folder = vault.folder
        modes_open = {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir()}
        vault.close()
    finally:
        os.umask(previous)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert modes_open == {
        "decoy.db": 0o600,
        "keyslots": 0o600,
        "vault.db": 0o600,
        "vault.db-wal": 0o600,
        "vault.db-shm": 0o600,
    }
    assert {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir()} == {
        "decoy.db": 0o600,
        "keyslots": 0o600,
        "vault.db": 0o600,
    }


# -- changing the passphrase -------------------------------------------------------------------


def test_changing_the_passphrase_rewrites_one_slot_and_leaves_vault_db_byte_identical(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    vault, recovery_secret = _create(folder)
    vault.close()
    db_before = _snapshot(folder)["vault.db"]
    slots_before = (folder / "keyslots").read_bytes()
    old = keyslots.read(folder)
    index = old.try_unwrap(old.passphrase_slot_key(PASSPHRASE))
    assert index is not None

    change_passphrase(folder, Passphrase(PASSPHRASE), OTHER_PASSPHRASE)

    assert _snapshot(folder)["vault.db"] == db_before  # bytes, mtime and inode
    slots_after = (folder / "keyslots").read_bytes()
    changed = [i for i in range(len(slots_after)) if slots_after[i] != slots_before[i]]
    slot_start = HEADER_BYTES + index.index * SLOT_BYTES
    assert all(
        slot_start <= i < slot_start + SLOT_BYTES or i >= len(slots_after) - 32 for i in changed
    )
    assert sorted(os.listdir(folder)) == ["decoy.db", "keyslots", "vault.db"]  # no temp file left

    with pytest.raises(WrongSecret):
        Vault.open(folder, Passphrase(PASSPHRASE))
    Vault.open(folder, RecoverySecret(recovery_secret)).close()
    reopened = Vault.open(folder, Passphrase(OTHER_PASSPHRASE))
    try:
        events = [e.event for e in audit.entries(reopened.db)]
        assert events[-1] == "keyslots.changed"
        assert audit.verify(reopened.db, reopened.audit_key).ok
    finally:
        reopened.close()


def test_changing_the_passphrase_with_a_wrong_old_one_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    vault.close()
    before = _snapshot(folder)
    with pytest.raises(WrongSecret):
        change_passphrase(folder, Passphrase(OTHER_PASSPHRASE), "a third passphrase entirely")
    assert _snapshot(folder) == before


def test_resetting_the_passphrase_after_a_recovery_unlock_keeps_one_passphrase_slot(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    vault, recovery_secret = _create(folder)
    vault.close()
    vault = Vault.open(folder, RecoverySecret(recovery_secret))
    vault.set_passphrase(OTHER_PASSPHRASE)
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.open(folder, Passphrase(PASSPHRASE))
    Vault.open(folder, Passphrase(OTHER_PASSPHRASE)).close()
    Vault.open(folder, RecoverySecret(recovery_secret)).close()


# -- SQLCipher settings --------------------------------------------------------------------------


def test_the_database_runs_sqlcipher_4_with_hmac_sha256_and_secure_delete(tmp_path: Path) -> None:
    vault, _ = _create(tmp_path / "vault")
    try:

        def pragma(name: str) -> str:
            row = vault.db.query_one(f"PRAGMA {name}")
            assert row is not None, name
            return str(row[0])

        assert pragma("cipher_version").startswith("4.")
        assert pragma("cipher_page_size") == "4096"
        assert pragma("cipher_hmac_algorithm") == "HMAC_SHA256"
        assert pragma("cipher_use_hmac") == "1"
        assert pragma("cipher_plaintext_header_size") == "0"
        assert pragma("secure_delete") == "1"
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == "2"  # FULL
        assert pragma("temp_store") == "2"  # MEMORY
        assert pragma("foreign_keys") == "1"
    finally:
        vault.close()


def test_the_file_on_disk_is_sqlcipher_4_with_per_page_hmac(tmp_path: Path) -> None:
    """Read the file itself: no SQLite header in clear, and page 1 decrypts under the raw key
    with the IV and HMAC-SHA256 in the last 48 bytes of every 4 KiB page. SQLCipher keeps the
    80-byte reserve of its HMAC-SHA512 default in the SQLite header (docs/vault-format.md)."""
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    vault.close()
    raw = (folder / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    page1 = next(_plaintext_pages(folder / "vault.db", _db_key(folder)))
    # Bytes 16.. of SQLite's header: page size, versions, reserved bytes per page.
    assert int.from_bytes(page1[0:2], "big") == PAGE
    assert page1[4] == RESERVED


def test_the_database_does_not_open_with_sqlcipher_3_settings(tmp_path: Path) -> None:
    """The settings are pinned by the application: a reader with SQLCipher 3 defaults (SHA1
    HMAC, 1 KiB pages) fails, and so does one with SQLCipher 4's defaults (HMAC-SHA512); a
    reader with the documented settings succeeds."""
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    vault.close()
    key = _db_key(folder)

    def open_with(settings: list[str]) -> int:
        conn = sqlcipher3.connect(str(folder / "vault.db"))
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            for statement in settings:
                conn.execute(statement)
            return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            conn.close()

    documented = ["PRAGMA cipher_compatibility = 4", "PRAGMA cipher_hmac_algorithm = HMAC_SHA256"]
    assert open_with(documented) > 0
    with pytest.raises(sqlcipher3.DatabaseError):
        open_with(["PRAGMA cipher_compatibility = 4"])
    with pytest.raises(sqlcipher3.DatabaseError):
        open_with(["PRAGMA cipher_compatibility = 3"])


def test_a_changed_byte_in_vault_db_is_reported_as_damage(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    vault.close()
    data = bytearray((folder / "vault.db").read_bytes())
    data[100] ^= 0x01  # inside page 1, which every open authenticates
    (folder / "vault.db").write_bytes(bytes(data))
    with pytest.raises(DamagedFile) as caught:
        Vault.open(folder, Passphrase(PASSPHRASE))
    assert caught.value.file_name == "vault.db"


def test_a_changed_byte_in_a_later_page_is_found_by_the_integrity_check(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    # A paper's chunks fill the last pages: pages that opening the vault never reads.
    papers.store(vault.db, "Annex", "annex.bin", "application/octet-stream", None, [b"x" * 200_000])
    vault.close()
    data = bytearray((folder / "vault.db").read_bytes())
    data[len(data) - PAGE + 200] ^= 0x40  # the last page
    (folder / "vault.db").write_bytes(bytes(data))
    last_page = len(data) // PAGE
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        assert vault.db.integrity_check() == [f"HMAC verification failed for page {last_page}"]
    finally:
        vault.close()


# -- secure delete ---------------------------------------------------------------------------


def test_a_deleted_papers_bytes_are_gone_from_the_decrypted_file(tmp_path: Path) -> None:
    """secure_delete overwrites freed pages: decrypting every page of the file after the
    deletion no longer shows the paper's bytes, while a paper that was kept is still there."""
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    kept, gone = _marker(), _marker()
    with vault.db.transaction():
        papers.store(vault.db, "Kept", "kept.txt", "text/plain", None, [kept.encode() * 50_000])
        doomed = papers.store(
            vault.db, "Gone", "gone.txt", "text/plain", None, [gone.encode() * 50_000]
        )
    vault.close()
    key = _db_key(folder)
    before = _decrypted(folder, key)
    assert kept.encode() in before and gone.encode() in before

    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    papers.delete(vault.db, doomed.id)
    vault.close()
    after = _decrypted(folder, key)
    assert kept.encode() in after
    assert gone.encode() not in after


def test_a_deleted_notes_words_are_gone_from_the_decrypted_file(tmp_path: Path) -> None:
    """Also from the full-text index's own pages (FTS5 secure-delete, schema version 4)."""
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    kept, gone = _marker(), _marker()
    rec.insert(vault.db, rec.NOTES, {"body": f"we keep {kept} here"})
    doomed = rec.insert(vault.db, rec.NOTES, {"body": f"we drop {gone} here"})
    vault.close()
    key = _db_key(folder)
    assert gone.encode() in _decrypted(folder, key)

    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    vault.db.execute("DELETE FROM notes WHERE id = ?", (doomed.id,))
    vault.close()
    after = _decrypted(folder, key)
    assert kept.encode() in after
    assert gone.encode() not in after


def test_opening_a_database_with_a_wrong_key_is_damage_not_a_crash(tmp_path: Path) -> None:
    """Database() is only reached after a slot opened, so a wrong key there means the files
    do not belong together: it is reported as damage, with the file named."""
    folder = tmp_path / "vault"
    vault, _ = _create(folder)
    vault.close()
    with pytest.raises(DamagedFile) as caught:
        Database(folder / "vault.db", secrets.token_bytes(32))
    assert caught.value.file_name == "vault.db"
