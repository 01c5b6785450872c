"""A vault written by the first format (schema 1, before full-text search) opens with this
build: it is migrated forward in place, its records are intact and searchable, and both its
passphrase and its recovery key still work. The fixture in tests/fixtures/vault-v1 is never
regenerated (see tests/fixtures/make_vault_v1.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import audit, records, search
from app import vault as app_vault
from crypto.kdf import derive_subkey
from storage import keyslots, schema
from storage.db import Database
from storage.vault import DB_KEY_LABEL

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v1"
PASSPHRASE = "lantern orchard basalt quietly 1987"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "old-vault"
    shutil.copytree(FIXTURE, folder)
    return folder


def test_schema_1_vault_is_migrated_and_its_records_are_intact(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    with app_vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.storage.db.user_version() == schema.CURRENT_VERSION
        [dialogue] = records.list_dialogues(vault)
        assert dialogue.title == "Coastal fisheries dialogue"
        [note] = records.list_notes(vault)
        assert note.body == "Both sides unpacked the word 'quota' over dinner."
        [person] = records.session_attendance(vault, note.session_id or 0)
        assert person.name == "Nadia Karimova"
        hits = search.search(vault, "quota")
        assert [(h.kind, h.id) for h in hits] == [("note", note.id)]
        assert [h.title for h in search.search(vault, "Karimova")] == ["Nadia Karimova"]
        assert audit.verify(vault).ok
        # New records made after the migration are indexed too.
        records.add_note(vault, "A second round in Bergen on licences.", dialogue_id=dialogue.id)
        assert len(search.search(vault, "licences")) == 1


def test_schema_1_vault_opens_with_its_recovery_key(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    key = (FIXTURE.parent / "vault-v1.recovery-key").read_text().strip()
    with app_vault.unlock_with_recovery_key(folder, key) as vault:
        assert records.list_people(vault)[0].name == "Nadia Karimova"


def test_fixture_itself_is_still_at_schema_1(tmp_path: Path) -> None:
    """Guards the fixture: if someone regenerated it with new code, it would test nothing."""
    folder = _copy(tmp_path)
    slots = keyslots.read(folder)
    opened = slots.try_unwrap(slots.passphrase_slot_key(PASSPHRASE))
    assert opened is not None
    db = Database(folder / "vault.db", derive_subkey(opened.master_key, DB_KEY_LABEL))
    try:
        assert db.user_version() == 1
        assert db.query("SELECT name FROM sqlite_master WHERE name = 'search_index'") == []
    finally:
        db.close()
