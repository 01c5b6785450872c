"""Sealed packets under attack: tampering, truncation, reordering, replay and forwarding.

Every rejection is checked the way a consumer meets it: the reader raises a
``crypto.errors.CryptoError`` before ``chunks()`` finishes, so nothing may be kept.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import random
import struct
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import blake3
import nacl.bindings as sodium
import nacl.exceptions
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto import packet
from crypto.errors import (
    BadSignature,
    CryptoError,
    MalformedInput,
    NotAPacket,
    NotForMe,
    PacketDamaged,
    PacketForwarded,
)
from crypto.identity import Identity, PublicIdentity

ALICE = Identity.generate()
BOB = Identity.generate()
CAROL = Identity.generate()
DAVE = Identity.generate()
CHUNK = packet.CHUNK_BYTES
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
VERSIONS = [3, 2, 1]  # what the writer produces, and the versions readers keep reading


# -- helpers -------------------------------------------------------------------------------


def content(size: int, seed: int = 1) -> bytes:
    """Deterministic, incompressible-looking content of ``size`` bytes."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(b"%d/%d" % (seed, counter)).digest()
        counter += 1
    return bytes(out[:size])


def manifest_for(
    sender: Identity,
    recipients: Iterable[Identity],
    size: int,
    title: str = "Draft framework, round 3",
) -> packet.Manifest:
    return packet.Manifest(
        packet_id=packet.new_packet_id(),
        created_at="2026-03-01T09:30:00+00:00",
        kind="paper",
        title=title,
        file_name="framework.pdf",
        media_type="application/pdf",
        size=size,
        sender_name="Alice",
        sender=sender.public,
        recipients=tuple(r.public for r in recipients),
        links={"dialogue": "d-1"},
    )


def seal_bytes(
    data: bytes,
    recipients: Iterable[Identity] = (ALICE, BOB),
    sender: Identity = ALICE,
    pieces: Iterable[bytes] | None = None,
    manifest: packet.Manifest | None = None,
    version: int = packet.VERSION,
) -> bytes:
    out = io.BytesIO()
    manifest = manifest or manifest_for(sender, recipients, len(data))
    chunks = [data] if pieces is None else pieces
    if version == packet.VERSION:
        packet.seal(sender, manifest, chunks, out.write)
    else:
        packet.seal(sender, manifest, chunks, out.write, _format=version)
    return out.getvalue()


def open_bytes(blob: bytes, me: Identity = BOB) -> tuple[packet.Manifest, bytes]:
    reader = packet.PacketReader(io.BytesIO(blob), me)
    return reader.untrusted_manifest, b"".join(reader.chunks())


def assert_rejected(blob: bytes, me: Identity = BOB) -> CryptoError:
    """Open ``blob`` like a consumer would; the reader must raise before the end of content."""
    finished = False
    with pytest.raises(CryptoError) as raised:
        reader = packet.PacketReader(io.BytesIO(blob), me)
        for _ in reader.chunks():
            pass
        finished = True
    assert not finished
    return raised.value


def frame_bounds(blob: bytes) -> tuple[int, list[tuple[int, int]]]:
    """(end of header, [(start, end) of each frame including its length prefix])."""
    version, count = struct.unpack(">HH", blob[8:12])
    offset = 12 + count * packet.SLOT_BYTES + packet.header_tail_bytes(version)
    header_end = offset
    frames = []
    while offset < len(blob):
        (length,) = struct.unpack(">I", blob[offset : offset + 4])
        frames.append((offset, offset + 4 + length))
        offset += 4 + length
    assert offset == len(blob)
    return header_end, frames


def opens(slot: bytes, me: Identity) -> bytes | None:
    """The file key in ``slot`` if it is sealed to ``me``, else None."""
    try:
        return sodium.crypto_box_seal_open(slot, me.public.x25519, me.x25519_secret)
    except nacl.exceptions.CryptoError:
        return None


def payload_aead(file_key: bytes, salt: bytes, version: int) -> ChaCha20Poly1305:
    """Version 2 or 3's frame cipher, derived as docs/packet-format.md section 4 says."""
    info = b"quietroom-packet-v%d payload" % version
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info)
    return ChaCha20Poly1305(hkdf.derive(file_key))


def nonce(index: int, final: bool = False) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def content_hash(chunks: list[bytes], version: int) -> bytes:
    if version == 1:
        return hashlib.sha256(b"".join(chunks)).digest()
    new = blake3.blake3 if version == 3 else hashlib.sha256
    leaves = b"".join(new(c).digest() for c in chunks)
    digest: bytes = new(leaves).digest()
    return digest


def raw_open(blob: bytes, me: Identity) -> tuple[bytes, bytes, bytes, bytes]:
    """What any recipient can learn: (file key, manifest bytes, content, signature)."""
    version, count = struct.unpack(">HH", blob[8:12])
    header_end, frames = frame_bounds(blob)
    slots = [blob[12 + i * 80 : 12 + (i + 1) * 80] for i in range(count)]
    (file_key,) = [key for slot in slots if (key := opens(slot, me)) is not None]
    tail = blob[header_end - packet.header_tail_bytes(version) : header_end]
    plain = []
    if version == 1:
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, tail, file_key)
        for i, (start, end) in enumerate(frames):
            ad = blob[:header_end] if i == 0 else None
            message, _ = sodium.crypto_secretstream_xchacha20poly1305_pull(
                state, blob[start + 4 : end], ad
            )
            plain.append(message)
    else:
        aead = payload_aead(file_key, tail, version)
        for i, (start, end) in enumerate(frames):
            ad = blob[:header_end] if i == 0 else None
            final = i == len(frames) - 1
            plain.append(aead.decrypt(nonce(i, final), blob[start + 4 : end], ad))
    return file_key, plain[0], b"".join(plain[1:-1]), plain[-1]


