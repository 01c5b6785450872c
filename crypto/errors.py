"""Errors raised by the crypto layer. Messages never contain key material or content.

Every error of the three lower layers (crypto, storage, app) is a :class:`WordedError`: its
message is kept as an English template and its values, apart (:class:`Message`), so that the
interface can show it in the user's language (``ui/common/errors.py`` looks the template up
in the translations and fills in the values) while the command line and the logs print the
English sentence (``str(error)``). The class lives here because this is the lowest layer.
"""

from __future__ import annotations

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
