"""Encrypted backups of a whole vault to one file: create, verify, restore.

A backup opens with the passphrase or the recovery key that opened the vault when the backup
was made (it carries a copy of the key-slot file), needs no extra secret, and is encrypted and
authenticated in chunks: a changed, cut or appended byte is reported, never restored.
Format: docs/backup-format.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app import panic
from app import vault as app_vault
from app.errors import VaultDamaged, translated
from app.vault import OpenVault
from crypto import recovery
from storage import audit
from storage import backup as store
from storage.backup import BackupSummary
from storage.vault import Passphrase, RecoverySecret, Secret

__all__ = [
    "BackupDamaged",
    "BackupInfo",
    "BackupSummary",
    "create_backup",
    "restore_backup",
    "verify_backup",
]


class BackupDamaged(VaultDamaged):
    """A backup file was altered, cut short, damaged, or is not a backup at all."""


@dataclass(frozen=True)
class BackupInfo:
    """A backup just written: when (UTC, ISO 8601) and how large its database is."""

    created_at: str
    db_bytes: int


@contextmanager
def _translated() -> Iterator[None]:
    with translated():
        try:
            yield
        except store.BackupDamaged as exc:
            raise BackupDamaged(exc.message, exc.file_name) from None


def _secret(secret: str, recovery_key: bool) -> Secret:
    if recovery_key:
        return RecoverySecret(recovery.parse_key(secret))
    return Passphrase(secret)


def create_backup(
    vault: OpenVault,
    destination_file: Path,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    """Write one encrypted file holding the whole vault; atomic (no partial file, ever).

    ``progress(done, total)`` is called with database bytes written. The vault's audit log
    records the backup (the backup itself ends just before that entry).
    """
    with _translated():
        storage = vault.storage
        manifest = store.create(storage, destination_file, overwrite, progress)
        audit.append(storage.db, storage.audit_key, "backup.created")
    return BackupInfo(manifest.created_at, manifest.db_bytes)


def verify_backup(backup_file: Path, secret: str, recovery_key: bool = False) -> BackupSummary:
    """Prove the backup restores: authenticate every chunk, open and integrity-check the
    snapshot in a temp folder that is removed afterwards, and count what it holds."""
    with _translated():
        return store.verify(backup_file, _secret(secret, recovery_key))


def restore_backup(
    backup_file: Path, new_folder: Path, secret: str, recovery_key: bool = False
) -> BackupSummary:
    """Restore into ``new_folder`` (absent or empty). All or nothing: a damaged backup
    leaves no folder. The restored vault opens with the same secrets as the backup.

    The vault is then opened once (a second key derivation) to put back its failed-unlock
    guard, which lives beside the vault and is not in the backup."""
    with _translated():
        summary = store.restore(backup_file, new_folder, _secret(secret, recovery_key))
    opener = app_vault.unlock_with_recovery_key if recovery_key else app_vault.unlock
    with opener(new_folder, secret) as restored:
        panic.restore_guard(restored, new_folder)
    return summary
