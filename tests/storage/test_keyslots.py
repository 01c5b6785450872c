"""Claims of storage/keyslots.py (docs/vault-format.md, "The keyslots file").

The key-slot file hides how many secrets open a vault, tells accidental damage apart from a wrong
passphrase, binds every slot to its index and to the header, and lets one Argon2id run serve
every passphrase slot.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from crypto import aead, kdf
from crypto.kdf import Argon2Params
from storage import keyslots
from storage.errors import DamagedFile, NotAVault, UnsupportedVersion, WrongSecret
from storage.keyslots import (
    FILE_BYTES,
    HEADER_BYTES,
    SLOT_BYTES,
    SLOT_COUNT,
    KeySlots,
    SlotKind,
    free_slot_indices,
)
from storage.vault import Passphrase, RecoverySecret, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

MASTER = bytes(range(32))


def _key() -> bytes:
    return secrets.token_bytes(32)


def _with_secrets(count: int) -> KeySlots:
    """A file with ``count`` real slots (random slot keys) and the rest unused."""
    slots = KeySlots.new(FAST_KDF)
    for index in free_slot_indices(set(), count):
        slots = slots.with_slot(index, _key(), SlotKind.PASSPHRASE, MASTER)
    return slots


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A real vault, closed, and its recovery secret (shared read-only by many cases)."""
    folder = tmp_path_factory.mktemp("keyslots") / "vault"
    vault, recovery_secret = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    vault.close()
    return folder, recovery_secret


# -- size and shape ----------------------------------------------------------------------------


@pytest.mark.parametrize("real_secrets", range(SLOT_COUNT + 1))
def test_file_has_the_same_size_and_slot_count_whatever_the_number_of_secrets(
    real_secrets: int,
) -> None:
    data = _with_secrets(real_secrets).to_bytes()
    assert len(data) == FILE_BYTES == 920
    parsed = KeySlots.parse(data)
    assert len(parsed.slots) == SLOT_COUNT == 8
    assert {len(slot) for slot in parsed.slots} == {SLOT_BYTES}


def test_a_created_vault_writes_a_920_byte_file_of_8_slots(
    closed_vault: tuple[Path, bytes],
) -> None:
    folder, _ = closed_vault
    data = (folder / "keyslots").read_bytes()
    assert len(data) == FILE_BYTES
    assert data[52:56] == (8).to_bytes(2, "big") + (104).to_bytes(2, "big")


def test_parse_and_serialise_round_trip_exactly() -> None:
    original = _with_secrets(3)
    data = original.to_bytes()
    parsed = KeySlots.parse(data)
    assert parsed == original
    assert parsed.to_bytes() == data


def test_used_and_unused_slots_have_no_byte_that_tells_them_apart() -> None:
    """Across many files, every byte position of a real slot takes many values and both values
    of its top bit, like the random bytes of an unused slot: there is no marker, no kind byte
    and no length in clear that would let a reader count the real secrets."""
    real = [_with_secrets(0).with_slot(0, _key(), SlotKind.RECOVERY, MASTER).slots[0]]
    real += [_with_secrets(0).with_slot(3, _key(), SlotKind.PASSPHRASE, MASTER).slots[3]]
    for _ in range(62):
        real.append(
            KeySlots.new(FAST_KDF).with_slot(1, _key(), SlotKind.PASSPHRASE, MASTER).slots[1]
        )
    for position in range(SLOT_BYTES):
        values = {slot[position] for slot in real}
        assert len(values) > 16, f"byte {position} of a real slot is nearly constant"
        assert {v >> 7 for v in values} == {0, 1}, f"top bit of byte {position} is fixed"


def test_which_slots_a_new_vault_uses_is_chosen_at_random() -> None:
    picks = {tuple(free_slot_indices(set(), 2)) for _ in range(300)}
    # 56 ordered pairs exist; always the same ones would reveal which slots are real.
    assert len(picks) > 30
    assert all(a != b for a, b in picks)


def test_free_slot_indices_never_returns_a_used_slot() -> None:
    used = {0, 2, 5}
    for _ in range(100):
        assert not set(free_slot_indices(used, 5)) & used


# -- damage is reported as damage ----------------------------------------------------------------


def _open_with_passphrase(folder: Path) -> None:
    Vault.open(folder, Passphrase(PASSPHRASE)).close()


def test_every_single_byte_change_is_reported_as_damage_to_the_keyslots_file(
    closed_vault: tuple[Path, bytes], tmp_path: Path
) -> None:
    source, _ = closed_vault
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "vault.db").symlink_to(source / "vault.db")
    original = (source / "keyslots").read_bytes()
    for offset in range(len(original)):
        for flip in (0x01, 0x80, 0xFF):
            damaged = bytearray(original)
            damaged[offset] ^= flip
            (folder / "keyslots").write_bytes(bytes(damaged))
            with pytest.raises(DamagedFile) as caught:
                _open_with_passphrase(folder)
            assert caught.value.file_name == "keyslots", (offset, flip)
            assert "'keyslots' is damaged" in str(caught.value), (offset, flip)


