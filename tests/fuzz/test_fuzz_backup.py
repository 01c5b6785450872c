"""A backup file comes back from an external drive untrusted: a damaged or altered one must
give the project's own errors from verify and restore, never a crash, and never be accepted."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given

from app import backup, records
from app import vault as app_vault
from app.errors import AppError
from storage import backup as backup_store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fuzz import fuzz_settings
from tests.fuzz.mutations import mutated


@functools.cache
def seed() -> bytes:
    """A real backup of a small fast-KDF vault (made once per test session)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        with app_vault.create_vault(folder, PASSPHRASE, "Fuzz", FAST_KDF).vault as vault:
            records.add_note(vault, "a note that must survive", "Note")
            target = Path(tmp) / "vault.qrbackup"
            backup.create_backup(vault, target)
        return target.read_bytes()


def test_the_seed_backup_verifies(tmp_path: Path) -> None:
    path = tmp_path / "seed.qrbackup"
    path.write_bytes(seed())
    summary = backup.verify_backup(path, PASSPHRASE)
    assert summary is not None


@fuzz_settings(60)
@given(data=mutated(seed(), head=backup_store.HEADER_BYTES + 64))
@example(data=b"")
@example(data=backup_store.MAGIC)
def test_a_mutated_backup_is_refused_with_the_projects_own_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("backup")
    path = folder / "mutated.qrbackup"
    path.write_bytes(data)
    try:
        backup.verify_backup(path, PASSPHRASE)
    except AppError:
        pass
    else:
        assert data == seed(), "an altered backup verified"
    target = folder / "restored"
    try:
        backup.restore_backup(path, target, PASSPHRASE)
    except AppError:
        assert not target.exists() or not any(target.iterdir())
    else:
        assert data == seed(), "an altered backup restored"
