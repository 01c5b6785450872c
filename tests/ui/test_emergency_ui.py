"""Emergency erase from the desktop app: one action (button or Ctrl+Shift+Del), one question,
then the vault is gone and the app looks freshly installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app import vault as app_vault
from app.errors import VaultMissing
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_emergency_erase_destroys_the_vault_and_shows_a_fresh_start(
    qtbot, window, existing_vault: Path, monkeypatch
) -> None:
    unlock(qtbot, window)
    assert window.erase_action.shortcut().toString() == "Ctrl+Shift+Del"
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.erase_action.trigger()  # how fast: tests/app/test_emergency.py
    assert not existing_vault.exists()
    assert window.current_screen() == "onboarding"
    assert window.workspace is None and not window.session.is_unlocked
    assert not app_vault.vault_exists(existing_vault)
    with pytest.raises(VaultMissing):
        app_vault.unlock(existing_vault, PASSPHRASE)


def test_answering_no_erases_nothing(qtbot, window, existing_vault: Path, monkeypatch) -> None:
    unlock(qtbot, window)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    window.erase_action.trigger()
    assert app_vault.vault_exists(existing_vault)
    assert window.current_screen() == "workspace"


def test_erase_also_works_from_the_unlock_screen(qtbot, window, existing_vault: Path) -> None:
    """At a checkpoint the vault may be locked: erasing needs no passphrase."""
    assert window.current_screen() == "unlock"
    window.erase_vault()
    assert not existing_vault.exists()
    assert window.current_screen() == "onboarding"
