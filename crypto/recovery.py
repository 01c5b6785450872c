"""Printable recovery keys.

A recovery key is 20 random bytes (160 bits) plus a 5-byte checksum, written as 40 characters of
Crockford base32 in eight groups of five (``7KQ2M-…``). The checksum catches typing mistakes before
any slot is tried; the letters I, L, O and U are never produced and are read as 1, 1, 0 and V.
Because the secret is random and long, a fast keyed hash is enough to turn it into a slot key.
"""

from __future__ import annotations

import hashlib
import secrets

from crypto.errors import MalformedInput, RecoveryKeyTypo

SECRET_BYTES = 20
CHECK_BYTES = 5
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"I": "1", "L": "1", "O": "0", "U": "V"}
GROUP = 5
KEY_BYTES = 32


def generate() -> bytes:
    """A fresh random recovery secret."""
    return secrets.token_bytes(SECRET_BYTES)


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"quietroom-recovery-check-v1" + secret).digest()[:CHECK_BYTES]


def format_key(secret: bytes) -> str:
    """The printable form of a recovery secret, in groups joined by dashes."""
    if len(secret) != SECRET_BYTES:
        raise MalformedInput("a recovery secret must be 20 bytes")
    number = int.from_bytes(secret + _checksum(secret), "big")
    chars = []
    for _ in range((SECRET_BYTES + CHECK_BYTES) * 8 // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_key(untrusted_text: str) -> bytes:
    """The secret of a typed recovery key; spaces, dashes and case do not matter.

    Raises :class:`MalformedInput` when it cannot be a recovery key and
    :class:`RecoveryKeyTypo` when one character is wrong.
    """
    cleaned = "".join(ch for ch in untrusted_text.upper() if ch not in " -\t\r\n")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    expected = (SECRET_BYTES + CHECK_BYTES) * 8 // 5
    if len(cleaned) != expected or any(ch not in _ALPHABET for ch in cleaned):
        raise MalformedInput("a recovery key has {length} letters and digits", length=expected)
    number = 0
    for ch in cleaned:
        number = (number << 5) | _ALPHABET.index(ch)
    raw = number.to_bytes(SECRET_BYTES + CHECK_BYTES, "big")
    secret, check = raw[:SECRET_BYTES], raw[SECRET_BYTES:]
    if not secrets.compare_digest(check, _checksum(secret)):
        raise RecoveryKeyTypo("the recovery key has a typing mistake: check each group")
    return secret


def derive_slot_key(secret: bytes, salt: bytes) -> bytes:
    """The key that wraps the master key in a recovery slot (keyed BLAKE2b, domain-separated)."""
    if len(secret) != SECRET_BYTES:
        raise MalformedInput("a recovery secret must be 20 bytes")
    return hashlib.blake2b(
        salt, digest_size=KEY_BYTES, key=secret, person=b"qr-recovery-v1"
    ).digest()
