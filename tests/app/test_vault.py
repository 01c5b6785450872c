"""Claims of app/vault.py: creating, unlocking, locking and re-keying a vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app import audit, identity, papers, records, search
from app import vault as app_vault
from app.errors import (
    AppError,
    InvalidInput,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongSecret,
)
from app.vault import CreatedVault, KdfParams, OpenVault
from crypto import kdf, recovery
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

WEAK_PASSPHRASES = [
    "password123",
    "password1234",  # long enough, but one of the most common passwords
    "aaaaaaaaaaaaaaaa",
    "Tr0ub4dor&3",  # strong-looking but shorter than 12 characters
    "abc",
    "",
]


def _other_character(ch: str) -> str:
    """A character of the recovery alphabet that does not read as ``ch``."""
    return next(c for c in "0123456789ABCDEFGHJKMNPQRSTVWXYZ" if c != ch.upper())


def _with_one_typo(key: str, index: int) -> str:
    positions = [i for i, ch in enumerate(key) if ch != "-"]
    at = positions[index]
    return key[:at] + _other_character(key[at]) + key[at + 1 :]


# -- create ----------------------------------------------------------------------------------


@pytest.mark.parametrize("weak", WEAK_PASSPHRASES)
def test_create_vault_refuses_a_weak_passphrase_and_writes_nothing(
    tmp_path: Path, vault_dir: Path, fast_kdf: KdfParams, weak: str
) -> None:
    with pytest.raises(InvalidInput, match="too weak"):
        app_vault.create_vault(vault_dir, weak, "Facilitator", fast_kdf)
    assert not vault_dir.exists()
    assert list(tmp_path.iterdir()) == []


class _NoMemoryForArgon2:
    """OpenSSL's Argon2id when the memory it asks for cannot be allocated."""

    def __init__(self, **_params: object) -> None:
        pass

    def derive(self, _key: bytes) -> bytes:
        raise MemoryError("Not enough memory to derive key.")


@pytest.mark.parametrize("calibrated", [False, True])
def test_create_vault_without_memory_for_the_key_says_so_and_writes_nothing(
    tmp_path: Path,
    vault_dir: Path,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    calibrated: bool,
) -> None:
    monkeypatch.setattr(kdf, "Argon2id", _NoMemoryForArgon2)
    with pytest.raises(AppError, match="not enough free memory") as caught:
        app_vault.create_vault(
            vault_dir, PASSPHRASE, "Facilitator", None if calibrated else fast_kdf
        )
    assert "close other programs" in str(caught.value)
    assert not vault_dir.exists()
    assert list(tmp_path.iterdir()) == []


