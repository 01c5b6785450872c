"""Contact cards: a name and both public keys, signed by the card's own Ed25519 key.

Binary form (big-endian)::

    "QRCARD" | version u8 = 1 | X25519 public (32) | Ed25519 public (32)
    | created u64 (Unix seconds) | name length u16 | name (UTF-8)
    | Ed25519 signature (64) over "quietroom-card-v1\\0" || everything before it

Text form, to paste or put in a QR code: ``quietroom-card:`` + base64url (no padding) of it.
The self-signature proves the card was made by the holder of the Ed25519 key, not that the
name is true: that is what comparing fingerprints is for.
"""

from __future__ import annotations

import base64
import binascii
import struct
import unicodedata
from dataclasses import dataclass

import nacl.bindings as sodium
import nacl.exceptions
import nacl.signing

from crypto.errors import BadSignature, MalformedInput
from crypto.identity import Identity, PublicIdentity

MAGIC = b"QRCARD"
VERSION = 1
TEXT_PREFIX = "quietroom-card:"
SIGNATURE_CONTEXT = b"quietroom-card-v1\0"
MAX_NAME_BYTES = 400
MAX_CARD_BYTES = 6 + 1 + 32 + 32 + 8 + 2 + MAX_NAME_BYTES + 64
_HEAD = struct.Struct(">6sB32s32sQH")
_MAX_CREATED = 2**64 - 1
_PROBE_SCALAR = bytes(range(1, 33))


@dataclass(frozen=True)
class Card:
    """A verified contact card."""

    name: str
    public: PublicIdentity
    created: int

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()


def make_card(identity: Identity, name: str, created: int) -> bytes:
    """The signed binary card of ``identity``."""
    if not 0 <= created <= _MAX_CREATED:
        raise MalformedInput("a card's creation time must be a Unix time from 1970 on")
    clean = unicodedata.normalize("NFC", name.strip())
    encoded = clean.encode("utf-8")
    if not encoded or len(encoded) > MAX_NAME_BYTES:
        raise MalformedInput("a card name has 1 to {limit} bytes", limit=MAX_NAME_BYTES)
    public = identity.public
    body = _HEAD.pack(MAGIC, VERSION, public.x25519, public.ed25519, created, len(encoded))
    body += encoded
    return body + identity.signing_key().sign(SIGNATURE_CONTEXT + body).signature


def parse_card(untrusted: bytes) -> Card:
    """Check shape and self-signature of a binary card."""
    if len(untrusted) > MAX_CARD_BYTES or len(untrusted) < _HEAD.size + 64:
        raise MalformedInput("this is not a Quietroom contact card (wrong size)")
    magic, version, x_pk, ed_pk, created, name_len = _HEAD.unpack_from(untrusted)
    if magic != MAGIC:
        raise MalformedInput("this is not a Quietroom contact card")
    if version != VERSION:
        raise MalformedInput(
            "this card uses format {version}; this Quietroom reads {supported}",
            version=version,
            supported=VERSION,
        )
    if len(untrusted) != _HEAD.size + name_len + 64 or name_len == 0:
        raise MalformedInput("this contact card is damaged (its length is inconsistent)")
    body, signature = untrusted[:-64], untrusted[-64:]
    try:
        nacl.signing.VerifyKey(ed_pk).verify(SIGNATURE_CONTEXT + body, signature)
    except (nacl.exceptions.BadSignatureError, ValueError):
        raise BadSignature(
            "this contact card's signature does not verify: it was altered"
        ) from None
    try:
        name = body[_HEAD.size :].decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedInput("this contact card's name is not valid text") from None
    if not _can_seal_to(x_pk):
        raise MalformedInput(
            "this contact card's encryption key is not usable: nothing can be sealed to it"
        )
    return Card(name=name, public=PublicIdentity(x_pk, ed_pk), created=created)


def _can_seal_to(untrusted_x25519: bytes) -> bool:
    """False for the low-order X25519 points that libsodium refuses to seal a box to."""
    try:
        sodium.crypto_scalarmult(_PROBE_SCALAR, untrusted_x25519)
    except nacl.exceptions.CryptoError:
        return False
    return True


def card_to_text(card: bytes) -> str:
    return TEXT_PREFIX + base64.urlsafe_b64encode(card).rstrip(b"=").decode("ascii")


def card_from_text(untrusted_text: str) -> bytes:
    """The binary card inside a pasted text (white space and line breaks are ignored)."""
    text = "".join(untrusted_text.split())
    if not text.startswith(TEXT_PREFIX):
        raise MalformedInput("pasted text does not start with 'quietroom-card:'")
    payload = text[len(TEXT_PREFIX) :]
    if len(payload) > MAX_CARD_BYTES * 2:
        raise MalformedInput("this is not a Quietroom contact card (too long)")
    try:
        return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    except (binascii.Error, ValueError):
        raise MalformedInput("the pasted card is garbled; copy it again in full") from None
