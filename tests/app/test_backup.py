"""Claims of encrypted backups as a user meets them (app/backup.py).

The round trip is exact (every record, every paper's bytes, an intact audit chain, the same
identity and fingerprint); a backup opens with the passphrase or the recovery key; a full disk
during a backup leaves no partial file and the vault as it was.
"""

from __future__ import annotations

import hashlib
import resource
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import audit, backup, identity, papers, records
from app import vault as app_vault
from app.backup import BackupDamaged
from app.errors import DiskFull, VaultExists, WrongSecret
from app.vault import CreatedVault, OpenVault
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

PAPER = b"%PDF-1.7 a non-paper on water sharing, version 3\n" * 50_000  # ~2.4 MiB


def _fill(vault: OpenVault, tmp_path: Path) -> None:
    dialogue = records.add_dialogue(vault, "River basin talks", description="Track 2, upstream")
    person = records.add_person(vault, "Farida Haddad", affiliation="Water ministry", side="A")
    other = records.add_person(vault, "Jonas Berg", side="B", notes="prefers mornings")
    records.add_session(
        vault, dialogue.id, starts_on="2024-05-02", place="Oslo", attendee_ids=[person.id]
    )
    records.add_note(vault, "Delegation B accepted monitoring.", dialogue_id=dialogue.id)
    records.add_note(vault, "Off the record: flexible on quotas.", title="Aside")
    records.add_group(vault, "Drafting pair", [person.id, other.id], dialogue_id=dialogue.id)
    source = tmp_path / "non-paper.pdf"
    source.write_bytes(PAPER)
    papers.add_paper(vault, source, title="Non-paper v3", dialogue_id=dialogue.id)


def _contents(vault: OpenVault) -> dict[str, object]:
    """Everything a user can read back, papers as digests of their bytes."""
    return {
        "dialogues": records.list_dialogues(vault),
        "sessions": records.list_sessions(vault),
        "attendance": [
            records.session_attendance(vault, s.id) for s in records.list_sessions(vault)
        ],
        "people": records.list_people(vault),
        "notes": records.list_notes(vault),
        "groups": records.list_groups(vault),
        "paper_list": papers.list_papers(vault),
        "paper_bytes": [
            hashlib.sha256(b"".join(papers.iter_paper(vault, p.id))).hexdigest()
            for p in papers.list_papers(vault)
        ],
        "whoami": identity.whoami(vault),
    }


@pytest.fixture
def filled(created_vault: CreatedVault, tmp_path: Path) -> CreatedVault:
    _fill(created_vault.vault, tmp_path)
    return created_vault


def test_backup_then_restore_round_trip_is_exact(filled: CreatedVault, tmp_path: Path) -> None:
    vault = filled.vault
    before = _contents(vault)
    entries_before = audit.entries(vault)
    target = tmp_path / "usb" / "vault.qrbackup"
    target.parent.mkdir()

    backup.create_backup(vault, target)
    summary = backup.restore_backup(target, tmp_path / "restored", PASSPHRASE)

    assert summary.audit_ok
    with app_vault.unlock(tmp_path / "restored", PASSPHRASE) as restored:
        assert _contents(restored) == before
        assert identity.whoami(restored).fingerprint == identity.whoami(vault).fingerprint
        report = audit.verify(restored)
        assert report.ok
        assert audit.entries(restored)[: len(entries_before)] == entries_before
    # The original records the backup in its own log, and its chain still verifies.
    assert audit.entries(vault)[-1].event == "backup.created"
    assert audit.verify(vault).ok


def test_a_backup_opens_with_the_recovery_key_and_restores_a_vault_it_unlocks(
    filled: CreatedVault, tmp_path: Path
) -> None:
    target = tmp_path / "vault.qrbackup"
    backup.create_backup(filled.vault, target)

    summary = backup.verify_backup(target, filled.recovery_key, recovery_key=True)
    assert summary.counts["papers"] == 1
    backup.restore_backup(target, tmp_path / "restored", filled.recovery_key, recovery_key=True)

    with app_vault.unlock_with_recovery_key(tmp_path / "restored", filled.recovery_key) as v:
        assert [d.title for d in records.list_dialogues(v)] == ["River basin talks"]
    with app_vault.unlock(tmp_path / "restored", PASSPHRASE) as v:
        assert len(records.list_notes(v)) == 2


def test_verify_counts_every_kind_of_record_the_backup_holds(
    filled: CreatedVault, tmp_path: Path
) -> None:
    target = tmp_path / "vault.qrbackup"
    backup.create_backup(filled.vault, target)
    summary = backup.verify_backup(target, PASSPHRASE)
    assert {k: summary.counts[k] for k in ("dialogues", "sessions", "people", "notes")} == {
        "dialogues": 1,
        "sessions": 1,
        "people": 2,
        "notes": 2,
    }
    assert summary.counts["working_groups"] == 1 and summary.counts["papers"] == 1
    assert summary.audit_ok


