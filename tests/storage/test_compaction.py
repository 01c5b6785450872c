"""When much of the file is free pages (a large paper deleted; schema 10 rebuilt the search
index), the unlock gives the space back by rewriting the database without them, and says so;
a little free space is left alone, and a rewrite that cannot be done changes nothing."""

from __future__ import annotations

import os
import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from storage import papers, schema, search
from storage import records as rec
from storage import vault as storage_vault
from storage.db import Database
from storage.vault import Passphrase, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.test_cipher_settings import _db_key

NOTES = 300
BODY = "Delegations weighed the water-sharing formula against the drought record. " * 40


def _vault_one_schema_behind(folder: Path) -> None:
    """A vault with notes, from which a large paper was deleted (its pages are now free, and
    zeros), whose database says it is one schema version behind: the next unlock updates it."""
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    with vault.db.transaction():
        for i in range(NOTES):
            rec.insert(vault.db, rec.NOTES, {"title": f"Round note {i}", "body": BODY})
    paper = papers.store(
        vault.db,
        "Annex",
        "annex.bin",
        "application/octet-stream",
        None,
        [os.urandom(1024 * 1024) for _ in range(6)],
    )
    papers.delete(vault.db, paper.id)
    vault.close()
    db = Database(folder / "vault.db", _db_key(folder))
    db.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION - 1}")
    db.close()


def _free_pages(vault: Vault) -> int:
    return int(vault.db.query("PRAGMA freelist_count")[0][0])


def test_a_schema_update_that_frees_much_of_the_file_gives_the_space_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    _vault_one_schema_behind(folder)
    monkeypatch.setattr(storage_vault, "COMPACT_MIN_BYTES", 0)  # the test vault is small
    before = (folder / "vault.db").stat().st_size
    said: list[str] = []

    vault = Vault.open(folder, Passphrase(PASSPHRASE), lambda: said.append("updating"))
    try:
        assert said == ["updating"]  # one notice for the update and its rewrite
        assert vault.db.user_version() == schema.CURRENT_VERSION
        assert _free_pages(vault) <= 2  # a page or two freed by the unlock's own writes
        assert len(rec.list_all(vault.db, rec.NOTES, limit=1000)) == NOTES
        assert len(search.search(vault.db, "drought", limit=1000)) == NOTES
    finally:
        vault.close()
    after = (folder / "vault.db").stat().st_size
    assert after < before * 0.75, (before, after)
    assert sorted(p.name for p in folder.iterdir() if "converting" in p.name) == []


def test_deleting_a_large_paper_gives_its_space_back_at_the_next_unlock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    monkeypatch.setattr(storage_vault, "COMPACT_MIN_BYTES", 4 * 1024 * 1024)
    chunks = [os.urandom(1024 * 1024) for _ in range(8)]
    paper = papers.store(vault.db, "Annex", "annex.bin", "application/pdf", None, chunks)
    vault.close()
    with_paper = (folder / "vault.db").stat().st_size
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    papers.delete(vault.db, paper.id)
    vault.close()
    assert (folder / "vault.db").stat().st_size == with_paper  # deleted, not yet given back
    said: list[str] = []

    vault = Vault.open(folder, Passphrase(PASSPHRASE), lambda: said.append("updating"))
    try:
        assert said == ["updating"]
        assert _free_pages(vault) <= 2
        assert papers.list_papers(vault.db) == []
    finally:
        vault.close()
    assert (folder / "vault.db").stat().st_size < with_paper // 4


def test_a_little_free_space_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    monkeypatch.setattr(storage_vault, "COMPACT_MIN_BYTES", 0)
    with vault.db.transaction():
        for i in range(NOTES):
            rec.insert(vault.db, rec.NOTES, {"title": f"Round note {i}", "body": BODY})
    vault.db.execute("DELETE FROM notes WHERE id <= 20")  # well under a quarter of the file
    vault.close()
    size = (folder / "vault.db").stat().st_size
    said: list[str] = []
    vault = Vault.open(folder, Passphrase(PASSPHRASE), lambda: said.append("updating"))
    try:
        assert _free_pages(vault) > 0
    finally:
        vault.close()
    assert said == []
    assert (folder / "vault.db").stat().st_size == size


def test_a_rewrite_without_room_leaves_the_updated_vault_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    _vault_one_schema_behind(folder)
    monkeypatch.setattr(storage_vault, "COMPACT_MIN_BYTES", 0)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9, 0))
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        assert vault.db.user_version() == schema.CURRENT_VERSION
        assert _free_pages(vault) > 0  # not compacted, nothing lost
        assert len(search.search(vault.db, "drought", limit=1000)) == NOTES
    finally:
        vault.close()
    assert sorted(p.name for p in folder.iterdir() if "converting" in p.name) == []


def test_the_production_thresholds_leave_small_vaults_alone() -> None:
    assert storage_vault.COMPACT_MIN_BYTES == 64 * 1024 * 1024
    assert storage_vault.COMPACT_SHARE == 0.25
