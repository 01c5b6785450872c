"""Unlocking a vault written with older cipher settings says it is being converted (once)."""

from __future__ import annotations

from pathlib import Path

from app import vault as app_vault
from storage import schema
from storage.db import CIPHER_VERSION, Database
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.test_cipher_settings import _cipher_version, _db_key, _rewrite_as_version_1


def _old_format_vault(folder: Path) -> str:
    """A vault rewritten as releases before cipher settings version 2 wrote it; its recovery
    key."""
    created = app_vault.create_vault(folder, PASSPHRASE, "Amira Haddad", FAST_KDF)
    created.vault.lock()
    _rewrite_as_version_1(folder / "vault.db", _db_key(folder))
    assert _cipher_version(folder / "vault.db", _db_key(folder)) == 1
    return created.recovery_key


def test_unlocking_an_old_format_vault_reports_the_conversion_once(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _old_format_vault(folder)
    calls: list[tuple[int, int]] = []
    app_vault.unlock(
        folder, PASSPHRASE, progress=lambda done, total: calls.append((done, total))
    ).lock()
    assert calls == [(0, 1)]
    assert _cipher_version(folder / "vault.db", _db_key(folder)) == CIPHER_VERSION
    # The next unlock has nothing to convert and says nothing.
    app_vault.unlock(
        folder, PASSPHRASE, progress=lambda done, total: calls.append((done, total))
    ).lock()
    assert calls == [(0, 1)]


def test_the_recovery_key_unlock_reports_the_conversion_too(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    recovery_key = _old_format_vault(folder)
    calls: list[tuple[int, int]] = []
    vault = app_vault.unlock_with_recovery_key(
        folder, recovery_key, progress=lambda done, total: calls.append((done, total))
    )
    vault.lock()
    assert calls == [(0, 1)]
    assert _cipher_version(folder / "vault.db", _db_key(folder)) == CIPHER_VERSION


def test_a_current_vault_unlocks_without_reporting_a_conversion(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    app_vault.create_vault(folder, PASSPHRASE, "Amira Haddad", FAST_KDF).vault.lock()
    calls: list[tuple[int, int]] = []
    app_vault.unlock(
        folder, PASSPHRASE, progress=lambda done, total: calls.append((done, total))
    ).lock()
    assert calls == []


def test_unlocking_a_vault_at_an_older_schema_reports_the_update_once(tmp_path: Path) -> None:
    """A schema update can rebuild the search index (version 10): the unlock says why it takes
    longer, once, and the vault is at the current version after it."""
    folder = tmp_path / "vault"
    app_vault.create_vault(folder, PASSPHRASE, "Amira Haddad", FAST_KDF).vault.lock()
    db = Database(folder / "vault.db", _db_key(folder))
    db.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION - 1}")
    db.close()
    calls: list[tuple[int, int]] = []
    vault = app_vault.unlock(
        folder, PASSPHRASE, progress=lambda done, total: calls.append((done, total))
    )
    assert vault.storage.db.user_version() == schema.CURRENT_VERSION
    vault.lock()
    assert calls == [(0, 1)]
    app_vault.unlock(
        folder, PASSPHRASE, progress=lambda done, total: calls.append((done, total))
    ).lock()
    assert calls == [(0, 1)]
