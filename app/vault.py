"""Opening, creating and locking vaults: the entry point both the UI and the CLI use."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import platformdirs

from app.errors import AppError, InvalidInput, VaultLocked, translated
from app.passphrase import assess
from crypto import kdf, recovery
from crypto.errors import Message
from crypto.kdf import Argon2Params as KdfParams
from storage import papers as paper_store
from storage import vault as storage_vault
from storage.vault import Passphrase, RecoverySecret, Vault

ENV_VAULT = "QUIETROOM_VAULT"

__all__ = [
    "CreatedVault",
    "KdfParams",
    "OpenVault",
    "change_passphrase",
    "check_integrity",
    "create_vault",
    "default_kdf_params",
    "default_vault_path",
    "reset_passphrase",
    "set_duress_passphrase",
    "unlock",
    "unlock_with_recovery_key",
    "vault_exists",
]


def default_vault_path() -> Path:
    """``$QUIETROOM_VAULT``, or the platform's per-user data folder."""
    configured = os.environ.get(ENV_VAULT)
    if configured:
        return Path(configured).expanduser()
    return platformdirs.user_data_path("Quietroom", appauthor=False) / "vault"


def vault_exists(folder: Path) -> bool:
    return storage_vault.is_vault(folder)


class OpenVault:
    """An unlocked vault, handed to every use case. ``with`` closes it; so does :meth:`lock`."""

    def __init__(self, vault: Vault) -> None:
        self._vault: Vault | None = vault

    @property
    def storage(self) -> Vault:
        """The storage-layer vault (for the use-case modules of ``app/`` only)."""
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked("the vault is locked")
        return self._vault

    @property
    def folder(self) -> Path:
        return self.storage.folder

    @property
    def is_open(self) -> bool:
        return self._vault is not None and self._vault.is_open

    def lock(self) -> None:
        """Close the database and drop the keys. Safe to call twice."""
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.lock()


@dataclass(frozen=True)
class CreatedVault:
    """A new vault, already unlocked, and its recovery key (shown once, never stored)."""

    vault: OpenVault
    recovery_key: str


def default_kdf_params() -> kdf.Argon2Params:
    """The production Argon2id parameters: 256 MiB, time cost calibrated near one second."""
    return kdf.calibrate(kdf.DEFAULT_TARGET_SECONDS, kdf.DEFAULT_MEMLIMIT)


def create_vault(
    folder: Path,
    passphrase: str,
    display_name: str,
    kdf_params: kdf.Argon2Params | None = None,
) -> CreatedVault:
    """Create a vault and its identity. ``kdf_params`` defaults to :func:`default_kdf_params`."""
    name = display_name.strip()
    if not name:
        raise InvalidInput("a vault needs a display name for its contact card")
    strength = assess(passphrase, (name,))
    if not strength.acceptable:
        advice = strength.warning or Message("add more unrelated words")
        raise InvalidInput("the passphrase is too weak: {advice}", advice=advice)
    with translated():  # calibrating derives a key too: it may run out of memory
        params = kdf_params or default_kdf_params()
        vault, secret = Vault.create(folder, passphrase, params, name)
    return CreatedVault(OpenVault(vault), recovery.format_key(secret))


Progress = Callable[[int, int], None]


def unlock(folder: Path, passphrase: str, progress: Progress | None = None) -> OpenVault:
    """Unlock with the passphrase (runs Argon2id: about a second; call it off the UI thread).

    Records whose keep-until day has passed are purged before the vault is handed out.
    ``progress(0, 1)`` is called if the vault's database must first be rewritten: converted or
    updated after an update of Quietroom, or compacted after large deletions (about a minute
    per gigabyte at most), so a screen can say so."""
    with translated():
        opened = OpenVault(Vault.open(folder, Passphrase(passphrase), _on_convert(progress)))
    return _purged(opened)


def unlock_with_recovery_key(
    folder: Path, recovery_key: str, progress: Progress | None = None
) -> OpenVault:
    """Unlock with the printed recovery key (spaces, dashes and case are ignored)."""
    with translated():
        secret = recovery.parse_key(recovery_key)
        opened = OpenVault(Vault.open(folder, RecoverySecret(secret), _on_convert(progress)))
    return _purged(opened)


def _on_convert(progress: Progress | None) -> Callable[[], None] | None:
    if progress is None:
        return None
    return lambda: progress(0, 1)


def _purged(vault: OpenVault) -> OpenVault:
    """Purge expired records, and what an import cut short by a crash or a lock left hidden.
    If that fails (a full disk), the vault still opens: each is tried again at the next
    unlock, and a user must never be locked out of their records by housekeeping."""
    from app import retention  # imports this module: a late import breaks the cycle

    with contextlib.suppress(AppError):
        retention.purge_expired(vault)
    with contextlib.suppress(AppError), translated():
        paper_store.remove_abandoned(vault.storage.db)
    return vault


def change_passphrase(folder: Path, old_passphrase: str, new_passphrase: str) -> None:
    """Rewrite the passphrase's key slot. The database file is left untouched."""
    _require_acceptable(new_passphrase)
    with translated():
        storage_vault.change_passphrase(folder, Passphrase(old_passphrase), new_passphrase)


def reset_passphrase(vault: OpenVault, new_passphrase: str) -> None:
    """Set a new passphrase from an unlocked vault (e.g. one opened with the recovery key)."""
    _require_acceptable(new_passphrase)
    with translated():
        vault.storage.set_passphrase(new_passphrase)


def change_passphrase_unlocked(
    vault: OpenVault, current: str, new_passphrase: str, recovery_key: bool = False
) -> None:
    """Change the passphrase of an unlocked vault once ``current`` is proven: its passphrase,
    or (``recovery_key``) its recovery key, for someone who forgot the passphrase. Someone at
    an unattended unlocked laptop cannot lock its owner out, and the duress passphrase is not
    accepted as the current one (typed here it would erase the vault in use). Two key
    derivations: about two seconds, off the UI thread."""
    _require_acceptable(new_passphrase)
    with translated():
        secret = (
            RecoverySecret(recovery.parse_key(current)) if recovery_key else Passphrase(current)
        )
        vault.storage.check_secret(secret)
        vault.storage.set_passphrase(new_passphrase)


def set_duress_passphrase(vault: OpenVault, passphrase: str) -> None:
    """Add (or replace) the duress passphrase.

    Typed at unlock, it destroys every real key slot and the database, and opens the decoy
    vault kept beside it (empty but for an identity with the same display name), which from
    then on is an ordinary vault opened by that passphrase. The key-slot file looks the same
    with or without a duress slot. It must be as strong as a passphrase (whoever guessed it
    offline would learn that a duress slot exists) and differ from the real one.
    """
    _require_acceptable(passphrase)
    with translated():
        vault.storage.set_duress_passphrase(passphrase)


def _require_acceptable(passphrase: str) -> None:
    strength = assess(passphrase)
    if not strength.acceptable:
        advice = strength.warning or Message("add more unrelated words")
        raise InvalidInput("the new passphrase is too weak: {advice}", advice=advice)


def check_integrity(vault: OpenVault) -> list[str]:
    """Authenticate every page of the database; an empty list means no damage was found."""
    with translated():
        return vault.storage.db.integrity_check()
