"""The key-slot file is read before anything is authenticated: a damaged or forged file must
give the project's own errors (damaged, newer version, wrong secret), never a crash, and must
never open the vault unless it is the vault's own file."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app import records
from app import vault as app_vault
from app.errors import AppError
from storage import keyslots
from storage.errors import StorageError
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fuzz import fuzz_settings
from tests.fuzz.mutations import mutated
from tests.fuzz.targets import check_keyslots, keyslot_seed, with_valid_checksum

SEED = keyslot_seed()


def test_the_seed_key_slot_file_parses_and_opens_its_slot() -> None:
    check_keyslots(SEED)
    assert keyslots.KeySlots.parse(SEED).try_unwrap(bytes(32)) is not None


@fuzz_settings(1000)
@given(mutated(SEED, head=keyslots.HEADER_BYTES))
@example(b"")
@example(keyslots.MAGIC)
def test_mutated_key_slot_file_raises_only_storage_errors(data: bytes) -> None:
    check_keyslots(data)


@fuzz_settings(1000)
@given(mutated(SEED, head=keyslots.HEADER_BYTES).map(with_valid_checksum))
def test_mutated_key_slot_file_with_a_recomputed_checksum_raises_only_storage_errors(
    data: bytes,
) -> None:
    check_keyslots(data)


@fuzz_settings(300)
@given(data=st.data())
def test_reading_a_mutated_key_slot_file_from_disk_raises_only_storage_errors(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("slots")
    (folder / keyslots.FILE_NAME).write_bytes(data.draw(mutated(SEED)))
    with contextlib.suppress(StorageError):
        keyslots.read(folder)


@dataclass(frozen=True)
class Closed:
    folder: Path
    original: bytes
    note_id: int


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Closed]:
    folder = tmp_path_factory.mktemp("fuzz-slots") / "vault"
    with app_vault.create_vault(folder, PASSPHRASE, "Amira", FAST_KDF).vault as vault:
        note = records.add_note(vault, "kept behind the key slots")
    yield Closed(folder, (folder / keyslots.FILE_NAME).read_bytes(), note.id)
    shutil.rmtree(folder, ignore_errors=True)


@fuzz_settings(150)
@given(data=st.data())
def test_unlocking_with_a_mutated_key_slot_file_raises_only_app_errors(
    closed_vault: Closed, data: st.DataObject
) -> None:
    head = keyslots.HEADER_BYTES
    untrusted = data.draw(
        st.one_of(
            mutated(closed_vault.original, head=head),
            mutated(closed_vault.original, head=head).map(with_valid_checksum),
        )
    )
    # Argon2 parameters inside the bounds a forged file may set (up to 4 GiB, 64 passes)
    # are accepted by design; keep the fuzzer to the file's own parameters so that one
    # example cannot allocate gigabytes. Out-of-bound values are still tried above.
    try:
        params = keyslots.KeySlots.parse(untrusted).params
    except StorageError:
        params = FAST_KDF
    if params != FAST_KDF:
        return
    path = closed_vault.folder / keyslots.FILE_NAME
    path.write_bytes(untrusted)
    try:
        with app_vault.unlock(closed_vault.folder, PASSPHRASE) as vault:
            assert records.get_note(vault, closed_vault.note_id).body == (
                "kept behind the key slots"
            )
    except AppError:
        return
    finally:
        path.write_bytes(closed_vault.original)
    # Only the vault's own slot can open it; which bytes may differ is limited to other slots.
    opened = keyslots.KeySlots.parse(untrusted)
    original = keyslots.KeySlots.parse(closed_vault.original)
    assert (opened.vault_id, opened.salt, opened.params) == (
        original.vault_id,
        original.salt,
        original.params,
    )