def test_a_file_truncated_at_any_length_is_reported_as_damage(
    closed_vault: tuple[Path, bytes], tmp_path: Path
) -> None:
    source, _ = closed_vault
    data = (source / "keyslots").read_bytes()
    for length in range(len(data)):
        with pytest.raises(DamagedFile) as caught:
            KeySlots.parse(data[:length])
        assert caught.value.file_name == "keyslots", length
    # And through an unlock, for a cut in the middle of the slots.
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "vault.db").symlink_to(source / "vault.db")
    (folder / "keyslots").write_bytes(data[:500])
    with pytest.raises(DamagedFile, match="'keyslots' is damaged"):
        _open_with_passphrase(folder)


@pytest.mark.parametrize("extra", [b"\0", b"\xff", secrets.token_bytes(104)])
def test_appended_bytes_are_reported_as_damage(
    closed_vault: tuple[Path, bytes], tmp_path: Path, extra: bytes
) -> None:
    source, _ = closed_vault
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "vault.db").symlink_to(source / "vault.db")
    (folder / "keyslots").write_bytes((source / "keyslots").read_bytes() + extra)
    with pytest.raises(DamagedFile, match="keyslots") as caught:
        _open_with_passphrase(folder)
    assert caught.value.file_name == "keyslots"


def test_a_missing_keyslots_file_means_no_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        keyslots.read(tmp_path)


def test_a_newer_format_version_asks_for_a_newer_quietroom() -> None:
    """A file written by a later format (its own consistent checksum) is not called damaged."""
    data = bytearray(_with_secrets(1).to_bytes())
    data[6:8] = (2).to_bytes(2, "big")
    data[-32:] = hashlib.sha256(bytes(data[:-32])).digest()
    with pytest.raises(UnsupportedVersion, match="newer"):
        KeySlots.parse(bytes(data))