def forge(
    signer: Identity,
    manifest_bytes: bytes,
    data: bytes,
    slot_keys: list[bytes],
    signature: bytes | None = None,
    frames: Callable[[bytes], list[bytes]] | None = None,
    manifest_final: bool = False,
    version: int = packet.VERSION,
) -> bytes:
    """A packet built by hand, as an attacker holding a file key could build one."""
    file_key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    slots = [sodium.crypto_box_seal(file_key, k) for k in slot_keys]
    while len(slots) % 4:
        slots.append(sodium.crypto_box_seal(b"\0" * 32, sodium.crypto_box_keypair()[0]))
    pieces = frames(data) if frames else [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)]
    prefix = b"QRPACKET" + struct.pack(">HH", version, len(slots)) + b"".join(slots)
    seal_frame: Callable[[bytes, bytes | None, bool], bytes]
    if version == 1:
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        header = prefix + sodium.crypto_secretstream_xchacha20poly1305_init_push(state, file_key)

        def seal_frame(message: bytes, ad: bytes | None, final: bool) -> bytes:
            tag = _TAG_FINAL if final else _TAG_MESSAGE
            return sodium.crypto_secretstream_xchacha20poly1305_push(state, message, ad, tag)

        context = b"quietroom-packet-v1\0"
    else:
        salt = hashlib.sha256(file_key).digest()
        header = prefix + salt
        aead = payload_aead(file_key, salt, version)
        index = 0

        def seal_frame(message: bytes, ad: bytes | None, final: bool) -> bytes:
            nonlocal index
            index += 1
            return aead.encrypt(nonce(index - 1, final), message, ad)

        context = b"quietroom-packet-v%d\0" % version

    def frame(message: bytes, ad: bytes | None, final: bool = False) -> bytes:
        ciphertext = seal_frame(message, ad, final)
        return struct.pack(">I", len(ciphertext)) + ciphertext

    out = header + frame(manifest_bytes, header, manifest_final)
    for piece in pieces:
        out += frame(piece, None)
    if signature is None:
        signed = (
            context
            + hashlib.sha256(header).digest()
            + hashlib.sha256(manifest_bytes).digest()
            + content_hash(pieces, version)
        )
        signature = signer.signing_key().sign(signed).signature
    return out + frame(signature, None, final=True)


SMALL = content(700)  # one chunk: a ~1.5 KiB packet, small enough to flip every byte
SMALL_PACKET = seal_bytes(SMALL, recipients=(BOB,))
LARGE = content(3 * CHUNK + 1234, seed=2)  # four chunks, crossing three chunk boundaries
LARGE_PACKET = seal_bytes(LARGE)


# -- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 1234])
def test_round_trip_returns_exactly_the_sealed_bytes(size: int) -> None:
    data = content(size)
    manifest, opened = open_bytes(seal_bytes(data))
    assert opened == data
    assert manifest.size == size


def test_chunks_are_64_kib_whatever_pieces_the_sealer_was_given() -> None:
    data = content(2 * CHUNK + 10)
    odd_pieces = [data[i : i + 1000] for i in range(0, len(data), 1000)]
    reader = packet.PacketReader(io.BytesIO(seal_bytes(data, pieces=odd_pieces)), BOB)
    assert [len(c) for c in reader.chunks()] == [CHUNK, CHUNK, 10]


def test_sender_can_read_its_own_packet() -> None:
    _, opened = open_bytes(LARGE_PACKET, ALICE)
    assert opened == LARGE


def test_every_recipient_reads_the_same_content_and_manifest() -> None:
    blob = seal_bytes(SMALL, recipients=(ALICE, BOB, CAROL))
    results = [open_bytes(blob, me) for me in (ALICE, BOB, CAROL)]
    assert all(r == results[0] for r in results)
    assert results[0][1] == SMALL
    assert results[0][0].recipients == (ALICE.public, BOB.public, CAROL.public)


def test_non_recipient_gets_not_for_me() -> None:
    with pytest.raises(NotForMe, match="not addressed to you"):
        packet.PacketReader(io.BytesIO(LARGE_PACKET), CAROL)


def test_manifest_round_trips_every_field() -> None:
    original = manifest_for(ALICE, (ALICE, BOB), len(SMALL), title="Ζητήματα — مسودة")
    manifest, _ = open_bytes(seal_bytes(SMALL, manifest=original))
    assert manifest == original


def test_read_all_refuses_a_second_read() -> None:
    reader = packet.PacketReader(io.BytesIO(SMALL_PACKET), BOB)
    assert reader.read_all() == SMALL
    with pytest.raises(MalformedInput):
        reader.read_all()


def test_seal_refuses_content_of_another_size_than_the_manifest_says() -> None:
    manifest = manifest_for(ALICE, (BOB,), 10)
    with pytest.raises(MalformedInput, match="changed size"):
        packet.seal(ALICE, manifest, [b"x" * 11], io.BytesIO().write)


def test_seal_refuses_a_manifest_naming_another_sender() -> None:
    with pytest.raises(MalformedInput, match="sender"):
        packet.seal(BOB, manifest_for(ALICE, (BOB,), 0), [], io.BytesIO().write)


def test_seal_refuses_a_manifest_that_no_reader_would_accept() -> None:
    manifest = manifest_for(ALICE, (BOB,), 0)
    bad = packet.Manifest(**{**manifest.__dict__, "file_name": "../../.bashrc"})
    with pytest.raises(MalformedInput, match="no reader would accept"):
        packet.seal(ALICE, bad, [], io.BytesIO().write)