def test_weak_passphrase_message_never_repeats_the_passphrase(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    with pytest.raises(InvalidInput) as caught:
        app_vault.create_vault(vault_dir, "password1234", "Facilitator", fast_kdf)
    assert "password1234" not in str(caught.value)


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_create_vault_refuses_an_empty_display_name_and_writes_nothing(
    tmp_path: Path, vault_dir: Path, fast_kdf: KdfParams, name: str
) -> None:
    with pytest.raises(InvalidInput, match="display name"):
        app_vault.create_vault(vault_dir, PASSPHRASE, name, fast_kdf)
    assert list(tmp_path.iterdir()) == []


def test_create_vault_refuses_a_folder_that_already_holds_files(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    vault_dir.mkdir()
    (vault_dir / "thesis.docx").write_bytes(b"not mine to overwrite")
    with pytest.raises(VaultExists):
        app_vault.create_vault(vault_dir, PASSPHRASE, "Facilitator", fast_kdf)
    assert [p.name for p in vault_dir.iterdir()] == ["thesis.docx"]


def test_created_vault_is_unlocked_with_its_display_name_and_a_verified_audit_log(
    created_vault: CreatedVault,
) -> None:
    vault = created_vault.vault
    assert vault.is_open
    assert identity.whoami(vault).display_name == "Facilitator"
    report = audit.verify(vault)
    assert report.ok
    assert report.entries >= 1


def test_recovery_key_is_eight_dashed_groups_of_five(created_vault: CreatedVault) -> None:
    groups = created_vault.recovery_key.split("-")
    assert len(groups) == 8
    assert all(len(g) == 5 and g.isalnum() and g.upper() == g for g in groups)


# -- unlock ----------------------------------------------------------------------------------


def test_unlock_with_the_passphrase_opens_the_same_records(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    dialogue = records.add_dialogue(created_vault.vault, "Water sharing")
    created_vault.vault.lock()
    with app_vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert records.get_dialogue(vault, dialogue.id).title == "Water sharing"


def test_unlock_with_a_wrong_passphrase_raises_wrong_secret(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    with pytest.raises(WrongSecret):
        app_vault.unlock(vault_dir, OTHER_PASSPHRASE)


def test_unlock_with_the_recovery_key_instead_of_the_passphrase_raises_wrong_secret(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    """A recovery key typed into the passphrase box opens no passphrase slot."""
    with pytest.raises(WrongSecret):
        app_vault.unlock(vault_dir, created_vault.recovery_key)


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda k: k, id="as-printed"),
        pytest.param(str.lower, id="lower-case"),
        pytest.param(lambda k: k.replace("-", " "), id="spaces"),
        pytest.param(lambda k: k.replace("-", ""), id="no-dashes"),
        pytest.param(lambda k: "  " + k.lower().replace("-", "  ") + "\n", id="mixed"),
    ],
)
def test_unlock_with_recovery_key_ignores_case_spaces_and_dashes(
    created_vault: CreatedVault, vault_dir: Path, transform: Callable[[str], str]
) -> None:
    with app_vault.unlock_with_recovery_key(vault_dir, transform(created_vault.recovery_key)) as v:
        assert v.is_open
        assert identity.whoami(v).display_name == "Facilitator"


@pytest.mark.parametrize("index", [0, 17, 39])
def test_recovery_key_with_one_wrong_character_is_a_typo_not_a_wrong_secret(
    created_vault: CreatedVault, vault_dir: Path, index: int
) -> None:
    typo = _with_one_typo(created_vault.recovery_key, index)
    with pytest.raises(InvalidInput, match="typing mistake") as caught:
        app_vault.unlock_with_recovery_key(vault_dir, typo)
    assert not isinstance(caught.value, WrongSecret)


def test_recovery_key_of_the_wrong_length_is_invalid_input(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    with pytest.raises(InvalidInput):
        app_vault.unlock_with_recovery_key(vault_dir, created_vault.recovery_key[:-1])


def test_valid_looking_recovery_key_of_another_vault_raises_wrong_secret(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    other_key = recovery.format_key(recovery.generate())
    with pytest.raises(WrongSecret):
        app_vault.unlock_with_recovery_key(vault_dir, other_key)


@pytest.mark.parametrize("use_recovery_key", [False, True])
def test_unlocking_a_missing_folder_raises_vault_missing(
    tmp_path: Path, use_recovery_key: bool
) -> None:
    missing = tmp_path / "no-such-vault"
    with pytest.raises(VaultMissing):
        if use_recovery_key:
            app_vault.unlock_with_recovery_key(missing, recovery.format_key(recovery.generate()))
        else:
            app_vault.unlock(missing, PASSPHRASE)
    assert not missing.exists()


def test_unlocking_an_empty_folder_raises_vault_missing(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        app_vault.unlock(tmp_path, PASSPHRASE)


def test_vault_exists_only_for_a_vault_folder(created_vault: CreatedVault, tmp_path: Path) -> None:
    assert app_vault.vault_exists(created_vault.vault.folder)
    assert not app_vault.vault_exists(tmp_path / "elsewhere")


# -- change and reset the passphrase ---------------------------------------------------------


def test_change_passphrase_old_fails_new_works_and_records_are_intact(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    note = records.add_note(created_vault.vault, "Both sides accept the monitoring clause.")
    created_vault.vault.lock()

    app_vault.change_passphrase(vault_dir, PASSPHRASE, OTHER_PASSPHRASE)

    with pytest.raises(WrongSecret):
        app_vault.unlock(vault_dir, PASSPHRASE)
    with app_vault.unlock(vault_dir, OTHER_PASSPHRASE) as vault:
        assert records.get_note(vault, note.id).body == "Both sides accept the monitoring clause."
        assert audit.verify(vault).ok
    with app_vault.unlock_with_recovery_key(vault_dir, created_vault.recovery_key) as vault:
        assert records.get_note(vault, note.id).id == note.id


def test_change_passphrase_is_recorded_in_the_audit_log_at_next_unlock(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    created_vault.vault.lock()
    app_vault.change_passphrase(vault_dir, PASSPHRASE, OTHER_PASSPHRASE)
    with app_vault.unlock(vault_dir, OTHER_PASSPHRASE) as vault:
        events = [e.event for e in audit.entries(vault)]
    assert "keyslots.changed" in events


def test_change_passphrase_with_a_wrong_old_passphrase_raises_wrong_secret(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    created_vault.vault.lock()
    with pytest.raises(WrongSecret):
        app_vault.change_passphrase(vault_dir, "not the passphrase at all 77", OTHER_PASSPHRASE)
    app_vault.unlock(vault_dir, PASSPHRASE).lock()


@pytest.mark.parametrize("weak", ["password123", "password1234", "short"])
def test_change_passphrase_refuses_a_weak_new_one_and_the_old_one_still_works(
    created_vault: CreatedVault, vault_dir: Path, weak: str
) -> None:
    created_vault.vault.lock()
    keyslots_before = (vault_dir / "keyslots").read_bytes()
    with pytest.raises(InvalidInput, match="too weak"):
        app_vault.change_passphrase(vault_dir, PASSPHRASE, weak)
    assert (vault_dir / "keyslots").read_bytes() == keyslots_before
    app_vault.unlock(vault_dir, PASSPHRASE).lock()
    with pytest.raises(WrongSecret):
        app_vault.unlock(vault_dir, weak or "x")


def test_reset_passphrase_from_the_recovery_key_sets_a_working_passphrase(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    dialogue = records.add_dialogue(created_vault.vault, "Border crossings")
    created_vault.vault.lock()

    with app_vault.unlock_with_recovery_key(vault_dir, created_vault.recovery_key) as vault:
        app_vault.reset_passphrase(vault, OTHER_PASSPHRASE)

    with pytest.raises(WrongSecret):
        app_vault.unlock(vault_dir, PASSPHRASE)
    with app_vault.unlock(vault_dir, OTHER_PASSPHRASE) as vault:
        assert records.get_dialogue(vault, dialogue.id).title == "Border crossings"
    with app_vault.unlock_with_recovery_key(vault_dir, created_vault.recovery_key) as vault:
        assert records.get_dialogue(vault, dialogue.id).title == "Border crossings"


def test_reset_passphrase_refuses_a_weak_one_and_the_old_one_still_works(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    created_vault.vault.lock()
    with (
        app_vault.unlock_with_recovery_key(vault_dir, created_vault.recovery_key) as vault,
        pytest.raises(InvalidInput, match="too weak"),
    ):
        app_vault.reset_passphrase(vault, "password123")
    app_vault.unlock(vault_dir, PASSPHRASE).lock()


# -- lock ------------------------------------------------------------------------------------

USE_CASES: list[tuple[str, Callable[[OpenVault], Any]]] = [
    ("records.list_notes", records.list_notes),
    ("records.list_dialogues", records.list_dialogues),
    ("records.list_people", records.list_people),
    ("records.list_groups", records.list_groups),
    ("records.add_dialogue", lambda v: records.add_dialogue(v, "After lock")),
    ("records.add_note", lambda v: records.add_note(v, "After lock")),
    ("records.get_note", lambda v: records.get_note(v, 1)),
    ("papers.list_papers", papers.list_papers),
    ("papers.iter_paper", lambda v: list(papers.iter_paper(v, 1))),
    ("search.search", lambda v: search.search(v, "anything")),
    ("audit.verify", audit.verify),
    ("audit.entries", audit.entries),
    ("identity.whoami", identity.whoami),
    ("vault.check_integrity", app_vault.check_integrity),
    ("vault.reset_passphrase", lambda v: app_vault.reset_passphrase(v, OTHER_PASSPHRASE)),
    ("vault.folder", lambda v: v.folder),
]


@pytest.mark.parametrize(("name", "use_case"), USE_CASES, ids=[n for n, _ in USE_CASES])
def test_every_use_case_raises_vault_locked_after_lock(
    vault: OpenVault, name: str, use_case: Callable[[OpenVault], Any]
) -> None:
    records.add_note(vault, "Written before the lock.")
    vault.lock()
    assert vault.is_open is False
    with pytest.raises(VaultLocked):
        use_case(vault)


def test_lock_is_safe_twice_and_the_context_manager_locks(created_vault: CreatedVault) -> None:
    vault = created_vault.vault
    with vault as same:
        assert same is vault
        assert same.is_open
    assert not vault.is_open
    vault.lock()
    assert not vault.is_open


def test_locking_drops_the_keys_but_the_vault_unlocks_again(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    note = records.add_note(created_vault.vault, "Kept across a lock.")
    created_vault.vault.lock()
    with app_vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert records.get_note(vault, note.id).body == "Kept across a lock."


# -- defaults and integrity ------------------------------------------------------------------


def test_default_vault_path_honours_quietroom_vault(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("QUIETROOM_VAULT", str(tmp_path / "office-vault"))
    assert app_vault.default_vault_path() == tmp_path / "office-vault"


def test_default_vault_path_expands_a_tilde_in_quietroom_vault(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("QUIETROOM_VAULT", "~/qr")
    assert app_vault.default_vault_path() == tmp_path / "qr"


def test_default_vault_path_without_quietroom_vault_is_a_per_user_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("QUIETROOM_VAULT", raising=False)
    path = app_vault.default_vault_path()
    assert path.name == "vault"
    assert "Quietroom" in path.parts


@pytest.mark.slow
def test_production_kdf_params_use_at_least_256_mib_and_three_passes() -> None:
    params = app_vault.default_kdf_params()
    assert params.memlimit >= 256 * 1024 * 1024
    assert params.opslimit >= 3


def test_check_integrity_is_empty_on_a_healthy_vault(vault: OpenVault, tmp_path: Path) -> None:
    dialogue = records.add_dialogue(vault, "Healthy")
    records.add_session(vault, dialogue.id, starts_on="2024-05-01")
    records.add_note(vault, "Some text " * 500, dialogue_id=dialogue.id)
    source = tmp_path / "paper.txt"
    source.write_bytes(b"x" * 10_000)
    papers.add_paper(vault, source)
    assert app_vault.check_integrity(vault) == []


# -- changing the passphrase of an unlocked vault (the desktop app) ------------------------------

DURESS = "granite heron velvet quarry amber"


def test_an_unlocked_vault_changes_its_passphrase_once_the_current_one_is_given(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    vault = created_vault.vault
    note = records.add_note(vault, "Kept across the change.")
    app_vault.change_passphrase_unlocked(vault, PASSPHRASE, OTHER_PASSPHRASE)
    assert records.get_note(vault, note.id).body == "Kept across the change."  # still open
    vault.lock()
    with pytest.raises(WrongSecret):
        app_vault.unlock(vault_dir, PASSPHRASE)
    with app_vault.unlock(vault_dir, OTHER_PASSPHRASE) as reopened:
        assert records.get_note(reopened, note.id).id == note.id


def test_a_wrong_current_passphrase_changes_nothing(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    from storage import keyslots

    before = (vault_dir / keyslots.FILE_NAME).read_bytes()
    with pytest.raises(WrongSecret):
        app_vault.change_passphrase_unlocked(
            created_vault.vault, "not the passphrase at all 123", OTHER_PASSPHRASE
        )
    assert (vault_dir / keyslots.FILE_NAME).read_bytes() == before
    created_vault.vault.lock()
    with app_vault.unlock(vault_dir, PASSPHRASE):
        pass


def test_the_duress_passphrase_is_not_taken_as_the_current_one_and_erases_nothing(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    vault = created_vault.vault
    note = records.add_note(vault, "Still here.")
    app_vault.set_duress_passphrase(vault, DURESS)
    with pytest.raises(WrongSecret):
        app_vault.change_passphrase_unlocked(vault, DURESS, OTHER_PASSPHRASE)
    assert records.get_note(vault, note.id).body == "Still here."
    vault.lock()
    with app_vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert records.get_note(reopened, note.id).body == "Still here."


def test_the_recovery_key_proves_the_owner_who_forgot_the_passphrase(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    app_vault.change_passphrase_unlocked(
        created_vault.vault, created_vault.recovery_key, OTHER_PASSPHRASE, recovery_key=True
    )
    created_vault.vault.lock()
    with app_vault.unlock(vault_dir, OTHER_PASSPHRASE):
        pass


def test_a_weak_new_passphrase_is_refused_before_anything_is_checked(
    created_vault: CreatedVault, vault_dir: Path
) -> None:
    with pytest.raises(InvalidInput, match="too weak"):
        app_vault.change_passphrase_unlocked(created_vault.vault, PASSPHRASE, "password1")
    created_vault.vault.lock()
    with app_vault.unlock(vault_dir, PASSPHRASE):
        pass
