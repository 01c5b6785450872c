"""Errors raised by the crypto layer. Messages never contain key material or content.

Every error of the three lower layers (crypto, storage, app) is a :class:`WordedError`: its
message is kept as an English template and its values, apart (:class:`Message`), so that the
interface can show it in the user's language (``ui/common/errors.py`` looks the template up
in the translations and fills in the values) while the command line and the logs print the
English sentence (``str(error)``). The class lives here because this is the lowest layer.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping


class Message:
    """A sentence for a user: an English template with ``{name}`` fields, and the values.

    A value may itself be a :class:`Message` (a detail inside a sentence), translated on its
    own. Templates are string literals at the call site: ``make translations`` collects them
    (``ui/error_texts_gen.py``), and a test fails on a message built with an f-string.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = params

    def __str__(self) -> str:
        if not self.params:
            return self.template
        return self.template.format_map({k: str(v) for k, v in self.params.items()})

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, dict(self.params)) == (other.template, dict(other.params))

    def __hash__(self) -> int:
        return hash(self.template)  # equal messages have equal templates


class WordedError(Exception):
    """An error whose message is a :class:`Message`: ``WordedError("… {n} …", n=3)``, or a
    :class:`Message` already made (passed on from a lower layer)."""

    def __init__(self, message: str | Message = "", /, **params: object) -> None:
        self.message = message if isinstance(message, Message) else Message(message, **params)
        super().__init__(str(self.message))


#: What the operating system says of the failures a user meets (a full or read-only disk, a
#: USB stick pulled out, a file not allowed), worded as glibc words them, so that the English
#: stays what it was and the interface can translate them; any other failure keeps the
#: system's own text.
_OS_REASONS: dict[int, Message] = {
    errno.ENOENT: Message("No such file or directory"),
    errno.EACCES: Message("Permission denied"),
    errno.EPERM: Message("Operation not permitted"),
    errno.EROFS: Message("Read-only file system"),
    errno.ENOSPC: Message("No space left on device"),
    errno.EDQUOT: Message("Disk quota exceeded"),
    errno.EIO: Message("Input/output error"),
    errno.EISDIR: Message("Is a directory"),
    errno.ENOTDIR: Message("Not a directory"),
    errno.EEXIST: Message("File exists"),
    errno.ENAMETOOLONG: Message("File name too long"),
    errno.EBUSY: Message("Device or resource busy"),
    errno.ENODEV: Message("No such device"),
    errno.ENXIO: Message("No such device or address"),
    errno.EMFILE: Message("Too many open files"),
    errno.EFBIG: Message("File too large"),
}


def os_reason(exc: OSError) -> Message | str:
    """Why an operation on a file failed, for a ``{reason}`` inside a message."""
    known = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return known or exc.strerror or type(exc).__name__


class CryptoError(WordedError):
    """Base class for every error of the crypto layer."""


class MalformedInput(CryptoError):
    """Bytes that do not have the shape a key, nonce or ciphertext must have."""


class DecryptionFailed(CryptoError):
    """Authenticated decryption failed: wrong key, or the bytes were altered."""


class BadSignature(CryptoError):
    """A signature did not verify against the claimed key."""


class NotEnoughMemory(CryptoError):
    """The memory a key derivation needs could not be allocated (nothing was changed)."""


class RecoveryKeyTypo(CryptoError):
    """A recovery key was typed with a mistake (its checksum does not match)."""


class PacketError(CryptoError):
    """A packet that cannot be accepted. Subclasses say why."""


class NotAPacket(PacketError):
    """The file is not a Quietroom packet (or not a version this build reads)."""


class NotForMe(PacketError):
    """None of the packet's slots opens with this vault's key."""


class PacketDamaged(PacketError):
    """The packet was altered, cut short or extended after it was sealed."""


class PacketForwarded(PacketError):
    """The packet opens for us but its signed recipient list does not name us."""