def test_seal_refuses_a_recipient_listed_twice() -> None:
    manifest = manifest_for(ALICE, (BOB, BOB), 0)
    with pytest.raises(MalformedInput, match="twice"):
        packet.seal(ALICE, manifest, [], io.BytesIO().write)


# -- tampering -----------------------------------------------------------------------------


@pytest.mark.parametrize("mask", [0x01, 0x80])
def test_every_single_byte_change_of_a_small_packet_is_rejected(mask: int) -> None:
    for position in range(len(SMALL_PACKET)):
        changed = bytearray(SMALL_PACKET)
        changed[position] ^= mask
        assert_rejected(bytes(changed))


def test_single_byte_changes_across_a_multi_chunk_packet_are_rejected() -> None:
    header_end, frames = frame_bounds(LARGE_PACKET)
    positions = set(range(header_end + 64))  # the header, every slot, the manifest frame start
    for start, end in frames:
        positions.update(range(start - 3, start + 8))  # around each length prefix and boundary
        positions.update(range(end - 20, end))  # the last bytes of each frame (the MAC)
    positions.update(random.Random(7).sample(range(len(LARGE_PACKET)), 600))
    positions = {p for p in positions if 0 <= p < len(LARGE_PACKET)}
    for position in sorted(positions):
        changed = bytearray(LARGE_PACKET)
        changed[position] ^= 0x20
        assert_rejected(bytes(changed))


def test_every_truncation_of_a_small_packet_is_rejected() -> None:
    for length in range(len(SMALL_PACKET)):
        error = assert_rejected(SMALL_PACKET[:length])
        assert isinstance(error, (NotAPacket, PacketDamaged))


