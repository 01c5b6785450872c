"""Claims of the backup format (storage/backup.py, docs/backup-format.md).

A changed byte anywhere, a cut at any frame boundary or inside a frame, and appended bytes are
all reported by verify as damage to the backup (never as a wrong secret, never restored); a
changed version field reads as damage, not as "install a newer Quietroom"; verify leaves no
file behind; no plaintext is ever written.
"""

from __future__ import annotations

import itertools
import os
import struct
from pathlib import Path

import pytest

from storage import backup, papers
from storage import records as rec
from storage.backup import ABYTES, HEADER_BYTES, STREAM_HEADER_BYTES, BackupDamaged
from storage.errors import UnsupportedVersion, VaultExists, WrongSecret
from storage.vault import Passphrase, RecoverySecret, Vault
from tests.conftest import FAST_KDF, OTHER_PASSPHRASE, PASSPHRASE

NOTE_MARKER = "qrbackupmarker-note-5be1"
PAPER_MARKER = b"qrbackupmarker-paper-0c7d\n"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RecoverySecret, bytes]:
    """A backup (read-only for every case), its recovery secret, and its bytes."""
    root = tmp_path_factory.mktemp("backup")
    vault, recovery_secret = Vault.create(root / "vault", PASSPHRASE, FAST_KDF, "Facilitator")
    rec.insert(vault.db, rec.NOTES, {"title": "Round 2", "body": NOTE_MARKER})
    # A paper of 2.5 MiB: the snapshot spans several 1 MiB stream chunks.
    body = PAPER_MARKER * (5 * 1024 * 1024 // 2 // len(PAPER_MARKER))
    with vault.db.transaction():
        papers.store(vault.db, "memo", "memo.txt", "text/plain", None, [body])
    # A paper whose import was under way when the backup was taken: hidden, not counted.
    vault.db.execute(
        "INSERT INTO papers (uid, title, chunk_size, complete, created_at, updated_at) "
        "VALUES ('under-way', '', 1048576, 0, '2026-12-05T00:00:00+00:00', "
        "'2026-12-05T00:00:00+00:00')"
    )
    path = root / "vault.qrbackup"
    backup.create(vault, path)
    vault.close()
    return path, RecoverySecret(recovery_secret), path.read_bytes()


def _frame_offsets(data: bytes) -> list[int]:
    """Where each frame (u32 length || ciphertext) starts, and the end of the file."""
    offsets = []
    at = HEADER_BYTES + STREAM_HEADER_BYTES
    while at < len(data):
        offsets.append(at)
        (length,) = struct.unpack(">I", data[at : at + 4])
        at += 4 + length
    offsets.append(at)
    return offsets


def _verify_bytes(tmp_path: Path, data: bytes, secret: RecoverySecret) -> backup.BackupSummary:
    path = tmp_path / "candidate.qrbackup"
    path.write_bytes(data)
    return backup.verify(path, secret)


def test_an_intact_backup_verifies_and_counts_what_it_holds(
    made: tuple[Path, RecoverySecret, bytes],
) -> None:
    path, secret, _ = made
    summary = backup.verify(path, secret)
    assert summary.counts["notes"] == 1
    assert summary.counts["papers"] == 1
    assert summary.audit_ok and summary.audit_entries >= 1
    assert summary.db_bytes > 2 * 1024 * 1024


def test_the_backup_opens_with_the_passphrase_too(
    made: tuple[Path, RecoverySecret, bytes],
) -> None:
    path, _, _ = made
    assert backup.verify(path, Passphrase(PASSPHRASE)).counts["notes"] == 1


def test_a_wrong_passphrase_is_a_wrong_secret_not_damage(
    made: tuple[Path, RecoverySecret, bytes],
) -> None:
    path, _, _ = made
    with pytest.raises(WrongSecret):
        backup.verify(path, Passphrase(OTHER_PASSPHRASE))


def test_a_changed_byte_anywhere_is_reported_as_damage_by_verify(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path
) -> None:
    _, secret, data = made
    frames = _frame_offsets(data)
    # Every byte of the header, the stream header and the manifest frame; both ends and
    # the middle of every chunk frame; the whole final frame.
    positions = set(range(frames[1]))
    for start, end in itertools.pairwise(frames[1:]):
        positions |= {start, start + 3, start + 4, (start + end) // 2, end - 1}
    positions |= set(range(frames[-2], len(data)))
    for position in sorted(positions):
        damaged = bytearray(data)
        damaged[position] ^= 0x20
        if position in (8, 9):  # the version field reads as damage, checked below
            continue
        with pytest.raises(BackupDamaged):
            _verify_bytes(tmp_path, bytes(damaged), secret)


@pytest.mark.parametrize("version", [2, 256 + 1])
def test_a_changed_version_field_is_damage_not_a_newer_format(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path, version: int
) -> None:
    _, secret, data = made
    damaged = data[:8] + struct.pack(">H", version) + data[10:]
    with pytest.raises(BackupDamaged, match="version field was changed"):
        _verify_bytes(tmp_path, damaged, secret)


def test_a_newer_backup_format_asks_for_a_newer_quietroom(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path
) -> None:
    _, secret, data = made
    newer = data[:8] + struct.pack(">H", 2) + data[10:12] + b"\0\0\0\0" + data[16:]
    with pytest.raises(UnsupportedVersion, match="newer"):
        _verify_bytes(tmp_path, newer, secret)


def test_a_backup_cut_anywhere_is_reported_as_truncated_or_damaged(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path
) -> None:
    _, secret, data = made
    frames = _frame_offsets(data)
    cuts = {0, 1, 7, 10, 100, HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + 5}
    for start in frames:
        cuts |= {start - 1, start, start + 2, start + 4, start + 4 + ABYTES}
    for cut in sorted(c for c in cuts if 0 <= c < len(data)):
        with pytest.raises(BackupDamaged):
            _verify_bytes(tmp_path, data[:cut], secret)


def test_the_final_frame_removed_is_reported_as_truncated(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path
) -> None:
    _, secret, data = made
    frames = _frame_offsets(data)
    with pytest.raises(BackupDamaged, match="truncated"):
        _verify_bytes(tmp_path, data[: frames[-2]], secret)


def test_bytes_appended_after_the_end_are_reported(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path
) -> None:
    _, secret, data = made
    with pytest.raises(BackupDamaged, match="appended"):
        _verify_bytes(tmp_path, data + b"\0", secret)


def test_verify_leaves_no_file_in_the_temp_folder_whether_it_passes_or_fails(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, secret, data = made
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)
    backup.verify(path, secret)
    assert list(temp.iterdir()) == []
    frames = _frame_offsets(data)
    damaged = bytearray(data)
    damaged[frames[-3] + 10] ^= 1  # the last data chunk: fails after earlier chunks were written
    (tmp_path / "bad.qrbackup").write_bytes(bytes(damaged))
    with pytest.raises(BackupDamaged):
        backup.verify(tmp_path / "bad.qrbackup", secret)
    assert list(temp.iterdir()) == []


def test_the_backup_file_holds_no_plaintext(made: tuple[Path, RecoverySecret, bytes]) -> None:
    _, _, data = made
    assert NOTE_MARKER.encode() not in data
    assert PAPER_MARKER not in data
    assert b"SQLite format 3" not in data


def test_restore_refuses_a_folder_that_is_not_empty_and_leaves_it_alone(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path
) -> None:
    path, secret, _ = made
    target = tmp_path / "target"
    target.mkdir()
    (target / "mine.txt").write_text("keep")
    with pytest.raises(VaultExists, match="not empty"):
        backup.restore(path, target, secret)
    assert [p.name for p in target.iterdir()] == ["mine.txt"]


def test_a_damaged_backup_restores_nothing_and_leaves_no_staging_folder(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path
) -> None:
    _, secret, data = made
    damaged = bytearray(data)
    damaged[len(data) // 2] ^= 1
    (tmp_path / "bad.qrbackup").write_bytes(bytes(damaged))
    with pytest.raises(BackupDamaged):
        backup.restore(tmp_path / "bad.qrbackup", tmp_path / "restored", secret)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.qrbackup"]


def test_restored_files_are_private_to_the_user(
    made: tuple[Path, RecoverySecret, bytes], tmp_path: Path
) -> None:
    path, secret, _ = made
    previous = os.umask(0)
    try:
        backup.restore(path, tmp_path / "restored", secret)
    finally:
        os.umask(previous)
    folder = tmp_path / "restored"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir()} == {
        "keyslots": 0o600,
        "vault.db": 0o600,
    }
