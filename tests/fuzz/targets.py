"""Fuzz targets shared by the hypothesis tests (tests/fuzz/test_fuzz_*.py) and the atheris
entry points (tests/fuzz/atheris_parsers.py): valid seed inputs, and one function per parser
that feeds it untrusted bytes and fails on anything but the project's own clean errors.

A target returns normally when the parser accepted the input or refused it with an allowed
error. It raises ``AssertionError`` when the parser accepted something it must not (an
altered packet or card) and lets any other exception through: that is the crash a fuzzer
looks for.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from functools import cache

from crypto import card as cards
from crypto import packet
from crypto.errors import CryptoError, PacketDamaged
from crypto.identity import Identity
from storage import keyslots
from storage.errors import StorageError
from tests.conftest import FAST_KDF

#: Every error a lower-layer parser may raise on bad input: the project's own, nothing else.
LOWER_LAYER_ERRORS = (CryptoError, StorageError)
CARD_CREATED = 1_760_000_000


@dataclass(frozen=True)
class PacketSeeds:
    sender: Identity
    recipient: Identity
    stranger: Identity
    note_packet: bytes  # one content frame
    paper_packet: bytes  # two content frames and a padded slot list
    note_plaintext: bytes
    paper_plaintext: bytes


def _manifest(
    sender: Identity, recipients: list[Identity], kind: str, size: int
) -> packet.Manifest:
    return packet.Manifest(
        packet_id=hashlib.sha256(kind.encode()).hexdigest()[:32],
        created_at="2026-05-01T09:30:00+00:00",
        kind=kind,
        title=f"A {kind} for the fuzzer",
        file_name=f"{kind}.txt",
        media_type="text/plain",
        size=size,
        sender_name="Amira",
        sender=sender.public,
        recipients=tuple(r.public for r in recipients),
        links={"dialogue": "river-basin"},
    )


def seal_packet(sender: Identity, recipients: list[Identity], kind: str, plaintext: bytes) -> bytes:
    out = io.BytesIO()
    manifest = _manifest(sender, recipients, kind, len(plaintext))
    packet.seal(sender, manifest, [plaintext], out.write)
    return out.getvalue()


@cache
def packet_seeds() -> PacketSeeds:
    sender, recipient, stranger = (Identity.generate() for _ in range(3))
    note = json.dumps({"title": "Agreed", "body": "Both sides meet again in June."}).encode()
    paper = bytes(range(256)) * 300  # 76,800 bytes: two content frames
    others = [Identity.generate() for _ in range(4)]
    return PacketSeeds(
        sender=sender,
        recipient=recipient,
        stranger=stranger,
        note_packet=seal_packet(sender, [sender, recipient], "note", note),
        paper_packet=seal_packet(sender, [sender, recipient, *others], "paper", paper),
        note_plaintext=note,
        paper_plaintext=paper,
    )


def check_packet(untrusted: bytes) -> None:
    """Open and read a packet as its recipient: accepted only when unaltered."""
    seeds = packet_seeds()
    try:
        reader = packet.PacketReader(io.BytesIO(untrusted), seeds.recipient)
        plaintext = reader.read_all()
    except LOWER_LAYER_ERRORS:
        return
    assert untrusted in (seeds.note_packet, seeds.paper_packet), "an altered packet was accepted"
    assert plaintext in (seeds.note_plaintext, seeds.paper_plaintext)


def check_packet_as_stranger(untrusted: bytes) -> None:
    """Someone not addressed never gets past the slots, whatever the bytes."""
    try:
        packet.PacketReader(io.BytesIO(untrusted), packet_seeds().stranger).read_all()
    except LOWER_LAYER_ERRORS:
        return
    raise AssertionError("a packet opened for someone it was not sealed to")


def manifest_seed() -> bytes:
    seeds = packet_seeds()
    manifest = _manifest(seeds.sender, [seeds.sender, seeds.recipient], "note", 10)
    return manifest.to_bytes()


def check_manifest(untrusted: bytes) -> None:
    try:
        packet.Manifest.parse(untrusted)
    except PacketDamaged:
        return


@cache
def card_seed() -> tuple[bytes, cards.Card]:
    identity = Identity.generate()
    data = cards.make_card(identity, "Amira Haddad (مركز الحوار)", CARD_CREATED)
    return data, cards.parse_card(data)


def check_card(untrusted: bytes) -> None:
    """A binary card: accepted only if it is the card that was signed."""
    card = card_seed()[1]
    try:
        parsed = cards.parse_card(untrusted)
    except LOWER_LAYER_ERRORS:
        return
    assert parsed == card, "an altered card was accepted as another card"


def check_card_text(untrusted_text: str) -> None:
    """Pasted text: decoded, then parsed; only the signed card may come out."""
    try:
        check_card(cards.card_from_text(untrusted_text))
    except LOWER_LAYER_ERRORS:
        return


@cache
def keyslot_seed() -> bytes:
    slots = keyslots.KeySlots.new(FAST_KDF)
    return slots.with_slot(0, bytes(32), keyslots.SlotKind.PASSPHRASE, bytes(range(32))).to_bytes()


def with_valid_checksum(untrusted: bytes) -> bytes:
    """The same bytes with a correct trailing checksum: lets mutations reach past it."""
    body = untrusted[: -keyslots.CHECKSUM_BYTES] if len(untrusted) > 32 else untrusted
    return body + hashlib.sha256(body).digest()


def check_keyslots(untrusted: bytes) -> None:
    """Parse a key-slot file, then try a key on it: only storage errors, nothing else."""
    try:
        slots = keyslots.KeySlots.parse(untrusted)
        slots.try_unwrap(bytes(32))
    except LOWER_LAYER_ERRORS:
        return
    assert slots.to_bytes() == untrusted, "a key-slot file parsed into something else"


__all__ = [
    "LOWER_LAYER_ERRORS",
    "check_card",
    "check_card_text",
    "check_keyslots",
    "check_manifest",
    "check_packet",
    "check_packet_as_stranger",
    "keyslot_seed",
    "manifest_seed",
    "packet_seeds",
    "with_valid_checksum",
]