def test_truncation_at_and_between_frame_boundaries_is_rejected() -> None:
    header_end, frames = frame_bounds(LARGE_PACKET)
    cuts = set(range(0, header_end + 1, 7)) | {header_end - 1, header_end}
    for start, end in frames:
        cuts.update({start, start + 1, start + 3, start + 4, (start + end) // 2, end - 1})
        cuts.add(end)
    cuts.discard(len(LARGE_PACKET))
    for cut in sorted(cuts):
        error = assert_rejected(LARGE_PACKET[:cut])
        assert isinstance(error, (NotAPacket, PacketDamaged))


def test_packet_cut_after_the_last_chunk_is_reported_as_truncated() -> None:
    _, frames = frame_bounds(LARGE_PACKET)
    error = assert_rejected(LARGE_PACKET[: frames[-1][0]])
    assert isinstance(error, PacketDamaged)
    assert "cut short" in str(error)


@pytest.mark.parametrize("extra", [b"\0", b"\x00\x00\x00\x11", b"x" * 100])
def test_bytes_appended_after_the_end_are_rejected(extra: bytes) -> None:
    error = assert_rejected(LARGE_PACKET + extra)
    assert isinstance(error, PacketDamaged)
    assert "extra bytes" in str(error)


def test_a_copy_of_the_final_frame_appended_is_rejected() -> None:
    _, frames = frame_bounds(SMALL_PACKET)
    last_start, _ = frames[-1]
    assert_rejected(SMALL_PACKET + SMALL_PACKET[last_start:])


def test_slot_sections_swapped_between_two_packets_are_rejected() -> None:
    other = seal_bytes(LARGE)
    slots_end = 12 + 4 * packet.SLOT_BYTES
    assert other[:12] == LARGE_PACKET[:12]
    error = assert_rejected(LARGE_PACKET[:12] + other[12:slots_end] + LARGE_PACKET[slots_end:])
    assert isinstance(error, PacketDamaged)


def test_one_slot_swapped_in_from_another_packet_is_rejected() -> None:
    other = seal_bytes(LARGE)
    for i in range(4):
        lo, hi = 12 + i * 80, 12 + (i + 1) * 80
        assert_rejected(LARGE_PACKET[:lo] + other[lo:hi] + LARGE_PACKET[hi:])


def test_frames_swapped_between_two_packets_are_rejected() -> None:
    other = seal_bytes(LARGE)
    _, ours = frame_bounds(LARGE_PACKET)
    _, theirs = frame_bounds(other)
    for (a, b), (c, d) in zip(ours, theirs, strict=True):
        assert_rejected(LARGE_PACKET[:a] + other[c:d] + LARGE_PACKET[b:])


def _reframed(blob: bytes, order: list[int]) -> bytes:
    header_end, frames = frame_bounds(blob)
    return blob[:header_end] + b"".join(blob[frames[i][0] : frames[i][1]] for i in order)


def test_reordered_frames_are_rejected() -> None:
    # frames: 0 manifest, 1..3 full chunks, 4 last chunk, 5 signature
    for order in ([0, 2, 1, 3, 4, 5], [0, 1, 3, 2, 4, 5], [1, 0, 2, 3, 4, 5], [0, 1, 2, 3, 5, 4]):
        assert isinstance(assert_rejected(_reframed(LARGE_PACKET, order)), PacketDamaged)


def test_duplicated_or_dropped_frames_are_rejected() -> None:
    for order in ([0, 1, 1, 2, 3, 4, 5], [0, 0, 1, 2, 3, 4, 5], [0, 1, 3, 4, 5], [0, 5]):
        assert isinstance(assert_rejected(_reframed(LARGE_PACKET, order)), PacketDamaged)


def test_a_packet_replayed_as_a_whole_opens_to_the_same_packet_id() -> None:
    # Replay is not a crypto-layer error: the packet id lets the vault recognise it.
    first, _ = open_bytes(LARGE_PACKET)
    second, _ = open_bytes(LARGE_PACKET)
    assert first.packet_id == second.packet_id


# -- forwarding and forged senders ---------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_packet_resealed_by_a_recipient_to_someone_else_is_refused_as_forwarded(
    version: int,
) -> None:
    blob = seal_bytes(LARGE, version=version)
    _, manifest_bytes, data, signature = raw_open(blob, BOB)
    forwarded = forge(
        BOB, manifest_bytes, data, [CAROL.public.x25519], signature=signature, version=version
    )
    with pytest.raises(PacketForwarded, match="re-sent to you"):
        packet.PacketReader(io.BytesIO(forwarded), CAROL)


def test_forwarding_with_the_original_header_kept_cannot_be_opened_by_the_third_party() -> None:
    with pytest.raises(NotForMe):
        packet.PacketReader(io.BytesIO(LARGE_PACKET), CAROL)


@pytest.mark.parametrize("version", VERSIONS)
def test_manifest_claiming_another_senders_keys_fails_the_signature(version: int) -> None:
    # Bob holds a file key from Alice and writes a packet to Carol in Alice's name.
    claimed = manifest_for(ALICE, (ALICE, CAROL), len(SMALL)).to_bytes()
    forged = forge(BOB, claimed, SMALL, [CAROL.public.x25519], version=version)
    error = assert_rejected(forged, CAROL)
    assert isinstance(error, BadSignature)


@pytest.mark.parametrize("version", VERSIONS)
def test_original_signature_over_a_new_header_fails(version: int) -> None:
    # Carol is named in the manifest, so the forwarding check passes; the header hash does not.
    blob = seal_bytes(SMALL, recipients=(BOB, CAROL), version=version)
    _, manifest_bytes, data, signature = raw_open(blob, BOB)
    forged = forge(
        BOB, manifest_bytes, data, [CAROL.public.x25519], signature=signature, version=version
    )
    assert isinstance(assert_rejected(forged, CAROL), BadSignature)


@pytest.mark.parametrize("version", VERSIONS)
def test_content_changed_by_a_recipient_fails_the_signature(version: int) -> None:
    blob = seal_bytes(SMALL, recipients=(BOB, CAROL), version=version)
    _, manifest_bytes, data, signature = raw_open(blob, BOB)
    changed = data[:-1] + bytes([data[-1] ^ 1])
    forged = forge(
        BOB, manifest_bytes, changed, [CAROL.public.x25519], signature=signature, version=version
    )
    assert isinstance(assert_rejected(forged, CAROL), BadSignature)


@pytest.mark.parametrize("version", VERSIONS)
def test_an_inserted_empty_chunk_frame_is_rejected(version: int) -> None:
    # One encoding per content: a recipient cannot re-frame a packet and keep the signature.
    manifest_bytes = manifest_for(ALICE, (ALICE, CAROL), 0).to_bytes()
    forged = forge(
        ALICE, manifest_bytes, b"", [CAROL.public.x25519], frames=lambda _: [b""], version=version
    )
    error = assert_rejected(forged, CAROL)
    assert isinstance(error, PacketDamaged)
    assert "out of shape" in str(error)


@pytest.mark.parametrize("version", VERSIONS)
def test_chunks_cut_at_other_sizes_than_64_kib_are_rejected(version: int) -> None:
    manifest_bytes = manifest_for(ALICE, (ALICE, CAROL), len(SMALL)).to_bytes()
    forged = forge(
        ALICE,
        manifest_bytes,
        SMALL,
        [CAROL.public.x25519],
        frames=lambda d: [d[:100], d[100:]],
        version=version,
    )
    assert isinstance(assert_rejected(forged, CAROL), PacketDamaged)


@pytest.mark.parametrize(
    ("version", "message"), [(2, "altered after it was sealed"), (1, "ends before its content")]
)
def test_manifest_frame_marked_final_is_rejected(version: int, message: str) -> None:
    manifest_bytes = manifest_for(ALICE, (ALICE, CAROL), 0).to_bytes()
    forged = forge(
        ALICE, manifest_bytes, b"", [CAROL.public.x25519], manifest_final=True, version=version
    )
    with pytest.raises(PacketDamaged, match=message):
        packet.PacketReader(io.BytesIO(forged), CAROL)


@pytest.mark.parametrize("version", [3, 2])
def test_a_signature_frame_not_marked_final_is_rejected(version: int) -> None:
    # Re-encrypt the last frame with the flag 0x00: the reader expects 0x01 there.
    sealed = seal_bytes(SMALL, recipients=(BOB,), version=version)
    file_key, _, _, signature = raw_open(sealed, BOB)
    header_end, frames = frame_bounds(sealed)
    aead = payload_aead(file_key, sealed[header_end - packet.SALT_BYTES : header_end], version)
    last = len(frames) - 1
    ciphertext = aead.encrypt(nonce(last, final=False), signature, None)
    blob = sealed[: frames[-1][0]] + struct.pack(">I", len(ciphertext)) + ciphertext
    error = assert_rejected(blob)
    assert isinstance(error, PacketDamaged)
    assert "altered" in str(error)


@pytest.mark.parametrize("version", [3, 2])
def test_a_content_frame_marked_final_is_rejected(version: int) -> None:
    # A packet that ends early, its last content chunk re-encrypted as the final frame.
    sealed = seal_bytes(SMALL, recipients=(BOB,), version=version)
    file_key, _, data, _ = raw_open(sealed, BOB)
    header_end, frames = frame_bounds(sealed)
    aead = payload_aead(file_key, sealed[header_end - packet.SALT_BYTES : header_end], version)
    ciphertext = aead.encrypt(nonce(1, final=True), data, None)
    blob = sealed[: frames[1][0]] + struct.pack(">I", len(ciphertext)) + ciphertext
    assert isinstance(assert_rejected(blob), PacketDamaged)


@pytest.mark.parametrize("version", [3, 2])
def test_a_signature_over_another_content_hash_than_its_versions_fails(version: int) -> None:
    # The content hash is two-level (section 7), with BLAKE3 in version 3 and SHA-256 in
    # version 2: a signer hashing the content flat (as version 1 did) or with the other
    # version's hash produces a signature that does not verify.
    manifest_bytes = manifest_for(ALICE, (ALICE, CAROL), len(LARGE)).to_bytes()
    honest = forge(ALICE, manifest_bytes, LARGE, [CAROL.public.x25519], version=version)
    assert open_bytes(honest, CAROL)[1] == LARGE
    header_end, _ = frame_bounds(honest)
    chunks = [LARGE[i : i + CHUNK] for i in range(0, len(LARGE), CHUNK)]
    for wrong in (hashlib.sha256(LARGE).digest(), content_hash(chunks, 5 - version)):
        signed = (
            b"quietroom-packet-v%d\0" % version
            + hashlib.sha256(honest[:header_end]).digest()
            + hashlib.sha256(manifest_bytes).digest()
            + wrong
        )
        signature = ALICE.signing_key().sign(signed).signature
        forged = forge(
            ALICE, manifest_bytes, LARGE, [CAROL.public.x25519], signature, version=version
        )
        assert isinstance(assert_rejected(forged, CAROL), BadSignature)


@pytest.mark.parametrize("version", VERSIONS)
def test_content_shorter_than_the_manifest_says_is_rejected(version: int) -> None:
    manifest_bytes = manifest_for(ALICE, (ALICE, CAROL), len(SMALL) + 1).to_bytes()
    forged = forge(ALICE, manifest_bytes, SMALL, [CAROL.public.x25519], version=version)
    assert isinstance(assert_rejected(forged, CAROL), PacketDamaged)


@pytest.mark.parametrize("version", VERSIONS)
def test_content_longer_than_the_manifest_says_is_rejected(version: int) -> None:
    manifest_bytes = manifest_for(ALICE, (ALICE, CAROL), CHUNK).to_bytes()
    forged = forge(
        ALICE, manifest_bytes, content(CHUNK + 5), [CAROL.public.x25519], version=version
    )
    assert isinstance(assert_rejected(forged, CAROL), PacketDamaged)


@pytest.mark.parametrize("version", VERSIONS)
def test_a_manifest_that_fails_to_parse_is_reported_as_damaged(version: int) -> None:
    forged = forge(ALICE, b'{"v": 1}', b"", [CAROL.public.x25519], version=version)
    with pytest.raises(PacketDamaged, match="manifest is malformed"):
        packet.PacketReader(io.BytesIO(forged), CAROL)


# -- what a packet reveals -----------------------------------------------------------------


@pytest.mark.parametrize("recipients", range(1, 13))
def test_slot_count_is_the_recipient_count_rounded_up_to_a_multiple_of_4(recipients: int) -> None:
    people = [Identity.generate() for _ in range(recipients)]
    blob = seal_bytes(b"", recipients=people, sender=people[0])
    reader = packet.PacketReader(io.BytesIO(blob), people[-1])
    assert reader.slot_count == packet.padded_slot_count(recipients)
    assert reader.slot_count % 4 == 0
    assert reader.slot_count - 4 < recipients <= reader.slot_count


def test_packets_for_1_to_4_recipients_look_the_same_from_outside() -> None:
    people = [Identity.generate() for _ in range(8)]
    shapes = {}
    for n in range(1, 9):
        blob = seal_bytes(SMALL, recipients=people[:n], sender=people[0])
        header_end, frames = frame_bounds(blob)
        shapes[n] = (blob[:12], header_end, [end - start for start, end in frames], len(blob))
    assert shapes[1] == shapes[2] == shapes[3] == shapes[4]
    assert shapes[5] == shapes[6] == shapes[7] == shapes[8]
    assert shapes[4] != shapes[5]


def test_padding_slots_look_like_real_slots_and_the_real_one_moves() -> None:
    positions = set()
    ephemeral_keys = set()
    for _ in range(64):
        blob = seal_bytes(b"", recipients=(BOB,))
        slots = [blob[12 + i * 80 : 12 + (i + 1) * 80] for i in range(4)]
        for i, slot in enumerate(slots):
            assert len(slot) == packet.SLOT_BYTES
            # A real sealed box starts with an X25519 public key, whose top bit is never set;
            # a random 80-byte string would have it set half the time.
            assert slot[31] & 0x80 == 0
            ephemeral_keys.add(slot[:32])
            if opens(slot, BOB) is not None:
                positions.add(i)
    assert positions == {0, 1, 2, 3}  # missing one by chance: about 4 * (3/4)**64 = 4e-8
    assert len(ephemeral_keys) == 64 * 4


# -- malformed headers ---------------------------------------------------------------------


def _with_fixed(blob: bytes, fixed: bytes) -> bytes:
    return fixed + blob[12:]


def test_a_file_that_is_not_a_packet_is_named_as_such() -> None:
    for blob in (b"", b"QRPACK", b"%PDF-1.7\n" + b"x" * 500, _with_fixed(SMALL_PACKET, b"X" * 12)):
        with pytest.raises(NotAPacket, match="not a Quietroom packet"):
            packet.PacketReader(io.BytesIO(blob), BOB)


@pytest.mark.parametrize("version", [0, 4, 256, 65535])
def test_a_packet_of_an_unknown_format_version_says_which(version: int) -> None:
    blob = _with_fixed(SMALL_PACKET, b"QRPACKET" + struct.pack(">HH", version, 4))
    with pytest.raises(NotAPacket, match=f"format version {version};.*versions 1 to 3"):
        packet.PacketReader(io.BytesIO(blob), BOB)


def test_the_writer_produces_format_version_3() -> None:
    assert packet.VERSION == 3
    assert struct.unpack(">H", SMALL_PACKET[8:10]) == (3,)
    assert packet.PacketReader(io.BytesIO(SMALL_PACKET), BOB).version == 3


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("size", [0, 700, 3 * CHUNK + 1234])
def test_every_readable_version_round_trips(version: int, size: int) -> None:
    data = content(size, seed=3)
    blob = seal_bytes(data, version=version)
    assert struct.unpack(">H", blob[8:10]) == (version,)
    reader = packet.PacketReader(io.BytesIO(blob), BOB)
    assert reader.version == version
    assert b"".join(reader.chunks()) == data


@pytest.mark.parametrize(
    ("version", "other"), [(v, o) for v in VERSIONS for o in VERSIONS if v != o]
)
def test_a_packet_relabelled_as_another_version_is_rejected(version: int, other: int) -> None:
    blob = seal_bytes(SMALL, version=version)
    relabelled = blob[:8] + struct.pack(">H", other) + blob[10:]
    assert isinstance(assert_rejected(relabelled), PacketDamaged)


def test_a_packet_cut_inside_its_fixed_header_is_reported_as_truncated() -> None:
    with pytest.raises(PacketDamaged, match="cut short"):
        packet.PacketReader(io.BytesIO(SMALL_PACKET[:10]), BOB)


@pytest.mark.parametrize("count", [0, 1, 3, 5, 6, 7, 260, 512, 65532, 65535])
def test_impossible_slot_counts_are_named_in_the_error(count: int) -> None:
    blob = _with_fixed(SMALL_PACKET, b"QRPACKET" + struct.pack(">HH", 2, count))
    with pytest.raises(PacketDamaged, match=f"declares {count} key slots"):
        packet.PacketReader(io.BytesIO(blob), BOB)


class RecordingReader(io.BytesIO):
    """A file that remembers the largest read asked of it."""

    largest = 0

    def read(self, size: int | None = -1) -> bytes:
        self.largest = max(self.largest, size if size is not None and size >= 0 else 1 << 62)
        return super().read(size)


IMPOSSIBLE_LENGTHS = {
    2: [0, 1, packet.ABYTES - 1, packet.MAX_FRAME_BYTES + 1, 0xFFFFFFFF],
    1: [0, 1, packet.V1_ABYTES - 1, packet.V1_MAX_FRAME_BYTES + 1, 0xFFFFFFFF],
}


@pytest.mark.parametrize(
    ("version", "length"), [(v, n) for v, lengths in IMPOSSIBLE_LENGTHS.items() for n in lengths]
)
def test_impossible_frame_length_is_refused_before_reading_the_frame(
    version: int, length: int
) -> None:
    small = seal_bytes(SMALL, recipients=(BOB,), version=version)
    _, frames = frame_bounds(small)
    for start, _ in frames:
        blob = small[:start] + struct.pack(">I", length) + small[start + 4 :]
        source = RecordingReader(blob)
        with pytest.raises(PacketDamaged, match="impossible length"):
            reader = packet.PacketReader(source, BOB)
            for _ in reader.chunks():
                pass
        assert source.largest <= max(packet.MAX_FRAME_BYTES, packet.V1_MAX_FRAME_BYTES)


def test_a_frame_length_other_than_the_size_implies_is_refused() -> None:
    # Version 2 readers know each frame's length from the signed size before reading it.
    _, frames = frame_bounds(LARGE_PACKET)
    for index, (start, end) in enumerate(frames[1:], start=1):
        actual = end - start - 4
        wrongs = {actual - 1, actual + 1, packet.ABYTES} - {actual}
        for wrong in sorted(w for w in wrongs if w <= packet.MAX_FRAME_BYTES):
            blob = LARGE_PACKET[:start] + struct.pack(">I", wrong) + LARGE_PACKET[start + 4 :]
            error = assert_rejected(blob)
            assert isinstance(error, PacketDamaged), (index, wrong)
            assert "out of shape" in str(error), (index, wrong)


# -- manifest parsing ----------------------------------------------------------------------


def _valid_manifest() -> dict[str, object]:
    return json.loads(manifest_for(ALICE, (ALICE, BOB), 10).to_bytes())


def _set(path: str, value: object) -> Callable[[dict[str, object]], None]:
    def apply(data: dict[str, object]) -> None:
        target: object = data
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]  # type: ignore[index]
        last: int | str = int(keys[-1]) if isinstance(target, list) else keys[-1]
        if value is _DELETE:
            del target[last]  # type: ignore[attr-defined]
        else:
            target[last] = value  # type: ignore[index]

    return apply