@pytest.mark.parametrize(
    "params",
    [
        Argon2Params(opslimit=0, memlimit=FAST_KDF.memlimit),
        Argon2Params(opslimit=65, memlimit=FAST_KDF.memlimit),
        Argon2Params(opslimit=1, memlimit=1024),
        Argon2Params(opslimit=1, memlimit=5 * 1024**3),
    ],
)
def test_forged_kdf_parameters_are_refused_before_any_derivation(
    params: Argon2Params, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with a valid checksum but absurd Argon2id costs cannot make an unlock spin or
    allocate without bound."""
    runs = _count_argon2_runs(monkeypatch)
    data = replace(_with_secrets(1), params=params).to_bytes()
    with pytest.raises(DamagedFile, match="out of range"):
        KeySlots.parse(data)
    assert runs == []


# -- binding -----------------------------------------------------------------------------------


def test_a_slot_opens_only_at_its_own_index() -> None:
    slot_key = _key()
    slots = KeySlots.new(FAST_KDF).with_slot(2, slot_key, SlotKind.PASSPHRASE, MASTER)
    opened = slots.try_unwrap(slot_key)
    assert opened is not None and (opened.index, opened.kind) == (2, SlotKind.PASSPHRASE)
    assert opened.master_key == MASTER
    for target in range(SLOT_COUNT):
        if target == 2:
            continue
        moved = list(slots.with_random_slot(2).slots)
        moved[target] = slots.slots[2]
        assert replace(slots, slots=tuple(moved)).try_unwrap(slot_key) is None, target


@pytest.mark.parametrize("field", ["vault_id", "salt", "params"])
def test_a_slot_does_not_open_under_another_header(field: str) -> None:
    slot_key = _key()
    slots = KeySlots.new(FAST_KDF).with_slot(4, slot_key, SlotKind.RECOVERY, MASTER)
    changes: dict[str, Any] = {
        "vault_id": secrets.token_bytes(16),
        "salt": secrets.token_bytes(16),
        "params": Argon2Params(opslimit=2, memlimit=FAST_KDF.memlimit),
    }
    assert replace(slots, **{field: changes[field]}).try_unwrap(slot_key) is None


def test_a_slot_copied_into_another_vaults_file_does_not_open() -> None:
    slot_key = _key()
    mine = KeySlots.new(FAST_KDF).with_slot(0, slot_key, SlotKind.PASSPHRASE, MASTER)
    theirs = KeySlots.new(FAST_KDF)
    transplanted = replace(theirs, slots=(mine.slots[0], *theirs.slots[1:]))
    assert transplanted.try_unwrap(slot_key) is None


def test_a_recovery_key_slot_does_not_unlock_as_a_passphrase(
    closed_vault: tuple[Path, bytes],
) -> None:
    """The kind is inside the encryption and checked: a secret only opens slots of its kind."""
    folder, recovery_secret = closed_vault
    slots = keyslots.read(folder)
    found = slots.try_unwrap(slots.recovery_slot_key(recovery_secret))
    assert found is not None and found.kind == SlotKind.RECOVERY
    passphrase_found = slots.try_unwrap(slots.passphrase_slot_key(PASSPHRASE))
    assert passphrase_found is not None and passphrase_found.kind == SlotKind.PASSPHRASE
    assert passphrase_found.index != found.index


def test_a_slot_with_an_unknown_kind_is_damage_not_a_key() -> None:
    slot_key = _key()
    slots = KeySlots.new(FAST_KDF)
    aad = slots.header() + (6).to_bytes(2, "big")
    forged = aead.seal(slot_key, bytes([9]) + bytes(31) + MASTER, aad)
    slots = replace(slots, slots=(*slots.slots[:6], forged, slots.slots[7]))
    with pytest.raises(DamagedFile, match="slot 6"):
        slots.try_unwrap(slot_key)


# -- one Argon2id run per unlock -----------------------------------------------------------------


def _count_argon2_runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, int, int]]:
    """Record every Argon2id derivation (salt, opslimit, memlimit in bytes)."""
    runs: list[tuple[bytes, int, int]] = []
    real = kdf.Argon2id

    def counting(*, salt: bytes, iterations: int, memory_cost: int, **kwargs: Any) -> Any:
        runs.append((salt, iterations, memory_cost * 1024))
        return real(salt=salt, iterations=iterations, memory_cost=memory_cost, **kwargs)

    monkeypatch.setattr(kdf, "Argon2id", counting)
    return runs


def test_the_header_holds_one_salt_and_one_parameter_set_for_every_slot(
    closed_vault: tuple[Path, bytes],
) -> None:
    folder, _ = closed_vault
    data = (folder / "keyslots").read_bytes()
    slots = KeySlots.parse(data)
    assert data[24:40] == slots.salt
    assert int.from_bytes(data[40:44], "big") == FAST_KDF.opslimit
    assert int.from_bytes(data[44:52], "big") == FAST_KDF.memlimit
    # Everything after the header is slots and the checksum: no per-slot salt or cost.
    assert len(data) - HEADER_BYTES == SLOT_COUNT * SLOT_BYTES + 32


def test_unlocking_runs_argon2id_once_whichever_slot_the_passphrase_is_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six decoy passphrase slots come first, the real one is last: one derivation with the
    file's salt and parameters is tried on all of them."""
    folder = tmp_path / "vault"
    vault, recovery_secret = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    vault.close()
    slots = keyslots.read(folder)
    opened = slots.try_unwrap(slots.passphrase_slot_key(PASSPHRASE))
    assert opened is not None
    master = opened.master_key
    for index in range(SLOT_COUNT - 2):
        decoy = slots.passphrase_slot_key(f"decoy passphrase number {index}")
        slots = slots.with_slot(index, decoy, SlotKind.PASSPHRASE, master)
    slots = slots.with_slot(6, slots.recovery_slot_key(recovery_secret), SlotKind.RECOVERY, master)
    slots = slots.with_slot(7, slots.passphrase_slot_key(PASSPHRASE), SlotKind.PASSPHRASE, master)
    keyslots.write(folder, slots)

    runs = _count_argon2_runs(monkeypatch)
    reopened = Vault.open(folder, Passphrase(PASSPHRASE))
    assert reopened.opened_slot == 7
    reopened.close()
    assert runs == [(slots.salt, FAST_KDF.opslimit, FAST_KDF.memlimit)]

    runs.clear()
    with pytest.raises(WrongSecret):
        Vault.open(folder, Passphrase("not any of the seven"))
    assert len(runs) == 1


def test_unlocking_with_the_recovery_key_runs_no_argon2id(
    closed_vault: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, recovery_secret = closed_vault
    runs = _count_argon2_runs(monkeypatch)
    Vault.open(folder, RecoverySecret(recovery_secret)).close()
    assert runs == []


def test_damage_is_found_before_any_argon2id_run(
    closed_vault: tuple[Path, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, _ = closed_vault
    data = bytearray((source / "keyslots").read_bytes())
    data[HEADER_BYTES + 3 * SLOT_BYTES + 50] ^= 0x10
    runs = _count_argon2_runs(monkeypatch)
    with pytest.raises(DamagedFile):
        KeySlots.parse(bytes(data))
    assert runs == []
