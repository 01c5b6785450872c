"""The unlock screen says why an unlock takes longer when the vault is being converted."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import vault as app_vault
from storage.db import CIPHER_VERSION
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.test_cipher_settings import _cipher_version, _db_key, _rewrite_as_version_1
from tests.ui.conftest import unlock
from ui.shell.root import RootWindow


@pytest.fixture
def existing_vault(tmp_path: Path) -> Path:
    """A vault written with the cipher settings of releases before version 2."""
    folder = tmp_path / "vault"
    app_vault.create_vault(folder, PASSPHRASE, "Amira Haddad", FAST_KDF).vault.lock()
    _rewrite_as_version_1(folder / "vault.db", _db_key(folder))
    return folder


def test_unlocking_an_old_format_vault_says_it_is_being_updated(
    qtbot: object, window: RootWindow, existing_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    status = window.unlock_screen.status
    set_text = status.setText

    def recording(text: str) -> None:
        shown.append(text)
        set_text(text)

    monkeypatch.setattr(status, "setText", recording)
    unlock(qtbot, window)
    assert any("Updating how this vault is stored" in text for text in shown), shown
    assert window.session.is_unlocked
    assert _cipher_version(existing_vault / "vault.db", _db_key(existing_vault)) == CIPHER_VERSION