_DELETE = object()
_HEX = "ab" * 32
BAD_FIELDS = {
    "missing field": _set("title", _DELETE),
    "missing links": _set("links", _DELETE),
    "unknown field": _set("extra", 1),
    "unknown sender field": _set("sender.extra", "x"),
    "recipient with a name": _set("recipients.0.name", "x"),
    "version 2": _set("v", 2),
    "version true": _set("v", True),
    "version 1.0": _set("v", 1.0),
    "version string": _set("v", "1"),
    "unknown kind": _set("kind", "virus"),
    "non-hex packet id": _set("packet_id", "zz" * 16),
    "uppercase packet id": _set("packet_id", "AB" * 16),
    "short packet id": _set("packet_id", "ab" * 15),
    "packet id with spaces": _set("packet_id", "ab " * 10 + "ab"),
    "uppercase key": _set("sender.x25519", "AB" * 32),
    "short key": _set("recipients.0.ed25519", "ab" * 31),
    "key not a string": _set("recipients.1.x25519", 5),
    "negative size": _set("size", -1),
    "size true": _set("size", True),
    "size float": _set("size", 10.0),
    "size over the limit": _set("size", packet.MAX_PACKET_SIZE + 1),
    "title too long": _set("title", "t" * (packet.MAX_TITLE_CHARS + 1)),
    "title not a string": _set("title", ["t"]),
    "sender name too long": _set("sender.name", "n" * 201),
    "created_at too long": _set("created_at", "2" * 41),
    "media type too long": _set("media_type", "m" * 128),
    "file name with a slash": _set("file_name", "a/b.pdf"),
    "file name with a backslash": _set("file_name", "a\\b.pdf"),
    "file name dot dot": _set("file_name", ".."),
    "file name with a newline": _set("file_name", "a\nb.pdf"),
    "file name too long": _set("file_name", "f" * 256),
    "no recipients": _set("recipients", []),
    "too many recipients": _set(
        "recipients", [{"x25519": _HEX, "ed25519": _HEX}] * (packet.MAX_SLOTS + 1)
    ),
    "recipients not a list": _set("recipients", {"x25519": _HEX, "ed25519": _HEX}),
    "sender not an object": _set("sender", "Alice"),
    "too many links": _set("links", {f"k{i}": "v" for i in range(17)}),
    "link value not a string": _set("links", {"dialogue": 1}),
    "link key too long": _set("links", {"k" * 41: "v"}),
    "lone surrogate in title": _set("title", "\ud800"),
}


