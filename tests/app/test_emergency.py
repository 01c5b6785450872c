"""Claims of the emergency erase (app/emergency.py), the issue's "one action" at a border.

After an erase neither the passphrase nor the recovery key opens the vault, the erase takes
well under a second (the one timing the hardening issue requires), and it works whether the
vault is locked or open in this very process.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app import emergency, papers, records
from app import vault as app_vault
from app.errors import InvalidInput, VaultLocked, VaultMissing, WrongSecret
from app.vault import CreatedVault
from storage.keyslots import FILE_BYTES
from tests.conftest import PASSPHRASE


def _fill(created: CreatedVault, tmp_path: Path) -> None:
    vault = created.vault
    dialogue = records.add_dialogue(vault, "River basin talks")
    records.add_note(vault, "Delegation B accepted the monitoring idea.", dialogue_id=dialogue.id)
    source = tmp_path / "memo.txt"
    source.write_bytes(b"a non-paper on water sharing\n" * 40_000)  # about 1 MiB
    papers.add_paper(vault, source, title="Non-paper")


def _assert_nothing_opens(folder: Path, recovery_key: str) -> None:
    with pytest.raises(VaultMissing):
        app_vault.unlock(folder, PASSPHRASE)
    with pytest.raises(VaultMissing):
        app_vault.unlock_with_recovery_key(folder, recovery_key)


def test_after_erase_no_passphrase_or_recovery_key_opens_the_locked_vault(
    created_vault: CreatedVault, vault_dir: Path, tmp_path: Path
) -> None:
    _fill(created_vault, tmp_path)
    created_vault.vault.lock()

    result = emergency.erase(vault_dir)

    assert result.left_behind == ()
    assert not vault_dir.exists()
    assert not app_vault.vault_exists(vault_dir)
    _assert_nothing_opens(vault_dir, created_vault.recovery_key)


def test_erase_of_a_vault_open_in_this_process_locks_it_and_nothing_opens_it_again(
    created_vault: CreatedVault, vault_dir: Path, tmp_path: Path
) -> None:
    _fill(created_vault, tmp_path)
    vault = created_vault.vault
    assert vault.is_open

    emergency.erase(vault_dir)

    assert not vault.is_open
    with pytest.raises(VaultLocked):
        records.list_dialogues(vault)
    assert not vault_dir.exists()
    _assert_nothing_opens(vault_dir, created_vault.recovery_key)


def test_erase_takes_under_one_second(
    created_vault: CreatedVault, vault_dir: Path, tmp_path: Path
) -> None:
    """Required by the hardening issue ("the erase took < 1 s"); the key-slot file has its
    production size (the test KDF changes only Argon2id's cost, not the file)."""
    _fill(created_vault, tmp_path)
    created_vault.vault.lock()
    assert (vault_dir / "keyslots").stat().st_size == FILE_BYTES

    start = time.perf_counter()
    emergency.erase(vault_dir)
    elapsed = time.perf_counter() - start

    assert not vault_dir.exists()
    assert elapsed < 1.0


def test_erase_without_a_vault_says_so_and_leaves_the_folder_alone(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text("keep me")
    with pytest.raises(VaultMissing, match="nothing was erased"):
        emergency.erase(tmp_path)
    assert (tmp_path / "letter.txt").read_text() == "keep me"


def test_a_weak_duress_passphrase_is_refused_and_no_slot_is_written(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    before = (vault_dir / "keyslots").read_bytes()
    with pytest.raises(InvalidInput, match="too weak"):
        app_vault.set_duress_passphrase(created_vault.vault, "password1")
    assert (vault_dir / "keyslots").read_bytes() == before


def test_unlocking_with_the_duress_passphrase_through_the_app_opens_the_decoy(
    created_vault: CreatedVault, vault_dir: Path, tmp_path: Path
) -> None:
    _fill(created_vault, tmp_path)
    duress = "harbour violet pinecone tractor 5521"
    app_vault.set_duress_passphrase(created_vault.vault, duress)
    created_vault.vault.lock()

    with app_vault.unlock(vault_dir, duress) as decoy:
        assert records.list_dialogues(decoy) == []
        assert papers.list_papers(decoy) == []

    with pytest.raises(WrongSecret):
        app_vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongSecret):
        app_vault.unlock_with_recovery_key(vault_dir, created_vault.recovery_key)
