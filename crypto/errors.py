"""Errors raised by the crypto layer. Messages never contain key material or content."""


class CryptoError(Exception):
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
