"""Claims of the duress passphrase (storage/vault.py, slot kind 3 in docs/vault-format.md).

Typed at unlock, the duress passphrase opens an innocuous decoy and the real vault is gone
(neither its passphrase nor its recovery key opens it, even with a saved copy of its
database); the key-slot file looks the same with or without a duress slot; the decoy then
behaves as an ordinary vault; an interrupted duress unlock finishes when repeated.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crypto import recovery
from storage import backup, keyslots, papers
from storage import records as rec
from storage import vault as storage_vault
from storage.errors import StorageError, WrongSecret
from storage.keyslots import FILE_BYTES, HEADER_BYTES, SLOT_BYTES, SLOT_COUNT, KeySlots
from storage.vault import Passphrase, RecoverySecret, Vault
from tests.conftest import FAST_KDF, OTHER_PASSPHRASE, PASSPHRASE

DURESS = "harbour violet pinecone tractor 5521"
MARKER = "qrduressmarker-6a1f the real negotiating position"


def _real_vault(folder: Path, duress: bool = True) -> bytes:
    vault, recovery_secret = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    rec.insert(vault.db, rec.NOTES, {"title": "Round 2", "body": MARKER})
    rec.insert(vault.db, rec.PEOPLE, {"name": "Farida Haddad"})
    with vault.db.transaction():
        papers.store(vault.db, "memo", "memo.txt", "text/plain", None, [MARKER.encode() * 100])
    if duress:
        vault.set_duress_passphrase(DURESS)
    vault.close()
    return recovery_secret


def _count(vault: Vault, table: str) -> int:
    row = vault.db.query_one(f"SELECT count(*) FROM {table}")
    assert row is not None
    return int(row[0])


def test_the_duress_passphrase_opens_the_decoy_and_the_real_vault_is_gone(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    recovery_secret = _real_vault(folder)
    saved_db = tmp_path / "saved-vault.db"
    shutil.copyfile(folder / "vault.db", saved_db)

    decoy = Vault.open(folder, Passphrase(DURESS))
    decoy.close()

    for secret in (Passphrase(PASSPHRASE), RecoverySecret(recovery_secret)):
        with pytest.raises(WrongSecret):
            Vault.open(folder, secret)
    # Even with a copy of the real database taken before, no slot holds its key any more.
    slots = keyslots.read(folder)
    for slot_key in (
        slots.passphrase_slot_key(PASSPHRASE),
        slots.recovery_slot_key(recovery_secret),
    ):
        assert slots.try_unwrap(slot_key) is None
    assert MARKER.encode() not in b"".join(p.read_bytes() for p in folder.iterdir())


def test_the_decoy_holds_only_innocuous_content(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _real_vault(folder)
    decoy = Vault.open(folder, Passphrase(DURESS))
    try:
        for table in ("dialogues", "sessions", "people", "notes", "papers", "paper_chunks"):
            assert _count(decoy, table) == 0, table
        for table in ("working_groups", "contacts", "packets"):
            assert _count(decoy, table) == 0, table
        name, _ = decoy.identity()
        assert name == "Facilitator"
        assert decoy.slot_map() == {decoy.opened_slot: "passphrase"}
        assert decoy.db.integrity_check() == []
    finally:
        decoy.close()


def test_after_duress_the_decoy_is_an_ordinary_vault_with_its_own_decoy(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _real_vault(folder)
    first = Vault.open(folder, Passphrase(DURESS))
    identity = first.identity()[1].public
    rec.insert(first.db, rec.NOTES, {"body": "lunch at noon"})
    first.close()
    assert sorted(p.name for p in folder.iterdir()) == ["decoy.db", "keyslots", "vault.db"]

    again = Vault.open(folder, Passphrase(DURESS))
    try:
        assert again.identity()[1].public == identity  # the same vault, not a new decoy
        assert _count(again, "notes") == 1
    finally:
        again.close()


def test_the_key_slot_file_looks_the_same_with_or_without_a_duress_slot(tmp_path: Path) -> None:
    with_duress, without = tmp_path / "a", tmp_path / "b"
    _real_vault(with_duress, duress=True)
    _real_vault(without, duress=False)
    files = [(f / "keyslots").read_bytes() for f in (with_duress, without)]
    assert [len(data) for data in files] == [FILE_BYTES, FILE_BYTES]
    assert sorted(p.name for p in with_duress.iterdir()) == sorted(
        p.name for p in without.iterdir()
    )
    for data in files:
        slots = KeySlots.parse(data)
        assert len(slots.slots) == SLOT_COUNT
        # The header differs only in its random id and salt; every slot looks random.
        assert data[:6] == b"QRKEYS" and data[40:56] == files[1][40:56]
        for blob in slots.slots:
            assert len(blob) == SLOT_BYTES
            assert len(set(blob)) > 60  # 104 random bytes: about 84 distinct values
        assert b"duress" not in data.lower()
    # Without secrets, the file's body is the same shape: no length, count or flag differs.
    assert files[0][HEADER_BYTES - 4 : HEADER_BYTES] == files[1][HEADER_BYTES - 4 : HEADER_BYTES]


def test_an_observer_cannot_tell_the_duress_slot_from_an_unused_one(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _real_vault(folder, duress=False)
    before = KeySlots.parse((folder / "keyslots").read_bytes())
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    vault.set_duress_passphrase(DURESS)
    [duress_index] = [i for i, kind in vault.slot_map().items() if kind == "duress"]
    vault.close()
    after = KeySlots.parse((folder / "keyslots").read_bytes())
    # Exactly one slot changed: one that was unused (random) and is random-looking still.
    changed = [i for i in range(SLOT_COUNT) if before.slots[i] != after.slots[i]]
    assert changed == [duress_index]
    assert after.header() == before.header()


def test_the_duress_passphrase_must_differ_from_the_real_one(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _real_vault(folder, duress=False)
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        with pytest.raises(StorageError, match="differ"):
            vault.set_duress_passphrase(PASSPHRASE)
        vault.set_duress_passphrase(DURESS)
        with pytest.raises(StorageError, match="differ"):
            vault.set_passphrase(DURESS)
    finally:
        vault.close()
    with pytest.raises(StorageError, match="differ"):
        storage_vault.change_passphrase(folder, Passphrase(PASSPHRASE), DURESS)
    Vault.open(folder, Passphrase(PASSPHRASE)).close()  # the real vault is intact


def test_setting_the_duress_passphrase_again_replaces_it(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _real_vault(folder)
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    vault.set_duress_passphrase(OTHER_PASSPHRASE)
    assert list(vault.slot_map().values()).count("duress") == 1
    vault.close()
    slots = keyslots.read(folder)
    assert slots.try_unwrap(slots.passphrase_slot_key(DURESS)) is None
    Vault.open(folder, Passphrase(OTHER_PASSPHRASE)).close()
    with pytest.raises(WrongSecret):
        Vault.open(folder, Passphrase(PASSPHRASE))


@pytest.mark.parametrize("cut_after", [1, 2, 3])
def test_a_duress_unlock_interrupted_at_any_step_finishes_when_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cut_after: int
) -> None:
    folder = tmp_path / "vault"
    recovery_secret = _real_vault(folder)
    calls = {"n": 0}
    real_replace = keyslots.replace_scrubbing
    real_scrub = storage_vault.scrub_and_remove

    def counting_replace(target: Path, slots: KeySlots) -> None:
        real_replace(target, slots)
        calls["n"] += 1
        if calls["n"] == cut_after:
            raise KeyboardInterrupt

    def counting_scrub(path: Path) -> bool:
        done = real_scrub(path)
        if cut_after == 3 and path.name == "vault.db":
            raise KeyboardInterrupt  # the real database is gone, the decoy not yet in place
        return done

    monkeypatch.setattr(keyslots, "replace_scrubbing", counting_replace)
    monkeypatch.setattr(storage_vault, "scrub_and_remove", counting_scrub)
    with pytest.raises(KeyboardInterrupt):
        Vault.open(folder, Passphrase(DURESS))
    monkeypatch.undo()

    decoy = Vault.open(folder, Passphrase(DURESS))
    try:
        assert _count(decoy, "notes") == 0
        assert decoy.identity()[0] == "Facilitator"
    finally:
        decoy.close()
    for secret in (Passphrase(PASSPHRASE), RecoverySecret(recovery_secret)):
        with pytest.raises(WrongSecret):
            Vault.open(folder, secret)


def test_a_vault_made_before_decoys_gets_one_at_its_first_unlock_and_duress_works(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    shutil.copytree(Path(__file__).resolve().parents[1] / "fixtures" / "vault-v1", folder)
    key = (Path(__file__).resolve().parents[1] / "fixtures" / "vault-v1.recovery-key").read_text()
    assert not (folder / "decoy.db").exists()
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    assert (folder / "decoy.db").is_file()
    vault.set_duress_passphrase(DURESS)
    vault.close()

    Vault.open(folder, Passphrase(DURESS)).close()

    with pytest.raises(WrongSecret):
        Vault.open(folder, RecoverySecret(recovery.parse_key(key.strip())))


def test_a_duress_passphrase_does_not_open_a_backup(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _real_vault(folder)
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    backup.create(vault, tmp_path / "b.qrbackup")
    vault.close()
    with pytest.raises(WrongSecret):
        backup.verify(tmp_path / "b.qrbackup", Passphrase(DURESS))
