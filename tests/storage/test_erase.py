"""Claims of the emergency erase in storage (storage/vault.py ``erase``, keyslots ``destroy``).

The slots are destroyed first, so an erase cut short still leaves nothing that opens; the old
slot bytes are overwritten in place, not merely unlinked; afterwards nothing of the vault is
left, and files Quietroom did not make are left alone.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from storage import keyslots
from storage import records as rec
from storage import vault as storage_vault
from storage.errors import DiskFull, NotAVault, WrongSecret
from storage.keyslots import FILE_BYTES, KeySlots
from storage.vault import Passphrase, RecoverySecret, Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _create(folder: Path) -> bytes:
    vault, recovery_secret = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    rec.insert(vault.db, rec.NOTES, {"body": "the ceasefire line moved twice"})
    vault.close()
    return recovery_secret


def _assert_opens_nothing(keyslots_bytes: bytes, db_copy: Path, workdir: Path, rs: bytes) -> None:
    """A folder made of the given key-slot bytes and the old database opens with no secret."""
    workdir.mkdir()
    (workdir / keyslots.FILE_NAME).write_bytes(keyslots_bytes)
    shutil.copyfile(db_copy, workdir / "vault.db")
    for secret in (Passphrase(PASSPHRASE), RecoverySecret(rs)):
        with pytest.raises(WrongSecret):
            Vault.open(workdir, secret)


def test_after_erase_the_old_key_slot_bytes_are_overwritten_so_a_saved_database_opens_with_nothing(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    recovery_secret = _create(folder)
    # What a forensic reader could still reach: the key-slot file's old blocks (a hard link
    # keeps the same inode) and a copy of the database taken before the erase.
    os.link(folder / keyslots.FILE_NAME, tmp_path / "old-keyslots-inode")
    shutil.copyfile(folder / "vault.db", tmp_path / "saved-vault.db")

    storage_vault.erase(folder)

    old_inode = (tmp_path / "old-keyslots-inode").read_bytes()
    assert len(old_inode) == FILE_BYTES
    KeySlots.parse(old_inode)  # still looks like an ordinary key-slot file
    _assert_opens_nothing(old_inode, tmp_path / "saved-vault.db", tmp_path / "w", recovery_secret)


def test_erase_destroys_every_slot_before_it_touches_any_other_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    recovery_secret = _create(folder)
    shutil.copyfile(folder / "vault.db", tmp_path / "saved-vault.db")
    seen: list[bytes] = []
    real = storage_vault.scrub_and_remove

    def interrupted(path: Path) -> bool:
        seen.append((folder / keyslots.FILE_NAME).read_bytes())
        raise KeyboardInterrupt  # the erase is cut short at its first file removal

    monkeypatch.setattr(storage_vault, "scrub_and_remove", interrupted)
    with pytest.raises(KeyboardInterrupt):
        storage_vault.erase(folder)
    monkeypatch.setattr(storage_vault, "scrub_and_remove", real)

    [left] = seen
    assert len(left) == FILE_BYTES
    KeySlots.parse(left)
    _assert_opens_nothing(left, tmp_path / "saved-vault.db", tmp_path / "w", recovery_secret)
    # What the interrupted erase left is itself a vault no secret opens.
    with pytest.raises(WrongSecret):
        Vault.open(folder, Passphrase(PASSPHRASE))


def test_erase_leaves_no_file_and_no_folder_behind(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _create(folder)
    (folder / ".keyslots.0123abcd.tmp").write_bytes(b"a temp file a crash left")
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    rec.insert(vault.db, rec.NOTES, {"body": "written to the WAL"})
    assert (folder / "vault.db-wal").exists()

    report = storage_vault.erase(folder)

    assert report.left_behind == ()
    assert list(tmp_path.iterdir()) == []
    assert not vault.is_open


def test_erase_leaves_files_quietroom_did_not_make_and_the_folder_that_holds_them(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    _create(folder)
    (folder / "shopping.txt").write_text("not ours")

    storage_vault.erase(folder)

    assert sorted(p.name for p in folder.iterdir()) == ["shopping.txt"]
    assert (folder / "shopping.txt").read_text() == "not ours"


def test_erase_of_a_folder_without_a_vault_is_refused_and_touches_nothing(tmp_path: Path) -> None:
    (tmp_path / "vault.db").write_bytes(b"someone else's file")
    with pytest.raises(NotAVault):
        storage_vault.erase(tmp_path)
    assert (tmp_path / "vault.db").read_bytes() == b"someone else's file"


def test_erase_of_a_damaged_key_slot_file_still_destroys_it(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _create(folder)
    data = bytearray((folder / keyslots.FILE_NAME).read_bytes())
    data[100] ^= 1
    (folder / keyslots.FILE_NAME).write_bytes(bytes(data))
    os.link(folder / keyslots.FILE_NAME, tmp_path / "old-inode")

    storage_vault.erase(folder)

    assert not folder.exists()
    old = (tmp_path / "old-inode").read_bytes()
    assert len(old) == FILE_BYTES
    assert bytes(data[56:888]) not in old


def test_erase_on_a_disk_too_full_for_a_temp_file_overwrites_the_slots_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    recovery_secret = _create(folder)
    shutil.copyfile(folder / "vault.db", tmp_path / "saved-vault.db")
    inode = (folder / keyslots.FILE_NAME).stat().st_ino
    seen: list[tuple[int, bytes]] = []

    def full(folder: Path, slots: KeySlots) -> None:
        raise DiskFull("not enough space to write 'keyslots'; nothing was changed")

    def interrupted(path: Path) -> bool:
        kept = folder / keyslots.FILE_NAME
        seen.append((kept.stat().st_ino, kept.read_bytes()))
        raise KeyboardInterrupt

    monkeypatch.setattr(keyslots, "write", full)
    monkeypatch.setattr(storage_vault, "scrub_and_remove", interrupted)
    with pytest.raises(KeyboardInterrupt):
        storage_vault.erase(folder)

    [(inode_after, left)] = seen
    assert inode_after == inode  # the same file, rewritten where it lies
    KeySlots.parse(left)
    _assert_opens_nothing(left, tmp_path / "saved-vault.db", tmp_path / "w", recovery_secret)


def test_erase_also_removes_the_failed_unlock_counter(tmp_path: Path) -> None:
    from storage import unlock_guard

    folder = tmp_path / "vault"
    _create(folder)
    unlock_guard.write(folder, unlock_guard.Guard(limit=5, failures=2))
    report = storage_vault.erase(folder)
    assert report.left_behind == ()
    assert list(tmp_path.iterdir()) == []