@pytest.mark.parametrize("mutate", BAD_FIELDS.values(), ids=BAD_FIELDS.keys())
def test_manifest_with_a_bad_field_is_rejected_as_damaged(
    mutate: Callable[[dict[str, object]], None],
) -> None:
    data = _valid_manifest()
    mutate(data)
    encoded = json.dumps(data, ensure_ascii=True).encode()
    with pytest.raises(PacketDamaged, match="manifest is malformed"):
        packet.Manifest.parse(encoded)


BAD_JSON = {
    "empty": b"",
    "not json": b"hello",
    "not utf-8": b'{"title": "\xff"}',
    "array": b"[1]",
    "truncated": b'{"v": 1, "title": "a',
    "duplicate key": b'{"v": 1, "v": 1}',
    "NaN": b'{"size": NaN}',
    "deep nesting": b"[" * 60000 + b"]" * 60000,
    "trailing garbage": b'{"v": 1} x',
}


@pytest.mark.parametrize("untrusted", BAD_JSON.values(), ids=BAD_JSON.keys())
def test_manifest_that_is_not_valid_json_is_rejected_as_damaged(untrusted: bytes) -> None:
    with pytest.raises(PacketDamaged, match="manifest is malformed"):
        packet.Manifest.parse(untrusted)


def test_manifest_with_a_duplicate_key_is_rejected_even_when_otherwise_valid() -> None:
    good = manifest_for(ALICE, (BOB,), 0).to_bytes()
    assert packet.Manifest.parse(good)
    doubled = good[:-1] + b',"title":"something else"}'
    with pytest.raises(PacketDamaged):
        packet.Manifest.parse(doubled)


