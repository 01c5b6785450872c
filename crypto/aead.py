"""Authenticated encryption with XChaCha20-Poly1305 (libsodium, IETF construction).

A sealed blob is ``nonce (24 bytes) || ciphertext || tag (16 bytes)``; the nonce is random.
"""

from __future__ import annotations

import nacl.bindings as sodium
import nacl.exceptions
import nacl.utils

from crypto.errors import DecryptionFailed, MalformedInput

KEY_BYTES = 32
NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
TAG_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES


def sealed_size(plaintext_size: int) -> int:
    """Size of the blob :func:`seal` makes from a plaintext of ``plaintext_size`` bytes."""
    return NONCE_BYTES + plaintext_size + TAG_BYTES


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise MalformedInput("an encryption key must be {size} bytes", size=KEY_BYTES)


def seal(key: bytes, plaintext: bytes, aad: bytes = b"", nonce: bytes | None = None) -> bytes:
    """Encrypt and authenticate ``plaintext`` (and ``aad``) under ``key``.

    ``nonce`` is only for test vectors; leave it out everywhere else.
    """
    _check_key(key)
    if nonce is None:
        nonce = nacl.utils.random(NONCE_BYTES)
    elif len(nonce) != NONCE_BYTES:
        raise MalformedInput("a nonce must be {size} bytes", size=NONCE_BYTES)
    return nonce + sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, nonce, key)


def open_sealed(key: bytes, blob: bytes, aad: bytes = b"") -> bytes:
    """Check and decrypt a blob made by :func:`seal`; raise :class:`DecryptionFailed`."""
    _check_key(key)
    if len(blob) < NONCE_BYTES + TAG_BYTES:
        raise MalformedInput("sealed data is too short")
    nonce, body = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
    try:
        return bytes(sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(body, aad, nonce, key))
    except nacl.exceptions.CryptoError:
        raise DecryptionFailed("wrong key, or the data was altered") from None