def test_a_wrong_passphrase_does_not_open_a_backup_and_restores_nothing(
    filled: CreatedVault, tmp_path: Path
) -> None:
    target = tmp_path / "vault.qrbackup"
    backup.create_backup(filled.vault, target)
    with pytest.raises(WrongSecret):
        backup.verify_backup(target, OTHER_PASSPHRASE)
    with pytest.raises(WrongSecret):
        backup.restore_backup(target, tmp_path / "restored", OTHER_PASSPHRASE)
    assert not (tmp_path / "restored").exists()


def test_a_flipped_byte_is_reported_by_verify_with_a_clear_error(
    filled: CreatedVault, tmp_path: Path
) -> None:
    target = tmp_path / "vault.qrbackup"
    backup.create_backup(filled.vault, target)
    data = bytearray(target.read_bytes())
    data[len(data) // 3] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged) as caught:
        backup.verify_backup(target, PASSPHRASE)
    assert str(caught.value) == (
        "the backup 'vault.qrbackup' is damaged: a chunk failed authentication "
        "(bytes were changed); it cannot be restored"
    )


def test_restore_refuses_a_non_empty_folder(filled: CreatedVault, tmp_path: Path) -> None:
    target = tmp_path / "vault.qrbackup"
    backup.create_backup(filled.vault, target)
    with pytest.raises(VaultExists, match="not empty"):
        backup.restore_backup(target, filled.vault.folder, PASSPHRASE)


def test_an_existing_file_is_not_overwritten_unless_asked(
    filled: CreatedVault, tmp_path: Path
) -> None:
    target = tmp_path / "vault.qrbackup"
    target.write_bytes(b"an older file")
    with pytest.raises(VaultExists):
        backup.create_backup(filled.vault, target)
    assert target.read_bytes() == b"an older file"
    backup.create_backup(filled.vault, target, overwrite=True)
    assert backup.verify_backup(target, PASSPHRASE).audit_ok


class FileSizeLimit:
    """RLIMIT_FSIZE for this process, with SIGXFSZ ignored so that a write past the limit
    fails with EFBIG, as a write to a full disk fails with ENOSPC."""

    def __init__(self) -> None:
        self.original = resource.getrlimit(resource.RLIMIT_FSIZE)
        self.handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def set(self, size: int) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, self.original[1]))

    def lift(self) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, self.original)


@pytest.fixture
def file_size_limit() -> Iterator[FileSizeLimit]:
    limit = FileSizeLimit()
    yield limit
    limit.lift()
    signal.signal(signal.SIGXFSZ, limit.handler)


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("backup file", "not enough space to write 'vault.qrbackup'; no backup was written"),
        ("snapshot", "not enough space in the vault's folder for the snapshot"),
    ],
)
def test_a_full_disk_during_backup_leaves_no_partial_file_and_the_vault_as_it_was(
    filled: CreatedVault,
    tmp_path: Path,
    file_size_limit: FileSizeLimit,
    where: str,
    message: str,
) -> None:
    vault = filled.vault
    probe = tmp_path / "probe.qrbackup"
    db_bytes = backup.create_backup(vault, probe).db_bytes
    probe.unlink()
    usb = tmp_path / "usb"
    usb.mkdir()
    folder_before = sorted(p.name for p in vault.folder.iterdir())
    audit_before = audit.entries(vault)
    # "backup file": the snapshot fits, the backup (a little larger) does not.
    # "snapshot": not even the snapshot inside the vault folder fits.
    file_size_limit.set(db_bytes + 64 if where == "backup file" else db_bytes // 2)
    try:
        with pytest.raises(DiskFull) as caught:
            backup.create_backup(vault, usb / "vault.qrbackup")
    finally:
        file_size_limit.lift()
    assert str(caught.value).startswith(message)
    assert list(usb.iterdir()) == []
    assert sorted(p.name for p in vault.folder.iterdir()) == folder_before
    assert audit.entries(vault) == audit_before
    assert app_vault.check_integrity(vault) == []


def test_a_restored_vault_gets_its_failed_unlock_guard_back_and_no_false_alarm(
    filled: CreatedVault, tmp_path: Path
) -> None:
    from app import panic

    vault = filled.vault
    panic.set_erase_after(vault, vault.folder, 4)
    target = tmp_path / "vault.qrbackup"
    backup.create_backup(vault, target)
    restored_folder = tmp_path / "new-laptop"
    backup.restore_backup(target, restored_folder, PASSPHRASE)

    assert panic.guard_status(restored_folder) == panic.Guard(4, 0)  # guarded from the start
    with app_vault.unlock(restored_folder, PASSPHRASE) as restored:
        assert not panic.after_unlock(restored, restored_folder, success_counted=False)


def test_a_restored_vault_without_a_guard_setting_gets_no_guard(
    filled: CreatedVault, tmp_path: Path
) -> None:
    from app import panic

    target = tmp_path / "vault.qrbackup"
    backup.create_backup(filled.vault, target)
    backup.restore_backup(target, tmp_path / "restored", PASSPHRASE)
    assert panic.guard_status(tmp_path / "restored") is None