def test_manifest_padding_spaces_are_accepted_and_signed() -> None:
    padded = manifest_for(ALICE, (BOB,), 0).to_bytes() + b" " * 3 * packet.RECIPIENT_ENTRY_BYTES
    assert packet.Manifest.parse(padded).recipients == (BOB.public,)
    blob = seal_bytes(b"", recipients=(BOB,))
    _, manifest_bytes, _, _ = raw_open(blob, BOB)
    assert manifest_bytes.endswith(b"}" + b" " * 3 * packet.RECIPIENT_ENTRY_BYTES)


def test_public_identity_in_manifest_must_be_32_byte_keys() -> None:
    with pytest.raises(MalformedInput):
        PublicIdentity(b"\0" * 31, b"\0" * 32)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=80),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)
MANIFEST_PATHS = [
    "v",
    "packet_id",
    "created_at",
    "kind",
    "title",
    "file_name",
    "media_type",
    "size",
    "sender",
    "sender.name",
    "sender.x25519",
    "recipients",
    "recipients.0",
    "recipients.1.ed25519",
    "links",
    "links.dialogue",
    "extra",
]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(MANIFEST_PATHS), json_values)
def test_manifest_parse_raises_only_packet_damaged_for_any_field_value(
    path: str, value: object
) -> None:
    data = _valid_manifest()
    _set(path, value)(data)
    try:
        manifest = packet.Manifest.parse(json.dumps(data).encode())
    except PacketDamaged:
        return
    assert (
        manifest.to_bytes()
        == json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    )


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_manifest_parse_raises_only_packet_damaged_for_any_bytes(untrusted: bytes) -> None:
    with pytest.raises(PacketDamaged):
        packet.Manifest.parse(untrusted)


# -- fuzzing -------------------------------------------------------------------------------

FUZZ_BASE = seal_bytes(content(CHUNK + 300, seed=3), recipients=(BOB, CAROL))
FUZZ_CONTENT = content(CHUNK + 300, seed=3)

mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(FUZZ_BASE) - 1), st.integers(1, 255)),
    st.tuples(st.just("insert"), st.integers(0, len(FUZZ_BASE)), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("delete"), st.integers(0, len(FUZZ_BASE) - 1), st.integers(1, 300)),
    st.tuples(st.just("truncate"), st.integers(0, len(FUZZ_BASE) - 1), st.just(0)),
    st.tuples(st.just("set_u32"), st.integers(0, len(FUZZ_BASE) - 4), st.integers(0, 2**32 - 1)),
)


