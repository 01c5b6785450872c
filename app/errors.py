"""Errors of the use-case layer: what the UI and the CLI show to a user.

Lower layers raise their own errors; :func:`translated` turns them into these, keeping the
message (which never holds secrets or content) and choosing the kind the caller reacts to.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from crypto import errors as crypto_errors
from crypto.errors import Message, WordedError
from storage import errors as storage_errors


class AppError(WordedError):
    """Base class: a problem a user can understand and act on. The message is a template and
    its values (:class:`crypto.errors.Message`): the interface shows it translated."""


class InvalidInput(AppError):
    """A value given by the user is not acceptable (the message says which and why)."""


class WrongSecret(AppError):
    """The passphrase or recovery key does not open the vault."""


class VaultDamaged(AppError):
    """A vault file failed an integrity check; ``file_name`` names it."""

    def __init__(self, message: str | Message, file_name: str = "") -> None:
        super().__init__(message)
        self.file_name = file_name


class VaultMissing(AppError):
    """No vault where one was expected."""


class VaultExists(AppError):
    """A vault (or other files) is already where a new vault should go."""


class RecordNotFound(AppError):
    """A record asked for by number does not exist."""


class DiskFull(AppError):
    """Out of space; nothing was changed."""


class UpgradeNeeded(AppError):
    """The vault was written by a newer Quietroom."""


class Cancelled(AppError):
    """The user cancelled a long job; nothing was kept."""


class VaultLocked(AppError):
    """The vault was locked while the operation was running."""


class DeletionUnfinished(AppError):
    """A paper left every list, but overwriting its content stopped (a lock, a full disk):
    the next unlock finishes it."""


class PacketRefused(AppError):
    """A packet was refused: damaged, altered, forged, forwarded, or not a packet at all."""


class NotAddressedToYou(PacketRefused):
    """None of the packet's slots opens with this vault's key."""


class UnknownSender(AppError):
    """The packet's sender is not among our contacts; ``name`` and ``fingerprint`` are what
    the packet claims, to compare with the card the user is asked to import."""

    def __init__(self, message: str | Message, name: str, fingerprint: str) -> None:
        super().__init__(message)
        self.name = name
        self.fingerprint = fingerprint


_MAP: tuple[tuple[type[Exception], type[AppError]], ...] = (
    (storage_errors.WrongSecret, WrongSecret),
    (storage_errors.NotAVault, VaultMissing),
    (storage_errors.Closed, VaultLocked),
    (storage_errors.VaultExists, VaultExists),
    (storage_errors.NotFound, RecordNotFound),
    (storage_errors.DiskFull, DiskFull),
    (storage_errors.UnsupportedVersion, UpgradeNeeded),
    (crypto_errors.NotForMe, NotAddressedToYou),
    (crypto_errors.PacketError, PacketRefused),
    (crypto_errors.BadSignature, PacketRefused),
    (crypto_errors.RecoveryKeyTypo, InvalidInput),
    (crypto_errors.MalformedInput, InvalidInput),
)


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise storage and crypto errors as :class:`AppError` subclasses."""
    try:
        yield
    except AppError:
        raise
    except storage_errors.DamagedFile as exc:
        raise VaultDamaged(exc.message, exc.file_name) from None
    except (storage_errors.StorageError, crypto_errors.CryptoError) as exc:
        for source, target in _MAP:
            if isinstance(exc, source):
                raise target(exc.message) from None
        raise AppError(exc.message) from None
