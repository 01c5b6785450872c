"""Shared fixtures: real vaults in tmp_path.

Only these fixtures weaken the Argon2id cost (8 MiB, 1 pass) so the suite runs in seconds;
tests/crypto/test_kdf.py and tests/app/test_vault.py check the production defaults.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import vault as app_vault
from app.vault import KdfParams, OpenVault

#: A passphrase zxcvbn scores 4, used by every fixture vault.
PASSPHRASE = "lantern orchard basalt quietly 1987"
OTHER_PASSPHRASE = "meridian copper thistle wander 4412"
FAST_KDF = KdfParams(opslimit=1, memlimit=8 * 1024 * 1024)


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where a vault should be created (the folder does not exist yet)."""
    return tmp_path / "vault"


@pytest.fixture
def created_vault(vault_dir: Path) -> Iterator[app_vault.CreatedVault]:
    """A fresh vault, unlocked, with its recovery key."""
    created = app_vault.create_vault(vault_dir, PASSPHRASE, "Facilitator", FAST_KDF)
    yield created
    created.vault.lock()


@pytest.fixture
def vault(created_vault: app_vault.CreatedVault) -> OpenVault:
    """An unlocked fresh vault."""
    return created_vault.vault
