"""The vault's identity: an X25519 key pair to open sealed boxes, an Ed25519 key pair to sign.

The two keys are kept apart: X25519 only opens slots, Ed25519 only signs. A fingerprint is a hash
of both public keys shown as twelve groups of five digits, to be read aloud or compared in person.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import nacl.public
import nacl.signing

from crypto.errors import MalformedInput

PUBLIC_KEY_BYTES = 32
SECRET_KEY_BYTES = 32
FINGERPRINT_GROUPS = 12
_FINGERPRINT_CONTEXT = b"quietroom-fingerprint-v1\0"


@dataclass(frozen=True)
class PublicIdentity:
    """The public half of an identity: what a contact card carries."""

    x25519: bytes
    ed25519: bytes

    def __post_init__(self) -> None:
        if len(self.x25519) != PUBLIC_KEY_BYTES or len(self.ed25519) != PUBLIC_KEY_BYTES:
            raise MalformedInput("a public key must be 32 bytes")

    def fingerprint(self) -> str:
        """Twelve groups of five digits, e.g. ``'04931 77120 …'``."""
        return format_fingerprint(fingerprint_groups(self))


def fingerprint_groups(public: PublicIdentity) -> list[str]:
    """The fingerprint as a list of five-digit groups (each from 5 bytes of SHA-512)."""
    digest = hashlib.sha512(_FINGERPRINT_CONTEXT + public.x25519 + public.ed25519).digest()
    return [
        f"{int.from_bytes(digest[i * 5 : i * 5 + 5], 'big') % 100000:05d}"
        for i in range(FINGERPRINT_GROUPS)
    ]


def format_fingerprint(groups: list[str]) -> str:
    """Groups joined by spaces, in three lines of four for display."""
    lines = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    return "\n".join(lines)


@dataclass(frozen=True)
class Identity:
    """A full identity with its secret keys. Lives only inside an unlocked vault.

    Its ``repr`` leaves the secret keys out, so an identity caught in a log line or an error
    report does not carry them along.
    """

    x25519_secret: bytes = field(repr=False)
    ed25519_seed: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if (
            len(self.x25519_secret) != SECRET_KEY_BYTES
            or len(self.ed25519_seed) != SECRET_KEY_BYTES
        ):
            raise MalformedInput("a secret key must be 32 bytes")

    @classmethod
    def generate(cls) -> Identity:
        """A fresh random identity."""
        return cls(
            x25519_secret=bytes(nacl.public.PrivateKey.generate()),
            ed25519_seed=bytes(nacl.signing.SigningKey.generate()),
        )

    @property
    def public(self) -> PublicIdentity:
        """The public keys of this identity."""
        return PublicIdentity(
            x25519=bytes(nacl.public.PrivateKey(self.x25519_secret).public_key),
            ed25519=bytes(nacl.signing.SigningKey(self.ed25519_seed).verify_key),
        )

    def signing_key(self) -> nacl.signing.SigningKey:
        """The Ed25519 signing key (for signatures only)."""
        return nacl.signing.SigningKey(self.ed25519_seed)

    def box_key(self) -> nacl.public.PrivateKey:
        """The X25519 private key (for opening sealed boxes only)."""
        return nacl.public.PrivateKey(self.x25519_secret)