def _apply(blob: bytearray, op: tuple[str, int, object]) -> None:
    kind, position, argument = op
    position = min(position, len(blob))
    if kind == "flip" and position < len(blob):
        blob[position] ^= int(argument)  # type: ignore[call-overload]
    elif kind == "insert":
        blob[position:position] = argument  # type: ignore[assignment]
    elif kind == "delete":
        del blob[position : position + int(argument)]  # type: ignore[call-overload]
    elif kind == "truncate":
        del blob[position:]
    elif kind == "set_u32" and position + 4 <= len(blob):
        blob[position : position + 4] = struct.pack(">I", argument)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=4))
def test_arbitrary_mutations_raise_only_crypto_errors(
    operations: list[tuple[str, int, object]],
) -> None:
    blob = bytearray(FUZZ_BASE)
    for op in operations:
        _apply(blob, op)
    try:
        reader = packet.PacketReader(io.BytesIO(bytes(blob)), BOB)
        opened = b"".join(reader.chunks())
    except CryptoError:
        return
    # Only a mutation that changed nothing may be accepted, and then it reads the original.
    assert bytes(blob) == FUZZ_BASE
    assert opened == FUZZ_CONTENT


# -- memory --------------------------------------------------------------------------------


@pytest.mark.slow
def test_sealing_and_opening_1_gib_keeps_memory_flat() -> None:
    mib = 1024
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "tests.crypto.packet_memory_probe", "--mib", str(mib)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["opened_bytes"] == report["content_bytes"] == mib * 1024 * 1024
    assert report["opened_sha256"] == report["sealed_sha256"]
    assert report["packet_bytes"] > report["content_bytes"]
    growth_mib = (report["peak_rss_kib"] - report["baseline_rss_kib"]) / 1024
    assert growth_mib < 64, f"peak memory grew by {growth_mib:.0f} MiB for {mib} MiB of content"


# -- the worker pool ------------------------------------------------------------------------


def test_a_write_error_while_sealing_reaches_the_caller_and_no_thread_is_left() -> None:
    """Frames are sealed on a pool of workers; a full disk while writing must stop the seal."""
    import errno
    import threading

    before = threading.active_count()
    written: list[bytes] = []

    def write(frame: bytes) -> None:
        if len(written) == 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(frame)

    data = content(40 * CHUNK)
    with pytest.raises(OSError) as caught:
        packet.seal(ALICE, manifest_for(ALICE, (ALICE, BOB), len(data)), [data], write)
    assert caught.value.errno == errno.ENOSPC
    assert len(written) == 5
    assert threading.active_count() == before


def test_a_consumer_that_stops_reading_early_leaves_no_thread_behind() -> None:
    import threading

    before = threading.active_count()
    blob = seal_bytes(content(40 * CHUNK))
    reader = packet.PacketReader(io.BytesIO(blob), BOB)
    chunks = reader.chunks()
    next(chunks)
    chunks.close()
    assert threading.active_count() == before


def test_frames_are_written_in_order_whatever_the_piece_sizes() -> None:
    data = content(10 * CHUNK + 123)
    pieces = [data[i : i + 7000] for i in range(0, len(data), 7000)]
    assert open_bytes(seal_bytes(data, pieces=pieces))[1] == data


def test_a_source_that_fails_while_sealing_stops_the_seal_and_leaves_no_thread() -> None:
    import threading

    before = threading.active_count()

    class Cancelled(Exception):
        pass

    def pieces() -> Iterable[bytes]:
        for i in range(40):
            if i == 20:
                raise Cancelled
            yield content(CHUNK, seed=i)

    out = io.BytesIO()
    with pytest.raises(Cancelled):
        packet.seal(ALICE, manifest_for(ALICE, (ALICE, BOB), 40 * CHUNK), pieces(), out.write)
    assert threading.active_count() == before


def test_a_frame_altered_mid_stream_is_refused_and_leaves_no_thread() -> None:
    import threading

    before = threading.active_count()
    blob = bytearray(seal_bytes(content(40 * CHUNK)))
    _, frames = frame_bounds(bytes(blob))
    blob[frames[20][0] + 100] ^= 1
    error = assert_rejected(bytes(blob))
    assert "altered" in str(error)
    assert threading.active_count() == before


def test_the_first_problem_in_file_order_is_the_one_reported() -> None:
    """Frames are opened ahead of the consumer; a later truncation must not mask an earlier
    alteration, as it would not for a reader going one frame at a time."""
    blob = bytearray(seal_bytes(content(40 * CHUNK)))
    _, frames = frame_bounds(bytes(blob))
    blob[frames[3][0] + 100] ^= 1
    cut = bytes(blob[: frames[6][0] + 10])
    error = assert_rejected(cut)
    assert "altered" in str(error)
    intact = seal_bytes(content(40 * CHUNK))
    assert "cut short" in str(assert_rejected(intact[: frames[6][0] + 10]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(min_value=0, max_value=3 * CHUNK + 7), max_size=8))
def test_any_cut_of_the_content_into_pieces_seals_to_the_same_chunks(cuts: list[int]) -> None:
    data = content(3 * CHUNK + 7, seed=9)
    edges = [0, *sorted(cuts), len(data)]
    # Mixed buffer types, empty pieces included: the sealer copies what it keeps.
    kinds = (bytes, bytearray, memoryview)
    pieces = [kinds[i % 3](data[a:b]) for i, (a, b) in enumerate(itertools.pairwise(edges))]
    reader = packet.PacketReader(io.BytesIO(seal_bytes(data, pieces=pieces)), BOB)
    chunks = list(reader.chunks())
    assert [len(c) for c in chunks] == [CHUNK, CHUNK, CHUNK, 7]
    assert b"".join(chunks) == data
