"""Errors of the storage layer. Each says what is wrong in words a user can act on, and never
contains a passphrase, a key, or any content of the vault."""

from __future__ import annotations

from crypto.errors import Message, WordedError


class StorageError(WordedError):
    """Base class for every error of the vault storage."""


class NotAVault(StorageError):
    """The folder holds no Quietroom vault."""


class VaultExists(StorageError):
    """A vault (or other files) already occupies the folder."""


class WrongSecret(StorageError):
    """Neither the passphrase nor the recovery key given opens any key slot."""


class DamagedFile(StorageError):
    """One of the vault's files fails its integrity check."""

    def __init__(self, file_name: str, detail: str | Message, /, **params: object) -> None:
        """``detail`` says what is wrong (a template, with ``params`` for its fields)."""
        super().__init__(
            Message(
                "the vault file '{file_name}' is damaged: {detail}",
                file_name=file_name,
                detail=detail if isinstance(detail, Message) else Message(detail, **params),
            )
        )
        self.file_name = file_name


class UnsupportedVersion(StorageError):
    """The vault was written by a newer Quietroom."""


class DiskFull(StorageError):
    """A write failed for lack of space; nothing was changed."""


class NotFound(StorageError):
    """A record that was asked for does not exist."""


class NoFreeSlot(StorageError):
    """Every key slot is taken."""


class Closed(StorageError):
    """The vault was locked (its database closed) while an operation wanted it."""


class Busy(StorageError):
    """Another change held the vault's write lock for too long; this one was not written."""
